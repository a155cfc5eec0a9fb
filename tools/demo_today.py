"""Screenshot the Today window during a power hour with counts (for reviews of the UI).

    .venv/bin/python tools/demo_today.py OUT.png [en|fr]

Builds a throwaway data folder (an outbound prospector with targets per count, two finished
blocks with counts, a call tallied between blocks), starts the real app on it, starts a
block, counts 18 touches as the +1 key would, records two handoffs (one sent back), and
saves the Today window as OUT.png and the handoff dialog as OUT-handoff.png.
Run it on a display (e.g. ../shared/tools/xsession or QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from focusapp.app import FocusApp, Options
from focusapp.core.handoffs import DEFAULT_CHECKLIST, HandoffStatus
from focusapp.core.models import Block, Outcome
from focusapp.core.roles import DailyTarget, RoleId, default_role_configs
from focusapp.flows.shell import HandoffAnswer, HandoffForm
from focusapp.services.clock import SystemClock
from focusapp.store.database import Store
from focusapp.ui.dialogs.handoff import HandoffDialog
from focusapp.ui.i18n import install_translator, pick_language

ROLE = RoleId.OUTBOUND_PROSPECTOR.value
PROSPECTING = f"{ROLE}.prospecting_block"


def seed(store: Store, clock: SystemClock) -> None:
    roles = tuple(replace(r, target=DailyTarget(60, per_metric=(("touches", 40),
                                                               ("conversations", 5))))
                  if r.role.value == ROLE else r
                  for r in default_role_configs(frozenset({RoleId.OUTBOUND_PROSPECTOR})))
    store.roles.save(roles)
    store.settings.save(store.settings.get().updated(first_run_done=True))
    now = clock.now()
    for n, (ago, minutes, count) in enumerate(((150, 25, 9), (90, 25, 12))):
        start = now - timedelta(minutes=ago)
        store.blocks.save(Block(id=f"demo{n}", start=start, planned_minutes=minutes, role=ROLE,
                                activity=PROSPECTING, end=start + timedelta(minutes=minutes),
                                outcome=Outcome.COMPLETED, count=count))


def main(out: str, language: str = "en") -> int:
    app = QApplication(sys.argv[:1])
    clock = SystemClock()
    folder = Path(tempfile.mkdtemp(prefix="focusapp-demo-"))
    store, report = Store.open(folder, now=clock.now)
    seed(store, clock)
    translator = install_translator(app, pick_language(language))
    focus = FocusApp(clock, store, report, Options(wizard=False, reminders=False), translator)
    focus.start()
    focus.daily.set_one_thing("Book 3 discovery calls with logistics VPs", ROLE, PROSPECTING)
    focus.counting.count(2, activity=f"{ROLE}.conversations")  # a call between blocks
    sent = focus.handoffs.record(ROLE, HandoffAnswer("field_sales", True, ("need", "budget")))
    focus.handoffs.answer(sent.id, HandoffStatus.SENT_BACK, "No decision maker named")
    focus.handoffs.record(ROLE, HandoffAnswer("field_sales", True, DEFAULT_CHECKLIST))
    focus.blocks.start_for(50, ROLE, "prospecting_block")
    for _ in range(18):
        focus.counting.count()
    focus.shell.show_today()

    form = HandoffForm(ROLE, focus.daily.roles(), "field_sales", DEFAULT_CHECKLIST, 24)
    focus.shell.ask_handoff(form, lambda answer: None)

    def shoot() -> None:
        focus.shell.today.grab().save(out)
        dialog = next(d for d in focus.shell.dialogs if isinstance(d, HandoffDialog))
        dialog.grab().save(out.replace(".png", "-handoff.png"))
        focus.quit()

    QTimer.singleShot(1500, shoot)
    code = app.exec()
    store.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
