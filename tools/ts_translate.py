"""Set one translation in a lupdate .ts file, keeping its format.

    python tools/ts_translate.py FILE.ts CONTEXT "source text" "translation" ["plural form"]

For a numerus message give the singular and the plural. Used when a few new strings
appear; `make i18n-check` says which.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape as _escape


def escape(text: str) -> str:
    """The way lupdate writes text: XML entities plus &apos; &quot; and &#xa0;."""
    return (_escape(text, {"'": "&apos;", '"': "&quot;"})
            .replace("\u00a0", "&#xa0;"))


def set_translation(ts: Path, context: str, source: str, forms: list[str]) -> None:
    text = ts.read_text(encoding="utf-8")
    ctx = re.search(rf"<context>\s*<name>{re.escape(escape(context))}</name>.*?</context>",
                    text, re.S)
    if ctx is None:
        raise SystemExit(f"no context {context!r} in {ts}")
    body = ctx.group(0)
    src = f"<source>{escape(source)}</source>"
    message = re.search(rf"<message[^>]*>\s*{re.escape(src)}.*?</message>", body, re.S)
    if message is None:
        raise SystemExit(f"no message {source!r} in context {context!r}")
    old = message.group(0)
    indent = "        "
    if len(forms) == 1:
        translation = f"<translation>{escape(forms[0])}</translation>"
    else:
        inner = "".join(f"\n{indent}    <numerusform>{escape(f)}</numerusform>" for f in forms)
        translation = f"<translation>{inner}\n{indent}</translation>"
    new = re.sub(r"<translation.*?(</translation>|/>)", lambda _: translation, old, count=1,
                 flags=re.S)
    ts.write_text(text.replace(body, body.replace(old, new)), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) < 5:
        raise SystemExit(__doc__)
    set_translation(Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:])
