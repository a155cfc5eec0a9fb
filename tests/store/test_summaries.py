"""The daily summaries (issue 15): what the app computes from them equals what the rules give
from the blocks themselves, for random histories; and a summary deleted, damaged or stale
changes nothing but speed."""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from focusapp.core.days import IsoWeek
from focusapp.core.models import Block, Day, OneThingStatus, Outcome, Pause, Tally
from focusapp.core.review import week_review
from focusapp.core.roles import DailyTarget, RoleConfig, RoleId, default_role_configs
from focusapp.core.streaks import DayProgress, key_metrics, role_histories
from focusapp.services.daily import DailyLoop
from focusapp.store.block_codec import encode_block
from focusapp.store.database import Store
from focusapp.store.export import export_all, import_file, write_export
from focusapp.store.summaries import summary_file
from focusapp.ui.review_model import ReviewProvider
from tests.conftest import FakeClock

OP, AM = RoleId.OUTBOUND_PROSPECTOR, RoleId.ACCOUNT_MANAGER
FIRST = date(2026, 8, 27)  # the history spans four months, and their edges
SPAN_DAYS = 95
TODAY = FIRST + timedelta(days=SPAN_DAYS)
OFFSETS = (timezone(timedelta(hours=1)), timezone(timedelta(hours=2)))


def the_roles() -> tuple[RoleConfig, ...]:
    """Two roles held: one with a count target and one activity that is not key."""
    configs = []
    for config in default_role_configs(frozenset({OP, AM})):
        if config.role is OP:
            config = replace(config, target=DailyTarget(minutes=None, count=6))
        elif config.role is AM:
            first, *rest = config.activities
            config = replace(config, activities=(replace(first, key=False), *rest),
                             target=DailyTarget(minutes=40, count=None))
        configs.append(config)
    return tuple(configs)


ROLES = the_roles()
ACTIVITIES = {c.role.value: [a.id for a in c.activities] for c in ROLES if c.enabled}


@st.composite
def blocks(draw: st.DrawFn, n: int) -> Block:
    role = draw(st.sampled_from([OP.value, AM.value, "ghost"]))
    activity = draw(st.sampled_from([None, *ACTIVITIES.get(role, ["ghost.x"])]))
    day = FIRST + timedelta(days=draw(st.integers(0, SPAN_DAYS)))
    # Around midnight and the day start most often: a block's day and month part there.
    minute = draw(st.one_of(st.integers(0, 6 * 60), st.integers(0, 24 * 60 - 1)))
    start = datetime.combine(day, time(), tzinfo=draw(st.sampled_from(OFFSETS))) + timedelta(
        minutes=minute, seconds=draw(st.integers(0, 59)))
    seconds = draw(st.integers(0, 120 * 60))
    end = start + timedelta(seconds=seconds, milliseconds=draw(st.integers(0, 999)))
    pauses = tuple(sorted((Pause(start + timedelta(seconds=a), start + timedelta(seconds=a + b))
                           for a, b in draw(st.lists(st.tuples(st.integers(0, seconds),
                                                               st.integers(0, 900)),
                                                     max_size=2))),
                          key=lambda p: p.start))
    outcome = draw(st.sampled_from([*Outcome, None]))
    return Block(id=f"b{n}", start=start, planned_minutes=25, role=role, activity=activity,
                 energy=draw(st.integers(1, 5)), end=end if outcome else None,
                 pauses=pauses if outcome else (), outcome=outcome,
                 count=draw(st.one_of(st.none(), st.integers(0, 9))))


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[Block], list[Day], list[Tally], str]:
    count = draw(st.integers(0, 60))
    made = [draw(blocks(n)) for n in range(count)]
    days = [Day(FIRST + timedelta(days=d), one_thing="The one thing", role=role,
                status=draw(st.sampled_from(list(OneThingStatus))))
            for d, role in draw(st.dictionaries(st.integers(0, SPAN_DAYS),
                                                st.sampled_from([OP.value, AM.value]),
                                                max_size=10)).items()]
    tallies = [Tally(FIRST + timedelta(days=d), OP.value, activity, n)
               for (d, activity), n in draw(st.dictionaries(
                   st.tuples(st.integers(0, SPAN_DAYS), st.sampled_from(ACTIVITIES[OP.value])),
                   st.integers(0, 5), max_size=8)).items()]
    day_start = draw(st.sampled_from(["04:00", "00:00", "02:30"]))
    return made, days, tallies, day_start


