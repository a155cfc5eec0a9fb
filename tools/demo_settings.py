"""Screenshot the Settings parts of the weekly export and the handoff brief, the wizard's
first page and the handoff dialog (for reviews of the UI).

    .venv/bin/python tools/demo_settings.py OUT_PREFIX [en|fr]

Builds a throwaway data folder (a field seller whose handoff brief has an item of their
own and a 4-hour delay, a weekly export folder chosen) and saves, at their opening size:
OUT_PREFIX-general.png (Settings → General), OUT_PREFIX-roles.png (Settings → Roles, Field
Sales), OUT_PREFIX-roles-solo.png (the solo seller's practices), OUT_PREFIX-wizard.png,
-wizard-roles.png (a solo seller) and -wizard-days.png (the wizard's first three pages),
and OUT_PREFIX-handoff.png.
Run it on a display (e.g. ../shared/tools/xsession or QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from focusapp.core.models import Settings
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.flows.shell import HandoffForm
from focusapp.services.clock import SystemClock
from focusapp.services.daily import DailyLoop
from focusapp.store.database import Store
from focusapp.ui.dialogs.handoff import HandoffDialog
from focusapp.ui.i18n import install_translator
from focusapp.ui.settings import SettingsProvider, SettingsWindow
from focusapp.ui.wizard import FirstRunWizard


def shot(app: QApplication, widget: QWidget, path: str) -> None:
    widget.show()
    app.processEvents()
    widget.grab().save(path)
    print(path)


def main(prefix: str, language: str = "en") -> int:
    app = QApplication(sys.argv[:1])
    install_translator(app, language)
    folder = Path(tempfile.mkdtemp(prefix="focusapp-demo-"))
    store, _ = Store.open(folder / "data", now=SystemClock().now)
    roles = tuple(replace(r, checklist=("need", "budget", "decision_maker", "Signed NDA"),
                          agreed_hours=4) if r.role is RoleId.FIELD_SALES else r
                  for r in default_role_configs(frozenset({RoleId.FIELD_SALES})))
    store.roles.save(roles)
    store.settings.save(store.settings.get().updated(
        first_run_done=True, display_name="Zoé Martin-Dupré", language=language,
        weekly_export_folder=str(Path.home() / "Nextcloud" / "Sales team" / "Weekly")))
    loop = DailyLoop(SystemClock(), store)
    window = SettingsWindow(SettingsProvider.from_loop(loop, store))
    shot(app, window, f"{prefix}-general.png")
    window.tabs.setCurrentWidget(window.roles_page)
    window.roles_page.show_role(RoleId.FIELD_SALES).brief.setCurrentRow(3)
    shot(app, window, f"{prefix}-roles.png")
    window.roles_page.show_role(RoleId.SOLO)
    shot(app, window, f"{prefix}-roles-solo.png")
    wizard = FirstRunWizard(Settings(language=language), roles)
    shot(app, wizard, f"{prefix}-wizard.png")
    wizard.next()
    wizard.roles_page.boxes[RoleId.SOLO].setChecked(True)
    shot(app, wizard, f"{prefix}-wizard-roles.png")
    wizard.next()
    shot(app, wizard, f"{prefix}-wizard-days.png")
    form = HandoffForm("field_sales", roles, "account_manager", roles[1].checklist, 4)
    shot(app, HandoffDialog(form), f"{prefix}-handoff.png")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
