"""`make dist`: build the Linux bundle, prove it starts, pack it, and hold it to its size budget.

Steps, each failing the run with a plain message:
1. PyInstaller builds dist/examtrainer/ from packaging/examtrainer.spec (skip with --no-build);
2. every library in the bundle finds the libraries it links (ldd: none "not found");
3. the bundle's ``--smoke`` passes in a new, empty EXAMTRAINER_HOME (first start: new
   database, bundled content installed) with no site config, offscreen and, when xvfb-run
   is there, on the real xcb platform under Xvfb;
4. start-up of the bundle and of the source checkout, measured in the same run, interleaved,
   on a second start (database and content ready), from process launch to the first paint and
   until the first usable screen (home, with its figures and buttons) is painted;
5. dist/examtrainer-<version>-linux-<machine>.tar.gz with the desktop file, AppStream
   metainfo and icons in examtrainer/share/; reproducible: sorted members, owner
   root, times from SOURCE_DATE_EPOCH (default: the last commit), gzip without a time stamp;
6. the folder and the tarball against their budgets (exit 1 when over); a JSON report in
   dist/dist-report.json.
Usage: python tools/dist.py [--no-build] [--rounds 5]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "examtrainer"
SPEC = ROOT / "packaging" / "examtrainer.spec"

# The budgets (MB = 10^6 bytes). The folder cannot go much lower with the upstream wheels:
# ICU data (31 MB, linked by QtCore), OpenBLAS (25 MB, linked by numpy), FFmpeg (19 MB) and
# Qt Quick/QML (16 MB, linked by the multimedia back end) are a third of it (docs/packaging.md).
FOLDER_BUDGET_MB = 265
TARBALL_BUDGET_MB = 120


def version() -> str:
    namespace: dict[str, object] = {}
    init = (ROOT / "examtrainer" / "__init__.py").read_text(encoding="utf-8")
    line = next(line for line in init.splitlines() if line.startswith("__version__"))
    exec(line, namespace)
    return str(namespace["__version__"])


def folder_bytes(folder: Path) -> int:
    """Bytes of the files in a folder as stored (symbolic links count as links)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def build() -> None:
    print("==> building the bundle (PyInstaller)", flush=True)
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", str(SPEC)],
        cwd=ROOT,
        check=True,
    )


