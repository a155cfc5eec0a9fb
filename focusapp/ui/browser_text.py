"""The words of the browser extension's blocked page, in the user's language: the app sends
them with a block's rules (flows/browser.py), so the page speaks as the app does."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def blocked_page_words(strict: bool) -> dict[str, str]:
    """The page's words; "%1" in `time_left` is the time left (minutes:seconds)."""
    translate = QCoreApplication.translate
    if strict:
        how = translate("BlockedPage", "A strict block: this page opens again when it ends.")
    else:
        how = translate("BlockedPage", "This page opens again when the block ends, or when you "
                        "stop the block in FocusApp.")
    return {
        "title": translate("BlockedPage", "Blocked during your focus block"),
        "one_thing_label": translate("BlockedPage", "Your One Thing today"),
        "time_left": translate("BlockedPage", "%1 left"),
        "how": how,
        "over": translate("BlockedPage", "The focus block is over: you can open this page "
                          "again."),
    }
