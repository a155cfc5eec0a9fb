"""Screenshot the Today window of an inbound lead qualifier with three live lead clocks.

    .venv/bin/python tools/demo_leads.py OUT.png [en|fr]

Builds a throwaway data folder (an inbound lead qualifier; five leads today: two touched,
one of them late, and three still waiting, the oldest past its 5-minute target), starts
the real app on it with a qualification block running, and saves the Today window as
OUT.png and the tray icon (with its badge) as OUT-tray.png.
Run it on a display (e.g. ../shared/tools/xsession or QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from focusapp.app import FocusApp, Options
from focusapp.core.leads import Lead
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.services.clock import SystemClock
from focusapp.services.timer import TimerState
from focusapp.store.database import Store
from focusapp.ui.i18n import install_translator, pick_language
from focusapp.ui.icons import draw_state_pixmap, lead_badge

ROLE = RoleId.INBOUND_QUALIFIER.value
# (name, came in minutes ago, touched after minutes or None)
LEADS = (("Globex – demo request", 52, 3), ("Initech", 40, 11),
         ("Dupont & fils", 7, None), ("Acme – pricing form", 4, None), ("", 1, None))


def seed(store: Store, clock: SystemClock) -> None:
    store.roles.save(default_role_configs(frozenset({RoleId.INBOUND_QUALIFIER})))
    store.settings.save(store.settings.get().updated(first_run_done=True))
    now = clock.now()
    for n, (name, ago, touched) in enumerate(LEADS):
        came = now - timedelta(minutes=ago, seconds=17 * n)
        store.leads.save(Lead(f"demo{n:04d}", came, ROLE, 5, name,
                              None if touched is None else came + timedelta(minutes=touched),
                              warned=touched is None and ago >= 5))


def main(out: str, language: str = "en") -> int:
    app = QApplication(sys.argv[:1])
    clock = SystemClock()
    folder = Path(tempfile.mkdtemp(prefix="focusapp-demo-"))
    store, report = Store.open(folder, now=clock.now)
    seed(store, clock)
    translator = install_translator(app, pick_language(language))
    focus = FocusApp(clock, store, report, Options(wizard=False, reminders=False), translator)
    focus.start()
    focus.daily.set_one_thing("Every inbound lead touched within five minutes", ROLE,
                              f"{ROLE}.speed_to_lead")
    focus.blocks.start_for(25, ROLE, "qualification_conversations")
    focus.shell.show_today()

    def shoot() -> None:
        focus.shell.today.grab().save(out)
        waiting = focus.instruments.leads.book.waiting()
        overdue = sum(lead.overdue(clock.now()) for lead in waiting)
        draw_state_pixmap(TimerState.RUNNING, 0.1, 23, 4.0, lead_badge(len(waiting), overdue)
                          ).save(out.replace(".png", "-tray.png"))
        focus.quit()

    QTimer.singleShot(1500, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
