"""Screenshot the streak history window on a two-year history with two roles.

    .venv/bin/python tools/demo_history.py OUT.png [en|fr] [dark]

Builds a throwaway data folder: outbound prospecting for two years (most working days met,
some partly done, some missed, a summer holiday), Field Sales taken up a year ago; opens the
history window on Outbound prospecting, moves the keyboard cursor a week back, and saves it.
Run it on a display (e.g. ../shared/tools/xsession or QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import random
import sys
import tempfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from focusapp.core.days import DayOff, iter_days
from focusapp.core.models import Block, Outcome, Settings
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.services.clock import SystemClock
from focusapp.services.daily import DailyLoop
from focusapp.store.database import Store
from focusapp.ui.history import HistoryWindow
from focusapp.ui.i18n import install_translator
from focusapp.ui.review_model import ReviewProvider

OP, FS = RoleId.OUTBOUND_PROSPECTOR, RoleId.FIELD_SALES
ACTIVITY = {OP: f"{OP.value}.prospecting_block", FS: f"{FS.value}.prospect_meetings"}


def seed(store: Store, today: date) -> None:
    first = today - timedelta(days=730)
    field_sales_from = today - timedelta(days=365)
    summer = DayOff(date(today.year, 8, 3), date(today.year, 8, 21))
    roles = tuple(replace(r, since=field_sales_from) if r.role is FS else r
                  for r in default_role_configs(frozenset({OP, FS})))
    store.roles.save(roles)
    store.settings.save(Settings(first_run_done=True, days_off=(summer,)))
    rng = random.Random(17)
    zone = datetime.now().astimezone().tzinfo
    blocks = []
    for day in iter_days(first, today - timedelta(days=1)):
        if day.weekday() >= 5 or summer.first <= day <= summer.last:
            continue
        for role in (OP, FS) if day >= field_sales_from else (OP,):
            minutes = rng.choices((55, 30, 0), weights=(8, 2, 1))[0]
            if minutes:
                start = datetime.combine(day, time(9 if role is OP else 14), zone)
                blocks.append(Block(id=f"{role.value}-{day}", start=start, planned_minutes=60,
                                    role=role.value, activity=ACTIVITY[role],
                                    end=start + timedelta(minutes=minutes),
                                    outcome=Outcome.COMPLETED, count=rng.randint(3, 20)))
    for block in blocks:
        store.blocks.save(block)


def dark_palette() -> QPalette:
    """What a dark desktop gives Qt (as Fusion's own dark palette): every role, and the
    greyed-out look of what is disabled."""
    roles = QPalette.ColorRole
    palette = QPalette()
    for role, colour in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#e0e0e0"),
                         (roles.Base, "#1e1e1e"), (roles.AlternateBase, "#262626"),
                         (roles.Text, "#e0e0e0"), (roles.Button, "#3c3c3c"),
                         (roles.ButtonText, "#e0e0e0"), (roles.BrightText, "#ffffff"),
                         (roles.Highlight, "#3d8fd6"), (roles.HighlightedText, "#ffffff"),
                         (roles.Light, "#505050"), (roles.Midlight, "#444444"),
                         (roles.Mid, "#555555"), (roles.Dark, "#1a1a1a"),
                         (roles.Shadow, "#000000"), (roles.ToolTipBase, "#3c3c3c"),
                         (roles.ToolTipText, "#e0e0e0"), (roles.PlaceholderText, "#9a9a9a"),
                         (roles.Link, "#64b5f6")):
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def main() -> None:
    out = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    app = QApplication([])
    if "dark" in sys.argv[3:]:  # a dark desktop's palette (offscreen has no colour scheme)
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    install_translator(app, language)
    clock = SystemClock()
    with tempfile.TemporaryDirectory() as folder:
        store, _ = Store.open(Path(folder), now=clock.now)
        seed(store, clock.now().date())
        daily = DailyLoop(clock, store)
        window = HistoryWindow(ReviewProvider.from_daily(daily, store.reviews).facts, OP.value)
        window.resize(980, 480)
        window.show()
        window.heatmap.setFocus()
        window.heatmap.move_cursor_to(clock.now().date() - timedelta(days=7))
        app.processEvents()
        window.grab().save(str(out))
        store.close()


if __name__ == "__main__":
    main()
