"""Qt enum settings by their key names, as Qt Designer's `.ui` files set them:
`set_keys(label, textFormat="PlainText")` rather than `label.setTextFormat(Qt.TextFormat...)`.

Why: the first use of the `Qt` namespace makes Qt for Python create all of its 94 enums at
once (about 1,200 members, each through Python's `enum`): 8–10 ms that every launch paid
before its tray and Today window showed (issue 15, benchmarks/startup_floor.py). Qt's
meta-object system turns a key name into the enum's value in C++, so what builds the first
paint names its settings this way and never touches `Qt`; code that runs later (a click, a
key, a running block's icon) uses `QtCore.Qt` as usual. tests/ui/test_first_paint.py holds
the first paint to it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_keys(target: QObject, **keys: str) -> None:
    """Set each Qt property `name` of `target` to the enum key (or `A|B` flags) given."""
    for name, key in keys.items():
        if not target.setProperty(name, key):
            # Qt refuses an unknown property or key silently; a typo must not.
            raise ValueError(f"{type(target).__name__} has no property {name} taking {key!r}")
