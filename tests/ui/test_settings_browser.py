"""Settings → Blocking, for the browser extension (issue 14): the blocked pages with the
LinkedIn feed preset, and "Install in my browsers" / "Remove" writing the real manifests in
a home folder of the test's own."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from focusapp.core.roles import RoleId, default_role_configs
from focusapp.core.web_rules import CHROMIUM_EXTENSION_ID, FIREFOX_EXTENSION_ID
from focusapp.services import browser_install
from focusapp.services.daily import DailyLoop
from focusapp.store.database import Store
from focusapp.ui.browser_setup import BrowserSetup
from focusapp.ui.settings import SettingsProvider, SettingsWindow

OK = Qt.MouseButton.LeftButton


@pytest.fixture
def store(data_dir, clock):
    store, _ = Store.open(data_dir, now=clock.now)
    store.roles.save(default_role_configs(frozenset({RoleId.FIELD_SALES})))
    yield store
    store.close()


@pytest.fixture
def home(tmp_path):
    (tmp_path / "home" / ".config" / "chromium").mkdir(parents=True)
    (tmp_path / "home" / ".mozilla").mkdir()
    return tmp_path / "home"


def open_window(qtbot, store, clock, setup: BrowserSetup | None = None) -> SettingsWindow:
    loop = DailyLoop(clock, store)
    window = SettingsWindow(SettingsProvider.from_loop(loop, store, browsers=setup))
    qtbot.addWidget(window)
    window.show()
    return window


def real_setup(home, launcher, connected=lambda: False) -> BrowserSetup:
    every = browser_install.all_browsers(home)
    return BrowserSetup(
        connected=connected,
        found=lambda: list(browser_install.found_browsers(home)),
        installed=lambda: browser_install.installed(every),
        install=lambda: browser_install.install(browser_install.found_browsers(home),
                                                launcher, "/tmp/focusapp-test-web"),
        remove=lambda: browser_install.remove(every))


def test_the_feed_preset_and_a_typed_page_are_saved_and_a_bare_site_is_refused(
        qtbot, store, clock, english):
    window = open_window(qtbot, store, clock)
    pages = window.editors["blocked_pages"]
    qtbot.mouseClick(pages.preset_buttons["linkedin_feed"], OK)
    qtbot.keyClicks(pages.entry, "linkedin.com")
    qtbot.mouseClick(pages.add, OK)
    assert "names no page: add its path" in pages.error.text()
    pages.entry.clear()
    qtbot.keyClicks(pages.entry, "https://www.reddit.com/r/All/?sort=new")
    qtbot.keyClick(pages.entry, Qt.Key.Key_Return)
    qtbot.mouseClick(window.ok_button, OK)
    assert store.settings.get().blocked_pages == ("linkedin.com/feed", "www.reddit.com/r/all")


def test_install_writes_each_browsers_manifest_and_remove_takes_them_away(
        qtbot, store, clock, home, tmp_path, english):
    launcher = tmp_path / "data" / "browser" / "focusapp-browser-host"
    window = open_window(qtbot, store, clock, real_setup(home, launcher))
    box = window.browser_box
    assert box.state.text().startswith("Not installed")
    assert not box.remove.isEnabled()

    qtbot.mouseClick(box.install, OK)
    assert box.outcome.text() == "Installed for: Chromium, Firefox."
    chromium = json.loads((home / ".config/chromium/NativeMessagingHosts"
                           / "com.focusapp.browser.json").read_text())
    firefox = json.loads((home / ".mozilla/native-messaging-hosts"
                          / "com.focusapp.browser.json").read_text())
    assert chromium["allowed_origins"] == [f"chrome-extension://{CHROMIUM_EXTENSION_ID}/"]
    assert firefox["allowed_extensions"] == [FIREFOX_EXTENSION_ID]
    assert chromium["path"] == firefox["path"] == str(launcher)
    assert launcher.stat().st_mode & 0o111  # the browsers run it
    assert not (home / ".config/google-chrome").exists()  # a browser not used here
    assert box.state.text().startswith("Not connected. Installed for: Chromium, Firefox.")

    qtbot.mouseClick(box.remove, OK)
    assert box.outcome.text() == "Removed from: Chromium, Firefox."
    assert not list(home.rglob("com.focusapp.browser.json"))
    assert box.state.text().startswith("Not installed")


def test_the_box_says_when_a_browser_is_connected(qtbot, store, clock, home, tmp_path,
                                                   english):
    link = {"up": False}
    window = open_window(qtbot, store, clock,
                         real_setup(home, tmp_path / "launcher", lambda: link["up"]))
    tabs = window.tabs
    tabs.setCurrentIndex([tabs.tabText(i) for i in range(tabs.count())].index("Blocking"))
    assert window.browser_box.state.text().startswith("Not installed")
    link["up"] = True  # a browser connects while the tab is shown
    qtbot.waitUntil(lambda: window.browser_box.state.text().startswith("Connected"))


def test_with_no_browser_install_says_so_and_writes_nothing(qtbot, store, clock, tmp_path,
                                                            english):
    empty = tmp_path / "empty"
    window = open_window(qtbot, store, clock, real_setup(empty, tmp_path / "launcher"))
    qtbot.mouseClick(window.browser_box.install, OK)
    assert "No Chromium, Chrome, Edge, Brave or Firefox profile" in \
        window.browser_box.outcome.text()
    assert not (tmp_path / "launcher").exists()
