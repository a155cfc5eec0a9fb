"""The weekly review window and its exports, on a six-week history written through the store.

Every number on screen is compared with core's `week_review`, computed here on its own.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from focusapp.core.days import IsoWeek
from focusapp.core.handoffs import DEFAULT_CHECKLIST, Handoff, HandoffStatus
from focusapp.core.models import Block, Outcome, Tally
from focusapp.core.results import role_results
from focusapp.core.review import WeekReview, WeekState, week_review
from focusapp.core.roles import RoleConfig, RoleId
from focusapp.core.scoring import ScoreSum
from focusapp.core.streaks import Cell, DayProgress
from focusapp.services.daily import DailyLoop
from focusapp.store.database import Store
from focusapp.ui.charts import AWESOME, ENERGY_FOCUS, MINUTES, series_values
from focusapp.ui.names import role_name
from focusapp.ui.report import (
    LETTER_TERRITORIES,
    export_csv,
    export_pdf,
    export_png,
    page_size_for,
    read_csv,
)
from focusapp.ui.review import SAVE_RETRY_MS, ReviewWindow
from focusapp.ui.review_model import (
    CELL_SYMBOLS,
    ReviewProvider,
    cells,
    date_range,
    day_tip,
    interruptions_text,
    week_label,
)
from tests.disk import Disk
from tests.ui.history import FIRST_DAY, FS, NOW, OP, WEEKS, build_history

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
W46, W47, W48 = IsoWeek(2026, 46), IsoWeek(2026, 47), IsoWeek(2026, 48)


@pytest.fixture(autouse=True)
def english_locale():
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def store(data_dir, clock):
    clock.advance(seconds=(NOW - clock.now()).total_seconds())
    store, _ = Store.open(data_dir, now=clock.now)
    build_history(store)
    yield store
    if not store.closed:
        store.close()


@pytest.fixture
def daily(store, clock):
    return DailyLoop(clock, store)


@pytest.fixture
def provider(store, daily):
    return ReviewProvider.from_daily(daily, store.reviews)


@pytest.fixture
def window(qtbot, provider):
    win = ReviewWindow(provider)
    qtbot.addWidget(win)
    return win


def core_review(store: Store, week: IsoWeek) -> WeekReview:
    settings = store.settings.get()
    blocks = [b for b in store.blocks.all() if b.finished]
    return week_review(week, blocks, store.days.all(), store.roles.get(), settings.day_rules,
                       FIRST_DAY, NOW.date(), settings.freezes_enabled)


# ---- navigation -------------------------------------------------------------------------


def test_opens_on_this_week_and_navigates_with_the_buttons(window, qtbot):
    assert window.week == W48
    assert window.week_title.text() == "Week 48 · 23–29 Nov 2026"
    assert not window.this_week_button.isEnabled()
    qtbot.mouseClick(window.previous_button, Qt.MouseButton.LeftButton)
    assert window.week == W47
    assert window.week_title.text() == "Week 47 · 16–22 Nov 2026"
    qtbot.mouseClick(window.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.this_week_button, Qt.MouseButton.LeftButton)
    assert window.week == W48
    assert not window.next_button.isEnabled()  # the weeks to come have nothing yet (issue 16)
    window.next_week()  # Alt+Right, Page Down
    assert window.week == W48
    qtbot.mouseClick(window.previous_button, Qt.MouseButton.LeftButton)
    assert window.next_button.isEnabled()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.week == W48


def test_navigates_with_the_keyboard(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.week == W47
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.week == W46
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.week == W47
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.week == W48
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert window.week == W48
    window.show_week(IsoWeek(2025, 1))
    qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.week == W48


# ---- the numbers are core's ---------------------------------------------------------------


@pytest.mark.parametrize("week", WEEKS, ids=str)
def test_role_rows_and_charts_show_cores_numbers(window, store, week):
    window.show_week(week)
    expected = core_review(store, week)
    assert window.review == expected
    assert set(window.role_rows.cells) == {OP, FS}
    for role_week in expected.roles:
        assert window.role_rows.cells[role_week.role] == cells(role_week)
        shown = [label.text() for label in window.role_rows.mark_labels[role_week.role]]
        assert shown == [CELL_SYMBOLS[c] for c in cells(role_week)]
        numbers = [label.text() for label in window.role_rows.number_labels[role_week.role]]
        streak = role_week.streak
        assert numbers[1:] == [str(streak.current), str(streak.best),
                               f"{streak.strength * 100:.0f} %", str(streak.weekly)]
    charts = window.charts.charts
    minutes = series_values(charts[MINUTES])
    for role in (OP, FS):
        assert minutes[role_name(role)] == pytest.approx(
            [expected.minutes[d].get(role, 0.0) for d in expected.days])
    awesome = series_values(charts[AWESOME])["Awesome"]
    assert awesome == pytest.approx(
        [expected.awesome.get(d, ScoreSum()).value for d in expected.days])
    energy_focus = series_values(charts[ENERGY_FOCUS])["Average"]
    assert energy_focus == pytest.approx([expected.average_focus * 100,  # bars bottom up
                                          expected.average_energy / 5 * 100])
    assert window.numbers.values["Focused time"].text() == f"{expected.total_minutes:,.0f} min"
    assert window.numbers.values["One Thing done"].text() == (
        f"{expected.one_thing_done} of {expected.one_thing_set}")
    assert window.numbers.values["Abandoned blocks"].text() == str(expected.abandoned)


def test_the_summary_names_the_weeks_interruptions(store, english):
    review = replace(core_review(store, IsoWeek(2026, 48)),
                     interruptions=(("phone", 4), ("colleague", 2), ("courier", 1), ("email", 1)))
    assert interruptions_text(review) == "8 (Phone call 4, Colleague 2, courier 1)"
    assert interruptions_text(replace(review, interruptions=())) == "none"


def test_the_history_has_what_the_review_must_show(store):
    """The generated history really exercises marks, distractions and abandoned blocks."""
    reviews = [core_review(store, w) for w in WEEKS]
    marks = {m for r in reviews for rw in r.roles for m in rw.marks}
    assert {"met", "missed", "off", "frozen", "future"} <= {m.value for m in marks}
    assert all(r.state is WeekState.NORMAL for r in reviews)
    assert sum(r.abandoned for r in reviews) > 0
    assert all(r.top_distractions for r in reviews)
    assert sum(r.one_thing_done for r in reviews) > 0


def test_a_role_taken_up_mid_week_is_explained(window):
    window.show_week(W46)
    assert window.message.isVisibleTo(window)
    assert "Field Sales started on" in window.message.text()
    assert window.message.property("error") is False  # information, not in red
    window.show_week(W47)
    assert not window.message.isVisibleTo(window)


@pytest.mark.parametrize(
    ("week", "state", "words"),
    [
        (IsoWeek(2026, 42), WeekState.EMPTY, "Nothing was recorded"),
        (IsoWeek(2026, 41), WeekState.ALL_OFF, "whole week was off"),
        (IsoWeek(2026, 50), WeekState.FUTURE, "not started yet"),
    ],
    ids=["empty", "all-off", "future"],
)
def test_odd_weeks_say_so(window, week, state, words):
    window.show_week(week)
    assert window.review.state is state
    assert words in window.message.text()
    assert window.message.isVisibleTo(window)
    minutes = series_values(window.charts.charts[MINUTES])
    assert all(v == 0 for values in minutes.values() for v in values)
    assert window.numbers.values["Average energy"].text() == "—"


def test_a_week_of_counts_without_blocks_is_not_called_empty(qtbot, store, daily):
    """Calls counted with one key and no block: the review shows them, so it must not say
    that nothing was recorded (issue 12)."""
    daily.tally(OP, "outbound_prospector.prospecting_block", 12, IsoWeek(2026, 42).days[1])
    window = ReviewWindow(ReviewProvider.from_daily(daily, store.reviews))
    qtbot.addWidget(window)
    window.show_week(IsoWeek(2026, 42))
    assert window.review.state is WeekState.EMPTY
    assert window.message.text() == "No focus block and no One Thing this week."
    assert window.week_results[OP].total == 12


# ---- reflections ----------------------------------------------------------------------------


def test_reflections_typed_are_kept_across_close_and_reopen(qtbot, window, provider, store):
    panel = window.reflections
    qtbot.keyClicks(panel.worked, "Calls before 10:00")
    qtbot.keyClicks(panel.change, "No mail before noon")
    qtbot.keyClicks(panel.priorities[FS], "Two demos")
    assert store.reviews.get(W48) is None  # debounced: not saved on every keystroke
    assert window._save_timer.isActive()
    window.close()
    saved = store.reviews.get(W48)
    assert saved is not None
    assert (saved.worked, saved.change) == ("Calls before 10:00", "No mail before noon")
    assert saved.priorities == {OP: "", FS: "Two demos"}

    reopened = ReviewWindow(provider)
    qtbot.addWidget(reopened)
    assert reopened.reflections.worked.toPlainText() == "Calls before 10:00"
    assert reopened.reflections.priorities[FS].text() == "Two demos"


def test_reflections_are_saved_by_the_timer_and_on_week_change(qtbot, window, store):
    qtbot.keyClicks(window.reflections.priorities[OP], "100 touches")
    window._save_timer.timeout.emit()  # the debounce timer, fired by hand
    assert store.reviews.get(W48).priorities[OP] == "100 touches"
    qtbot.keyClicks(window.reflections.worked, "Mornings")
    window.previous_week()
    assert store.reviews.get(W48).worked == "Mornings"
    assert window.reflections.worked.toPlainText() == ""  # W47 has none
    assert store.reviews.get(W47) is None  # loading a week does not save it


def test_reflections_the_disk_refuses_stay_in_the_window_and_are_saved_later(
        qtbot, window, store, monkeypatch):
    disk = Disk(monkeypatch)
    disk.fill()
    qtbot.keyClicks(window.reflections.worked, "Calls before 10:00")
    window._save_timer.timeout.emit()  # the debounce timer, fired by hand: refused
    told = ("Your reflections could not be saved: the disk is full. They stay in this window "
            "and FocusApp will save them as soon as it can.")
    assert window.message.text() == told and window.message.isVisibleTo(window)
    assert window.message.property("error") is True  # a problem: in red
    window.previous_week()  # W47's empty text would replace what was typed: not yet
    window.refresh()  # a block finished: redrawing would reload the saved (empty) text
    assert window.week == W48
    assert window.reflections.worked.toPlainText() == "Calls before 10:00"
    window.close()  # no traceback; the window lives on in the app, and keeps trying
    assert window._save_timer.isActive() and window._save_timer.interval() == SAVE_RETRY_MS
    refused = disk.refused
    window._save_timer.timeout.emit()  # still full: tried, not told again
    assert window.message.text() == told and disk.refused == refused + 1
    disk.free()
    window._save_timer.timeout.emit()
    assert store.reviews.get(W48).worked == "Calls before 10:00"
    assert not window.message.isVisibleTo(window)  # saved: the sentence goes
    window.previous_week()
    assert window.week == W47


# ---- exports --------------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_holds_the_week_the_roles_and_cores_numbers(qtbot, window, store, tmp_path):
    qtbot.keyClicks(window.reflections.worked, "Early calls")
    window.show_week(W47)
    path = tmp_path / "review.pdf"
    window.export_to("pdf", path)
    expected = core_review(store, W47)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Week 47 · 16–22 Nov 2026" in text
    assert role_name(OP) in text and role_name(FS) in text
    assert f"Focused time: {expected.total_minutes:,.0f} min" in text
    assert f"Awesome: {expected.total_awesome:,.0f}" in text
    assert f"One Thing done: {expected.one_thing_done} of {expected.one_thing_set}" in text
    assert "Focused minutes per day" in text  # the charts are drawn
    pages = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+1$", pages, re.MULTILINE)
    assert "A4" in pages


def test_page_size_follows_the_locale():
    assert page_size_for(QLocale("en_US")).id().name == "Letter"
    assert page_size_for(QLocale("fr_CA")).id().name == "Letter"
    assert page_size_for(QLocale("fr_FR")).id().name == "A4"
    assert page_size_for(QLocale("en_GB")).id().name == "A4"


@pytest.mark.skipif(QLocale.system().territory() in LETTER_TERRITORIES,
                    reason="the machine is set to a Letter country")
def test_english_chosen_outside_america_still_prints_on_a4(qtbot, window, tmp_path):
    # The UI in American English (what choosing "English" gives), the computer elsewhere:
    # the paper follows the country, not the language (issue 16).
    QLocale.setDefault(QLocale("en_US"))
    path = tmp_path / "review.pdf"
    window.export_to("pdf", path)
    pages = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert "(A4)" in pages


def test_an_export_starts_in_documents_and_says_where_it_went(window, tmp_path, monkeypatch):
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []
    chosen = tmp_path / "week.pdf"

    def save_as(_parent, _title, suggested, _filters):  # the system's dialog, at the edge
        asked.append(suggested)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window._on_export_clicked("pdf")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked == [str(Path(documents) / "focusapp-review-2026-W48.pdf")]
    assert chosen.stat().st_size > 0
    assert window.statusBar().currentMessage() == f"Written to {chosen}."


def test_png_of_the_charts_is_a_real_image(window, store, tmp_path):
    from_review = tmp_path / "charts.png"
    export_png(core_review(store, W47), from_review)
    image = QImage(str(from_review))
    assert not image.isNull() and image.width() >= 1200 and image.height() >= 800
    window.resize(1200, 900)
    from_window = tmp_path / "window-charts.png"
    window.export_to("png", from_window)
    shown = QImage(str(from_window))
    assert not shown.isNull() and shown.width() > 400


def test_csv_parses_back_into_the_weeks_blocks(store, tmp_path):
    review = core_review(store, W47)
    path = tmp_path / "blocks.csv"
    export_csv(review.blocks, path)
    rows = read_csv(path)
    assert sorted(r.id for r in rows) == sorted(b.id for b in review.blocks)
    by_id = {b.id: b for b in review.blocks}
    for row in rows:
        block = by_id[row.id]
        assert row.focused_minutes == pytest.approx(block.focused_minutes, abs=0.005)
        assert (row.role, row.activity, row.energy, row.outcome, row.count, row.note) == (
            block.role, block.activity, block.energy, block.outcome.value, block.count,
            block.note)
        assert row.start == block.start.isoformat()
    assert sum(r.focused_minutes or 0 for r in rows) == pytest.approx(review.total_minutes,
                                                                      abs=0.05)


def test_exports_of_an_empty_week_do_not_fail(store, tmp_path):
    review = core_review(store, IsoWeek(2026, 41))
    export_pdf(review, tmp_path / "empty.pdf", QLocale("en_US"))
    export_png(review, tmp_path / "empty.png")
    export_csv(review.blocks, tmp_path / "empty.csv")
    assert read_csv(tmp_path / "empty.csv") == []
    assert (tmp_path / "empty.pdf").stat().st_size > 1000


# ---- languages and the screenshot ------------------------------------------------------


def test_week_label_follows_the_locale():
    french = QLocale("fr_FR")
    assert "nov." in date_range(W48.days[0], W48.days[-1], french)
    assert week_label(IsoWeek(2026, 53), QLocale("en_GB")) == "Week 53 · 28 Dec 2026–3 Jan 2027"


def test_screenshot_of_the_review_window(qtbot, window):
    window.show_week(W47)
    window.resize(1180, 1000)
    window.show()
    qtbot.waitExposed(window)
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / "review_window.png"
    assert window.grab().save(str(path))
    assert QImage(str(path)).width() > 400


HEADLESS_EXPORT = """
import sys
from datetime import datetime
from pathlib import Path
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from focusapp.core.days import IsoWeek
from focusapp.services.daily import DailyLoop
from focusapp.store.database import Store
from focusapp.ui.report import export_week
from focusapp.ui.review_model import ReviewProvider
from tests.conftest import FakeClock