def reference_progress(blocks: Iterable[Block], days: Iterable[Day],
                       roles: Sequence[RoleConfig], day_start: time,
                       tallies: Iterable[Tally]) -> dict[str, dict[date, DayProgress]]:
    """SPEC §8's daily progress written again from the blocks, with no summary: focused time
    is elapsed minus pauses, summed exactly, on the role's key activities."""
    metrics = {c.role.value: {a.id: a.metric for a in c.activities if a.key} for c in roles}
    focused: dict[tuple[str, date], timedelta] = defaultdict(timedelta)
    counts: dict[tuple[str, date], dict[str | None, int]] = defaultdict(lambda: defaultdict(int))
    for block in blocks:
        of_role = metrics.get(block.role, {})
        if block.end is None or block.outcome is None or block.activity not in of_role:
            continue
        slot = (block.role, block.day(day_start))
        paused = sum((max(timedelta(0), (p.end or block.end) - p.start) for p in block.pauses),
                     timedelta(0))
        focused[slot] += max(timedelta(0), block.end - block.start - paused)
        if block.count:
            counts[slot][of_role[block.activity]] += block.count
    for tally in tallies:
        if tally.activity in metrics.get(tally.role, {}) and tally.count:
            counts[(tally.role, tally.day)][metrics[tally.role][tally.activity]] += tally.count
    done = {(d.role, d.day) for d in days if d.one_thing_done and d.role}
    result: dict[str, dict[date, DayProgress]] = {role: {} for role in metrics}
    for role, day in focused.keys() | counts.keys() | done:
        if role in result:
            by_metric = counts.get((role, day), {})
            result[role][day] = DayProgress(
                focused.get((role, day), timedelta(0)) / timedelta(minutes=1),
                sum(by_metric.values()), (role, day) in done,
                {m: n for m, n in by_metric.items() if m is not None and n})
    return result


def write(folder: Path, made: list[Block], days: list[Day], tallies: list[Tally],
          day_start: str) -> None:
    store, _ = Store.open(folder, now=lambda: datetime.combine(TODAY, time(9), OFFSETS[0]))
    store.settings.save(store.settings.get().updated(day_start=day_start, first_run_done=True))
    store.roles.save(ROLES)
    store.blocks.save_many(made)
    store.days.save_many(days)
    store.tallies.save_many(tallies)
    store.close()


def assert_same_numbers(store: Store, daily: DailyLoop) -> None:
    """Every number the app shows from the summaries equals the rules applied to the blocks:
    progress and counts, streaks, strength, consistency, freezes, marks, the review weeks."""
    settings_ = store.settings.get()
    rules = settings_.day_rules
    every_block = store.blocks.all()
    days, tallies = store.days.all(), store.tallies.all()
    expected = reference_progress(every_block, days, ROLES, rules.day_start, tallies)
    assert daily.progress() == expected
    since = min([*(b.day(rules.day_start) for b in every_block if b.finished),
                 *(d.day for d in days)], default=TODAY)
    assert daily.since() == since
    walked = role_histories(ROLES, (), days, rules, since, TODAY, settings_.freezes_enabled,
                            progress=expected)
    shown = daily.today_view().streaks
    assert shown == {role: h.summary() for role, h in walked.items()}
    assert {r: s.marks for r, s in shown.items()} == {r: h.marks for r, h in walked.items()}
    facts = ReviewProvider.from_daily(daily, store.reviews).facts()
    # The same facts with every block in memory and the progress from the blocks.
    from_blocks = replace(facts, blocks=tuple(b for b in every_block if b.finished),
                          blocks_between=None, known_progress=expected)
    for week in (IsoWeek.of(TODAY), IsoWeek.of(TODAY).shifted(-3), IsoWeek.of(FIRST)):
        assert facts.review(week) == week_review(
            week, every_block, days, ROLES, rules, since, TODAY, settings_.freezes_enabled,
            progress=expected)
        assert facts.results(week) == from_blocks.results(week)


@settings(max_examples=25)
@given(histories())
def test_numbers_from_summaries_equal_the_numbers_from_the_blocks(qapp, history) -> None:
    made, days, tallies, day_start = history
    clock = FakeClock(datetime.combine(TODAY, time(9), OFFSETS[0]))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        write(folder, made, days, tallies, day_start)
        for _ in range(2):  # summaries made, then read from their files
            store, _ = Store.open(folder, now=clock.now)
            with store:
                assert_same_numbers(store, DailyLoop(clock, store))
        with Store.open(folder, now=clock.now)[0] as store:
            daily = DailyLoop(clock, store)
            daily.today_view()
            moved = "03:00" if day_start != "03:00" else "05:00"
            daily.save_settings(daily.settings().updated(day_start=moved))  # blocks change day
            assert_same_numbers(store, daily)
        assert list((folder / "blocks").glob("*" + ".summary.json")) or not made


