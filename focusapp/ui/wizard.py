"""First-run wizard: language and name, roles, working days and day start, reminder times,
presets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QLocale, QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from focusapp.core.days import format_time_of_day, parse_time_of_day
from focusapp.core.domains import PRESETS
from focusapp.core.models import MAX_BLOCK_MINUTES, MIN_BLOCK_MINUTES, Settings
from focusapp.core.roles import RoleConfig, RoleId
from focusapp.core.settings_rules import MAX_DISPLAY_NAME
from focusapp.core.text import one_line
from focusapp.services.data_files import display_name
from focusapp.ui.names import role_name
from focusapp.ui.practices import PracticesBox
from focusapp.ui.widths import placeholder


def _time_edit(value: str) -> QTimeEdit:
    parsed = parse_time_of_day(value)
    edit = QTimeEdit(QTime(parsed.hour, parsed.minute))
    edit.setDisplayFormat("HH:mm")
    return edit


def _text(edit: QTimeEdit) -> str:
    t = edit.time()
    return format_time_of_day(parse_time_of_day(f"{t.hour():02d}:{t.minute():02d}"))


class _RolesPage(QWizardPage):
    def __init__(self, roles: Sequence[RoleConfig]) -> None:
        super().__init__()
        self.setTitle(self.tr("Which sales roles do you hold?"))
        self.setSubTitle(self.tr("Each role gets its own daily target and streak."))
        layout = QVBoxLayout(self)
        self.boxes: dict[RoleId, QCheckBox] = {}
        for config in roles:
            box = QCheckBox(role_name(config.role.value))
            box.setChecked(config.enabled)
            box.toggled.connect(self.completeChanged)
            layout.addWidget(box)
            self.boxes[config.role] = box
        solo = next((c for c in roles if c.role is RoleId.SOLO), None)
        self.practices = PracticesBox(solo.activities if solo else ())
        layout.addWidget(self.practices)
        self.practices.changed.connect(self.completeChanged)
        # Shown greyed out rather than hidden: a page that grew when it appeared would be
        # squeezed into the wizard's size, laid out before.
        self.practices.setEnabled(self.boxes[RoleId.SOLO].isChecked())
        self.boxes[RoleId.SOLO].toggled.connect(self.practices.setEnabled)
        self.hint = QLabel(self.tr("Choose at least one role."))
        layout.addWidget(self.hint)

    def isComplete(self) -> bool:
        if not any(box.isChecked() for box in self.boxes.values()):
            self.hint.setText(self.tr("Choose at least one role."))
        elif self.boxes[RoleId.SOLO].isChecked() and not self.practices.chosen():
            self.hint.setText(self.tr("Choose at least one thing you do yourself."))
        else:
            self.hint.hide()
            return True
        self.hint.show()
        return False


class _DaysPage(QWizardPage):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setTitle(self.tr("Your working days"))
        self.setSubTitle(self.tr("Weekends and days off never break a streak."))
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.weekdays: list[QCheckBox] = []
        locale = QLocale()
        for day in range(7):
            box = QCheckBox(locale.dayName(day + 1, QLocale.FormatType.LongFormat))
            box.setChecked(day in settings.working_weekdays)
            box.toggled.connect(self.completeChanged)
            grid.addWidget(box, day // 4, day % 4)
            self.weekdays.append(box)
        layout.addLayout(grid)
        self.day_start = _time_edit(settings.day_start)
        # A wrapped label, not a form row's: the French one is wider than the wizard, which
        # grew by 73 px on this page.
        label = QLabel(self.tr("A day starts at (work after midnight counts for the evening)"))
        label.setWordWrap(True)
        label.setBuddy(self.day_start)
        row = QHBoxLayout()
        row.addWidget(label, 1)
        row.addWidget(self.day_start)
        layout.addLayout(row)

    def isComplete(self) -> bool:
        return any(box.isChecked() for box in self.weekdays)


class _RemindersPage(QWizardPage):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setTitle(self.tr("Reminders and timer"))
        self.setSubTitle(self.tr("On working days only; change them any time in Settings."))
        form = QFormLayout(self)
        self.one_thing = _time_edit(settings.one_thing_time)
        form.addRow(self.tr("Ask my One Thing at"), self.one_thing)
        self.end_of_day = _time_edit(settings.end_of_day_time)
        form.addRow(self.tr("Evening check at"), self.end_of_day)
        row = QHBoxLayout()
        self.presets: list[QSpinBox] = []
        for value in settings.presets:
            spin = QSpinBox()
            spin.setRange(MIN_BLOCK_MINUTES, MAX_BLOCK_MINUTES)
            spin.setValue(value)
            spin.setSuffix(self.tr(" min"))
            row.addWidget(spin)
            self.presets.append(spin)
        form.addRow(self.tr("Timer presets"), row)


class _BlockingPage(QWizardPage):
    """Blocking on from the first block (issue 16: both lists were empty after the first
    run): the presets ticked; LinkedIn is in none of them, it is a sales tool."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Distractions to block during a focus block"))
        self.setSubTitle(self.tr("Kept away while a block runs, back as soon as it ends."))
        column = QVBoxLayout(self)
        self.presets: dict[str, QCheckBox] = {}
        names = {"social": self.tr("&Social networks (Facebook, Instagram, X, TikTok…)"),
                 "news": self.tr("&News sites"),
                 "video": self.tr("&Video sites (YouTube, Netflix, Twitch…)")}
        for preset in PRESETS:
            box = QCheckBox(names[preset])
            box.setChecked(True)
            column.addWidget(box)
            self.presets[preset] = box
        note = QLabel(self.tr("LinkedIn is in none of these lists: it is a sales tool. Change "
                              "the lists any time in Settings → Blocking, which also says "
                              "what can be blocked on this computer."))
        note.setWordWrap(True)
        column.addWidget(note)
        column.addStretch(1)

    def domains(self, already: Sequence[str]) -> tuple[str, ...]:
        """`already`, then the ticked presets' sites not in it, in the presets' order."""
        chosen = list(already)
        for preset, box in self.presets.items():
            if box.isChecked():
                chosen += [d for d in PRESETS[preset] if d not in chosen]
        return tuple(chosen)


