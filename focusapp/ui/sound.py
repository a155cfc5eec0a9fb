"""The end-of-block chime, loaded on first use (QtMultimedia is not needed for first paint)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from focusapp.ui.paths import package_file

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioDevice, QSoundEffect


def default_audio_output() -> QAudioDevice | None:
    """The system's default audio output, or None where nothing can play a sound.

    None when QtMultimedia cannot load (no libpulse/libasound on the machine) or when it loads
    but finds no device (no sound server running, as on a headless machine).
    """
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return None
    device = QMediaDevices.defaultAudioOutput()
    return None if device.isNull() else device


class Chime(QObject):
    """Plays the chime on the current default output; silently nothing where there is none.

    `default_output` is where the device comes from (tests give a fake list's answer).
    """

    def __init__(
        self,
        parent: QObject | None = None,
        default_output: Callable[[], QAudioDevice | None] = default_audio_output,
    ) -> None:
        super().__init__(parent)
        self._default_output = default_output
        self._effect: QSoundEffect | None = None

    def play(self) -> bool:
        """Play the chime; False where no audio device can (the notification still shows)."""
        device = self._default_output()
        if device is None:
            # Loading a sound for a null device makes Qt warn that the format is unsupported.
            return False
        effect = self._effect_for(device)
        if effect.status() == effect.Status.Error:
            return False
        effect.play()
        return True

    def _effect_for(self, device: QAudioDevice) -> QSoundEffect:
        """The loaded chime for `device`; a new one when the default output changed."""
        from PySide6.QtCore import QUrl  # here, with QtMultimedia: not before the first paint
        from PySide6.QtMultimedia import QSoundEffect

        if self._effect is not None and self._effect.audioDevice() == device:
            return self._effect
        if self._effect is not None:
            self._effect.deleteLater()
        effect = QSoundEffect(device, self)
        path = package_file("assets", "chime.wav")
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.setVolume(0.6)
        self._effect = effect
        return effect
