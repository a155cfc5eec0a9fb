"""The live lead clocks in the Today window (speed-to-lead, core/leads.py): each waiting
lead, oldest first, with the time it has waited, red once past the role's target, and a
Touched button that stops its clock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from focusapp.core.leads import Lead, LeadFigures, lead_clock
from focusapp.core.text import fill
from focusapp.flows.shell import LeadsView
from focusapp.services.qt_keys import set_keys
from focusapp.ui.actions import action_button
from focusapp.ui.day_text import short_time

OVERDUE_STYLE = "color: #c62828; font-weight: bold;"


def lead_label(lead: Lead) -> str:
    """Its name, or 'Lead of 09:14' for one that came in without a name."""
    if lead.name:
        return lead.name
    return fill(QCoreApplication.translate("LeadsPanel", "Lead of %1"), short_time(lead.at))


class LeadsPanel(QGroupBox):
    """Hidden while the user holds no lead role and no lead waits."""

    touched = Signal(str)  # the lead's id
    dropped = Signal(str)  # the lead's id: not a lead (spam, a duplicate)

    def __init__(self, new_lead: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()  # the day's leads: how many, in time, late, waiting
        top.addWidget(self.summary, 1)
        self.new_button = action_button(new_lead)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.rows = QGridLayout()
        self.rows.setColumnStretch(0, 1)
        layout.addLayout(self.rows)
        self._ids: tuple[str, ...] = ()
        self.names: list[QLabel] = []
        self.clocks: list[QLabel] = []
        self.buttons: list[QPushButton] = []
        self.drop_buttons: list[QPushButton] = []
        self.hide()

    def show_leads(self, view: LeadsView) -> None:
        target = view.target_minutes
        self.setTitle(self.tr("Leads waiting · target %n min", "", target) if target
                      else self.tr("Leads waiting"))
        ids = tuple(lead.id for lead in view.waiting)
        if ids != self._ids:
            self._build_rows(view.waiting)
        for lead, clock in zip(view.waiting, self.clocks, strict=True):
            clock.setText(lead_clock(round(lead.waited(view.now).total_seconds())))
            late = lead.overdue(view.now)
            clock.setStyleSheet(OVERDUE_STYLE if late else "")
            clock.setToolTip(self.tr("Past its target: touch it now.") if late else "")
        self.summary.setText(self.day_line(view.today))
        self.setVisible(view.shown)

    def day_line(self, figures: LeadFigures) -> str:
        """'Today: 20 leads · 15 within target · 3 late · 2 waiting'."""
        if not figures.arrived:
            return self.tr("No lead yet today.")
        return fill(self.tr("Today: %n lead(s) · %1 within target · %2 late · %3 waiting", "",
                            figures.arrived), figures.in_time, figures.late, figures.untouched)

    def _build_rows(self, waiting: tuple[Lead, ...]) -> None:
        for widget in (*self.names, *self.clocks, *self.buttons, *self.drop_buttons):
            widget.hide()  # out of the layout now; deleted at the next loop turn
            widget.deleteLater()
        self.names, self.clocks, self.buttons, self.drop_buttons = [], [], [], []
        for row, lead in enumerate(waiting):
            name = QLabel(lead_label(lead))
            set_keys(name, textFormat="PlainText")
            clock = QLabel()
            clock.setAccessibleName(fill(self.tr("Time %1 has waited"), lead_label(lead)))
            button = QPushButton(self.tr("Touched"))
            button.setAccessibleName(fill(self.tr("%1 touched"), lead_label(lead)))
            button.clicked.connect(lambda _=False, lead_id=lead.id: self.touched.emit(lead_id))
            drop = QPushButton(self.tr("Not a lead"))
            drop.setToolTip(self.tr("Spam or a duplicate: its clock stops and it counts "
                                    "nowhere."))
            drop.setAccessibleName(fill(self.tr("%1 is not a lead"), lead_label(lead)))
            drop.clicked.connect(lambda _=False, lead_id=lead.id: self.dropped.emit(lead_id))
            for column, widget in enumerate((name, clock, button, drop)):
                self.rows.addWidget(widget, row, column)
            self.names.append(name)
            self.clocks.append(clock)
            self.buttons.append(button)
            self.drop_buttons.append(drop)
        self._ids = tuple(lead.id for lead in waiting)

    def lines(self) -> list[str]:
        """What a rep reads here, for `focusapp status`: the title, then a line per lead."""
        if not self.isVisibleTo(self.parentWidget() or self):
            return []
        rows = [fill(self.tr("%1 · %2 · past its target") if clock.toolTip()
                     else self.tr("%1 · %2"), name.text(), clock.text())
                for name, clock in zip(self.names, self.clocks, strict=True)]
        return [self.title(), self.summary.text(), *rows]
