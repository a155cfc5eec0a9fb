"""Screenshot the Today window of an account manager with accounts going cold (issue 12).

    .venv/bin/python tools/demo_accounts.py OUT.png [en|fr]

Builds a throwaway data folder (an account manager who is also a business developer, a
book of seven accounts, four of them silent for six weeks or more, two follow-ups from an
event), starts the real app on it, and saves the Today window as OUT.png, the end dialog of
an account manager's block (its "touched" field completing "ac") as OUT-end.png and the
follow-up dialog as OUT-follow-up.png.
Run it on a display (e.g. ../shared/tools/xsession or QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from focusapp.app import FocusApp, Options
from focusapp.core.accounts import Account, Touch
from focusapp.core.days import local_day
from focusapp.core.models import Block, Outcome
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.services.clock import SystemClock
from focusapp.store.database import Store
from focusapp.ui.dialogs.block_end import BlockEndDialog
from focusapp.ui.dialogs.follow_up import FollowUpDialog
from focusapp.ui.i18n import install_translator, pick_language

ROLE = RoleId.ACCOUNT_MANAGER.value
# name, weeks since the last touch (None: never, added 8 weeks ago), the owner's note
BOOK = (("Acme Logistics", 11, "Renewal in March; the CFO signs"),
        ("Boulangeries Marceau", 8, ""),
        ("Cyan Fils & Cie", None, "Imported from the CRM"),
        ("Datapoint SAS", 6, ""),
        ("Éole Énergie", 3, ""),
        ("Fromagerie Vidal", 1, ""),
        ("Groupe Hélios", 0, ""))


def seed(store: Store, now: datetime) -> None:
    store.roles.save(default_role_configs(frozenset({RoleId.ACCOUNT_MANAGER,
                                                     RoleId.BUSINESS_DEVELOPER})))
    store.settings.save(store.settings.get().updated(first_run_done=True))
    today = local_day(now)
    store.accounts.save_many([Account(name, today - timedelta(weeks=8), note)
                              for name, _, note in BOOK])
    for n, (name, weeks, _) in enumerate(BOOK):
        if weeks is not None:
            day = today - timedelta(weeks=weeks, days=2 if weeks else 0)
            at = datetime.combine(day, time(10, 30), now.tzinfo)
            store.touches.save(Touch(f"demo{n}", name, at))
    start = now - timedelta(minutes=80)
    store.blocks.save(Block(id="demo-block", start=start, planned_minutes=50, role=ROLE,
                            activity=f"{ROLE}.value_touches", end=start + timedelta(minutes=50),
                            outcome=Outcome.COMPLETED, count=3))


def main(out: str, language: str = "en") -> int:
    app = QApplication(sys.argv[:1])
    clock = SystemClock()
    folder = Path(tempfile.mkdtemp(prefix="focusapp-demo-"))
    store, report = Store.open(folder, now=clock.now)
    seed(store, clock.now())
    translator = install_translator(app, pick_language(language))
    focus = FocusApp(clock, store, report, Options(wizard=False, reminders=False), translator)
    focus.start()
    focus.daily.set_one_thing("Call the three coldest accounts before noon", ROLE,
                              f"{ROLE}.value_touches")
    focus.instruments.book.follow_up("Claire Dubois (VivaTech)", timedelta(hours=3))
    focus.instruments.book.follow_up("Partner call: Datapoint", timedelta(hours=47))
    focus.shell.show_today()
    block = store.blocks.all()[0]
    focus.shell.ask_block_end(block, "accounts_touched", lambda answer: None,
                              accounts=focus.instruments.book.names())
    focus.instruments.accounts.ask_follow_up()

    def shoot() -> None:
        focus.shell.today.grab().save(out)
        end = next(d for d in focus.shell.dialogs if isinstance(d, BlockEndDialog))
        assert end.account is not None
        end.account.setText("ac")
        end.grab().save(out.replace(".png", "-end.png"))
        follow_up = next(d for d in focus.shell.dialogs if isinstance(d, FollowUpDialog))
        follow_up.name.setText("Claire Dubois (VivaTech)")
        follow_up.grab().save(out.replace(".png", "-follow-up.png"))
        focus.quit()

    QTimer.singleShot(1500, shoot)
    code = app.exec()
    store.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
