"""Draw the idle tray icon that ships as focusapp/assets/tray-idle.png (ui/icons.py says why).

    .venv/bin/python tools/render_tray_icon.py

Run after changing how ui/icons.py draws the idle icon; tests/ui/test_tray_icon.py fails
until the file and the drawing agree again.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from focusapp.services.timer import TimerState  # noqa: E402
from focusapp.ui.icons import SHIPPED_IDLE, SHIPPED_RATIO, draw_state_pixmap  # noqa: E402


def main() -> int:
    app = QGuiApplication(sys.argv)  # noqa: F841  (QPixmap needs one)
    out = ROOT / "focusapp" / Path(*SHIPPED_IDLE)
    if not draw_state_pixmap(TimerState.IDLE, 0.0, None, SHIPPED_RATIO).save(str(out), "PNG"):
        raise SystemExit(f"could not write {out}")
    print(out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