# ---- faults: a summary is never a source of truth --------------------------------------

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=OFFSETS[0])


def a_block(n: int, day: date, minutes: int = 30, count: int = 2) -> Block:
    start = datetime.combine(day, time(10), OFFSETS[0]) + timedelta(hours=n % 6)
    return Block(id=f"f{n}", start=start, planned_minutes=minutes, role=OP.value,
                 activity=ACTIVITIES[OP.value][0], end=start + timedelta(minutes=minutes),
                 outcome=Outcome.COMPLETED, count=count)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three months of blocks: three a working day, each counting 2 (the target is 6)."""
    made = [a_block(n * 3 + k, NOW.date() - timedelta(days=n))
            for n in range(1, 80) if (NOW.date() - timedelta(days=n)).weekday() < 5
            for k in range(3)]
    data = tmp_path / "data"
    write(data, made, [], [], "04:00")
    with Store.open(data, now=lambda: NOW)[0] as store:
        store.summaries.totals(time(4))  # the summaries are made
    return data


def streaks_of(folder: Path, clock: FakeClock) -> dict[str, object]:
    store, _ = Store.open(folder, now=clock.now)
    with store:
        daily = DailyLoop(clock, store)
        return {"streaks": daily.today_view().streaks, "progress": daily.progress()}


def summaries(folder: Path) -> list[Path]:
    """The months' summaries (not the whole history's)."""
    return sorted((folder / "blocks").glob("????-??.summary.json"))


def whole_history(folder: Path) -> Path:
    return folder / "blocks" / "history.summary.json"


def test_deleted_summaries_change_nothing_and_are_made_again(folder, clock, qapp):
    before = streaks_of(folder, clock)
    assert before["streaks"][OP.value].current > 40  # type: ignore[index]
    for path in [*summaries(folder), whole_history(folder)]:
        path.unlink()
    assert streaks_of(folder, clock) == before
    assert len(summaries(folder)) == len(list((folder / "blocks").glob("????-??.json")))
    assert whole_history(folder).exists()


GARBAGE = [b"", b"\x00\xff garbage \x89PNG", b'{"format": 1}',
           b'{"format": 1, "source": 3, "day_start": [], "rows": 7}']


@pytest.mark.parametrize("garbage", GARBAGE)
def test_a_damaged_summary_is_made_again_silently(folder, clock, qapp, garbage, caplog):
    """A month's summary is read when the whole history's is not current (damaged too)."""
    before = streaks_of(folder, clock)
    damaged = [summaries(folder)[1], whole_history(folder)]
    for path in damaged:
        path.write_bytes(garbage)
    with Store.open(folder, now=clock.now)[0] as store:
        assert streaks_of_store(store, clock) == before
        assert store.problems == [] and store.recoveries == []  # nothing to tell the user
    assert all(path.read_bytes() != garbage for path in damaged)  # made again


def history_garbage(folder: Path) -> list[bytes]:
    """The whole history's file, damaged inside where a careless check would believe it."""
    kept = json.loads(whole_history(folder).read_bytes())
    role = next(iter(kept["totals"]))
    days, micros, counts = kept["totals"][role]
    made = []
    for key, value in (("totals", []), ("totals", {role: [days, micros[:-1], counts]}),
                       ("totals", {role: [[0] * len(days), micros, counts]}),
                       ("totals", {role: [days, [-1] * len(micros), counts]}),
                       ("totals", {role: [days, micros, [[["calls"]]] * len(counts)]}),
                       ("metrics", "abc"), ("metrics", [["a", 1, None]]), ("first_day", "x")):
        made.append(json.dumps({**kept, key: value}).encode())
    return made


def test_a_damaged_whole_history_is_made_again_from_the_months(folder, clock, qapp, caplog):
    before = streaks_of(folder, clock)
    months = {path: path.read_bytes() for path in summaries(folder)}
    for garbage in [*GARBAGE, *history_garbage(folder)]:
        whole_history(folder).write_bytes(garbage)
        with Store.open(folder, now=clock.now)[0] as store:
            assert streaks_of_store(store, clock) == before, garbage
            assert store.problems == [] and store.recoveries == []
        assert whole_history(folder).read_bytes() != garbage
    assert {path: path.read_bytes() for path in summaries(folder)} == months  # still current


