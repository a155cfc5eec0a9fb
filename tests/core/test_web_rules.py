"""Pages blocked by host and path, the extension's rules, the host manifests (issue 14)."""

from __future__ import annotations

import re

import pytest

from focusapp.core.errors import ValidationError
from focusapp.core.models import Settings
from focusapp.core.settings_rules import settings_problems
from focusapp.core.web_rules import (
    CHROMIUM_EXTENSION_ID,
    FIREFOX_EXTENSION_ID,
    HOST_NAME,
    PAGE_PRESETS,
    dnr_rules,
    host_manifest,
    launcher_script,
    page_from_user,
    target_of,
    web_rules,
)

FEED_RULES = web_rules(("youtube.com",), PAGE_PRESETS["linkedin_feed"])


@pytest.mark.parametrize(("typed", "stored"), [
    ("linkedin.com/feed", "linkedin.com/feed"),
    ("https://www.LinkedIn.com/feed/?trk=nav#top", "www.linkedin.com/feed"),
    ("  linkedin.com//feed//  ", "linkedin.com/feed"),
    ("reddit.com/r/Sales/", "reddit.com/r/sales"),
])
def test_a_typed_page_is_kept_in_one_form(typed, stored):
    assert page_from_user(typed) == stored


@pytest.mark.parametrize(("typed", "code"), [
    ("linkedin.com", "page.no_path"),
    ("https://linkedin.com/?x=1", "page.no_path"),
    ("linkedin.com/feed dog", "page.path"),
    ("ftp://linkedin.com/feed", "domain.url"),
    ("127.0.0.1/feed", "domain.ip"),
])
def test_what_is_no_page_is_refused_with_its_reason(typed, code):
    with pytest.raises(ValidationError) as refused:
        page_from_user(typed)
    assert refused.value.code == code


def test_the_feed_preset_blocks_the_feed_and_leaves_sales_navigator_open():
    assert target_of("https://www.linkedin.com/feed/", FEED_RULES) == "linkedin.com/feed"
    assert target_of("https://linkedin.com/feed/update/urn:li:1", FEED_RULES) \
        == "linkedin.com/feed"
    assert target_of("https://www.linkedin.com/sales/home", FEED_RULES) is None
    assert target_of("https://www.linkedin.com/feedback", FEED_RULES) is None  # a segment
    assert target_of("https://notlinkedin.com/feed", FEED_RULES) is None
    assert target_of("https://m.youtube.com/watch?v=1", FEED_RULES) == "youtube.com"
    assert target_of("", FEED_RULES) is None
    assert target_of("chrome://newtab/", FEED_RULES) is None


def _regexes():
    return [re.compile(rule["condition"]["regexFilter"], re.IGNORECASE)
            for rule in dnr_rules(FEED_RULES) if rule["action"]["type"] == "redirect"]


@pytest.mark.parametrize(("url", "blocked"), [
    ("https://www.linkedin.com/feed/", True),
    ("https://www.linkedin.com/feed", True),
    ("https://www.linkedin.com/FEED?x", True),
    ("https://www.linkedin.com:443/feed/", True),
    ("https://www.linkedin.com/feedback", False),
    ("https://www.linkedin.com/sales/home", False),
    ("https://evil.com/?u=https://www.linkedin.com/feed", False),
    ("https://linkedin.com.evil.com/feed", False),
    ("https://youtube.com", True),
    ("https://www.youtube.com/watch?v=1", True),
    ("https://notyoutube.com/", False),
])
def test_the_browser_rules_block_what_the_app_counts(url, blocked):
    """The regular expressions the browsers run agree with `target_of`."""
    assert any(regex.search(url) for regex in _regexes()) is blocked
    assert (target_of(url, FEED_RULES) is not None) is blocked


def test_each_rule_sends_the_page_to_the_blocked_page_and_blocks_its_frames():
    rules = dnr_rules(FEED_RULES)
    assert len({rule["id"] for rule in rules}) == len(rules) == 4
    main = [r for r in rules if r["condition"]["resourceTypes"] == ["main_frame"]]
    assert all(r["action"] == {"type": "redirect", "redirect": {"extensionPath":
                                                                "/blocked.html"}}
               for r in main)
    assert all(r["action"] == {"type": "block"} for r in rules if r not in main)


def test_the_manifests_name_our_extension_in_each_browsers_way():
    chromium = host_manifest("/home/ana/.local/share/focusapp/host", firefox=False)
    firefox = host_manifest("/home/ana/.local/share/focusapp/host", firefox=True)
    assert chromium["name"] == firefox["name"] == HOST_NAME
    assert chromium["type"] == "stdio" and chromium["path"].endswith("/host")
    assert chromium["allowed_origins"] == [f"chrome-extension://{CHROMIUM_EXTENSION_ID}/"]
    assert firefox["allowed_extensions"] == [FIREFOX_EXTENSION_ID]
    assert "allowed_origins" not in firefox and "allowed_extensions" not in chromium


def test_the_launcher_quotes_its_paths():
    script = launcher_script(("/opt/it's here/python", "-m", "focusapp.services.browser_host"),
                             "/tmp/focusapp-1-ab-web")
    assert script.startswith("#!/bin/sh\n")
    assert "exec '/opt/it'\\''s here/python' '-m' 'focusapp.services.browser_host' " \
           "--socket '/tmp/focusapp-1-ab-web' \"$@\"" in script


def test_a_bundle_runs_its_own_host_program_a_checkout_the_module():
    from focusapp.services.browser_install import host_command

    assert host_command("/opt/FocusApp/focusapp", frozen=True) == (
        "/opt/FocusApp/focusapp-browser-host",)
    assert host_command("/venv/bin/python", frozen=False) == (
        "/venv/bin/python", "-m", "focusapp.services.browser_host")


def test_a_settings_file_cannot_bring_a_page_the_window_would_refuse():
    codes = [(p.code, p.params.get("name")) for p in settings_problems(
        Settings(blocked_pages=("linkedin.com/feed", "https://x.com/home/", "youtube.com")))]
    assert codes == [("page.form", "blocked_pages"), ("page.no_path", "blocked_pages")]
