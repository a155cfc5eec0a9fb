"""Put the table of the last `make bench` (build/bench.md) into the README's performance
section and docs/performance.md, between their markers: the figures there are never typed
by hand.

    .venv/bin/python tools/perf_section.py [build/bench.md [PAGE ...]]

With no page named, both of those pages.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START = "<!-- make bench: start (tools/perf_section.py writes what follows) -->"
END = "<!-- make bench: end -->"
PAGES = [ROOT / "README.md", ROOT / "docs" / "performance.md"]


def with_table(page: str, table: str) -> str:
    """`page` with the text between the markers replaced by `table`."""
    if START not in page or END not in page:
        raise SystemExit(f"the page has no markers: add {START!r} and {END!r}")
    before, rest = page.split(START, 1)
    _, after = rest.split(END, 1)
    return f"{before}{START}\n{table.strip()}\n{END}{after}"


def main() -> int:
    table = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "build" / "bench.md")
    pages = [Path(name) for name in sys.argv[2:]] or PAGES
    for page in pages:
        page.write_text(with_table(page.read_text(), table.read_text()))
        print(f"{page}: the table of {table} is in")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
