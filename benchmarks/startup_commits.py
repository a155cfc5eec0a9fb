"""Start-up of several commits side by side, and of a bare PySide6 window, in one run.

    .venv/bin/python benchmarks/startup_commits.py [--runs 9] REV [REV ...]

Each commit is checked out in a temporary worktree (`git worktree add --detach`) and started
from there with this checkout's interpreter (`python -m focusapp` finds the package in the
working folder first), on its own new user's data folder, on one Xvfb display with a tray
host (benchmarks/startup.py's); runs are interleaved so that drift hits all alike. Prints
the median time from spawn to the "ready" line and its ratio to the bare window: what tells
a start-up regression from the machine's noise (docs/performance.md, "Start-up").
A commit from before `--exit-when-ready` (986c502 and older) is started with
FOCUSAPP_EXIT_WHEN_READY=1, as the benchmark of its time did.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import startup  # type: ignore[import-not-found]  # noqa: E402


def checkout(rev: str, into: Path) -> Path:
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(into), rev],
                   check=True, capture_output=True)
    # The compiled catalogues are not in git: the app needs them to start.
    shutil.copytree(ROOT / "focusapp" / "i18n", into / "focusapp" / "i18n", dirs_exist_ok=True)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(into / "focusapp")], check=True)
    return into


def seeded(worktree: Path, root: Path) -> Path:
    """A new user's data folder written by that commit's own store."""
    script = (f"import sys; sys.path.insert(0, {str(worktree)!r}); "
              f"sys.path.insert(0, {str(worktree / 'benchmarks')!r}); import startup; "
              f"from pathlib import Path; print(startup.seeded_data_dir(Path({str(root)!r})))")
    root.mkdir()
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True,
                         text=True, cwd=worktree)
    return Path(out.stdout.split()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("revs", nargs="+")
    args = parser.parse_args()
    env, helpers = startup.start_display()
    trees: list[Path] = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            bare = Path(tmp) / "bare.py"
            bare.write_text(startup.bare_window())
            runs: dict[str, tuple[list[str], Path]] = {"bare window": (
                [sys.executable, str(bare)], Path(tmp))}
            for n, rev in enumerate(args.revs):
                tree = checkout(rev, Path(tmp) / f"tree{n}")
                trees.append(tree)
                data = seeded(tree, Path(tmp) / f"data{n}")
                runs[rev] = ([sys.executable, "-m", "focusapp", "--exit-when-ready",
                              "--data-dir", str(data)], tree)
                if "--exit-when-ready" not in (tree / "focusapp" / "cli.py").read_text():
                    runs[rev] = (runs[rev][0][:3] + runs[rev][0][4:], tree)
            app_env = {**env, "FOCUSAPP_EXIT_WHEN_READY": "1"}
            times: dict[str, list[float]] = {name: [] for name in runs}
            for _ in range(args.runs):
                for name, (argv, cwd) in runs.items():
                    times[name].append(startup.timed_run(argv, app_env, cwd=cwd)[0])
            bare_median = statistics.median(times["bare window"])
            print(f"median of {args.runs} runs each; load average "
                  f"{' / '.join(f'{x:.1f}' for x in os.getloadavg())}")
            for name, values in times.items():
                median = statistics.median(values)
                print(f"{median * 1000:8.0f} ms {median / bare_median:6.2f}  {name}")
    finally:
        for proc in helpers:
            proc.terminate()
        for tree in trees:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                           check=False, capture_output=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
