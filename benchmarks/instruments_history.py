"""The role instruments' records after five years, beside day one: the main file's share.

    .venv/bin/python benchmarks/instruments_history.py [--years 5] [--leads-per-day 20]
        [--touches-per-day 2]

The blocks live in month files and their streaks in summaries (storage.py, history.py), but
the role instruments' records (leads, account touches, handoffs, follow-ups, tallies) are
tables of the main file, `focusapp.json`, which every save of any of them rewrites whole.
This builds, through the store, five years of them for a seller who qualifies
`--leads-per-day` inbound leads and logs `--touches-per-day` account touches each working
day (with two handoffs, a follow-up and a day's tally), and times, in the same run, the
same operations on a day-one folder that holds one day of them: opening the store, reading
the leads a start reads before its first paint (the waiting ones, today's), touching a lead,
counting a call between blocks, and the Python work of one second's tick of the lead
clocks. Prints the table and the ratios.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from storage import NOW, TODAY, aware, working_days  # type: ignore[import-not-found]

from focusapp.core.accounts import Account, Touch
from focusapp.core.days import DayRules
from focusapp.core.follow_ups import FollowUp
from focusapp.core.handoffs import Handoff
from focusapp.core.leads import Lead, due_for_warning, lead_figures
from focusapp.core.models import Tally
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.services.leads import LeadBook
from focusapp.store import Store

ROLES = frozenset({RoleId.INBOUND_QUALIFIER, RoleId.ACCOUNT_MANAGER})
RULES = DayRules()


def records(rng: random.Random, days: list[date], leads_a_day: int, touches_a_day: int
            ) -> tuple[list[Lead], list[Touch], list[Handoff], list[FollowUp], list[Tally],
                       list[Account]]:
    accounts = [Account(f"Account {n:03d}", days[0]) for n in range(200)]
    leads, touches, handoffs, follow_ups, tallies = [], [], [], [], []
    for d in days:
        for n in range(leads_a_day):
            at = aware(d, 8 * 60 + rng.randint(0, 540))
            leads.append(Lead(f"{d:%Y%m%d}l{n:03d}", at, RoleId.INBOUND_QUALIFIER.value, 5,
                              f"Lead {d} {n}", at + timedelta(minutes=rng.randint(1, 30))))
        for n in range(touches_a_day):
            touches.append(Touch(f"{d:%Y%m%d}t{n:03d}", rng.choice(accounts).name,
                                 aware(d, 8 * 60 + rng.randint(0, 540))))
        for n in range(2):
            handoffs.append(Handoff(f"{d:%Y%m%d}h{n}", aware(d, 16 * 60 + n),
                                    RoleId.INBOUND_QUALIFIER.value, "account_manager", True,
                                    ("budget", "timing"), ("budget",)))
        made = aware(d, 17 * 60)
        follow_ups.append(FollowUp(f"{d:%Y%m%d}f", f"Contact at {rng.choice(accounts).name}",
                                   made, made + timedelta(days=7), made + timedelta(days=6)))
        tallies.append(Tally(d, RoleId.INBOUND_QUALIFIER.value, "qualify", rng.randint(1, 9)))
    return leads, touches, handoffs, follow_ups, tallies, accounts


def seeded(folder: Path, days: list[date], leads_a_day: int, touches_a_day: int) -> Path:
    store, _ = Store.open(folder, now=lambda: NOW)
    store.roles.save(default_role_configs(ROLES))
    leads, touches, handoffs, follow_ups, tallies, accounts = records(
        random.Random(20261123), days, leads_a_day, touches_a_day)
    store.accounts.save_many(accounts)
    store.leads.save_many(leads)
    store.touches.save_many(touches)
    store.handoffs.save_many(handoffs)
    store.follow_ups.save_many(follow_ups)
    store.tallies.save_many(tallies)
    for n in range(3):  # three clocks ticking
        store.leads.save(Lead(f"waiting{n}", NOW - timedelta(minutes=n + 1),
                              RoleId.INBOUND_QUALIFIER.value, 5, f"Waiting {n}"))
    store.close()
    return folder


def median_ms(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def lead_clocks_at_start(folder: Path) -> float:
    """What a start asks of the leads before its first paint (ms): the lead clocks' book
    (the waiting leads) and today's figures (LeadsFlow.render)."""
    store, _ = Store.open(folder, now=lambda: NOW)
    try:
        start = time.perf_counter()
        book = LeadBook(store)
        lead_figures(book.counting_for(TODAY, TODAY, RULES), TODAY, TODAY, RULES)
        return (time.perf_counter() - start) * 1000
    finally:
        store.close()


def measure(folder: Path) -> dict[str, float]:
    found = {"main file (MiB)": (folder / "focusapp.json").stat().st_size / 2**20}
    found["open the store (ms, median of 5)"] = median_ms(
        5, lambda: Store.open(folder, now=lambda: NOW)[0].close())
    found["the leads at the first start after the update (notes made, ms)"] = \
        lead_clocks_at_start(folder)
    found["the leads at a start: waiting ones and today's figures (ms, median of 5)"] = \
        statistics.median(lead_clocks_at_start(folder) for _ in range(5))
    store, _ = Store.open(folder, now=lambda: NOW)
    try:
        book = LeadBook(store)
        # LeadsFlow.tick's reads: the leads due for a warning, then the clocks to show.
        found["one second's tick of the lead clocks, its Python part (ms, median of 20)"] = \
            median_ms(20, lambda: (due_for_warning(book.waiting(), NOW), book.waiting()))
        lead = book.waiting()[0]
        found["touch a lead (ms, median of 10)"] = median_ms(
            10, lambda: store.leads.save(Lead(lead.id, lead.at, lead.role, 5, lead.name, NOW)))
        tally = Tally(TODAY, RoleId.INBOUND_QUALIFIER.value, "qualify", 1)
        found["count a call between blocks (ms, median of 10)"] = median_ms(
            10, lambda: store.tallies.save(tally))
    finally:
        store.close()
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=5)
    parser.add_argument("--leads-per-day", type=int, default=20)
    parser.add_argument("--touches-per-day", type=int, default=2)
    args = parser.parse_args()
    days = working_days(round(args.years * 250), TODAY)
    with tempfile.TemporaryDirectory(prefix="focusapp-bench-") as tmp:
        start = time.perf_counter()
        rates = args.leads_per_day, args.touches_per_day
        years = measure(seeded(Path(tmp) / "years", days, *rates))
        built = time.perf_counter() - start
        day_one = measure(seeded(Path(tmp) / "day-one", days[-1:], *rates))
    print(f"Role instruments after {args.years:g} years ({len(days):,} working days, "
          f"{args.leads_per_day} leads and {args.touches_per_day} account touches a day, 2 "
          f"handoffs, a "
          f"follow-up and a tally; built and measured in {built:.0f} s), beside day one; "
          f"Python {sys.version.split()[0]}\n")
    width = max(map(len, years)) + 2
    print(f"{'measure':<{width}}{'years':>10}{'day one':>10}{'ratio':>8}")
    for name, value in years.items():
        base = day_one[name]
        ratio = f"{value / base:8.1f}" if base else f"{'':>8}"
        print(f"{name:<{width}}{value:>10.2f}{base:>10.2f}{ratio}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
