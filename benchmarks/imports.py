"""What the app imports before its first paint, and what each part costs (issue 15's
import-time table).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/imports.py [--runs 5] [--top 12]

Runs `python -X importtime -m focusapp --exit-when-ready` on a new user's data folder, with
stderr and stdout in one pipe so that the "ready" line (the tray and the Today window are
shown) falls where it happened among the import lines; only the imports before it count.
Prints the number of modules, then self times grouped by package (FocusApp's by
sub-package), each the sum over its modules of their minimum over the runs: the minimum is
what a module costs when the machine lets it run. Run it from a checkout to measure that
checkout (`python -m` finds the package in the working folder first).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

LINE = re.compile(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)")


def imports_before_ready(folder: Path) -> dict[str, int]:
    """Each module imported before the first paint, and its self time (µs)."""
    run = subprocess.run([sys.executable, "-X", "importtime", "-m", "focusapp",
                          "--exit-when-ready", "--data-dir", str(folder)],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                         env={**os.environ, "PYTHONUNBUFFERED": "1"}, check=True)
    found: dict[str, int] = {}
    for line in run.stdout.splitlines():
        if line.startswith("ready "):
            return found
        match = LINE.match(line)
        if match:
            found[match.group(2)] = int(match.group(1))
    raise SystemExit("the app never printed 'ready'")


def group(module: str) -> str:
    parts = module.split(".")
    if parts[0] == "focusapp":
        return ".".join(parts[:2])
    if parts[0].startswith("shiboken"):
        return "shiboken6 (signature support)"
    return parts[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    import startup  # type: ignore[import-not-found]

    with tempfile.TemporaryDirectory() as tmp:
        folder = startup.seeded_data_dir(Path(tmp))
        runs = [imports_before_ready(folder) for _ in range(args.runs)]
    modules = set().union(*runs)
    least = {m: min(r[m] for r in runs if m in r) for m in modules}
    groups: dict[str, int] = {}
    for module, micros in least.items():
        groups[group(module)] = groups.get(group(module), 0) + micros
    print(f"{len(modules)} modules before the first paint; self time, minimum of {args.runs} "
          f"runs each, summed: {sum(least.values()) / 1000:.0f} ms "
          f"(load average {os.getloadavg()[0]:.1f})")
    print("| package | ms |\n|---|---|")
    for name, micros in sorted(groups.items(), key=lambda item: -item[1])[:args.top]:
        print(f"| {name} | {micros / 1000:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
