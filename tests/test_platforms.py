"""The Windows and macOS CI jobs leave out exactly the Linux-only tests (tests/platforms.py)."""

from __future__ import annotations

import pytest

from tests import platforms


def test_every_linux_only_entry_names_a_test_file_or_folder() -> None:
    """A renamed file would silently run (and fail) on the Windows and macOS jobs."""
    for name in platforms.LINUX_ONLY:
        assert (platforms.ROOT / name).exists(), name


def test_off_linux_the_linux_only_files_are_not_collected(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platforms, "ON_LINUX", False)
    root = platforms.ROOT
    assert platforms.pytest_ignore_collect(root / "e2e" / "test_counting.py")
    assert platforms.pytest_ignore_collect(root / "services" / "test_hosts_helper.py")
    assert platforms.pytest_ignore_collect(root / "services" / "test_autostart.py") is None
    assert platforms.pytest_ignore_collect(root / "services" / "test_win32_prototypes.py") is None
    assert any("unshare" in line for line in platforms.pytest_report_header())


def test_on_linux_everything_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platforms, "ON_LINUX", True)
    assert platforms.pytest_ignore_collect(platforms.ROOT / "e2e" / "test_counting.py") is None
    assert platforms.pytest_report_header() == []


@pytest.mark.linux_only(reason="shows the marker's skip off Linux")
def test_the_marker_is_registered(request: pytest.FixtureRequest) -> None:
    """--strict-markers refuses an unregistered marker: this test's collection proves it."""
    mark = request.node.get_closest_marker("linux_only")
    assert mark is not None and mark.kwargs["reason"]