class _LanguagePage(QWizardPage):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to FocusApp"))
        self.setSubTitle(self.tr("Do the work that matters, every day, with focus. "
                                 "A few questions and you are ready."))
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form.addRow(self.tr("&Language"), self.language)
        # Optional: the account's full name unless the user writes another (or none).
        self.name = QLineEdit(display_name(settings.display_name))
        self.name.setMaxLength(MAX_DISPLAY_NAME)
        placeholder(self.name, self.tr("Optional"))
        form.addRow(self.tr("Your &name"), self.name)
        hint = QLabel(self.tr("It names your exports for your manager's team report; change "
                              "it any time in Settings."))
        hint.setWordWrap(True)
        form.addRow("", hint)


class FirstRunWizard(QWizard):
    def __init__(self, settings: Settings, roles: Sequence[RoleConfig],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("FocusApp – first run"))
        self._settings = settings
        self._roles = tuple(roles)
        self.language_page = _LanguagePage(settings)
        self.roles_page = _RolesPage(roles)
        self.days_page = _DaysPage(settings)
        self.reminders_page = _RemindersPage(settings)
        self.blocking_page = _BlockingPage()
        for page in (self.language_page, self.roles_page, self.days_page, self.reminders_page,
                     self.blocking_page):
            self.addPage(page)

    def showEvent(self, event: QShowEvent) -> None:
        """As wide as its widest page from the start: a wizard that grew from one page to
        the next would move Next under the pointer (issue 16). The margins QWizard puts
        around a page are known once it is laid out, here."""
        super().showEvent(event)
        margins = self.width() - self.currentPage().width()
        widest = max(self.page(i).sizeHint().width() for i in self.pageIds())
        self.setMinimumWidth(max(self.minimumWidth(), widest + margins))

    def result_settings(self) -> Settings:
        days = self.days_page
        reminders = self.reminders_page
        return replace(
            self._settings,
            language=self.language_page.language.currentData(),
            display_name=one_line(self.language_page.name.text()),
            working_weekdays=tuple(i for i, box in enumerate(days.weekdays) if box.isChecked()),
            day_start=_text(days.day_start),
            one_thing_time=_text(reminders.one_thing),
            end_of_day_time=_text(reminders.end_of_day),
            presets=tuple(spin.value() for spin in reminders.presets),
            blocked_domains=self.blocking_page.domains(self._settings.blocked_domains),
            first_run_done=True,
        )

    def result_roles(self) -> tuple[RoleConfig, ...]:
        boxes = self.roles_page.boxes
        practices = self.roles_page.practices.chosen()
        return tuple(replace(c.with_practices(practices) if c.role is RoleId.SOLO else c,
                             enabled=boxes[c.role].isChecked()) for c in self._roles)
