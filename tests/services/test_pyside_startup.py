"""The launch stops PySide6 from reading the source of every module imported after it."""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the scan, as at a launch)
import pytest

from focusapp.services import pyside_startup

FEATURE = sys.modules[pyside_startup.FEATURE_MODULE]
SCAN: Callable[[ModuleType], bool] = FEATURE._mod_uses_pyside  # PySide6's own, untouched


@pytest.fixture
def sources_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the modules whose source is read; PySide6's own scan in place."""
    monkeypatch.setattr(FEATURE, "_mod_uses_pyside", SCAN)
    read: list[str] = []
    real = inspect.getsource

    def getsource(obj: object) -> str:
        read.append(getattr(obj, "__name__", "?"))
        return real(obj)  # type: ignore[arg-type]

    monkeypatch.setattr(inspect, "getsource", getsource)
    return read


def import_new_module(folder: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    (folder / f"{name}.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(folder))
    monkeypatch.delitem(sys.modules, name, raising=False)
    __import__(name)


def test_pyside6_reads_the_source_of_each_module_imported_after_it(
        sources_read: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cost is real in this PySide6 (so the next test means something)."""
    import_new_module(tmp_path, monkeypatch, "focusapp_scan_probe_a")
    assert "focusapp_scan_probe_a" in sources_read


def test_after_the_launch_skipped_the_scan_no_source_is_read(
        sources_read: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert pyside_startup.skip_feature_scan() is True
    import_new_module(tmp_path, monkeypatch, "focusapp_scan_probe_b")
    assert sources_read == []
    assert FEATURE.pyside_feature_dict["focusapp_scan_probe_b"] == -1  # "uses no feature"


def test_a_pyside6_without_the_scan_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, pyside_startup.FEATURE_MODULE)
    assert pyside_startup.skip_feature_scan() is False


def test_the_launch_skips_the_scan_before_it_imports_the_app(
        sources_read: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from focusapp import __main__, cli

    monkeypatch.setattr(cli, "main", lambda argv: 0 if FEATURE._mod_uses_pyside is not SCAN
                        else 1)
    assert __main__.main(["--version"]) == 0
