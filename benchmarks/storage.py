"""Storage at scale: five years of history through the store, side by side with plain TinyDB.

    .venv/bin/python benchmarks/storage.py [--years 5] [--blocks-per-day 20] [--full]

Builds a realistic history (about 25,000 blocks over 1,250 working days, a One Thing per
working day, weekly reflections, 90 days of distraction events) in a temp folder, writing
the files in bulk and then opening them only through `Store`. Prints open time, the time to
save one block (median of 50), file sizes and memory, and, in the same run, the baseline:
TinyDB's default JSONStorage inserting one block into a single file holding the same number
of blocks. `--full` adds the 50,000-block baseline of the original issue.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tinydb import TinyDB
from tinydb.storages import JSONStorage

from focusapp.core.days import IsoWeek
from focusapp.core.models import (
    Block,
    Day,
    DistractionSummary,
    Interruption,
    OneThingStatus,
    Outcome,
    Pause,
    Reflections,
    Settings,
)
from focusapp.core.roles import RoleConfig, RoleId
from focusapp.store import Store
from focusapp.store.atomic import AtomicJSONStorage
from focusapp.store.block_codec import encode_block
from focusapp.store.checkpoint import Checkpoint
from focusapp.store.codec import (
    encode_day,
    encode_reflections,
    encode_role,
    encode_settings,
)
from focusapp.store.distractions import DistractionEvent, encode_event
from focusapp.store.layout import month_key
from focusapp.store.migrations import new_main, write_tables

try:
    from zoneinfo import ZoneInfo

    PARIS: Any = ZoneInfo("Europe/Paris")
except Exception:  # no tz database: a fixed offset is just as good for timing
    PARIS = timezone(timedelta(hours=1))

TODAY = date(2026, 11, 23)  # a Monday
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone(timedelta(hours=1)))
ROLES = (RoleId.ACCOUNT_MANAGER, RoleId.FIELD_SALES)
TARGETS = ("youtube.com", "linkedin.com", "slack", "lemonde.fr", "mail")


# ---- the history ----------------------------------------------------------------------


def aware(day: date, minutes: int) -> datetime:
    """A local instant carrying the offset in force then (as the app records it)."""
    wall = datetime.combine(day, datetime.min.time()) + timedelta(minutes=minutes)
    local = wall.replace(tzinfo=PARIS)
    offset = local.utcoffset() or timedelta(0)
    return wall.replace(tzinfo=timezone(offset))


def working_days(count: int, last: date) -> list[date]:
    days: list[date] = []
    day = last
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day -= timedelta(days=1)
    return days[::-1]


def history(
    rng: random.Random, n_days: int, per_day: int
) -> tuple[list[Block], list[Day], list[DistractionEvent]]:
    roles = [RoleConfig.default(r) for r in ROLES]
    blocks: list[Block] = []
    days: list[Day] = []
    events: list[DistractionEvent] = []
    last = TODAY - timedelta(days=3)
    for d in working_days(n_days, last):
        config = rng.choice(roles)
        status = rng.choice(list(OneThingStatus))
        days.append(Day(d, f"One Thing of {d}: call the {rng.randint(1, 99)} hottest leads",
                        config.role.value, config.activities[0].id, status))
        minute = 7 * 60 + rng.randint(0, 60)
        for i in range(per_day):
            config = rng.choice(roles)
            planned = rng.choice((25, 25, 25, 50, 90))
            start = aware(d, minute)
            paused = rng.random() < 0.2
            pauses = (Pause(start + timedelta(minutes=5), start + timedelta(minutes=9)),) \
                if paused else ()
            distracted = rng.choice((0.0, 0.0, 30.0, 95.5, 300.0))
            by_target = {rng.choice(TARGETS): distracted} if distracted else {}
            end = start + timedelta(minutes=planned + (4 if paused else 0))
            block = Block(
                id=f"{d.isoformat()}-{i:02d}-{rng.getrandbits(32):08x}",
                start=start,
                planned_minutes=planned,
                role=config.role.value,
                activity=rng.choice(config.activities).id,
                energy=rng.randint(1, 5),
                end=end,
                pauses=pauses,
                interruptions=(Interruption(start + timedelta(minutes=3), "phone"),)
                if rng.random() < 0.1 else (),
                distraction=DistractionSummary(distracted, rng.randint(0, 3), by_target),
                outcome=rng.choice((Outcome.COMPLETED,) * 8 + (Outcome.PARTIAL, Outcome.ABANDONED)),
                serves_one_thing=rng.random() < 0.3,
                count=rng.randint(0, 30) if rng.random() < 0.5 else None,
                note=rng.choice(("", "", "good call with the buyer", "two follow-ups booked")),
            )
            blocks.append(block)
            if (last - d).days <= 90:
                events += [
                    DistractionEvent(block.id, start + timedelta(minutes=k + 1),
                                     rng.choice(("app", "site", "blocked_site")),
                                     rng.choice(TARGETS), rng.choice((0.0, 12.0, 40.5)))
                    for k in range(3)
                ]
            minute += planned + rng.randint(2, 20)
    return blocks, days, events


def write_history(
    data_dir: Path, blocks: list[Block], days: list[Day], events: list[DistractionEvent]
) -> None:
    """Bulk-build the files (the store then opens them as it would any data folder)."""
    main = new_main(NOW - timedelta(days=5 * 365))
    main["settings"] = {"1": encode_settings(Settings(first_run_done=True))}
    main["roles"] = {"1": {"roles": [encode_role(RoleConfig.default(r)) for r in ROLES]}}
    main["days"] = {str(i): encode_day(d) for i, d in enumerate(days, 1)}
    weeks = sorted({IsoWeek.of(d.day) for d in days})
    main["reviews"] = {
        str(i): encode_reflections(Reflections(w, "what worked", "what to change",
                                               {r.value: "priority" for r in ROLES}))
        for i, w in enumerate(weeks, 1)
    }
    write_tables(data_dir / "focusapp.json", main)
    for folder, table, docs in (
        ("blocks", "blocks", [(month_key(b.start), encode_block(b)) for b in blocks]),
        ("distractions", "distractions", [(month_key(e.at), encode_event(e)) for e in events]),
    ):
        by_month: dict[str, list[dict[str, Any]]] = {}
        for month, doc in docs:
            by_month.setdefault(month, []).append(doc)
        for month, month_docs in by_month.items():
            write_tables(data_dir / folder / f"{month}.json",
                         {table: {str(i): d for i, d in enumerate(month_docs, 1)}})


# ---- measuring ------------------------------------------------------------------------


def timed(action: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def median_of(n: int, action: Callable[[], object]) -> float:
    return statistics.median(timed(action) for _ in range(n))


@contextlib.contextmanager
def opened(data_dir: Path) -> Iterator[Store]:
    store, _ = Store.open(data_dir, now=lambda: NOW)
    try:
        yield store
    finally:
        store.close()


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() \
        else path.stat().st_size


def rss_mb() -> float | None:
    try:
        import psutil
    except ImportError:
        return None
    return float(psutil.Process().memory_info().rss) / 2**20


def baseline_insert(folder: Path, docs: list[dict[str, Any]], storage: Any, repeats: int) -> float:
    """One insert into a single TinyDB file already holding `docs` (median of `repeats`)."""
    path = folder / f"single-{storage.__name__}-{len(docs)}.json"
    path.write_text(json.dumps({"blocks": {str(i): d for i, d in enumerate(docs, 1)}}), "utf-8")
    extra = dict(docs[-1], id="extra")
    times = []
    for _ in range(repeats):
        db = TinyDB(path, storage=storage)
        times.append(timed(lambda db=db: db.table("blocks").insert(extra)))  # type: ignore[misc]
        db.close()
    path.unlink()
    return statistics.median(times)


KILL_CHILD = """
import random, sys
sys.path.insert(0, sys.argv[4])
from tinydb import TinyDB
from tinydb.storages import JSONStorage
from focusapp.store.atomic import AtomicJSONStorage
path, kind, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(seed)
db = TinyDB(path, storage=JSONStorage if kind == "JSONStorage" else AtomicJSONStorage)
table = db.table("blocks")
n = 0
while True:
    # Rewrites that grow and shrink the file: a shrinking in-place rewrite is the risky one.
    if rng.random() < 0.5:
        table.insert({"note": "x" * rng.randint(0, 3000)})
    else:
        size = rng.randint(0, 3000)
        ids = [d.doc_id for d in table.all()][:50]
        table.update(lambda doc: doc.update(note="y" * size), doc_ids=ids)
    n += 1
    if n == 2:
        print("ok", flush=True)
