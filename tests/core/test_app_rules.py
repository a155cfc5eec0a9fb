"""Blocked apps: entries, exact matching, refusals (SPEC §6)."""

from __future__ import annotations

import pytest

from focusapp.core import app_rules as ar
from focusapp.core.errors import ValidationError


def test_app_entries_parse_and_print() -> None:
    assert ar.parse_app_entry("steam") == ar.AppRule("steam", ar.AppAction.WARN)
    assert ar.parse_app_entry("close:steam") == ar.AppRule("steam", ar.AppAction.CLOSE)
    assert ar.parse_app_entry("minimize:/usr/bin/slack").is_path
    assert ar.parse_app_entry("kill:/opt/game/run").action is ar.AppAction.KILL
    windows = ar.parse_app_entry(r"C:\Games\game.exe")
    assert windows.target == r"C:\Games\game.exe" and windows.action is ar.AppAction.WARN
    assert windows.is_path
    for entry in ("steam", "close:steam", "suspend:/opt/x", r"C:\x.exe"):
        assert ar.parse_app_entry(entry).to_entry() == entry
    assert ar.AppAction.SUSPEND.forceful and ar.AppAction.KILL.forceful
    assert not any(a.forceful for a in (ar.AppAction.WARN, ar.AppAction.MINIMIZE,
                                        ar.AppAction.CLOSE))


def test_app_rule_matches_exactly_never_a_substring() -> None:
    steam = ar.AppRule("steam")
    assert steam.matches("steam")
    assert steam.matches("whatever", "/usr/games/steam")
    assert not steam.matches("steamwebhelper", "/usr/lib/steam/steamwebhelper")
    assert not steam.matches("Steam")
    assert steam.matches("Steam", case_sensitive=False)
    path = ar.AppRule("/usr/bin/slack")
    assert path.matches("slack", "/usr/bin/slack")
    assert not path.matches("slack", "/opt/slack/slack")
    assert not path.matches("slack", None)
    win = ar.AppRule(r"C:\Games\Game.exe")
    assert win.matches("game.exe", r"c:\games\game.exe", case_sensitive=False)


@pytest.mark.parametrize(
    ("entry", "code"),
    [("", "app.empty"), (" steam", "app.whitespace"), ("steam\n", "app.whitespace"),
     ("st\x00eam", "app.control"), ("st\u200beam", "app.control"),
     ("bin/steam", "app.relative_path"), ("close:", "app.empty"), ("x" * 5000, "app.too_long")],
)
def test_invalid_app_entries(entry: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        ar.parse_app_entry(entry)
    assert info.value.code == code
