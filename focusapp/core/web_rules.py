"""Web pages a focus block blocks by host *and* path, for the browser extension (issue 14).

The hosts file can only block a whole name: LinkedIn's feed cannot go while Sales Navigator
stays open. The extension (`browser/`) blocks with the browser's declarativeNetRequest
rules, which see the whole URL and whatever DNS the browser uses. This module is the pure
half of it:

- a page entry ("linkedin.com/feed") from what the user typed, in canonical form;
- the rules the extension installs: the blocked sites (whole hosts) and pages (a host and a
  path prefix, on a path-segment boundary: "/feed" blocks "/feed/" and "/feed/update/…",
  never "/feedback"), each host with its subdomains;
- which of those rules a visited URL falls under (the exact web time of a block);
- the native-messaging host manifests the browsers read.

Pure: no Qt, no I/O, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any
from urllib.parse import unquote, urlsplit

from focusapp.core.domains import canonical_domain, domain_from_user
from focusapp.core.errors import ValidationError

HOST_NAME = "com.focusapp.browser"  # the native-messaging host's name, in every browser
# The extension's ids: Chromium's follows from the public `key` of browser/manifest.json
# (tools/build_extension.py checks it), Firefox's is the manifest's gecko id.
CHROMIUM_EXTENSION_ID = "gmmcfndankgmeidamfmibdlcnenhiofh"
FIREFOX_EXTENSION_ID = "focusapp@focusapp.example"
MAX_PATH_CHARS = 200
BLOCKED_PAGE = "/blocked.html"  # the extension's page shown instead of a blocked one

PAGE_PRESETS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    # The feed, not LinkedIn: Sales Navigator, messages and profiles are a salesperson's work.
    "linkedin_feed": ("linkedin.com/feed",),
})

_PATH_CHARS = re.compile(r"/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*")


@dataclass(frozen=True)
class WebRule:
    """A blocked site (`path` empty: the whole host) or page (a path prefix)."""

    host: str
    path: str = ""

    @property
    def target(self) -> str:
        """How the rule is shown and counted: "youtube.com", "linkedin.com/feed"."""
        return self.host + self.path

    def matches(self, host: str, path: str) -> bool:
        host = host.lower().rstrip(".")
        if host != self.host and not host.endswith("." + self.host):
            return False
        path = _clean_path(path)
        return not self.path or path == self.path or path.startswith(self.path + "/")


def _clean_path(path: str) -> str:
    """The path as compared: decoded, lower case, without its trailing slashes."""
    return unquote(path).lower().rstrip("/")


def page_from_user(text: str) -> str:
    """A page entry as typed ("https://www.LinkedIn.com/feed/?x") in canonical form
    ("www.linkedin.com/feed"): the host as `domain_from_user` takes it, then the path
    without its query, fragment and trailing slash. A page needs a path: a whole site
    goes in the blocked sites."""
    raw = text.strip()
    rest = re.sub(r"^[a-z][a-z0-9+.-]*://", "", raw, flags=re.IGNORECASE)
    cut = rest.find("/")
    if cut < 0 or not _clean_path(re.split(r"[?#]", rest[cut:])[0]):
        raise ValidationError("page.no_path", f"{text!r} names no page: add its path, as in "
                              "linkedin.com/feed.", value=raw[:80])
    host = domain_from_user(raw[: len(raw) - len(rest) + cut])
    return host + _page_path(re.split(r"[?#]", rest[cut:])[0], raw)


def _page_path(path: str, shown: str) -> str:
    clean = "/" + "/".join(part for part in _clean_path(path).split("/") if part)
    if len(clean) > MAX_PATH_CHARS or not _PATH_CHARS.fullmatch(clean):
        raise ValidationError("page.path", f"{shown!r}: the path is not one a browser sends.",
                              value=shown[:80])
    return clean


def check_page(entry: str) -> None:
    """A stored page entry is canonical (what `page_from_user` would have stored)."""
    if not isinstance(entry, str) or page_from_user(entry) != entry or entry != entry.strip():
        raise ValidationError("page.form", f"{entry!r} is not a page as the window stores it.",
                              value=str(entry)[:80])
    canonical_domain(entry.split("/", 1)[0])


def web_rules(domains: Iterable[str], pages: Iterable[str]) -> tuple[WebRule, ...]:
    """The rules of a block: each blocked site, then each page (as stored: canonical)."""
    rules = [WebRule(domain) for domain in domains]
    for page in pages:
        host, _, path = page.partition("/")
        rules.append(WebRule(host, "/" + path))
    return tuple(rules)


def target_of(url: str, rules: Sequence[WebRule]) -> str | None:
    """The rule a visited URL falls under ("linkedin.com/feed"), None for any other page
    (and for what is not a web page: the new-tab page, the browser's settings)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    for rule in rules:
        if rule.matches(parts.hostname, parts.path):
            return rule.target
    return None


# ---- the extension's rules ------------------------------------------------------------------


def _host_pattern(host: str) -> str:
    return r"^https?://([^/?#]*\.)?" + re.escape(host) + r"(:[0-9]+)?"


def dnr_rules(rules: Sequence[WebRule]) -> list[dict[str, Any]]:
    """declarativeNetRequest rules, Chromium's and Firefox's alike: a page of a rule is sent
    to the extension's blocked page (the server never sees the request), its frames inside
    other pages are blocked. One regular expression per rule: paths need one, and one form
    keeps both browsers on the same, tested, conversion."""
    converted = []
    for number, rule in enumerate(rules):
        pattern = _host_pattern(rule.host)
        if rule.path:
            pattern += re.escape(rule.path) + "([/?#]|$)"
        else:
            pattern += "([/?#]|$)"
        condition = {"regexFilter": pattern, "isUrlFilterCaseSensitive": False}
        converted.append({
            "id": 2 * number + 1, "priority": 1,
            "action": {"type": "redirect", "redirect": {"extensionPath": BLOCKED_PAGE}},
            "condition": {**condition, "resourceTypes": ["main_frame"]},
        })
        converted.append({
            "id": 2 * number + 2, "priority": 1, "action": {"type": "block"},
            "condition": {**condition, "resourceTypes": ["sub_frame"]},
        })
    return converted


# ---- the native-messaging host manifests ----------------------------------------------------


def host_manifest(launcher: str, firefox: bool) -> dict[str, Any]:
    """What a browser reads to start our native-messaging host: `launcher` is the absolute
    path of the program; Chromium names the extensions allowed by origin, Firefox by id."""
    manifest: dict[str, Any] = {
        "name": HOST_NAME,
        "description": "FocusApp: focus blocks and their blocked pages",
        "path": launcher,
        "type": "stdio",
    }
    if firefox:
        manifest["allowed_extensions"] = [FIREFOX_EXTENSION_ID]
    else:
        manifest["allowed_origins"] = [f"chrome-extension://{CHROMIUM_EXTENSION_ID}/"]
    return manifest


# Where each browser looks for native-messaging host manifests on Linux, under the home
# folder, and the folder whose presence says the browser is used here.
BROWSERS: Mapping[str, tuple[str, str]] = MappingProxyType({
    "chromium": (".config/chromium", ".config/chromium/NativeMessagingHosts"),
    "chrome": (".config/google-chrome", ".config/google-chrome/NativeMessagingHosts"),
    "edge": (".config/microsoft-edge", ".config/microsoft-edge/NativeMessagingHosts"),
    "brave": (".config/BraveSoftware/Brave-Browser",
              ".config/BraveSoftware/Brave-Browser/NativeMessagingHosts"),
    "firefox": (".mozilla", ".mozilla/native-messaging-hosts"),
})
FIREFOX_BROWSERS = frozenset({"firefox"})


def launcher_script(command: Sequence[str], socket_path: str) -> str:
    """The program the manifests name: runs the host (`command`: the bundle's own program,
    or an interpreter with `-m focusapp.services.browser_host`) for the app's socket. A
    manifest cannot pass arguments, hence a script."""
    return ("#!/bin/sh\n# Written by FocusApp (Settings > Blocking): the browser extension's "
            "native-messaging host.\n"
            f"exec {' '.join(_quoted(part) for part in command)} "
            f"--socket {_quoted(socket_path)} \"$@\"\n")


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"
