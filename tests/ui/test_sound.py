"""The end-of-block chime on a machine where nothing can play a sound."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

from focusapp.ui.sound import Chime, default_audio_output


def test_with_no_audio_device_the_chime_plays_nothing_and_warns_nothing(qtbot, qtlog):
    asked: list[None] = []

    def no_device() -> None:
        asked.append(None)

    chime = Chime(default_output=no_device)
    assert chime.play() is False
    assert chime.play() is False
    assert len(asked) == 2  # asked again at each chime: a headset plugged in later is used
    assert chime.findChildren(QObject) == []  # no sound was loaded for a device that isn't
    assert [record.message for record in qtlog.records] == []


def test_without_the_audio_libraries_there_is_no_output(monkeypatch):
    # What `import PySide6.QtMultimedia` does where libpulse/libasound are not installed.
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    assert default_audio_output() is None