def test_a_start_with_no_month_changed_reads_only_the_whole_history(folder, clock, qapp):
    """What makes a 5-year start fast: the months' summaries are not read at all (here they
    are garbage, left as they are, and the numbers are still those of the blocks)."""
    before = streaks_of(folder, clock)
    for path in summaries(folder):
        path.write_bytes(b"garbage")
    with Store.open(folder, now=clock.now)[0] as store:
        daily = DailyLoop(clock, store)
        assert streaks_of_store(store, clock) == before
        first = min(NOW.date() - timedelta(days=n) for n in range(1, 80)
                    if (NOW.date() - timedelta(days=n)).weekday() < 5)
        assert daily.since() == first
    assert all(path.read_bytes() == b"garbage" for path in summaries(folder))


def test_the_whole_history_kept_for_other_key_activities_is_not_believed(folder, clock, qapp):
    """The roles changed (an activity no longer key): the kept totals were added up for the
    old key activities, so the next start adds up the months again."""
    streaks_of(folder, clock)  # the whole history kept, for ROLES
    first, *rest = next(c for c in ROLES if c.role is OP).activities
    roles = tuple(replace(c, activities=(replace(first, key=False), *rest)) if c.role is OP
                  else c for c in ROLES)
    with Store.open(folder, now=clock.now)[0] as store:
        store.roles.save(roles)
    with Store.open(folder, now=clock.now)[0] as store:
        shown = DailyLoop(clock, store).progress()
        assert shown == reference_progress(store.blocks.all(), [], roles, time(4), [])
    assert shown[OP.value] == {}  # the fixture's blocks were all of that activity


def test_month_summaries_of_a_new_format_make_the_whole_history_again(
        folder, clock, qapp, monkeypatch):
    """Month rows that change meaning (their format bumped) make the whole history's sums
    stale too, though no month file changed."""
    from focusapp.store import summaries as summaries_module

    before = streaks_of(folder, clock)
    monkeypatch.setattr(summaries_module, "FORMAT", summaries_module.FORMAT + 1)
    assert streaks_of(folder, clock) == before
    assert json.loads(whole_history(folder).read_bytes())["rows"] == summaries_module.FORMAT
    assert all(json.loads(path.read_bytes())["format"] == summaries_module.FORMAT
               for path in summaries(folder))


def streaks_of_store(store: Store, clock: FakeClock) -> dict[str, object]:
    daily = DailyLoop(clock, store)
    return {"streaks": daily.today_view().streaks, "progress": daily.progress()}


def test_a_summary_whose_month_changed_elsewhere_is_made_again(folder, clock, qapp):
    """A block added to a month file by another path (an import by an older version, an
    edit by hand): the summary no longer matches its month file, so it is not believed."""
    day = NOW.date() - timedelta(days=1)  # Sunday: no block, so the streak is not touched
    month = folder / "blocks" / f"{day:%Y-%m}.json"
    kept = summary_file(month).read_bytes()
    docs = json.loads(month.read_bytes())
    docs["blocks"]["999"] = encode_block(a_block(999, day, minutes=45, count=5))
    month.write_text(json.dumps(docs))
    assert summary_file(month).read_bytes() == kept  # the old summary, beside a new month
    shown = streaks_of(folder, clock)
    assert shown["progress"][OP.value][day].count == 5  # type: ignore[index]
    assert shown["progress"][OP.value][day].minutes == 45.0  # type: ignore[index]


def test_the_whole_historys_key_totals_are_kept_until_a_month_changes(folder, qapp):
    """A review from scratch reuses the months' key totals merged at the last one, while the
    store has written nothing; a block saved in an old month is in the next one's numbers."""
    clock = FakeClock(NOW)
    with Store.open(folder, now=clock.now)[0] as store:
        metrics = key_metrics(ROLES)
        merged = store.summaries.history_key_totals(time(4), metrics)
        before = DailyLoop(clock, store).progress()
        assert store.summaries.history_key_totals(time(4), metrics) is merged
        day = NOW.date() - timedelta(days=45)  # a month before the newest
        store.blocks.save(a_block(999, day, minutes=45, count=5))
        after = DailyLoop(clock, store).progress()
        assert after[OP.value][day].count == before[OP.value][day].count + 5
        assert after == reference_progress(store.blocks.all(), [], ROLES, time(4), [])
    with Store.open(folder, now=clock.now)[0] as fresh:  # what the next start reads
        assert DailyLoop(clock, fresh).progress() == after


def test_an_import_makes_its_months_summaries_again(folder, clock, qapp, tmp_path):
    day = NOW.date() - timedelta(days=1)
    export = tmp_path / "export.json"
    with Store.open(folder, now=clock.now)[0] as store:
        write_export(store, export)
        before = streaks_of_store(store, clock)
    doc = json.loads(export.read_bytes())
    doc["blocks"].append(encode_block(a_block(998, day, minutes=20, count=4)))
    export.write_text(json.dumps(doc))
    with Store.open(folder, now=clock.now)[0] as store:
        import_file(store, export)
        shown = streaks_of_store(store, clock)
    assert shown["progress"][OP.value][day].count == 4  # type: ignore[index]
    assert shown["streaks"] == before["streaks"]  # a Sunday: the streak stays


