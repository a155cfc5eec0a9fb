"""Text helpers with no UI: placeholders filled in one pass."""

from __future__ import annotations

import re

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
