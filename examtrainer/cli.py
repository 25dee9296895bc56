"""Command line: ``examtrainer`` starts the app; subcommands run the headless jobs.

The subcommands use the same services as the GUI and never import Qt, except ``audio``,
which checks the sound devices with the GUI's own player and recorder (imported lazily).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from examtrainer import __version__
from examtrainer.errors import ExamtrainerError, PackInvalid

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
EXIT_SYSTEM = 3  # the window cannot open: system libraries are missing

DESCRIPTION = """\
examtrainer: oefenen voor het inburgeringsexamen (lezen, luisteren, spreken).
Practise for the Dutch civic-integration exam, offline.

Without a command, the app starts. The commands below work without a screen."""

EPILOG = """\
environment:
  EXAMTRAINER_HOME           one folder for all data, settings and logs (portable use, tests)
  EXAMTRAINER_DATABASE_URL   database to use, e.g. postgresql://host/db (default: SQLite file)
  EXAMTRAINER_SITE_CONFIG    folder with site.toml for portable use (ignored, like
                             EXAMTRAINER_DATABASE_URL, when the system site.toml exists)
  EXAMTRAINER_TEACHER_PIN_FILE  file with the teacher PIN for scripted teacher commands

examples:
  examtrainer                          start the app
  examtrainer bank validate content/   check every bundled pack
  examtrainer bank stats content/ --json
  examtrainer bank import my-pack.zip  install a teacher's pack
  examtrainer exam blueprint A2 reading --json
  examtrainer bank export BANK_ID out.zip
  examtrainer results export --group 2 --format xlsx --output klas.xlsx
                                       (teacher commands ask the teacher PIN, or --pin-file)
  examtrainer teacher set-pin          print the teacher PIN line for site.toml
  examtrainer audio devices            list speakers and microphones (* = default)
  examtrainer audio check --record 3 --output x.wav
