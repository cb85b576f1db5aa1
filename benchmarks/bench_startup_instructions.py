"""Start-up in instructions: `python -m studyapp --smoke` against a bare PySide6 window,
counted by valgrind's callgrind instead of timed.

    python benchmarks/bench_startup_instructions.py [--baseline OTHER_CHECKOUT] [--runs 2]

bench_startup.py times the same starts; on a shared machine its figures move by
tens of percent from one run to the next. The instructions a start executes do not
(two runs agree within 0.1 %), so a change of a few percent shows here first. They
are not time: a cache miss or a page fault costs more than an instruction, and the
store's check on its own thread counts here though it runs beside the main one.

Each program runs under `valgrind --tool=callgrind` (needs valgrind on the PATH),
its store prepared as bench_startup.py prepares it (the default deck imported by a
first start that is not counted, then started twice more plainly, so the answers the
first screen shows are rendered and cached as on a user's second day). With
--baseline, another checkout does the same on a store of its own. Prints the
fewest instructions of --runs runs of each, and the ratios.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = Path(__file__).resolve().parent / "bare_window.py"


def instructions(command: list[str], env: dict[str, str], cwd: Path, out: Path) -> int:
    """The instructions `command` executes (all its threads), by callgrind."""
    run = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *command]
    result = subprocess.run(run, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr}")
    found = re.search(r"^summary:\s*(\d+)", out.read_text(), re.MULTILINE)
    if found is None:
        raise SystemExit(f"no instruction count in {out}")
    return int(found.group(1))


def prepared(checkout: Path, data: Path, env: dict[str, str]) -> list[str]:
    """The smoke start of `checkout` on `data`: bytecode compiled (as an install has
    it), the default deck imported and the first screen's answers cached."""
    compileall.compile_dir(str(checkout / "studyapp"), quiet=1)
    command = [sys.executable, "-m", "studyapp", "--smoke", "--data-dir", str(data)]
    for _ in range(3):
        subprocess.run(command, cwd=checkout, env=env, capture_output=True, check=True)
    return command


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--baseline", type=Path, default=None, help="another checkout")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: bench_startup.py times the starts instead")
    with tempfile.TemporaryDirectory() as tmp:
        base_env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        base_env.pop("STUDYAPP_DATA_DIR", None)
        programs: dict[str, tuple[list[str], dict[str, str], Path]] = {}
        env = dict(base_env, XDG_CONFIG_HOME=str(Path(tmp) / "c1"))
        programs["studyapp --smoke"] = (prepared(ROOT, Path(tmp) / "d1", env), env, ROOT)
        if args.baseline is not None:
            other = args.baseline.resolve()
            env2 = dict(base_env, XDG_CONFIG_HOME=str(Path(tmp) / "c2"), PYTHONPATH=str(other))
            programs["baseline --smoke"] = (prepared(other, Path(tmp) / "d2", env2), env2, other)
        programs["bare window"] = ([sys.executable, str(BARE)], base_env, ROOT)
        counts = {}
        for name, (command, program_env, cwd) in programs.items():
            out = Path(tmp) / "callgrind.out"
            counts[name] = min(
                instructions(command, program_env, cwd, out) for _ in range(args.runs)
            )
            print(f"{name:18s} {counts[name] / 1e6:9.1f} million instructions")
        bare = counts["bare window"]
        print(f"studyapp / bare    {counts['studyapp --smoke'] / bare:.2f}x")
        if "baseline --smoke" in counts:
            print(f"baseline / bare    {counts['baseline --smoke'] / bare:.2f}x")
            ratio = counts["studyapp --smoke"] / counts["baseline --smoke"]
            print(f"studyapp / baseline {ratio:.3f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