"""


def kill_experiment(folder: Path, kills: int, rng: random.Random) -> dict[str, int]:
    """Kill -9 writers of one file each, mid-rewrite; count the files left unreadable."""
    import os
    import signal
    import subprocess

    root = str(Path(__file__).resolve().parents[1])
    seed_doc = {str(i): {"note": "z" * 1000} for i in range(1, 201)}
    damaged = {"JSONStorage": 0, "AtomicJSONStorage": 0}
    for n in range(kills):
        for kind in damaged:
            path = folder / f"kill-{kind}-{n}.json"
            path.write_text(json.dumps({"blocks": seed_doc}), "utf-8")
            child = subprocess.Popen([sys.executable, "-c", KILL_CHILD, str(path), kind, str(n),
                                      root], stdout=subprocess.PIPE, text=True)
            assert child.stdout is not None
            if child.stdout.readline().strip() != "ok":
                raise SystemExit(f"the {kind} writer did not start (exit {child.wait()})")
            time.sleep(rng.uniform(0, 0.03))
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            try:
                json.loads(path.read_bytes())
            except ValueError:
                damaged[kind] += 1
            path.unlink()
    return damaged


def new_block(n: int) -> Block:
    start = NOW + timedelta(minutes=30 * n)
    return Block(id=f"bench-{n}", start=start, planned_minutes=25, role="account_manager",
                 energy=4, end=start + timedelta(minutes=25), outcome=Outcome.COMPLETED,
                 note="benchmark block")


def core_hooks(store: Store) -> list[tuple[str, float, str]]:
    """Time core's streaks and week review over the whole history, when core has them."""
    rows: list[tuple[str, float, str]] = []
    try:
        from focusapp.core.review import week_review
        from focusapp.core.streaks import compute_all_streaks, daily_progress
    except ImportError:  # TODO: time them once core.streaks / core.review exist
        return [("streaks / week review", float("nan"), "TODO: core has no such functions yet")]
    settings = store.settings.get()
    rules = settings.day_rules
    roles = store.roles.get()
    blocks = store.blocks.all()
    days = store.days.all()
    since = min(d.day for d in days)
    result: dict[str, Any] = {}

    def streaks() -> None:
        result["streaks"] = compute_all_streaks(roles, blocks, days, rules, since, TODAY,
                                                settings.freezes_enabled)

    def review() -> None:
        result["review"] = week_review(IsoWeek.of(TODAY).shifted(-1), blocks, days, roles,
                                       rules, since, TODAY, settings.freezes_enabled)

    rows.append(("compute_all_streaks, all roles, 5 years", median_of(3, streaks),
                 f"{len(result['streaks'])} roles"))
    rows.append(("week_review of last week, 5 years", median_of(3, review),
                 f"{len(result['review'].blocks)} blocks in the week"))
    progress = daily_progress(blocks, days, roles, rules.day_start)

    def review_cached() -> None:
        week_review(IsoWeek.of(TODAY).shifted(-2), blocks, days, roles, rules, since, TODAY,
                    settings.freezes_enabled, progress=progress)

    rows.append(("  same, history's daily progress already made", median_of(5, review_cached),
                 "as a window moving between weeks"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--years", type=float, default=5)
    parser.add_argument("--blocks-per-day", type=int, default=20)
    parser.add_argument("--full", action="store_true", help="also the 50,000-block baseline")
    parser.add_argument("--kills", type=int, default=0,
                        help="kill -9 N writers per storage mid-rewrite, count damaged files")
    args = parser.parse_args()
    n_days = round(args.years * 250)

    rng = random.Random(20261123)
    t0 = time.perf_counter()
    blocks, days, events = history(rng, n_days, args.blocks_per_day)
    rows: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory(prefix="focusapp-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        write_history(data_dir, blocks, days, events)
        build = time.perf_counter() - t0
        months = sorted((data_dir / "blocks").glob("????-??.json"))

        first_open = timed(lambda: opened(data_dir).__enter__().close())
        rows.append(("first open (checks + backs up every file)", first_open, "once per file"))
        rows.append(("open (median of 7)", median_of(7, lambda: Store.open(
            data_dir, now=lambda: NOW)[0].close()), "target <= 300 ms"))

        with opened(data_dir) as store:
            running = replace(new_block(0), end=None, outcome=None)
            first = timed(lambda: store.blocks.save(new_block(0)))
            rows.append(("first save of a session (builds the id index)", first, "once"))
            saves = [timed(lambda n=n: store.blocks.save(new_block(n))) for n in range(1, 51)]  # type: ignore[misc]
            rows.append(("save one block (median of 50)", statistics.median(saves),
                         f"p90 {sorted(saves)[44]:.1f} ms, target <= 15 ms"))
            resave = [timed(lambda n=n: store.blocks.save(
                new_block(n).finish(NOW + timedelta(hours=n), Outcome.PARTIAL)))  # type: ignore[misc]
                for n in range(1, 21)]
            rows.append(("re-save (update) one block (median of 20)", statistics.median(resave),
                         ""))
            rows.append(("save a day (main file, median of 20)", statistics.median(
                timed(lambda d=d: store.days.save(d)) for d in days[-20:]), ""))  # type: ignore[misc]
            rows.append(("runtime checkpoint (median of 20)", median_of(
                20, lambda: store.runtime.set_checkpoint(Checkpoint(running, NOW))), ""))
            rows.append(("log a distraction event (median of 20)", median_of(
                20, lambda: store.distractions.add("bench-1", NOW, "app", "steam", 3.0)), ""))

        with opened(data_dir) as store:
            week = IsoWeek.of(TODAY).shifted(-1)
            rule_start = store.settings.get().day_rules.day_start
            rows.append(("blocks.between(one week), cold", timed(lambda: store.blocks.between(
                week.monday, week.days[-1], rule_start)), ""))
            before = rss_mb()
            all_cold = timed(store.blocks.all)
            after = rss_mb()
            rows.append(("blocks.all() cold (decodes 5 years)", all_cold,
                         f"{len(store.blocks.all())} blocks"
                         + (f", +{after - before:.0f} MB RSS" if before and after else "")))
            rows.append(("blocks.all() warm", median_of(5, store.blocks.all), ""))
            rows.append(("days.all()", median_of(5, store.days.all), f"{len(days)} days"))
            rows.append(("distractions.for_block (90 days kept)", median_of(
                3, lambda: store.distractions.for_block(blocks[-1].id)), f"{len(events)} events"))
            rows += core_hooks(store)

        reopen = [timed(lambda: Store.open(data_dir, now=lambda: NOW)[0].close())
                  for _ in range(3)]
        rows.insert(2, ("open after a session of saves (median of 3)", statistics.median(reopen),
                        "re-checks changed months"))

        # Baseline, same run: one TinyDB file holding every block.
        docs = [encode_block(b) for b in blocks]
        sizes = [1_000, 10_000, len(docs)] + ([50_000] if args.full else [])
        for n in sizes:
            sample = (docs * (n // len(docs) + 1))[:n]
            rows.append((f"baseline: TinyDB JSONStorage insert, {n:,} blocks in one file",
                         baseline_insert(Path(tmp), sample, JSONStorage, 3), "median of 3"))
        rows.append((f"baseline: one file with AtomicJSONStorage, {len(docs):,} blocks",
                     baseline_insert(Path(tmp), docs, AtomicJSONStorage, 3),
                     "atomic alone does not fix size"))

        if args.kills:
            damaged = kill_experiment(Path(tmp), args.kills, rng)
            for kind, count in damaged.items():
                rows.append((f"kill -9 mid-rewrite: {kind} files left unreadable", float(count),
                             f"of {args.kills} (a count, not ms)"))

        file_rows = [
            ("focusapp.json", size(data_dir / "focusapp.json")),
            (f"blocks/ ({len(months)} month files)", size(data_dir / "blocks")),
            ("largest month file", max(p.stat().st_size for p in months)),
            ("distractions/", size(data_dir / "distractions")),
            ("runtime.json", size(data_dir / "runtime.json")),
            ("backups/", size(data_dir / "backups")),
        ]

    print(f"\nFocusApp storage benchmark: {len(blocks):,} blocks, {len(days):,} days, "
          f"{len(events):,} distraction events (built in {build:.1f} s); Python "
          f"{sys.version.split()[0]}\n")
    width = max(len(r[0]) for r in rows) + 2
    print(f"{'measure':<{width}}{'ms':>10}  note")
    for name, ms, note in rows:
        print(f"{name:<{width}}{ms:>10.1f}  {note}")
    print(f"\n{'file':<{width}}{'KiB':>10}")
    for name, n_bytes in file_rows:
        print(f"{name:<{width}}{n_bytes / 1024:>10.0f}")


if __name__ == "__main__":
    main()
