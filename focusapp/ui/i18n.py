"""Loads the compiled translations that live inside the package (built by `make setup`),
found the same way from a checkout, a wheel or a bundle (`paths.package_file`).
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from focusapp.ui.paths import package_file

SUPPORTED = ("en", "fr")
_LOADED: list[bytes] = []
_QT_TRANSLATORS: list[QTranslator] = []


def pick_language(setting: str, system: QLocale | None = None) -> str:
    """The setting if one is chosen, else the system language when supported, else English."""
    if setting in SUPPORTED:
        return setting
    name = (system or QLocale.system()).name().split("_")[0]
    return name if name in SUPPORTED else "en"


def install_qt_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Qt's own strings (Cancel, Apply, Yes, No in standard dialogs), shipped with PySide6."""
    if language == "en":  # Qt's own strings are English: nothing to load (issue 15)
        return None
    from PySide6.QtCore import QLibraryInfo

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if not translator.load(f"qtbase_{language}", folder):
        return None
    app.installTranslator(translator)
    _QT_TRANSLATORS.append(translator)
    return translator


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install the translator for `language`; returns it (keep a reference) or None."""
    QLocale.setDefault(QLocale(language))
    for old in _QT_TRANSLATORS:
        # One installed on the command line's short-lived application died with it.
        if shiboken6.isValid(old):
            app.removeTranslator(old)
    _QT_TRANSLATORS.clear()
    install_qt_translator(app, language)
    # English is loaded too: the source strings are English, but plural forms ("%n day(s)")
    # come from the English catalogue.
    qm = package_file("i18n", f"focusapp_{language}.qm")
    if not qm.is_file():
        return None
    translator = QTranslator(app)
    data = qm.read_bytes()
    if not translator.load(data):
        return None
    # QTranslator keeps pointing into the buffer it was given: keep the bytes alive with it.
    translator.setProperty("focusapp_qm_size", len(data))
    _LOADED.append(data)
    app.installTranslator(translator)
    return translator


def command_line_language(data_dir: Path, system: QLocale | None = None) -> str:
    """The language the command line speaks: the one chosen in `data_dir`'s settings, else
    the system's (LANG) when FocusApp speaks it, else English."""
    from focusapp.store.peek import peek_language

    return pick_language(peek_language(data_dir), system)