app = QApplication([])
clock = FakeClock(datetime.fromisoformat(sys.argv[2]))
store, _ = Store.open(Path(sys.argv[1]), now=clock.now)
provider = ReviewProvider.from_daily(DailyLoop(clock, store), store.reviews)
review = export_week(provider, IsoWeek.parse(sys.argv[3]), pdf=sys.argv[4], locale=QLocale("en_US"))
store.close()
print(round(review.total_minutes))
"""


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_headless_export_in_a_fresh_process(store, data_dir, tmp_path):
    """What `focusapp review --week 2026-W47 --pdf FILE` does, offscreen, in its own process."""
    expected = core_review(store, W47)
    store.close()
    pdf = tmp_path / "w47.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "en_US.UTF-8",
           "LC_ALL": "en_US.UTF-8"}
    done = subprocess.run(
        [sys.executable, "-c", HEADLESS_EXPORT, str(data_dir), NOW.isoformat(), "2026-W47",
         str(pdf)],
        capture_output=True, text=True, env=env, cwd=Path(__file__).resolve().parents[2],
        timeout=60, check=True)
    assert done.stdout.strip() == str(round(expected.total_minutes))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Week 47" in text and role_name(FS) in text
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "letter" in info.lower()  # a computer set to the United States



def test_refresh_shows_a_block_finished_after_opening(window, store, daily, clock):
    start = clock.now() - timedelta(hours=1)
    block = Block(id="late", start=start, planned_minutes=50, role=FS,
                  activity="field_sales.prospect_meetings", end=start + timedelta(minutes=50),
                  outcome=Outcome.COMPLETED)
    before = window.review.total_minutes
    store.blocks.save(block)
    daily.record_block(block)  # what the timer does; the app then calls refresh()
    window.refresh()
    assert window.review.total_minutes == pytest.approx(before + 50)
    assert window.review == core_review(store, W48)


def test_the_window_in_french_formats_dates_and_numbers(qtbot, provider):
    QLocale.setDefault(QLocale("fr_FR"))  # the autouse fixture puts it back
    win = ReviewWindow(provider, W47)
    qtbot.addWidget(win)
    assert "16–22 nov. 2026" in win.week_title.text()
    assert "," in win.numbers.values["Average energy"].text()  # 2,6 / 5


def test_the_review_speaks_french_when_french_is_chosen(qapp):
    from PySide6.QtCore import QCoreApplication

    from focusapp.ui.charts import build_charts  # noqa: F401 (the module under test)
    from focusapp.ui.i18n import install_translator

    translator = install_translator(qapp, "fr")
    try:
        assert translator is not None
        # the review's own strings live in the "Review" context the code asks for
        assert QCoreApplication.translate("Review", "Energy") == "Énergie"
    finally:
        qapp.removeTranslator(translator)
        install_translator(qapp, "en")


def test_the_review_shows_each_roles_counts_funnel_and_handoffs(qtbot, store, clock):
    wed = W48.monday + timedelta(days=2)
    store.tallies.save(Tally(wed, OP, "outbound_prospector.pass_to_field_sales", 3))
    for n, status in enumerate((HandoffStatus.ACCEPTED, HandoffStatus.SENT_BACK)):
        store.handoffs.save(Handoff(f"h{n}", NOW - timedelta(days=2, hours=n), OP, FS,
                                    n == 0, DEFAULT_CHECKLIST, DEFAULT_CHECKLIST, status))
    daily = DailyLoop(clock, store)
    window = ReviewWindow(ReviewProvider.from_daily(daily, store.reviews))
    qtbot.addWidget(window)
    text = window.results.values["Outbound prospecting"].text()
    expected = role_results(W48, store.roles.get(), daily.progress(),
                            store.blocks.all(), daily.tallies(), daily.handoffs(),
                            store.settings.get().day_rules.day_start)[OP]
    assert text.splitlines()[0] == (f"Counted: {expected.total} this week · last week "
                                    f"{expected.last_week} · 4-week average "
                                    f"{QLocale().toString(expected.average, 'f', 1)}")
    tip = window.role_rows.mark_labels[OP][2].toolTip()  # Wednesday's cell: the day's numbers
    wednesday = daily.progress()[OP][wed]
    assert tip.startswith("Wed 25 · ") and f"{wednesday.count} counted" in tip
    assert " / 50 min" in tip
    briefs = next(step.count for step in expected.funnel if step.metric == "briefs")
    last = window.results.funnels["Outbound prospecting"].rows[-1]
    assert briefs >= 3 and (last.name, last.count) == ("Briefs", str(briefs))  # tallied too
    assert text.splitlines()[-1] == ("Handoffs: 2 sent · 50 % on time · 100 % complete · "
                                     "50 % accepted")
    if shutil.which("pdftotext"):  # the PDF a rep brings to the 1:1 says the same, on one page
        pdf = store.data_dir.parent / "week.pdf"
        window.export_to("pdf", pdf)
        pages = unicodedata.normalize("NFKC", subprocess.run(  # "ﬀ" ligatures: "ff"
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
            check=True).stdout)
        assert "Sales results" in pages and "Handoffs: 2 sent" in pages
        assert "\f" not in pages.rstrip("\f")  # one page


def test_a_days_tooltip_says_why_it_is_met(qapp):
    config = RoleConfig.default(RoleId.FIELD_SALES)  # one counted metric per activity
    short_day = day_tip(W48.monday, Cell.MET, config,
                        DayProgress(minutes=16, count=0, one_thing_done=True))
    assert short_day.endswith(" · 16 / 50 min · One Thing done · target met")
    assert day_tip(W48.monday, Cell.UNTRACKED, config, None).endswith(
        " · not tracked: the role was not taken up yet")  # no numbers: the role was not held
