"""The review a sales manager reads: each role's funnel, the week grid's legend and its
blank days before a role was taken up, and the one-page PDF of three roles, in English and
French. On a six-week history with counts and handoffs written through the store."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QGraphicsTextItem, QToolTip

from focusapp.core.days import IsoWeek
from focusapp.core.models import Reflections
from focusapp.core.streaks import Cell
from focusapp.services.daily import DailyLoop
from focusapp.store.database import Store
from focusapp.ui.charts import AWESOME
from focusapp.ui.names import metric_name, role_name
from focusapp.ui.review import ReviewWindow
from focusapp.ui.review_model import CELL_SYMBOLS, ReviewProvider, legend, short_day
from tests.ui.history import AM, FS, NOW, OP, build_sales_history
from tests.ui.language import speaking

W45, W46, W48 = IsoWeek(2026, 45), IsoWeek(2026, 46), IsoWeek(2026, 48)


@pytest.fixture
def store(data_dir, clock):
    clock.advance(seconds=(NOW - clock.now()).total_seconds())
    store, _ = Store.open(data_dir, now=clock.now)
    build_sales_history(store)
    store.reviews.save(Reflections(W48, "Calls before 10:00", "Brief Field Sales the same day",
                                   {OP: "120 touches", FS: "3 proposals", AM: "Acme renewal"}))
    yield store
    store.close()


@pytest.fixture
def window(qtbot, store, clock):
    QLocale.setDefault(QLocale("en_GB"))
    win = ReviewWindow(ReviewProvider.from_daily(DailyLoop(clock, store), store.reviews))
    qtbot.addWidget(win)
    return win


def _tooltip(widget, point: QPoint) -> str:
    """What hovering `point` shows: the real tooltip event, as Qt sends it after a hover."""
    QToolTip.hideText()
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, point,
                                              widget.mapToGlobal(point)))
    return QToolTip.text() if QToolTip.isVisible() else ""


# ---- the funnel ------------------------------------------------------------------------


def test_each_roles_funnel_is_cores_counts_under_the_names_the_user_sees(window):
    assert set(window.results.funnels) == {role_name(r) for r in (OP, FS, AM)}
    for role, result in window.week_results.items():
        rows = window.results.funnels[role_name(role)].rows
        names = [metric_name(step.metric) for step in result.funnel]
        assert [r.name for r in rows] == [n[:1].upper() + n[1:] for n in names]
        assert [r.count for r in rows] == [str(step.count) for step in result.funnel]
        widest = max(step.count for step in result.funnel)
        assert [r.length for r in rows] == pytest.approx(
            [step.count / widest for step in result.funnel])
    op = window.results.funnels[role_name(OP)].rows
    assert op[1].name == "Touches" and op[2].name == "Conversations"  # not "…prospecting_block"


def test_a_funnel_bar_says_its_step_and_the_share_that_went_on(qtbot, window):
    window.resize(1180, 1000)
    window.show()
    qtbot.waitExposed(window)
    result = window.week_results[OP]
    touches, conversations = result.funnel[1], result.funnel[2]
    share = round(conversations.conversion * 100)
    view = window.results.funnels[role_name(OP)]
    row_height = view.height() / len(view.rows)
    on_touches = QPoint(view.width() // 2, int(row_height * 1.5))
    assert _tooltip(view, on_touches) == (
        f"Touches · {touches.count} · {share} % become conversations")
    assert view.rows[2].share == f"{share} % of touches"  # written beside the bar too
    below = QPoint(view.width() // 2, view.height() + 5)
    assert view.tip_at(QPointF(below)) == ""


def test_a_role_with_nothing_counted_draws_no_funnel(qtbot, window, tmp_path):
    window.show_week(IsoWeek(2026, 42))  # nothing at all that week
    assert all(not view.rows for view in window.results.funnels.values())
    window.show()
    qtbot.waitExposed(window)
    assert not window.grab().isNull()  # painted without a funnel
    window.export_to("pdf", tmp_path / "w42.pdf")  # and so is the PDF
    assert (tmp_path / "w42.pdf").stat().st_size > 1000


# ---- the week grid ---------------------------------------------------------------------


def test_the_grid_has_a_legend_that_reads_without_colour(window):
    window.show_week(W46)
    text = window.role_rows.legend.text()
    assert window.role_rows.legend.isVisibleTo(window)
    for shown, name in legend():
        assert f"{CELL_SYMBOLS[shown]} {name}" in text
    shown_cells = {c for row in window.role_rows.cells.values() for c in row} - {Cell.FUTURE}
    assert shown_cells <= {c for c, _ in legend()}  # every mark on screen is explained
    assert len({CELL_SYMBOLS[c] for c, _ in legend()}) == len(legend())  # and told apart


def test_days_before_a_role_was_taken_up_are_blank_not_missed(window):
    """Field Sales is held from the start but first worked on Thursday 12 Nov; Wednesday
    11 Nov is a day off. Account Management is first worked on Wednesday 4 Nov."""
    window.show_week(W46)
    fs = window.role_rows.mark_labels[FS]
    assert [label.text() for label in fs[:3]] == ["·", "·", "–"]
    assert fs[0].toolTip() == "Mon 9 · not tracked: the role was not taken up yet"
    assert fs[0].accessibleName() == "not tracked: the role was not taken up yet"
    assert fs[3].text() != "·"  # Thursday counts
    assert "Field Sales started on Thursday, 12 November 2026 this week: the days before it " \
           "are not tracked." in window.message.text()
    assert window.message.property("error") is False  # information, not a problem
    window.show_week(W45)
    assert [label.text() for label in window.role_rows.mark_labels[AM][:2]] == ["·", "·"]


def test_a_missed_day_with_some_work_reads_partly_with_its_numbers(window):
    found = [(role, index) for role, row in window.role_rows.cells.items()
             for index, shown in enumerate(row) if shown is Cell.PARTLY]
    assert found, "the history has a missed day with some work in W48"
    role, index = found[0]
    label = window.role_rows.mark_labels[role][index]
    progress = next(rw for rw in window.review.roles if rw.role == role).progress[index]
    assert label.text() == "◐"
    assert label.toolTip().endswith(" · partly done, target missed")
    assert f"{progress.minutes:.0f} / 50 min" in label.toolTip()
    assert progress.minutes < 50  # it was missed, with the work it had


# ---- the one-page PDF ------------------------------------------------------------------


def _pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)  # "ﬀ" ligatures: "ff"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize(("language", "words"), [
    ("en", ("Streak", "Weekly", "streak", "Sales results", "Touches", "Conversations",
            "% of touches", "Handoffs:", "not tracked", "partly", "What worked",
            "Acme renewal", "Focused minutes per day", "Last 12 weeks")),
    ("fr", ("Série", "hebdomadaire", "Résultats commerciaux", "Prises de contact",
            "Échanges", "% des prises de contact", "Transferts", "non suivi", "en partie",
            "Ce qui a marché", "Acme renewal", "Minutes de concentration par jour",
            "12 dernières")),  # "semaines" on the line below, in the narrow name column
], ids=["en", "fr"])
def test_the_pdf_of_three_roles_is_one_page_with_everything(qapp, qtbot, store, clock,
                                                            tmp_path, language, words):
    with speaking(qapp, language):
        window = ReviewWindow(ReviewProvider.from_daily(DailyLoop(clock, store),
                                                        store.reviews))
        qtbot.addWidget(window)
        path = tmp_path / f"review-{language}.pdf"
        window.export_to("pdf", path)
        roles = [role_name(role) for role in (OP, FS, AM)]
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.MULTILINE)
    text = _pdf_text(path)
    for word in (*words, *roles):
        assert word in text, word
    # Each role's last 12 weeks (issue 17): Outbound prospecting's six weeks, one with a
    # day off, after six blank ones.
    assert re.search(r"(·\s+){6}4/5\s+\d/5\s+\d/5\s+\d/4\s+\d/5\s+\d/5", text)
    assert _past_the_margin(path) == []  # the French "hebdomadaire" was cut at the margin


def _past_the_margin(path: Path) -> list[str]:
    """The words drawn beyond the page's right margin (15 mm), where the PDF cuts them."""
    boxes = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                           text=True, check=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', boxes).group(1))
    edge = width - 15 / 25.4 * 72 + 0.5  # points
    return [word for right, word in re.findall(r'xMax="([\d.]+)"[^>]*>([^<]*)</word>', boxes)
            if float(right) > edge]


# ---- the charts at any width -------------------------------------------------------------


def _cut_labels(window) -> list[str]:
    """Every text QtCharts cut to fit ('Concent...'), in the three charts on screen."""
    return [item.toPlainText() for view in window.charts.views.values()
            for item in view.scene().items()
            if isinstance(item, QGraphicsTextItem) and item.toPlainText().endswith("...")]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_chart_label_is_cut_at_a_narrow_or_a_wide_window(qapp, qtbot, store, clock,
                                                            language):
    with speaking(qapp, language):
        window = ReviewWindow(ReviewProvider.from_daily(DailyLoop(clock, store),
                                                        store.reviews))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        days = window.review.days
        for width in (700, 1000, 1180, 1400):
            window.resize(width, 900)
            QApplication.processEvents()  # the layout places the charts at the new width
            assert _cut_labels(window) == [], width
        awesome = window.charts.charts[AWESOME].axes()[0].categories()
        assert awesome == [short_day(d) for d in days]  # wide: the days' names
        window.resize(700, 900)
        QApplication.processEvents()
        assert window.charts.charts[AWESOME].axes()[0].categories() == [
            str(d.day) for d in days]  # narrow: the day of the month, whole
