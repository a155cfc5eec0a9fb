"""The team report at scale: 10 reps × 5 years of history (benchmarks/storage.py's generator).

    .venv/bin/python benchmarks/team_report.py [--reps 10] [--years 5]

Times `focusapp team-report DIR --csv FILE` as a real process, side by side with two baselines
measured in the same run, alternated so the machine's noise hits all alike: `focusapp import
--dry-run` of one rep's export (the check every export goes through), and the floor: a bare
Python that only parses the ten files with the standard library's `json` (no FocusApp code,
so it measures the machine, not us). Each is given as wall time and as CPU time (user +
system of the child), which a busy shared machine disturbs less. Issue #11 asks for 10 reps ×
5 years in <= 5 s.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from storage import NOW, history, write_history  # type: ignore[import-not-found]

from focusapp.store.database import Store
from focusapp.store.export import dumps_export, export_all

FOCUSAPP = [sys.executable, "-m", "focusapp"]
FLOOR = ("import json, pathlib, sys\n"
         "for path in pathlib.Path(sys.argv[1]).glob('*.json'):\n"
         "    json.loads(path.read_bytes())")


def _timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of `command` as a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _line(name: str, runs: list[tuple[float, float]]) -> str:
    walls, cpus = [w for w, _ in runs], [c for _, c in runs]
    return (f"{name}: median {statistics.median(walls):.2f} s wall "
            f"(runs {', '.join(f'{t:.2f}' for t in walls)}), "
            f"{statistics.median(cpus):.2f} s CPU")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=10)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        blocks, days, events = history(random.Random(11), 365 * options.years, 3)
        write_history(root / "rep", blocks, days, events)
        store, _ = Store.open(root / "rep", now=lambda: NOW)
        with store:
            doc = export_all(store, "Rep")
        drive = root / "drive"
        drive.mkdir()
        for n in range(options.reps):
            rep = {**doc, "who": {"name": f"Rep {n}", "profile": f"profile-{n}"}}
            (drive / f"rep-{n}.json").write_bytes(dumps_export(rep))
        print(f"{options.reps} reps × {len(doc['blocks'])} blocks "
              f"({(drive / 'rep-0.json').stat().st_size // 1024} KiB each)")
        report: list[tuple[float, float]] = []
        check: list[tuple[float, float]] = []
        floor: list[tuple[float, float]] = []
        for _ in range(options.runs):  # alternated: the machine's noise hits all alike
            floor.append(_timed([sys.executable, "-c", FLOOR, str(drive)]))
            check.append(_timed([*FOCUSAPP, "--data-dir", str(root / "empty"), "import",
                                 "--dry-run", str(drive / "rep-0.json")]))
            report.append(_timed([*FOCUSAPP, "--data-dir", str(root / "manager"),
                                  "team-report", str(drive), "--week", "2026-W47",
                                  "--csv", str(root / "team.csv")]))
        rows = (root / "team.csv").read_text().count("\n") - 1
        print(_line(f"team-report ({rows} rows)", report))
        print(_line("baseline, one export checked (import --dry-run)", check))
        print(_line(f"floor, {options.reps} files parsed by json.loads alone", floor))
        median = statistics.median
        print(f"ratios (CPU): team-report / one check "
              f"{median(c for _, c in report) / median(c for _, c in check):.1f}, "
              f"team-report / floor "
              f"{median(c for _, c in report) / median(c for _, c in floor):.1f}")


if __name__ == "__main__":
    main()
