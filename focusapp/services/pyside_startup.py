"""Qt for Python's cost at start-up that the app does not use: the `__feature__` scan.

Once PySide6 is imported it runs a hook after every later import: for each new module, it
reads the module's whole source file (`inspect.getsource`) to see whether it names PySide6,
in case the module asks for `from __feature__ import snake_case, true_property`. FocusApp
never does, yet the scan read about 200 source files before the first paint: 20–45 ms of a
launch (benchmarks/startup.py). The same cost, traced to the same hook, is reported upstream
in napari/napari#8584. Without the scan, each new module is taken as one that does not use
`__feature__`, which is true of all of ours and of the libraries we load.
"""

from __future__ import annotations

import sys
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"


def skip_feature_scan() -> bool:
    """Stop PySide6 reading each imported module's source; False when this PySide6 has no
    such scan (then nothing is changed)."""
    import PySide6.QtCore  # noqa: F401  (loads the feature module and installs its hook)

    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_no_feature  # type: ignore[attr-defined]
    return True


def _uses_no_feature(module: ModuleType) -> bool:
    return False
