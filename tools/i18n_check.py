"""Fail when the .ts files are out of step with the code, or French is left untranslated.

    python tools/i18n_check.py EN.ts FR.ts -- SOURCES...

Re-extracts the strings into temporary copies with pyside6-lupdate and compares the messages
(context, source, disambiguation) with those in the committed files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

Key = tuple[str, str, str]


def messages(ts: Path) -> dict[Key, ET.Element]:
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def untranslated(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return True
    forms = translation.findall("numerusform")
    if message.get("numerus") == "yes":
        return not forms or any(not (f.text or "").strip() for f in forms)
    return not (translation.text or "").strip()


def main(argv: list[str]) -> int:
    split = argv.index("--")
    ts_files, sources = [Path(p) for p in argv[:split]], argv[split + 1 :]
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files:
            if not ts.exists():
                problems.append(f"{ts} is missing: run `make i18n-update`.")
                continue
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            subprocess.run([str(lupdate), "-no-obsolete", "-locations", "none", *sources,
                            "-ts", str(copy)], check=True, capture_output=True)
            before, after = messages(ts), messages(copy)
            for key in sorted(set(after) - set(before)):
                problems.append(f"{ts.name}: new string not extracted yet: {key[0]}: {key[1]!r}")
            for key in sorted(set(before) - set(after)):
                problems.append(f"{ts.name}: string no longer in the code: {key[0]}: {key[1]!r}")
            must_translate = ts.name.endswith("_fr.ts")
            for key, message in before.items():
                needs = must_translate or message.get("numerus") == "yes"
                if needs and untranslated(message):
                    problems.append(f"{ts.name}: not translated: {key[0]}: {key[1]!r}")
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} translation problem(s): run `make i18n-update`, then translate.")
        return 1
    print("translations up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
