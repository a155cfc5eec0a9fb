"""Text helpers with no UI: what a typed line keeps, and placeholders filled in one pass."""

from __future__ import annotations

import re
import unicodedata

_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """Qt-style `%1`…`%9` placeholders replaced in one pass.

    Chained `str.replace` calls re-scan what an earlier value put in: an activity named
    "Calls %2" would take the next value's place. Here a value is never read again, and a
    placeholder with no value is left as it is.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


# Joiners shape emoji and some scripts (Persian, Indic) between visible letters: kept there.
_JOINERS = "\u200c\u200d"


def one_line(text: str | None) -> str:
    """A typed line as it is kept: control and invisible format characters (zero-width
    spaces, text-direction marks, byte-order marks, soft hyphens) removed, white space
    collapsed to single spaces. Text that is empty once they are gone is empty: an
    invisible One Thing, a name made of zero-width spaces, cannot be saved."""
    text = text or ""
    # Printable text has no control or format character (nor any other white space than
    # the space): nothing to remove, and no walk over it character by character (an import
    # checks every One Thing of the history).
    kept = text if text.isprintable() else "".join(
        ch for ch in text if ch in _JOINERS or unicodedata.category(ch) not in ("Cc", "Cf")
        or ch.isspace())
    clean = " ".join(kept.split())
    return clean if clean.strip(_JOINERS) else ""
