"""The dialog that lists what an import would change, in English and French, and its buttons."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from focusapp.core.days import DayOff
from focusapp.core.errors import Problem as CodedProblem
from focusapp.store.import_check import Problem
from focusapp.store.import_preview import ImportPreview, SettingChange
from focusapp.ui.dialogs.import_preview import ImportPreviewDialog
from focusapp.ui.import_text import refusal_text

PREVIEW = ImportPreview(
    blocks_added=12, blocks_updated=1, days_added=5, reviews_added=1,
    settings=(
        SettingChange("day_start", "04:00", "05:00"),
        SettingChange("autostart", True, False),
        SettingChange("blocked_domains", ("a.example",),
                      tuple(f"site{i}.example" for i in range(8))),
        SettingChange("days_off", (), (DayOff(date(2026, 12, 24), date(2026, 12, 26)),)),
    ),
    roles_replaced=True, autostart_held_back=True, apps_held_back=("kill:steam",),
)




def shown(qtbot, preview: ImportPreview = PREVIEW) -> ImportPreviewDialog:
    dialog = ImportPreviewDialog("all.json", preview)
    qtbot.addWidget(dialog)
    return dialog


def test_the_list_says_what_changes_by_setting_name(qtbot):
    dialog = shown(qtbot)
    lines = dialog.informativeText().splitlines()
    assert "• Focus blocks: 12 new, 1 changed" in lines
    assert ("• A day starts at (work after midnight counts for the evening): 04:00 → 05:00"
            in lines)
    assert "• Start FocusApp when I log in: on → off" in lines
    assert ("• Blocked sites: added site0.example, site1.example, site2.example, "
            "site3.example, site4.example and 3 more; removed a.example") in lines
    assert "• Roles: replaced by the file's" in lines
    assert any("kill:steam" in line for line in lines)
    assert "site7.example" in dialog.detailedText()  # every entry, in the details
    assert dialog.defaultButton() is dialog.cancel_button  # Enter does not import


def test_the_list_is_french_when_french_is_chosen(qtbot, french):
    dialog = shown(qtbot)
    text = dialog.text() + dialog.informativeText() + dialog.detailedText()
    assert "Blocs de concentration\u00a0: 12 nouveau(x), 1 modifié(s)" in text
    assert "Démarrer FocusApp" in text or "ouverture de session" in text
    assert "activé → désactivé" in text
    for english in ("new", "changed", "Roles", "added", "removed", "Blocked", "more", "on →"):
        assert english not in text, english
    assert dialog.import_button.text() == "Importer"


def test_a_file_that_changes_nothing_says_so(qtbot):
    dialog = shown(qtbot, ImportPreview())
    assert "Nothing: your data already holds everything" in dialog.informativeText()


@pytest.mark.parametrize(("button", "imported"), [("import_button", True),
                                                  ("cancel_button", False)])
def test_only_import_goes_on(qtbot, clock, store, button, imported):
    from focusapp.services.daily import DailyLoop
    from focusapp.ui.shell import QtShell

    shell = QtShell(DailyLoop(clock, store), store, use_tray=False)
    qtbot.addWidget(shell.today)
    answers: list[bool] = []
    shell.ask_import("all.json", PREVIEW, lambda: answers.append(True))
    (dialog,) = shell.dialogs
    assert isinstance(dialog, ImportPreviewDialog) and dialog.isVisible() and answers == []
    getattr(dialog, button).click()
    qtbot.waitUntil(lambda: not shell.dialogs)  # closed and let go
    assert answers == ([True] if imported else [])


REFUSED = (
    Problem("settings", "", "presets: 1000 entries, at most 6.",
            CodedProblem("setting.too_many", {"name": "presets", "count": 1000, "limit": 6})),
    Problem("blocks", "[3] (id b3)", "'start' has no UTC offset"),
)


def test_a_refusal_says_the_settings_problems_as_the_window_does(english):
    assert refusal_text(REFUSED).splitlines() == [
        "Nothing was imported: 2 problems found.",
        "• Timer presets: This list holds at most 6 entries, not 1,000.",
        "• blocks[3] (id b3): 'start' has no UTC offset",
    ]


def test_a_refusal_says_the_settings_problems_in_french(qapp, french):
    lines = refusal_text(REFUSED).splitlines()
    assert lines[0] == "Rien n'a été importé\u00a0: 2 problèmes trouvés."
    assert lines[1] == ("• Durées prédéfinies du minuteur\u00a0: Cette liste compte au plus 6 "
                        f"entrées, pas {QLocale().toString(1000)}.")
