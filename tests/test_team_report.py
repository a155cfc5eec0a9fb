"""`focusapp team-report`: three reps' exports (two roles each, one of an older version, one
rep exported twice) merged into one CSV a sales manager reads (issue 11)."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from focusapp import cli, headless
from focusapp.core.days import IsoWeek, iter_days
from focusapp.core.handoffs import DEFAULT_CHECKLIST, Handoff, HandoffStatus
from focusapp.core.models import Tally
from focusapp.core.team import Export, merge_reps, team_rows
from focusapp.services.daily import DailyLoop
from focusapp.store import export as store_export
from focusapp.store.database import Store
from focusapp.store.export import export_all, read_team_export, write_export
from focusapp.ui.review_model import ReviewProvider
from tests.conftest import PARIS_WINTER, FakeClock
from tests.store.helpers import at, make_block
from tests.ui.history import (
    FIRST_DAY,
    FS,
    FS_ACTIVITIES,
    LAST_DAY,
    NOW,
    OP,
    OP_ACTIVITIES,
    WEEKS,
    build_history,
)


def _rep(folder: Path) -> Store:
    store, _ = Store.open(folder, now=FakeClock(NOW).now)
    build_history(store)
    return store


@pytest.fixture
def exports(tmp_path: Path) -> Path:
    drive = tmp_path / "team-drive"
    (drive / "ana").mkdir(parents=True)
    with _rep(tmp_path / "ana-data") as ana:
        write_export(ana, drive / "ana" / "2026-W47.json", "Ana Lopez")
        ana.blocks.save(make_block("ana-late", at(2026, 11, 27, 18, 0), 30))  # after that export
        ana.tallies.save(Tally(NOW.date(), OP, "outbound_prospector.conversations", 7))
        ana.handoffs.save(Handoff("h1", NOW, OP, "field_sales", True, DEFAULT_CHECKLIST,
                                  DEFAULT_CHECKLIST, HandoffStatus.ACCEPTED))
        write_export(ana, drive / "ana" / "2026-W48.json", "Ana Lopez")
    with _rep(tmp_path / "ben-data") as ben:
        write_export(ben, drive / "ben-2026-W48.json", "Ben Martin")
    with _rep(tmp_path / "cleo-data") as cleo:  # an export from before version 2
        old = export_all(cleo)
        for key in ("who", "tallies", "handoffs"):
            del old[key]
        (drive / "cleo.json").write_text(json.dumps({**old, "version": 1}))
    (drive / "notes.json").write_text('{"todo": "call Ana"}')
    return drive


def test_three_reps_make_one_row_per_rep_and_role(exports: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "team.csv"
    code = cli.main(["--data-dir", str(tmp_path / "manager"), "team-report", str(exports),
                     "--week", "2026-W48", "--csv", str(out)])
    said = capsys.readouterr()
    assert code == 0, said.err
    assert said.out.strip() == (f"Team report of 2026-W48: 3 rep(s) from 4 export(s), 6 role(s), "
                                f"written to {out} and {tmp_path / 'team-handoffs.csv'}.")
    # Named, not fatal:
    assert "notes.json: skipped: This file is not a FocusApp export." in said.err
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [(r["rep"], r["role"]) for r in rows] == [
        ("Ana Lopez", "field_sales"), ("Ana Lopez", "outbound_prospector"),
        ("Ben Martin", "field_sales"), ("Ben Martin", "outbound_prospector"),
        ("cleo.json", "field_sales"), ("cleo.json", "outbound_prospector")]
    ana, ben = rows[1], rows[3]  # the same history; Ana counted 7 more, after her first export
    assert int(ana["counted"]) == int(ben["counted"]) + 7
    assert (ana["handoffs_sent"], ana["accepted"], ben["handoffs_sent"]) == ("1", "1", "0")
    assert [ana[d] for d in ("mon", "tue", "sat")] == [ben[d] for d in ("mon", "tue", "sat")]
    assert "touches:" in ana["funnel"]


def test_a_folder_with_no_export_says_so(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "drive").mkdir()
    code = cli.main(["--data-dir", str(tmp_path / "m"), "team-report", str(tmp_path / "drive"),
                     "--csv", str(tmp_path / "t.csv")])
    assert code == 1
    assert "No FocusApp export could be read in" in capsys.readouterr().err
    assert not (tmp_path / "t.csv").exists()


def _read_both_ways(drive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                    monkeypatch: pytest.MonkeyPatch) -> tuple[list[tuple[bytes, bytes, str]],
                                                              list[int]]:
    """The report's CSVs and stderr read in one process, then in two; and how many files
    this process read itself each time (not the workers it forked)."""
    read = store_export.read_team_export
    read_here: list[Path] = []
    monkeypatch.setattr(store_export, "read_team_export",
                        lambda path: read_here.append(path) or read(path))
    outputs, reads = [], []
    for workers in (1, 2):
        read_here.clear()
        out = tmp_path / f"team-{workers}.csv"
        assert headless.team_report(drive, "2026-W48", tmp_path / "manager", csv_path=out,
                                    workers=workers) == 0
        outputs.append((out.read_bytes(), out.with_stem(f"{out.stem}-handoffs").read_bytes(),
                        capsys.readouterr().err))
        reads.append(len(read_here))
    return outputs, reads


@pytest.mark.parametrize("glance_fooled", [False, True])
def test_reading_the_files_in_several_processes_gives_the_same_report(
        exports: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, glance_fooled: bool) -> None:
    if glance_fooled:  # Ana's older export, whose 'who' no glance at its start can see
        path = exports / "ana" / "2026-W47.json"
        doc = json.loads(path.read_text())
        who = doc.pop("who")
        path.write_text(json.dumps({**doc, "who": {"profile": who["profile"],
                                                   "name": who["name"]}}))
    outputs, reads = _read_both_ways(exports, tmp_path, capsys, monkeypatch)
    assert outputs[0] == outputs[1]  # the CSVs byte for byte, the skipped file said alike
    assert "notes.json: skipped" in outputs[0][2]
    # Two processes read the files; when a glance put Ana's exports apart, this one read
    # them all again rather than show two Anas.
    assert reads == [5, 5 if glance_fooled else 0]


def test_namesakes_without_a_profile_id_come_in_the_order_of_their_first_file_read(
        exports: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    doc = json.loads((exports / "ben-2026-W48.json").read_text())
    for folder in ("b", "c"):  # hand-made files: a name, an empty profile id
        (exports / folder).mkdir()
        (exports / folder / f"{folder}.json").write_text(
            json.dumps({**doc, "who": {"name": "Dee", "profile": ""}}))
    (exports / "a").mkdir()
    (exports / "a" / "c.json").write_text("{}")  # skipped, but first of its name
    outputs, reads = _read_both_ways(exports, tmp_path, capsys, monkeypatch)
    assert outputs[0] == outputs[1]
    assert reads == [8, 0]
    assert outputs[0][2].index("b.json: another rep") < outputs[0][2].index("c.json: another")


def test_a_team_drive_filled_by_the_weekly_export_over_three_weeks_is_one_rep(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from focusapp.core.days import IsoWeek
    from focusapp.core.roles import RoleId, default_role_configs
    from focusapp.services.weekly_export import LAST_WEEK, WeeklyExport

    drive, clock = tmp_path / "team-drive", FakeClock()  # Monday 23 November, W48
    drive.mkdir()
    with Store.open(tmp_path / "dana-data", now=clock.now)[0] as dana:
        dana.roles.save(default_role_configs(frozenset({RoleId.OUTBOUND_PROSPECTOR})))
        dana.settings.save(dana.settings.get().updated(weekly_export_folder=str(drive),
                                                       display_name="Dana Sy"))
        dana.runtime.set(LAST_WEEK, "2026-W47")
        exporter = WeeklyExport(clock, dana, dana.settings.get)
        for calls, week in ((3, 48), (10, 49), (4, 50)):
            tuesday = IsoWeek(2026, week).days[1]
            dana.tallies.save(Tally(tuesday, OP, "outbound_prospector.conversations", calls))
            clock.advance(days=7)  # the next Monday, 09:00
            assert exporter.check() is not None
    assert len(list(drive.iterdir())) == 3
    out = tmp_path / "team.csv"
    code = cli.main(["--data-dir", str(tmp_path / "manager"), "team-report", str(drive),
                     "--week", "2026-W49", "--csv", str(out)])
    said = capsys.readouterr()
    assert code == 0, said.err
    assert "1 rep(s) from 3 export(s), 1 role(s)" in said.out
    [row] = csv.DictReader(io.StringIO(out.read_text()))
    assert (row["rep"], row["counted"]) == ("Dana Sy", "10")  # W49's own count, once

# ---- the report's way and the rep's own way agree ------------------------------------------

_TALLIES = st.lists(st.builds(
    Tally, st.sampled_from(list(iter_days(FIRST_DAY, LAST_DAY))), st.sampled_from([OP, FS]),
    st.sampled_from([*OP_ACTIVITIES, *FS_ACTIVITIES]), st.integers(0, 40),
), max_size=8, unique_by=lambda t: t.key)
_HANDOFFS = st.lists(st.builds(
    Handoff, st.text("abcdef", min_size=1, max_size=6),
    st.integers(0, (LAST_DAY - FIRST_DAY).days * 24).map(
        lambda hours: datetime.combine(FIRST_DAY, time(9), PARIS_WINTER) + timedelta(hours=hours)),
    st.sampled_from([OP, FS]), st.sampled_from(["field_sales", "Ana"]), st.booleans(),
    st.just(DEFAULT_CHECKLIST), st.sampled_from([(), DEFAULT_CHECKLIST]),
    st.sampled_from(list(HandoffStatus)),
), max_size=5, unique_by=lambda h: h.id)


@settings(max_examples=10, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**16), week=st.sampled_from(WEEKS), tallies=_TALLIES,
       handoffs=_HANDOFFS)
def test_a_reps_row_is_what_the_reps_own_review_shows(
        qapp: object, tmp_path_factory: pytest.TempPathFactory, seed: int, week: IsoWeek,
        tallies: list[Tally], handoffs: list[Handoff]) -> None:
    # The report reads a file, checks it as an import does and skips what it does not need
    # on its own fast ways; the rep's app reads its own store and computes its review. A
    # sales manager must read, for each role, the very week the rep brings to the 1:1.
    folder = tmp_path_factory.mktemp("rep")
    store, _ = Store.open(folder / "data", now=FakeClock(NOW).now)
    with store:
        build_history(store, seed)
        store.tallies.save_many(tallies)
        store.handoffs.save_many(handoffs)
        write_export(store, folder / "rep.json", "Ana")
        daily = DailyLoop(FakeClock(NOW), store)
        own = ReviewProvider.from_daily(daily, store.reviews).facts()
    export = read_team_export(folder / "rep.json")
    assert isinstance(export, Export), export
    rows = team_rows(merge_reps([export]), week, own.today)
    review, results = own.review(week), own.results(week)
    assert [row.role for row in rows] == [r.role for r in review.roles]
    for row, role_week in zip(rows, review.roles, strict=True):
        assert (row.marks, row.met_days, row.streak) == (
            role_week.marks, role_week.met_days, role_week.streak.current)
        assert row.results == results[row.role]
