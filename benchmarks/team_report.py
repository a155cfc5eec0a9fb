"""The team report at scale: 10 reps × 5 years of history (benchmarks/storage.py's generator).

    .venv/bin/python benchmarks/team_report.py [--reps 10] [--years 5]

Times `focusapp team-report DIR --csv FILE` as a real process, side by side with a baseline
measured in the same run: `focusapp import --dry-run` of one rep's export (the check every
export goes through). Issue #11 asks for 10 reps × 5 years in <= 5 s.
"""

from __future__ import annotations

import argparse
import random
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


def _timed(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([*FOCUSAPP, *args], check=True, capture_output=True)
    return time.perf_counter() - started


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
        report, baseline = [], []
        for _ in range(options.runs):  # alternated: the machine's noise hits both alike
            baseline.append(_timed(["--data-dir", str(root / "empty"), "import", "--dry-run",
                                    str(drive / "rep-0.json")]))
            report.append(_timed(["--data-dir", str(root / "manager"), "team-report",
                                  str(drive), "--week", "2026-W47",
                                  "--csv", str(root / "team.csv")]))
        rows = (root / "team.csv").read_text().count("\n") - 1
        print(f"team-report ({rows} rows): median {statistics.median(report):.2f} s "
              f"(runs {', '.join(f'{t:.2f}' for t in report)})")
        print(f"baseline, one export checked (import --dry-run): median "
              f"{statistics.median(baseline):.2f} s; ratio "
              f"{statistics.median(report) / statistics.median(baseline):.1f}")


if __name__ == "__main__":
    main()
