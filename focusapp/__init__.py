"""FocusApp: a tray app that helps a salesperson do the work that matters, with focus."""

import importlib.util
import sys
from types import ModuleType

__version__ = "0.1.0"
APP_NAME = "FocusApp"  # the data, cache and autostart entries' name
PROG = "focusapp"  # the command


def lazy_module(name: str) -> ModuleType:
    """`name`, run at its first attribute use rather than now (importlib's LazyLoader).

    The command line names the command protocol everywhere, yet a plain launch uses none of
    it: its thirty dataclasses cost 25 ms before the first paint (issue 15's import table)."""
    found = sys.modules.get(name)
    if found is not None:
        return found
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.loader is not None, name
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