def missing_libraries(bundle: Path) -> list[str]:
    """"library: missing name" for every library of the bundle that ldd cannot resolve."""
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    problems = []
    for path in sorted(internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            if "not found" in line:
                problems.append(f"{path.relative_to(bundle)}: {line.split()[0]}")
    return problems


def clean_env(home: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("EXAMTRAINER_") and key not in {"PYTHONPATH", "VIRTUAL_ENV"}
    }
    env["EXAMTRAINER_HOME"] = str(home)
    env["EXAMTRAINER_SITE_CONFIG"] = str(home / "no-site-config")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


FIRST_PAINT = re.compile(r"first paint after (\d+) ms")


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(ms from launch to the first paint as the app reports it, ms for the whole process:
    until the first usable screen is painted, then exit)."""
    env = {**env, "EXAMTRAINER_LAUNCH_EPOCH": repr(time.time())}
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, cwd=ROOT)
    whole = (time.perf_counter() - start) * 1000
    if result.returncode != 0:
        raise SystemExit(f"dist: {command[0]} --smoke failed ({result.returncode}):\n"
                         f"{result.stdout}{result.stderr}")
    paint = FIRST_PAINT.search(result.stdout)
    if paint is None:
        raise SystemExit(f"dist: {command[0]} --smoke did not say when it painted:\n"
                         f"{result.stdout}")
    return float(paint.group(1)), whole


def measure_startup(rounds: int) -> dict[str, dict[str, float]]:
    commands = {
        "bundle": [str(BUNDLE / "examtrainer"), "--smoke"],
        "source": [sys.executable, "-m", "examtrainer", "--smoke"],
    }
    homes = {name: Path(tempfile.mkdtemp(prefix=f"examtrainer-dist-{name}-")) for name in commands}
    try:
        for name, command in commands.items():
            timed(command, clean_env(homes[name]))  # first start: database and content
        paints: dict[str, list[float]] = {name: [] for name in commands}
        wholes: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(rounds):
            for name, command in commands.items():
                paint, whole = timed(command, clean_env(homes[name]))
                paints[name].append(paint)
                wholes[name].append(whole)
    finally:
        for home in homes.values():
            shutil.rmtree(home, ignore_errors=True)
    return {
        name: {
            "first_paint_ms": round(statistics.median(paints[name])),
            "usable_screen_ms": round(statistics.median(wholes[name])),
        }
        for name in commands
    }


def stage_desktop_files(bundle: Path) -> None:
    """Put the desktop file, the AppStream metainfo and the icons into bundle/share/, laid out
    as below /usr/local/share (docs/packaging.md: installing the tarball)."""
    sys.path.insert(0, str(ROOT))
    from examtrainer import APP_ID

    share = bundle / "share"
    linux = ROOT / "packaging" / "linux"
    placed = ((f"{APP_ID}.desktop", "applications"), (f"{APP_ID}.metainfo.xml", "metainfo"))
    for name, folder in placed:
        (share / folder).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(linux / name, share / folder / name)
    shutil.copytree(ROOT / "packaging" / "icons" / "hicolor", share / "icons" / "hicolor",
                    dirs_exist_ok=True)


def source_date_epoch() -> int:
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    result = subprocess.run(
        ["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True
    )
    return int(result.stdout.strip() or 0)


def make_tarball(bundle: Path, target: Path, mtime: int) -> None:
    """A tarball whose bytes depend only on the bundle's files, not on when it was made."""

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = min(info.mtime, mtime)
        info.mode = info.mode & 0o755 if info.isdir() or info.mode & 0o111 else 0o644
        return info

    members = sorted(bundle.rglob("*"))
    with (
        open(target, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as packed,
        tarfile.open(fileobj=packed, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        tar.add(bundle, arcname=bundle.name, recursive=False, filter=normalise)
        for path in members:
            arcname = f"{bundle.name}/{path.relative_to(bundle).as_posix()}"
            tar.add(path, arcname=arcname, recursive=False, filter=normalise)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="use the existing dist/examtrainer")
    parser.add_argument("--rounds", type=int, default=5, help="start-up runs of each (median)")
    args = parser.parse_args()
    if not args.no_build:
        build()
    if not (BUNDLE / "examtrainer").is_file():
        raise SystemExit(f"dist: no bundle at {BUNDLE}; run without --no-build")

    print("==> checking the libraries of the bundle (ldd)", flush=True)
    missing = missing_libraries(BUNDLE)
    if missing:
        print("dist: libraries not found:\n  " + "\n  ".join(missing), file=sys.stderr)
        return 1

    print("==> smoke test of the bundle in an empty data folder", flush=True)
    home = Path(tempfile.mkdtemp(prefix="examtrainer-dist-smoke-"))
    try:
        first_paint, first_whole = timed([str(BUNDLE / "examtrainer"), "--smoke"], clean_env(home))
        installed = sorted(p.name for p in (home / "data").iterdir())
    finally:
        shutil.rmtree(home, ignore_errors=True)
    print(f"    passed: first start {first_whole:.0f} ms (new database, content installed); "
          f"data folder holds {', '.join(installed)}")
    if shutil.which("xvfb-run"):
        home = Path(tempfile.mkdtemp(prefix="examtrainer-dist-xcb-"))
        env = {**clean_env(home), "QT_QPA_PLATFORM": "xcb"}
        try:
            timed(["xvfb-run", "-a", str(BUNDLE / "examtrainer"), "--smoke"], env)
        finally:
            shutil.rmtree(home, ignore_errors=True)
        print("    passed on xcb under Xvfb too")
    else:
        print("    not tried on xcb: xvfb-run is not installed")

    print(f"==> start-up, bundle against source ({args.rounds} rounds each)", flush=True)
    startup = measure_startup(args.rounds)
    for name, numbers in startup.items():
        print(f"    {name}: first paint {numbers['first_paint_ms']} ms, "
              f"usable home screen {numbers['usable_screen_ms']} ms (medians)")

    machine = platform.machine().lower()
    tarball = ROOT / "dist" / f"examtrainer-{version()}-linux-{machine}.tar.gz"
    print(f"==> packing {tarball.relative_to(ROOT)} (with share/: desktop file, icons)", flush=True)
    stage_desktop_files(BUNDLE)
    make_tarball(BUNDLE, tarball, source_date_epoch())

    folder_mb = folder_bytes(BUNDLE) / 1e6
    tarball_mb = tarball.stat().st_size / 1e6
    report = {
        "version": version(),
        "folder_mb": round(folder_mb, 1),
        "folder_budget_mb": FOLDER_BUDGET_MB,
        "tarball": tarball.name,
        "tarball_mb": round(tarball_mb, 1),
        "tarball_budget_mb": TARBALL_BUDGET_MB,
        "first_start_ms": round(first_whole),
        "first_start_first_paint_ms": round(first_paint),
        "startup": startup,
        "rounds": args.rounds,
    }
    (ROOT / "dist" / "dist-report.json").write_text(json.dumps(report, indent=2) + "\n")
    over = []
    for what, size, budget in (
        ("folder dist/examtrainer", folder_mb, FOLDER_BUDGET_MB),
        (f"tarball {tarball.name}", tarball_mb, TARBALL_BUDGET_MB),
    ):
        verdict = "within budget" if size <= budget else "OVER BUDGET"
        print(f"size: {what}: {size:.1f} MB of {budget} MB budget, {verdict}")
        if size > budget:
            over.append(what)
    if over:
        print(f"dist: over budget: {', '.join(over)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
