"""Render the main windows in a pseudo-locale of long strings, to catch truncated labels.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/pseudo_locale.py [OUT_DIR]

Every English source string becomes about 40 % longer, with accented letters and brackets
("[Śţàŕţ à ƒöçûš ƀĺöçķ ~~~~]"), placeholders and accelerators kept. The .ts is generated from
resources/i18n/focusapp_en.ts, compiled with pyside6-lrelease, installed, and the Today
window, the dialogs, the wizard and the weekly review are saved as PNGs (default
test-artifacts/pseudo/). Look at them: a label cut short or a button too narrow shows there.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ACCENTS = str.maketrans("aceinorsuyACEINORSUY", "àçéîñöŕšûýÀÇÉÎÑÖŔŠÛÝ")
KEEP = re.compile(r"(%\d|%n|&(?=\w)|<[^>]+>|\\n)")


def pseudo(text: str) -> str:
    parts = KEEP.split(text)
    out = "".join(p if KEEP.fullmatch(p) else p.translate(ACCENTS) for p in parts)
    padding = "~" * max(2, len(text) * 2 // 5)
    return f"[{out} {padding}]"


def build_qm(work: Path) -> Path:
    tree = ET.parse(ROOT / "resources/i18n/focusapp_en.ts")
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if re.fullmatch(r"[dMy ]+", source):  # a date pattern, not words: keep it valid
            translation.attrib.pop("type", None)
            translation.text = source
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    ts = work / "focusapp_pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = work / "focusapp_pseudo.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def main() -> None:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication, QWidget

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "test-artifacts" / "pseudo"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(["pseudo"])
    with tempfile.TemporaryDirectory() as tmp:
        translator = QTranslator()
        assert translator.load(str(build_qm(Path(tmp))))
        app.installTranslator(translator)
        shots = render_windows(Path(tmp) / "data")

        def save(name: str, widget: QWidget) -> None:
            if name == "review":
                widget.resize(1180, 1000)  # its opening size on a 1920×1080 screen
            widget.show()
            app.processEvents()
            path = out / f"{name}.png"
            widget.grab().save(str(path))
            print(path)

        for name, widget in shots:
            save(name, widget)
    sys.stdout.flush()
    # A throwaway process holding half-built dialogs: leave without running the Python-side
    # destructors in an arbitrary order.
    os._exit(0)


def render_windows(data_dir: Path) -> list[tuple[str, object]]:
    from focusapp.app import FocusApp, Options
    from focusapp.core.roles import RoleId, default_role_configs
    from focusapp.store.database import Store
    from focusapp.ui.dialogs.block_end import StrictStopDialog
    from focusapp.ui.dialogs.one_thing import OneThingDialog
    from focusapp.ui.dialogs.start_block import StartBlockDialog
    from focusapp.ui.wizard import FirstRunWizard

    data_dir.mkdir()
    store, report = Store.open(data_dir, now=lambda: datetime.now().astimezone())
    store.roles.save(default_role_configs(
        frozenset({RoleId.OUTBOUND_PROSPECTOR, RoleId.FIELD_SALES})))
    focus = FocusApp(_Clock(), store, report, Options(tray=False, wizard=False, reminders=False))
    focus.daily.set_one_thing("Call the five accounts at risk", RoleId.FIELD_SALES.value)
    focus.shell.render_today(focus.daily.today_view(), focus.daily.roles())
    roles = focus.daily.roles()
    wizard = FirstRunWizard(focus.daily.settings(), roles)
    return [
        ("today", focus.shell.today),
        ("start_block", StartBlockDialog(roles, (25, 50, 90))),
        ("one_thing", OneThingDialog(roles)),
        ("strict_stop", StrictStopDialog()),
        ("wizard", wizard),
        ("review", _opened(focus.shell.actions.review, lambda: focus.shell.review_window)),
        ("settings", _opened(focus.shell.actions.settings,
                             lambda: focus.shell.settings_window)),
    ]


def _opened(action: Any, window: Any) -> Any:
    action.trigger()
    return window()


class _Clock:
    def now(self) -> datetime:
        return datetime.now().astimezone()

    def monotonic(self) -> float:
        import time

        return time.monotonic()


if __name__ == "__main__":
    main()
