"""The end-of-block chime, loaded on first use (QtMultimedia is not needed for first paint)."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QObject, QUrl


class Chime(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effect: object | None = None

    def play(self) -> bool:
        """Play the chime; False where no audio output exists (the notification still shows)."""
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            return False
        if self._effect is None:
            effect = QSoundEffect(self)
            path = resources.files("focusapp") / "assets" / "chime.wav"
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.6)
            self._effect = effect
        assert isinstance(self._effect, QSoundEffect)
        self._effect.play()
        return True
