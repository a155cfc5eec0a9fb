"""An import cut by a crash is undone at the next start, and the app says so in its language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from focusapp.app import FocusApp, Options
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.store.database import Store
from focusapp.ui.i18n import install_translator
from tests.conftest import FakeClock
from tests.store.helpers import at, make_block
from tests.ui.test_app import dispose

SAID = {
    "en": "An import was interrupted: nothing of it was kept; your data is as it was before. "
          "Import the file again.",
    "fr": "Une importation a été interrompue\xa0: rien n'en a été gardé\xa0; vos données sont "
          "telles qu'avant. Importez à nouveau le fichier.",
}


def cut_import(data_dir: Path, clock: FakeClock, language: str) -> None:
    """What a kill -9 in the middle of an import leaves: its journal and half its blocks."""
    store, _ = Store.open(data_dir, now=clock.now)
    with store:
        store.roles.save(default_role_configs(frozenset({RoleId.OUTBOUND_PROSPECTOR})))
        store.settings.save(store.settings.get().updated(language=language))
        store.begin_import()
        store.blocks.save(make_block("imported", at(2025, 3, 4, 9, 0)))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_interrupted_import_is_said_at_the_next_start(qtbot, data_dir, clock, language):
    cut_import(data_dir, clock, language)
    store, report = Store.open(data_dir, now=clock.now)
    app = QApplication.instance()
    assert app is not None
    focus = FocusApp(clock, store, report, Options(tray=False, wizard=False, reminders=False),
                     install_translator(app, language))
    qtbot.addWidget(focus.shell.today)
    try:
        assert store.blocks.get("imported") is None  # undone before anything read the data
        focus.start()

        def said() -> list[str]:
            return [d.text() for d in focus.shell.dialogs
                    if isinstance(d, QMessageBox) and "import" in d.text()]

        qtbot.waitUntil(lambda: bool(said()))
        assert said() == [SAID[language]]
    finally:
        focus.shell.set_language("en")
        dispose(focus)
        store.close()
