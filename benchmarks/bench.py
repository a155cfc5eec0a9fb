"""Every benchmark in one run, and one table of ratios against baselines measured in the same
run (issue 15's figures): `make bench`.

    .venv/bin/python benchmarks/bench.py [--runs 7] [--cpu-seconds 60] [--out build/bench.md]
                                         [--skip-others]

The start-up figures are timed on an Xvfb display with a tray host (benchmarks/startup.py's),
the others in a process of their own. The other benchmarks (storage, review, history,
counting, team report) run too; their full output goes to build/bench/<name>.txt and the
table says whether each ran. `tools/perf_section.py` puts the table into
docs/performance.md. Nothing here asserts a time: the table says "met" or "missed".
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import startup  # type: ignore[import-not-found]  # noqa: E402

OTHERS = ("storage", "review", "history", "counting", "team_report", "instruments_history")


@dataclass(frozen=True)
class Row:
    figure: str
    measured: str
    baseline: str
    ratio: float | None
    target: str
    met: bool | None

    def cells(self) -> list[str]:
        ratio = "" if self.ratio is None else f"{self.ratio:.2f}"
        verdict = {True: "met", False: "**missed**", None: ""}[self.met]
        return [self.figure, self.measured, self.baseline, ratio, self.target, verdict]


def timed_marks(argv: list[str], env: dict[str, str]) -> tuple[dict[str, float], float]:
    """Seconds from spawn to each "<mark> <epoch> [<cpu>]" line the child prints, its peak
    RSS, and, as "<mark> cpu", the CPU seconds the child had used at that mark."""
    start = time.time()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    out = proc.stdout.read().decode() if proc.stdout else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{argv} failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    marks = {}
    for line in out.splitlines():
        name, *values = line.split()
        if name in ("ready", "loaded"):
            marks[name] = float(values[0]) - start
            if len(values) > 1:
                marks[f"{name} cpu"] = float(values[1])
    return marks, usage.ru_maxrss / 1024


def median(values: list[float]) -> float:
    return statistics.median(values)


def startup_rows(runs: int, cpu_seconds: float) -> list[Row]:
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "focusapp")],
                   check=True)
    env, helpers = startup.start_display()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            new_user = startup.seeded_data_dir(Path(tmp))
            old = startup.history_data_dir(Path(tmp), 5)
            bare = [sys.executable, "-c", startup.bare_window()]
            charts = [sys.executable, "-c", startup.bare_window("import PySide6.QtCharts")]
            app = [sys.executable, "-m", "focusapp", "--exit-when-ready", "--data-dir"]
            timed_marks(bare, env)  # warm the disk cache for everyone
            first, _ = timed_marks([*app, str(old)], env)  # the first start makes summaries
            got: dict[str, list[tuple[dict[str, float], float]]] = {
                "bare": [], "charts": [], "new": [], "old": []}
            for _ in range(runs):  # interleaved, so drift hits all alike
                got["bare"].append(timed_marks(bare, env))
                got["charts"].append(timed_marks(charts, env))
                got["new"].append(timed_marks([*app, str(new_user)], env))
                got["old"].append(timed_marks([*app, str(old)], env))
            cpu = startup.cpu_while_block_runs(env, new_user, cpu_seconds)
            leads_cpu = startup.cpu_while_block_runs(env, startup.leads_data_dir(Path(tmp)),
                                                     cpu_seconds, today_shown=True)
    finally:
        for proc in helpers:
            proc.terminate()

    def t(kind: str, mark: str = "ready") -> float:
        return median([marks[mark] for marks, _ in got[kind]])

    def rss(kind: str) -> float:
        return median([peak for _, peak in got[kind]])

    bare_t, new_t, old_loaded = t("bare"), t("new"), t("old", "loaded")
    bare_cpu, new_cpu = t("bare", "ready cpu"), t("new", "ready cpu")
    charts_rss = rss("charts")
    return [
        Row("start-up to tray + Today shown, new user / bare PySide6 window",
            f"{new_t:.3f} s", f"{bare_t:.3f} s", new_t / bare_t, "≤ 1.5×", new_t / bare_t <= 1.5),
        Row("the same, CPU time of the process until shown (what the machine's load does not "
            "change)", f"{new_cpu:.3f} s", f"{bare_cpu:.3f} s", new_cpu / bare_cpu, "", None),
        Row("peak RSS, new user / bare window importing QtCharts",
            f"{rss('new'):.1f} MiB", f"{charts_rss:.1f} MiB", rss("new") / charts_rss,
            "≤ 1.3×", rss("new") / charts_rss <= 1.3),
        Row("5-year history: streak chips shown / the new user's start-up",
            f"{old_loaded:.3f} s", f"{new_t:.3f} s", old_loaded / new_t, "≤ 1.3×",
            old_loaded / new_t <= 1.3),
        Row("5-year history: first start after the update (summaries made), streaks shown",
            f"{first['loaded']:.3f} s", f"{new_t:.3f} s", first["loaded"] / new_t, "once", None),
        Row("5-year history: peak RSS / bare window importing QtCharts",
            f"{rss('old'):.1f} MiB", f"{charts_rss:.1f} MiB", rss("old") / charts_rss, "≤ 1.5×",
            rss("old") / charts_rss <= 1.5),
        Row("CPU while a block runs (% of one core)", f"{cpu:.2f} %", "", None, "≤ 0.5 %",
            cpu <= 0.5),
        Row("the same, an inbound qualifier with 3 lead clocks ticking, Today open",
            f"{leads_cpu:.2f} %", "", None, "≤ 0.5 %", leads_cpu <= 0.5),
    ]


# ---- in a process of its own: what the app decodes, and the review from scratch -------

INPROCESS = "--measure-history"


def measure_history(folder: Path) -> dict[str, float]:
    """Blocks decoded for Today, the streaks and a week's review; one week's review numbers
    from scratch, the summaries in memory as the app has them after its start (a fresh daily
    loop: its progress, the streak walk, the week's blocks decoded, the review and results),
    against the same numbers from every block in memory (the measure of issue 15's table);
    and the same from a store just opened (summaries read and checked from disk)."""
    from PySide6.QtCore import QCoreApplication
    from review import NOW, TODAY, _Clock  # type: ignore[import-not-found]

    import focusapp.store.blocks as block_repo
    from focusapp.core.days import IsoWeek
    from focusapp.core.review import week_review
    from focusapp.services.daily import DailyLoop
    from focusapp.store.database import Store
    from focusapp.ui.review_model import ReviewProvider

    app = QCoreApplication([])
    week = IsoWeek.of(TODAY).shifted(-1)
    decoded = 0
    decode = block_repo.decode_block

    def counting(doc):  # type: ignore[no-untyped-def]
        nonlocal decoded
        decoded += 1
        return decode(doc)

    def ms(action: Callable[[], object], clock: Callable[[], float] = time.perf_counter
           ) -> float:
        start = clock()
        action()
        return (clock() - start) * 1000

    def numbers(daily: DailyLoop, store: Store) -> Callable[[], object]:
        def compute() -> object:
            facts = ReviewProvider.from_daily(daily, store.reviews).facts()
            return facts.review(week), facts.results(week)
        return compute

    def cold() -> float:
        with Store.open(folder, now=lambda: NOW)[0] as store:
            return ms(lambda: numbers(DailyLoop(_Clock(), store), store)())

    cold()  # the summaries are made once (the first start after the update)
    block_repo.decode_block = counting  # type: ignore[assignment]
    with Store.open(folder, now=lambda: NOW)[0] as store:
        total = store.blocks.count()
        daily = DailyLoop(_Clock(), store)
        daily.today_view()
        numbers(daily, store)()
    block_repo.decode_block = decode  # type: ignore[assignment]
    with Store.open(folder, now=lambda: NOW)[0] as store:
        DailyLoop(_Clock(), store).totals()  # read once, as at the app's start
        ours = [ms(numbers(DailyLoop(_Clock(), store), store)) for _ in range(7)]
        cpu = [ms(numbers(DailyLoop(_Clock(), store), store), time.process_time)
               for _ in range(7)]
        settings = store.settings.get()
        blocks, days, roles = store.blocks.all(), store.days.all(), store.roles.get()
        since = min(d.day for d in days)
        old = [ms(lambda: week_review(week, blocks, days, roles, settings.day_rules, since,
                                      TODAY, settings.freezes_enabled)) for _ in range(5)]
    colds = [cold() for _ in range(3)]
    del app
    return {"decoded": decoded, "blocks": total, "review": median(ours), "old": median(old),
            "cold": median(colds), "cpu": median(cpu)}


def history_rows() -> list[Row]:
    import random

    import storage  # type: ignore[import-not-found]

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        blocks, days, events = storage.history(random.Random(5), 5 * 250, 20)
        storage.write_history(folder, blocks, days, events)
        out = subprocess.run([sys.executable, __file__, INPROCESS, str(folder)], check=True,
                             capture_output=True, text=True, env={**os.environ,
                                                                 "QT_QPA_PLATFORM": "offscreen"})
    got = json.loads(out.stdout.splitlines()[-1])
    decoded, total = int(got["decoded"]), int(got["blocks"])
    return [
        Row("blocks decoded for Today, the streak chips and a week's review, at 5 years",
            f"{decoded:,}", f"{total:,} (all)", decoded / total, "that week's and today's only",
            decoded <= 7 * 30),
        Row("one week's review numbers from scratch at 5 years / the same from every block "
            "in memory", f"{got['review']:.1f} ms", f"{got['old']:.0f} ms",
            got["review"] / got["old"], "≤ 20 ms", got["review"] <= 20),
        Row("the same, CPU time of the process (what the machine's load does not change)",
            f"{got['cpu']:.1f} ms", "", None, "", None),
        Row("the same, from a store just opened (summaries read and checked from disk)",
            f"{got['cold']:.0f} ms", f"{got['old']:.0f} ms", got["cold"] / got["old"], "", None),
    ]


def other_rows(out_dir: Path) -> list[Row]:
    """The other benchmarks, run for their own tables (build/bench/<name>.txt)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    for name in OTHERS:
        start = time.perf_counter()
        run = subprocess.run([sys.executable, str(HERE / f"{name}.py")], capture_output=True,
                             text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                             check=False)
        (out_dir / f"{name}.txt").write_text(run.stdout + run.stderr)
        seconds = time.perf_counter() - start
        rows.append(Row(f"benchmarks/{name}.py (its table: build/bench/{name}.txt)",
                        f"ran in {seconds:.0f} s" if run.returncode == 0 else "**failed**",
                        "", None, "runs", run.returncode == 0))
    return rows


def table(rows: list[Row], load: str) -> str:
    head = ["figure", "measured", "baseline (same run)", "ratio", "target", ""]
    lines = [f"`make bench`, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, Python "
             f"{sys.version.split()[0]}, {os.cpu_count()} cores, load average {load}", "",
             "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def load_average() -> str:
    return " / ".join(f"{n:.1f}" for n in os.getloadavg())


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == INPROCESS:
        print(json.dumps(measure_history(Path(sys.argv[2]))))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cpu-seconds", type=float, default=60.0)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench.md")
    parser.add_argument("--skip-others", action="store_true",
                        help="only the table's own figures")
    args = parser.parse_args()
    load = load_average()
    rows = startup_rows(args.runs, args.cpu_seconds) + history_rows()
    if not args.skip_others:
        rows += other_rows(args.out.parent / "bench")
    text = table(rows, f"{load} at the start, {load_average()} at the end")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
