#!/usr/bin/env bash
# A private PulseAudio sound server with a virtual speaker and a virtual microphone that speaks
# Dutch, for the tests marked `audio_devices`, for `.ci/run` and for screenshots.
#
#   tools/virtual_audio.sh start DIR   start the server in DIR (its XDG_RUNTIME_DIR) and print
#                                      the environment lines to `eval`
#   tools/virtual_audio.sh stop DIR    stop the feeder and the server; idempotent
#   tools/virtual_audio.sh env DIR     print the environment lines again
#
# Devices:  speaker     a null sink: what is played ends up on its monitor, speaker.monitor
#           microphone  a remapped source on the monitor of a second null sink (mic_feed);
#                       a loop plays Dutch speech by espeak-ng into mic_feed, so whoever
#                       records from `microphone` hears someone speaking Dutch.
# Both are the server's defaults. As root PulseAudio needs `--system=false` to run per user.
# Exit status 1 with a plain message when the server or the feeder cannot start.
set -euo pipefail

die() { printf 'virtual_audio: %s\n' "$*" >&2; exit 1; }

command="${1:-}"
dir="${2:-}"
[[ -n "$command" && -n "$dir" ]] || die "usage: $0 start|stop|env DIR"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
chmod 700 "$dir"

# The module that makes the microphone: the tests unload and reload it to unplug it.
MIC_MODULE_ARGS="source_name=microphone master=mic_feed.monitor source_properties=device.description=Virtuele_microfoon"
SPEECH_TEXT="Goedemorgen. Ik woon nu drie jaar in Nederland. Ik werk in een bakkerij in de stad. \
In het weekend ga ik graag fietsen met mijn kinderen. Daarna drinken we samen koffie."

env_lines() {
    printf 'export XDG_RUNTIME_DIR=%q\n' "$dir"
    printf 'export PULSE_SERVER=%q\n' "unix:$dir/pulse/native"
    printf 'export EXAMTRAINER_VIRTUAL_AUDIO=%q\n' "$dir"
}

pa() { XDG_RUNTIME_DIR="$dir" PULSE_SERVER="unix:$dir/pulse/native" "$@"; }

start() {
    command -v pulseaudio >/dev/null || die "pulseaudio is not installed (Debian: pulseaudio)"
    command -v pactl >/dev/null || die "pactl is not installed (Debian: pulseaudio-utils)"
    command -v espeak-ng >/dev/null || die "espeak-ng is not installed"
    if pa pactl info >/dev/null 2>&1; then
        env_lines
        return
    fi
    local system=()
    [[ $(id -u) -eq 0 ]] && system=(--system=false)
    XDG_RUNTIME_DIR="$dir" HOME="$dir" pulseaudio "${system[@]}" --daemonize=yes </dev/null >/dev/null 2>&1 \
        --exit-idle-time=-1 -n --use-pid-file=yes --log-target="file:$dir/pulseaudio.log" \
        --load=module-native-protocol-unix \
        --load="module-null-sink sink_name=speaker sink_properties=device.description=Virtuele_luidspreker" \
        --load="module-null-sink sink_name=mic_feed sink_properties=device.description=Microfoon_voeding" \
        --load="module-remap-source $MIC_MODULE_ARGS" \
        || die "pulseaudio did not start (see $dir/pulseaudio.log)"
    local tries=0
    until pa pactl info >/dev/null 2>&1; do
        ((tries++ < 50)) || die "pulseaudio started but does not answer (see $dir/pulseaudio.log)"
        sleep 0.1
    done
    pa pactl set-default-sink speaker
    pa pactl set-default-source microphone
    printf '%s\n' "$MIC_MODULE_ARGS" >"$dir/mic_module_args"

    espeak-ng -v nl -s 140 -w "$dir/speech_nl.wav" "$SPEECH_TEXT" </dev/null \
        || die "espeak-ng could not make the Dutch speech"
    # The feeder: speech without end into mic_feed (a short pause between two readings).
    (
        trap 'exit 0' TERM
        while :; do
            pa paplay --latency-msec=20 --device=mic_feed "$dir/speech_nl.wav" || sleep 0.5
            sleep 0.3
        done
    ) </dev/null >/dev/null 2>&1 &
    echo $! >"$dir/feeder.pid"
    disown || true
    env_lines
}

stop() {
    if [[ -f "$dir/feeder.pid" ]]; then
        kill "$(cat "$dir/feeder.pid")" 2>/dev/null || true
        rm -f "$dir/feeder.pid"
    fi
    if pa pactl info >/dev/null 2>&1; then
        XDG_RUNTIME_DIR="$dir" HOME="$dir" pulseaudio --kill 2>/dev/null \
            || pa pactl exit 2>/dev/null || true
    fi
}

case "$command" in
    start) start ;;
    stop) stop ;;
    env) env_lines ;;
    *) die "unknown command '$command' (start, stop or env)" ;;
esac