"""


PIN_FILE_VARIABLE = "EXAMTRAINER_TEACHER_PIN_FILE"
# Commands that show or change every learner's data: they need the teacher PIN.
TEACHER_BANK_ACTIONS = frozenset({"import", "export", "calibrate", "set-audio", "remove"})


def _teacher_options() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--pin-file",
        type=Path,
        metavar="FILE",
        help=f"read the teacher PIN from FILE (only readable by you; or set {PIN_FILE_VARIABLE}) "
        "instead of typing it",
    )
    return parent


def _parser() -> argparse.ArgumentParser:
    teacher_only = _teacher_options()
    parser = argparse.ArgumentParser(
        prog="examtrainer",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"examtrainer {__version__}")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=(
            "start the real app, wait until its first usable screen is painted (home with "
            "the learner's figures, or first start), print the times in ms (that one last), exit"
        ),
    )
    parser.add_argument(
        "--home", metavar="FOLDER", help="keep all data in FOLDER (same as EXAMTRAINER_HOME)"
    )
    parser.add_argument(
        "--language", metavar="CODE", help="language of the instructions (nl, en, ar)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    commands = parser.add_subparsers(dest="command", metavar="command")

    bank = commands.add_parser(
        "bank", help="item banks: validate, stats, import, export, list, calibrate"
    )
    bank_commands = bank.add_subparsers(dest="bank_command", metavar="action", required=True)
    validate = bank_commands.add_parser(
        "validate", help="check a pack (folder or .zip) or a folder of packs; exit 1 on problems"
    )
    validate.add_argument("path", type=Path)
    validate.add_argument(
        "--no-decode", action="store_true", help="only check that audio files exist"
    )
    stats = bank_commands.add_parser("stats", help="count texts, questions and item types")
    stats.add_argument("path", type=Path)
    stats.add_argument("--json", action="store_true", help="print JSON")
    imp = bank_commands.add_parser(
        "import",
        help="install a pack or a teacher's file (format detected) into the database",
        parents=[teacher_only],
    )
    imp.add_argument("path", type=Path)
    same = imp.add_mutually_exclusive_group()
    same.add_argument(
        "--replace", action="store_true", help="a bank with the same id exists: replace it"
    )
    same.add_argument(
        "--keep-both", action="store_true", help="a bank with the same id exists: keep both"
    )
    voice = bank_commands.add_parser(
        "set-audio",
        help="your own voice: a sound file replaces a listening fragment's audio or a "
        "speaking task's model answer in your bank (kept and exported with it)",
        parents=[teacher_only],
    )
    voice.add_argument("bank_id")
    voice.add_argument("key", help="id of the listening fragment or the speaking task")
    voice.add_argument("file", type=Path, help=".wav, .ogg, .opus, .mp3 or .m4a")
    remove = bank_commands.add_parser(
        "remove",
        help="remove a teacher's bank (items with answers are retired, answers kept)",
        parents=[teacher_only],
    )
    remove.add_argument("bank_id")
    remove.add_argument("--yes", action="store_true", help="also when learners answered it")
    bank_commands.add_parser("list", help="show the installed item banks")
    calibrate = bank_commands.add_parser(
        "calibrate",
        help="re-estimate item difficulties from all stored answers",
        parents=[teacher_only],
    )
    calibrate.add_argument("--skill", choices=("reading", "listening", "speaking"), action="append")
    calibrate.add_argument(
        "--min-responses", type=int, default=20, help="only items with this many answers (20)"
    )

    exam = commands.add_parser("exam", help="exam mode: show a blueprint, assemble a form")
    exam_commands = exam.add_subparsers(dest="exam_command", metavar="action", required=True)
    show = exam_commands.add_parser("blueprint", help="the shape of an exam part (counts, time)")
    assemble = exam_commands.add_parser(
        "assemble", help="assemble an exam from the installed bank; exit 1 saying what is missing"
    )
    for sub in (show, assemble):
        sub.add_argument("target", choices=["A2", "B1"], type=str.upper)
        sub.add_argument("skill", choices=["reading", "listening", "speaking"], type=str.lower)
        sub.add_argument("--json", action="store_true", help="print JSON")
        sub.add_argument(
            "--override", type=Path, help="a blueprint override file (default: the site's)"
        )
    assemble.add_argument("--seed", type=int, default=0, help="same seed, same form")
    assemble.add_argument(
        "--forms",
        type=int,
        metavar="N",
        help="N forms as one learner would get them, each avoiding the earlier ones "
        "(seeds SEED, SEED+1, ...); with --json a list of forms",
    )
    bank_export = bank_commands.add_parser(
        "export",
        help="write an installed bank as a pack folder (or .zip) with its media",
        parents=[teacher_only],
    )
    bank_export.add_argument("bank_id")
    bank_export.add_argument("target", type=Path, help="new folder, or a file ending in .zip")
    bank_export.add_argument(
        "--as",
        dest="export_as",
        choices=("pack", "moodle", "qti"),
        default="pack",
        help="pack (ours, default), moodle (Moodle XML, .xml) or qti (QTI 3.0 package, .zip)",
    )

    results = commands.add_parser("results", help="learners' results for a spreadsheet")
    results_commands = results.add_subparsers(
        dest="results_command", metavar="action", required=True
    )
    results_export = results_commands.add_parser(
        "export",
        help="write results as CSV (Dutch Excel: ';', decimal comma) or XLSX",
        parents=[teacher_only],
    )
    who = results_export.add_mutually_exclusive_group(required=True)
    who.add_argument("--learner", type=int, metavar="ID", help="one learner")
    who.add_argument("--group", type=int, metavar="ID", help="the learners of one group")
    who.add_argument("--all", action="store_true", help="every learner (not archived)")
    results_export.add_argument("--format", choices=("csv", "xlsx"), help="default: from --output")
    results_export.add_argument("--output", type=Path, required=True, metavar="FILE")

    teacher = commands.add_parser("teacher", help="teacher mode set-up")
    teacher_commands = teacher.add_subparsers(
        dest="teacher_command", metavar="action", required=True
    )
    teacher_commands.add_parser(
        "set-pin", help="ask for a teacher PIN and print the teacher_pin_hash line for site.toml"
    )

    audio = commands.add_parser(
        "audio", help="sound devices: list them, or play a tone and record (for school IT)"
    )
    audio_commands = audio.add_subparsers(dest="audio_command", metavar="action", required=True)
    listing = audio_commands.add_parser(
        "devices", help="list the outputs and inputs the app sees, defaults marked with *"
    )
    listing.add_argument("--json", action="store_true", help="print JSON")
    audio_check = audio_commands.add_parser(
        "check",
        help="play a short tone, record from the default input, print one line of JSON; "
        "exit 1 when there is no device or nothing was heard",
    )
    audio_check.add_argument(
        "--record",
        type=float,
        default=3.0,
        metavar="SECONDS",
        help="seconds to record (default 3)",
    )
    audio_check.add_argument(
        "--output", type=Path, metavar="FILE.wav", help="keep the recording in FILE.wav"
    )

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", metavar="action", required=True)
    db_commands.add_parser("upgrade", help="bring the database schema up to date (backup first)")
    return parser


def _open_services(args: argparse.Namespace, install_content: bool = True):  # type: ignore[no-untyped-def]
    from examtrainer.paths import default_paths
    from examtrainer.services.app import Services
    from examtrainer.settings import load_settings

    paths = default_paths()
    return Services.open(paths, load_settings(paths), install_content=install_content)


def _authorise_teacher(services: Any, args: argparse.Namespace) -> None:
    """Unlock a teacher action: the PIN from --pin-file / EXAMTRAINER_TEACHER_PIN_FILE, else
    typed at the terminal. Raises PinError (printed as one plain line, exit 1)."""
    from examtrainer.services.teacher import PinError, read_pin_file

    if not services.needs_teacher_pin():
        return
    pin_file = getattr(args, "pin_file", None) or os.environ.get(PIN_FILE_VARIABLE)
    if pin_file:
        pin = read_pin_file(Path(pin_file))
    elif sys.stdin.isatty():
        import getpass

        pin = getpass.getpass("Docent-PIN: ")
    else:
        raise PinError(
            "Deze opdracht is voor de docent. Typ de docent-PIN, of geef een PIN-bestand "
            f"met --pin-file of {PIN_FILE_VARIABLE}."
        )
    services.authorise_teacher(pin)


def _bank(args: argparse.Namespace) -> int:
    from examtrainer.services import banks

    if args.bank_command in ("validate", "stats"):
        check = None
        if args.bank_command == "validate" and not args.no_decode:
            check = banks.audio_check()
        packs, problems = banks.validate(args.path, check)
        if args.bank_command == "stats":
            if args.json:
                print(json.dumps(banks.stats(packs), indent=2, ensure_ascii=False))
            else:
                for skill, levels in banks.stats(packs).items():
                    for level, c in levels.items():
                        types = ", ".join(f"{t} {n}" for t, n in sorted(c["types"].items()))
                        print(
                            f"{skill:10} {level}: {c['stimuli']:3} texts, "
                            f"{c['questions']:3} questions ({types})"
                        )
            if problems:
                print(f"{len(problems)} problem(s); run 'bank validate'", file=sys.stderr)
            return EXIT_PROBLEMS if problems else EXIT_OK
        for problem in problems:
            print(problem)
        if problems:
            print(
                f"{args.path}: {len(problems)} problem(s); nothing can be imported", file=sys.stderr
            )
            return EXIT_PROBLEMS
        items = sum(len(p.items) for p in packs)
        stimuli = sum(len(p.stimuli) for p in packs)
        print(f"{args.path}: OK: {len(packs)} pack(s), {stimuli} texts/fragments, {items} items")
        return EXIT_OK
    services = _open_services(
        args, install_content=args.bank_command in ("list", "calibrate", "export")
    )
    try:
        if args.bank_command in TEACHER_BANK_ACTIONS:
            _authorise_teacher(services, args)
        if args.bank_command == "calibrate":
            from examtrainer.services.calibration import recalibrate

            for skill in args.skill or ("reading", "listening", "speaking"):
                report = recalibrate(services.store, skill, args.min_responses)
                print(
                    f"{skill}: {report.responses} answers, {report.items_updated} items updated, "
                    f"{report.anchors} anchors"
                )
            return EXIT_OK
        if args.bank_command == "list":
            for info in services.store.banks.all():
                counts = ", ".join(f"{k} {v}" for k, v in sorted(info.counts.items()))
                kind = "bundled" if info.bundled else "imported"
                print(f"{info.id}  {info.title}  v{info.version}  ({kind}; {counts})")
            return EXIT_OK
        if args.bank_command == "export":
            from examtrainer.services.export import export_bank, export_bank_as

            if args.export_as == "pack":
                target = export_bank(services.store, args.bank_id, args.target)
            else:
                target = export_bank_as(services.store, args.bank_id, args.target, args.export_as)
            print(f"exported {args.bank_id} to {target}")
            return EXIT_OK
        if args.bank_command == "set-audio":
            path = banks.replace_audio(services.store, args.bank_id, args.key, args.file)
            print(f"{args.bank_id}: {args.key} now uses {path}")
            return EXIT_OK
        if args.bank_command == "remove":
            from examtrainer.services.importing import removal_effect, remove_bank

            effect = removal_effect(services.store, args.bank_id)
            if effect.answers and not args.yes:
                print(
                    f"{args.bank_id}: learners gave {effect.answers} answer(s) to its items; "
                    "they stay in the history, the items are retired. Add --yes to go on.",
                    file=sys.stderr,
                )
                return EXIT_PROBLEMS
            effect = remove_bank(services.store, services.paths, args.bank_id)
            if effect.deleted:
                print(f"removed {args.bank_id}")
            else:
                print(f"retired the items of {args.bank_id}; {effect.answers} answer(s) kept")
            return EXIT_OK
        from examtrainer.services.importing import KEEP_BOTH, REPLACE, BankExists, import_bank

        choice = KEEP_BOTH if args.keep_both else REPLACE if args.replace else None
        try:
            result = import_bank(services.store, services.paths, args.path, choice)
        except BankExists as exists:
            diff = exists.preview.diff
            print(f"examtrainer: {exists}", file=sys.stderr)
            if diff is not None:
                print(
                    f"  new {len(diff.new)}, changed {len(diff.changed)}, removed "
                    f"{len(diff.removed)}, unchanged {diff.unchanged}; answers given to changed "
                    f"or removed items: {diff.answered}",
                    file=sys.stderr,
                )
            print("  run again with --replace or --keep-both", file=sys.stderr)
            return EXIT_PROBLEMS
        for left_out in result.not_mapped:
            print(f"not imported: {left_out}")
        for note in result.notes:
            print(f"note: {note}")
        print(f"imported {result.bank.id}: {result.bank.item_count} items ({result.format})")
        return EXIT_OK
    finally:
        services.close()


def _exam(args: argparse.Namespace) -> int:
    from examtrainer.exam.blueprint import load_blueprint, site_override
    from examtrainer.paths import default_paths

    override = args.override or site_override(default_paths().site_config, args.target, args.skill)
    blueprint = load_blueprint(args.target, args.skill, override)
    if args.exam_command == "blueprint":
        data = blueprint.to_dict()
        if args.json:
            print(json.dumps(data, indent=2, ensure_ascii=False))
        else:
            for key, value in data.items():
                print(f"{key:20} {value}")
        return EXIT_OK
    from examtrainer.exam.assembly import assemble_form
    from examtrainer.services.exam import exam_pool

    services = _open_services(args)
    try:
        pool, _ = exam_pool(services.store, blueprint.skill.value)
        count = args.forms if args.forms is not None else 1
        if count < 1:
            print("--forms: give 1 or more", file=sys.stderr)
            return EXIT_USAGE
        forms = []
        avoid: set[str] = set()
        for number in range(count):
            form = assemble_form(blueprint, pool, args.seed + number, avoid=frozenset(avoid))
            avoid.update(form.questions)
            avoid.update(form.practice)
            forms.append(form)
    finally:
        services.close()
    if args.json:
        shown = [_form_json(form) for form in forms]
        print(
            json.dumps(shown if args.forms is not None else shown[0], indent=2, ensure_ascii=False)
        )
        return EXIT_OK
    seen: set[str] = set()
    for form in forms:
        repeated = sum(1 for key in form.questions if key in seen)
        seen.update(form.questions)
        print(
            f"{blueprint.id} (seed {form.seed}): {len(form.questions)} questions, "
            f"{len(form.stimuli)} texts/fragments"
            + (f", {repeated} from an earlier form" if repeated else "")
        )
        for number, key in enumerate(form.questions, 1):
            print(f"{number:3}  {key}")
    return EXIT_OK


def _form_json(form: Any) -> dict[str, Any]:
    return {
        "questions": list(form.questions),
        "stimuli": list(form.stimuli),
        "parts": [[n, list(k)] for n, k in form.parts],
        "practice": list(form.practice),
        "seed": form.seed,
    }


def _db(args: argparse.Namespace) -> int:
    services = _open_services(args, install_content=False)
    try:
        from examtrainer.store.db import current_revision

        if services.backup:
            print(f"backup: {services.backup}")
        print(f"database at revision {current_revision(services.store.engine)}")
        return EXIT_OK
    finally:
        services.close()


def _results(args: argparse.Namespace) -> int:
    from examtrainer.services.export import export_results

    fmt = args.format or args.output.suffix.lstrip(".").lower()
    if fmt not in ("csv", "xlsx"):
        print("examtrainer: give --format csv or xlsx (or a .csv/.xlsx file)", file=sys.stderr)
        return EXIT_USAGE
    services = _open_services(args, install_content=False)
    try:
        _authorise_teacher(services, args)
        path = export_results(
            services.store, args.output, fmt, learner_id=args.learner, group_id=args.group
        )
        print(f"results written to {path}")
        return EXIT_OK
    finally:
        services.close()


def _teacher(args: argparse.Namespace) -> int:
    import getpass

    from examtrainer.services.teacher import check_new_pin, hash_pin

    pin = getpass.getpass("Teacher PIN: ")
    check_new_pin(pin)
    if getpass.getpass("Same PIN again: ") != pin:
        print("examtrainer: the two PINs differ; nothing printed", file=sys.stderr)
        return EXIT_PROBLEMS
    print("# put this line in site.toml (see docs/school-setup.md):")
    print(f'teacher_pin_hash = "{hash_pin(pin)}"')
    return EXIT_OK


def _audio(args: argparse.Namespace) -> int:
    # Qt is imported only here: the other commands never load it.
    if not args.verbose:  # Qt's notes about its audio back-ends are noise for this check
        os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
    from examtrainer.audio.devices import AudioError
    from examtrainer.gui import audio_check

    if args.audio_command == "devices":
        found = audio_check.devices()
        if args.json:
            print(json.dumps(found.as_json()))
        else:
            for title, listed in (("outputs", found.outputs), ("inputs", found.inputs)):
                print(f"{title}:")
                for device in listed:
                    print(f"  {'*' if device.default else ' '} {device.name}")
                if not listed:
                    print("    (none)")
        if not (found.outputs and found.inputs):
            missing = "output (speaker)" if not found.outputs else "input (microphone)"
            print(f"examtrainer: no audio {missing} found", file=sys.stderr)
            return EXIT_PROBLEMS
        return EXIT_OK
    if args.record <= 0:
        print("examtrainer: --record needs a positive number of seconds", file=sys.stderr)
        return EXIT_USAGE
    try:
        result = audio_check.check(args.record, args.output)
    except AudioError as error:
        print(
            f"examtrainer: {_audio_problem(error)} ({error.detail or error.code})", file=sys.stderr
        )
        return EXIT_PROBLEMS
    print(json.dumps(result.as_json()))
    if not result.heard:
        print(
            "examtrainer: nothing was heard: the recording holds no speech. Is the "
            "microphone on, not muted, and the default input?",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    return EXIT_OK


def _audio_problem(error: BaseException) -> str:
    code = getattr(error, "code", "")
    return {
        "no_output_device": "no audio output (speaker or headphones) found",
        "no_input_device": "no working microphone found",
        "recording_interrupted": "the microphone stopped during the recording",
        "disk_full": "the disk is full; the recording could not be written",
        "unreadable_audio": "the test sound could not be played",
    }.get(code, "the sound check failed")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.home:
        os.environ["EXAMTRAINER_HOME"] = str(Path(args.home).resolve())
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)
    try:
        if args.command == "bank":
            return _bank(args)
        if args.command == "db":
            return _db(args)
        if args.command == "exam":
            return _exam(args)
        if args.command == "results":
            return _results(args)
        if args.command == "teacher":
            return _teacher(args)
        if args.command == "audio":
            return _audio(args)
        from examtrainer.system_libs import check_before_qt

        missing = check_before_qt()
        if missing is not None:  # Qt would abort with a misleading message
            print(missing, file=sys.stderr)
            return EXIT_SYSTEM
        from examtrainer.gui.app import run

        return run(smoke=args.smoke, language=args.language)
    except PackInvalid as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        for left_out in error.not_mapped:
            print(f"not imported: {left_out}", file=sys.stderr)
        print(str(error), file=sys.stderr)
        return EXIT_PROBLEMS
    except ExamtrainerError as error:
        print(f"examtrainer: {error}", file=sys.stderr)
        return EXIT_PROBLEMS


if __name__ == "__main__":
    sys.exit(main())
