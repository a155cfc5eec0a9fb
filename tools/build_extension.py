"""Build the browser extension for the stores: `make extension`.

One source (`browser/`), two packages in build/extension/: `chromium/` and `chromium.zip`
(a service worker, the `key` that pins its id) and `firefox/` and `firefox.zip` (background
scripts and the gecko id; Firefox refuses a `key`). Checks that the key gives the id the app
writes in the native-messaging host manifests (focusapp/core/web_rules.py).
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import sys
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from focusapp.core.web_rules import CHROMIUM_EXTENSION_ID, FIREFOX_EXTENSION_ID  # noqa: E402

SOURCE = ROOT / "browser"
FILES = ("background.js", "blocked.html", "blocked.js", "blocked.css")


def chromium_id(key: str) -> str:
    """Chromium's id of an extension: the first 128 bits of the SHA-256 of its public key,
    each hex digit written a to p."""
    digest = hashlib.sha256(base64.b64decode(key)).hexdigest()[:32]
    return "".join(chr(ord("a") + int(digit, 16)) for digit in digest)


def variant(manifest: dict[str, Any], firefox: bool) -> dict[str, Any]:
    built = json.loads(json.dumps(manifest))
    if firefox:
        del built["key"], built["minimum_chrome_version"]
        built["background"] = {"scripts": built["background"]["scripts"]}
    else:
        del built["browser_specific_settings"]
        built["background"] = {"service_worker": built["background"]["service_worker"]}
    return built


def build(out: Path) -> list[Path]:
    manifest = json.loads((SOURCE / "manifest.json").read_text(encoding="utf-8"))
    if chromium_id(manifest["key"]) != CHROMIUM_EXTENSION_ID:
        raise SystemExit("browser/manifest.json's key does not give CHROMIUM_EXTENSION_ID")
    if manifest["browser_specific_settings"]["gecko"]["id"] != FIREFOX_EXTENSION_ID:
        raise SystemExit("browser/manifest.json's gecko id is not FIREFOX_EXTENSION_ID")
    built = []
    for name, firefox in (("chromium", False), ("firefox", True)):
        folder = out / name
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        (folder / "manifest.json").write_text(
            json.dumps(variant(manifest, firefox), indent=2) + "\n", encoding="utf-8")
        for file in FILES:
            shutil.copy2(SOURCE / file, folder / file)
        archive = out / f"{name}.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as package:
            for file in sorted(folder.iterdir()):
                package.write(file, file.name)
        built += [folder, archive]
    return built


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "extension"
    for path in build(target):
        print(path)