def test_exports_never_carry_summaries(folder, clock, qapp):
    with Store.open(folder, now=clock.now)[0] as store:
        doc = export_all(store)
    assert "summar" not in str(sorted(doc)).lower()
    assert "summary" not in str(doc).lower()


@pytest.mark.parametrize(("with_one_thing", "tallied", "done", "count"), [
    (True, 2, True, 9), (False, 0, False, 7), (True, 0, True, 7), (False, 2, False, 9)],
    ids=["tally-and-one-thing", "blocks-alone", "one-thing", "tally"])
def test_a_day_in_two_month_files_adds_up_with_its_tally_and_one_thing(
        tmp_path, qapp, with_one_thing, tallied, done, count):
    """31 October counts a block of that evening (October's file) and one at 01:00 on
    1 November, before the 04:00 day start (November's file), plus a tally and a One
    Thing done, or not: the day's progress adds all of them, as the rules from the blocks
    do (the months' totals merged, then the tallies and One Things)."""
    edge = date(2026, 10, 31)
    activity = ACTIVITIES[OP.value][0]  # a key activity with a metric

    def block(n: int, start: datetime, minutes: int, count: int) -> Block:
        return Block(id=f"e{n}", start=start, planned_minutes=minutes, role=OP.value,
                     activity=activity, end=start + timedelta(minutes=minutes),
                     outcome=Outcome.COMPLETED, count=count)

    made = [block(1, datetime.combine(edge, time(22), OFFSETS[0]), 25, 3),
            block(2, datetime.combine(edge + timedelta(days=1), time(1), OFFSETS[0]), 20, 4)]
    one_thing = Day(edge, one_thing="Call back", role=OP.value, status=OneThingStatus.DONE)
    tally = Tally(edge, OP.value, activity, tallied)
    data = tmp_path / "data"
    write(data, made, [one_thing] if with_one_thing else [], [tally] if tallied else [],
          "04:00")
    clock = FakeClock(datetime.combine(TODAY, time(9), OFFSETS[0]))
    with Store.open(data, now=clock.now)[0] as store:
        daily = DailyLoop(clock, store)
        metric = next(a.metric for c in ROLES for a in c.activities if a.id == activity)
        assert daily.progress()[OP.value][edge] == DayProgress(45.0, count, done,
                                                               {metric: count})
        assert_same_numbers(store, daily)


def test_a_block_in_two_month_files_counts_once_as_the_reader_reads_it(tmp_path, qapp):
    """A crash between the two writes of a block whose start moved to the next month leaves
    it in both month files. The reader reads the later copy; the summaries count that one
    only (before, the day it left counted it too), and an export holds it once."""
    left, arrived = date(2026, 10, 30), date(2026, 11, 2)  # a Friday, a Monday
    activity = ACTIVITIES[OP.value][0]
    start = datetime.combine(left, time(10), OFFSETS[0])
    old = Block(id="moved", start=start, planned_minutes=30, role=OP.value, activity=activity,
                end=start + timedelta(minutes=30), outcome=Outcome.COMPLETED, count=3)
    later = datetime.combine(arrived, time(10), OFFSETS[0])
    new = replace(old, start=later, end=later + timedelta(minutes=40), count=5)
    data = tmp_path / "data"
    write(data, [old, a_block(1, left), a_block(2, arrived)], [], [], "04:00")
    clock = FakeClock(datetime.combine(TODAY, time(9), OFFSETS[0]))
    with Store.open(data, now=clock.now)[0] as store:
        store.summaries.totals(time(4))  # both months summed, the block in October
    november = data / "blocks" / "2026-11.json"
    docs = json.loads(november.read_bytes())
    docs["blocks"]["777"] = encode_block(new)  # written there; the crash left October's copy
    november.write_text(json.dumps(docs))
    with Store.open(data, now=clock.now)[0] as store:
        assert [b for b in store.blocks.all() if b.id == "moved"] == [new]
        assert store.blocks.between(left, left, time(4)) == [a_block(1, left)]
        daily = DailyLoop(clock, store)
        assert daily.progress()[OP.value][left].count == 2  # a_block's only
        assert daily.progress()[OP.value][arrived].count == 2 + 5
        assert_same_numbers(store, daily)
        assert [b["id"] for b in export_all(store)["blocks"]].count("moved") == 1
