"""A French user's app starts: the command line's short-lived application installed Qt's
own French catalogue and took it along when it went (found while taking the browser
extension's French screenshots, issue 14)."""

from __future__ import annotations

import shiboken6

from focusapp.ui import i18n
from tests.ui.language import speaking


def test_a_catalogue_that_died_with_its_application_is_skipped(qapp):
    with speaking(qapp, "fr"):
        assert i18n._QT_TRANSLATORS, "Qt's French catalogue ships with PySide6"
        for translator in i18n._QT_TRANSLATORS:
            shiboken6.delete(translator)  # as when its QCoreApplication is destroyed
        again = i18n.install_translator(qapp, "fr")
        assert again is not None
        qapp.removeTranslator(again)  # `speaking` puts English back for the tests after
