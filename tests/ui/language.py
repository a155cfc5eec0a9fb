"""The app's own catalogues in tests: `speaking(qapp, "fr")` installs one as the app does."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale

from focusapp.ui.i18n import install_translator


@contextmanager
def speaking(qapp, language: str) -> Iterator[None]:
    """The app's own catalogue for `language` (as the app installs it), English again after;
    the default QLocale (which installing a catalogue sets) is put back too."""
    before = QLocale()
    translator = install_translator(qapp, language)
    assert translator is not None, f"no {language} catalogue: run `make translations`"
    try:
        yield
    finally:
        qapp.removeTranslator(translator)
        install_translator(qapp, "en")
        QLocale.setDefault(before)
