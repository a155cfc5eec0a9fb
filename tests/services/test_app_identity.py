"""The Windows AppUserModelID, set through a fake shell32 that refuses undeclared calls."""

from __future__ import annotations

import pytest

from focusapp.services.app_identity import APP_USER_MODEL_ID, set_app_user_model_id
from tests.fake_win32 import FakeDll

E_INVALIDARG = 0x80070057  # as Windows returns it: an unsigned 32-bit HRESULT


def shell32_answering(result: int, seen: list[str]) -> FakeDll:
    shell32 = FakeDll("shell32", use_last_error=True)

    def set_id(app_id: str) -> int:
        seen.append(app_id)
        return result

    shell32.define("SetCurrentProcessExplicitAppUserModelID", set_id)
    return shell32


def test_windows_names_the_process_focusapp() -> None:
    seen: list[str] = []
    assert set_app_user_model_id("win32", lambda: shell32_answering(0, seen))
    assert seen == ["FocusApp.FocusApp"]
    assert " " not in APP_USER_MODEL_ID and len(APP_USER_MODEL_ID) <= 128


def test_a_refused_id_is_logged_and_the_app_starts(caplog: pytest.LogCaptureFixture) -> None:
    assert not set_app_user_model_id("win32", lambda: shell32_answering(E_INVALIDARG, []))
    assert "0x80070057" in caplog.text  # the HRESULT came back negative through c_long


def test_no_shell32_is_logged_and_the_app_starts(caplog: pytest.LogCaptureFixture) -> None:
    def missing() -> FakeDll:
        raise OSError("shell32.dll not found")

    assert not set_app_user_model_id("win32", missing)
    assert "shell32.dll not found" in caplog.text


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_other_systems_are_left_alone(platform: str) -> None:
    def never() -> FakeDll:
        raise AssertionError("shell32 loaded off Windows")

    assert not set_app_user_model_id(platform, never)
