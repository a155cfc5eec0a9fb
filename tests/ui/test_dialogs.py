"""The dialogs of the daily loop, driven with real clicks and keys."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from focusapp.core.models import Day, OneThingStatus, Settings
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.services.data_files import display_name
from focusapp.services.timer import TimerState
from focusapp.ui.dialogs.block_end import BlockEndDialog, StrictStopDialog
from focusapp.ui.dialogs.one_thing import EveningCheckDialog, OneThingDialog
from focusapp.ui.dialogs.start_block import StartBlockDialog
from focusapp.ui.icons import draw_state_pixmap
from focusapp.ui.wizard import FirstRunWizard
from tests.core.factories import block
from tests.ui.language import speaking

ROLES = default_role_configs(frozenset({RoleId.OUTBOUND_PROSPECTOR, RoleId.FIELD_SALES}))


def test_start_dialog_presets_role_activity_energy_strict(qtbot):
    dialog = StartBlockDialog(ROLES, (25, 50, 90), role="field_sales")
    qtbot.addWidget(dialog)
    assert dialog.role.count() == 2  # only the roles the user holds
    qtbot.mouseClick(dialog.preset_buttons[1], Qt.MouseButton.LeftButton)
    assert dialog.minutes.value() == 50 and dialog.preset_buttons[1].isChecked()
    assert not dialog.preset_buttons[0].isChecked()
    qtbot.mouseClick(dialog.energy_group.button(5), Qt.MouseButton.LeftButton)
    dialog.activity.setCurrentIndex(1)
    qtbot.keyClick(dialog.strict, Qt.Key.Key_Space)
    request = dialog.request()
    assert (request.minutes, request.role, request.energy, request.strict) == (
        50, "field_sales", 5, True)
    assert request.activity == "field_sales.prospect_meetings"


def test_enter_starts_whatever_has_the_focus(qtbot):
    dialog = StartBlockDialog(ROLES, (25, 50, 90))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.preset_buttons[2].setFocus()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.preset_buttons[2], Qt.Key.Key_Return)


def _labels_without_buddy(dialog: QDialog) -> list[str]:
    """Labels that announce a mnemonic ("&Length") but would show the "&" as it is."""
    return [label.text() for label in dialog.findChildren(QLabel)
            if "&" in label.text().replace("&&", "") and label.buddy() is None]


def test_every_mnemonic_of_the_daily_dialogs_reaches_a_field(qtbot):
    for dialog in (StartBlockDialog(ROLES, (25, 50, 90)), OneThingDialog(ROLES)):
        qtbot.addWidget(dialog)
        assert _labels_without_buddy(dialog) == []


def test_alt_and_a_letter_moves_to_the_length_and_the_energy(qtbot):
    dialog = StartBlockDialog(ROLES, (25, 50, 90))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.role.setFocus()
    qtbot.keyClick(dialog.role, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.minutes.hasFocus)
    qtbot.keyClick(dialog.minutes, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.energy_group.checkedButton().hasFocus())


def test_the_end_of_a_block_praises_only_what_was_done(qtbot, english):
    def first_line(minutes: float) -> str:
        dialog = BlockEndDialog(block(date(2026, 11, 23), minutes), None)
        qtbot.addWidget(dialog)
        return dialog.findChildren(QLabel)[0].text()

    assert first_line(0.5) == "Less than a minute focused."
    assert first_line(25) == "25 focused minutes. Well done."


def test_custom_minutes_are_bounded(qtbot):
    dialog = StartBlockDialog(ROLES, (25, 50, 90))
    qtbot.addWidget(dialog)
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, "999")
    assert dialog.minutes.value() <= 180
    dialog.minutes.setValue(2)
    assert dialog.minutes.value() == 5
    dialog.minutes.setValue(42)
    assert not any(b.isChecked() for b in dialog.preset_buttons)


def test_one_thing_refuses_empty_and_over_long_text(qtbot):
    dialog = OneThingDialog(ROLES)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.text, "   ")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "empty" in dialog.error.text()
    dialog.text.setText("x" * 201)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert dialog.isVisible() and "200" in dialog.error.text()
    dialog.text.clear()
    qtbot.keyClicks(dialog.text, "Call the five accounts at risk")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert dialog.values()[0] == "Call the five accounts at risk"


def test_evening_check_carry_over_in_one_click(qtbot):
    day = Day(date(2026, 11, 23), "Send the proposal", "field_sales", None, OneThingStatus.OPEN)
    dialog = EveningCheckDialog(day)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.carry_button, Qt.MouseButton.LeftButton)
    assert dialog.status is OneThingStatus.NOT_DONE and dialog.carry_over


def test_strict_stop_needs_the_phrase(qtbot):
    dialog = StrictStopDialog()
    qtbot.addWidget(dialog)
    assert not dialog.stop_button.isEnabled()
    qtbot.keyClicks(dialog.typed, "I choose to stop")
    assert not dialog.stop_button.isEnabled()
    qtbot.keyClicks(dialog.typed, " this block")
    assert dialog.stop_button.isEnabled() and dialog.confirmed()


def test_strict_stop_has_an_emergency_exit(qtbot):
    dialog = StrictStopDialog()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.emergency_button, Qt.MouseButton.LeftButton)
    assert dialog.emergency


def test_wizard_collects_roles_days_reminders_language(qtbot):
    wizard = FirstRunWizard(Settings(), default_role_configs())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.language_page.language.setCurrentIndex(2)  # Français
    wizard.next()
    assert not wizard.roles_page.isComplete()  # no role yet: cannot go on
    box = wizard.roles_page.boxes[RoleId.ACCOUNT_MANAGER]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # keyboard access: space toggles
    assert wizard.roles_page.isComplete()
    wizard.next()
    qtbot.keyClick(wizard.days_page.weekdays[4], Qt.Key.Key_Space)  # no Friday
    wizard.next()
    wizard.reminders_page.presets[0].setValue(30)
    settings = wizard.result_settings()
    roles = wizard.result_roles()
    assert settings.language == "fr" and settings.first_run_done
    assert settings.working_weekdays == (0, 1, 2, 3)
    assert settings.presets == (30, 50, 90)
    assert [r.role for r in roles if r.enabled] == [RoleId.ACCOUNT_MANAGER]


def test_the_wizard_turns_blocking_on_with_the_presets_ticked(qtbot):
    # A list the user had already (an earlier run) keeps its sites, first.
    wizard = FirstRunWizard(Settings(blocked_domains=("example.com",)), default_role_configs())
    qtbot.addWidget(wizard)
    page = wizard.blocking_page
    assert wizard.page(wizard.pageIds()[-1]) is page  # the last page, before Finish
    assert all(box.isChecked() for box in page.presets.values())
    domains = wizard.result_settings().blocked_domains
    assert domains[0] == "example.com"
    assert {"facebook.com", "youtube.com", "lemonde.fr"} <= set(domains)
    assert not any("linkedin" in d for d in domains)  # a sales tool, in no preset
    assert len(domains) == len(set(domains))
    page.presets["news"].setChecked(False)
    page.presets["video"].setChecked(False)
    domains = wizard.result_settings().blocked_domains
    assert "youtube.com" not in domains and "lemonde.fr" not in domains
    assert "instagram.com" in domains


def test_the_wizard_asks_an_optional_name_prefilled_with_the_account_s(qtbot):
    wizard = FirstRunWizard(Settings(), default_role_configs())
    qtbot.addWidget(wizard)
    name = wizard.language_page.name
    assert name.text() == display_name("") and name.text()  # the account's full name
    name.setText("  Zoé\tMartin ")
    assert wizard.result_settings().display_name == "Zoé Martin"  # one line, as Settings
    name.clear()  # none: exports go on being named after the account
    assert wizard.result_settings().display_name == ""


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_wizard_keeps_its_width_from_page_to_page(qtbot, qapp, language):
    with speaking(qapp, language):
        wizard = FirstRunWizard(Settings(), default_role_configs())
        qtbot.addWidget(wizard)
        wizard.show()
        widths = []
        for _ in wizard.pageIds():
            qapp.processEvents()
            widths.append(wizard.width())
            wizard.next()
    assert len(set(widths)) == 1, widths


def test_tray_icon_is_drawn_for_each_state_at_hidpi(qtbot):
    for state in TimerState:
        pixmap = draw_state_pixmap(state, 0.4, 17, ratio=2.0)
        assert pixmap.width() == 128 and pixmap.devicePixelRatio() == 2.0
        image = pixmap.toImage()
        assert image.pixelColor(64, 6).alpha() > 0  # the ring is painted
    running = draw_state_pixmap(TimerState.RUNNING, 0.0, 25).toImage()
    paused = draw_state_pixmap(TimerState.PAUSED, 0.0, 25).toImage()
    assert running != paused


def test_the_minutes_in_the_tray_icon_read_on_a_dark_panel(qtbot):
    """The minutes are dark on a light face, whatever the panel behind the icon."""
    from PySide6.QtGui import QColor, QPainter

    icon = draw_state_pixmap(TimerState.RUNNING, 0.3, 25)
    panel = icon.toImage()
    panel.fill(QColor("#202020"))  # a dark panel
    painter = QPainter(panel)
    painter.drawPixmap(0, 0, icon)
    painter.end()
    face = panel.pixelColor(14, 32)  # inside the ring, left of the digits
    digit = min((panel.pixelColor(x, 32) for x in range(20, 44)),
                key=lambda c: c.lightness())
    assert face.lightness() > 200 and digit.lightness() < 100


def test_the_wizard_asks_a_solo_seller_what_they_do_themselves(qtbot):
    wizard = FirstRunWizard(Settings(), default_role_configs())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.roles_page
    assert not page.practices.isEnabled()  # only for a solo seller
    page.boxes[RoleId.SOLO].setChecked(True)
    assert page.practices.isEnabled() and page.isComplete()
    for practice in (RoleId.ACCOUNT_MANAGER, RoleId.FIELD_SALES, RoleId.INBOUND_QUALIFIER,
                     RoleId.OUTBOUND_PROSPECTOR, RoleId.BUSINESS_DEVELOPER):
        page.practices.boxes[practice].setChecked(False)
    assert not page.isComplete() and page.hint.isVisible()
    assert page.hint.text() == "Choose at least one thing you do yourself."
    page.practices.boxes[RoleId.OUTBOUND_PROSPECTOR].setChecked(True)
    page.practices.boxes[RoleId.ACCOUNT_MANAGER].setChecked(True)
    assert page.isComplete() and not page.hint.isVisible()
    solo = next(r for r in wizard.result_roles() if r.role is RoleId.SOLO)
    assert solo.enabled
    assert [a.id for a in solo.activities] == [
        "account_manager.value_touches", "account_manager.health_review",
        "account_manager.renewal_next_step",  # no handoff: a solo seller has nobody to brief
        "outbound_prospector.icp_research", "outbound_prospector.prospecting_block",
        "outbound_prospector.conversations"]


def test_a_solo_seller_saved_with_handoffs_loses_them():
    from focusapp.core.roles import DEFAULT_ACTIVITIES, RoleConfig

    every = tuple(a for role, acts in DEFAULT_ACTIVITIES.items() if role is not RoleId.SOLO
                  for a in acts)
    solo = RoleConfig(RoleId.SOLO, activities=every)
    assert len(solo.activities) == 16 and not any(a.handoff for a in solo.activities)
    assert solo.activities == DEFAULT_ACTIVITIES[RoleId.SOLO]


def test_every_page_of_the_wizard_has_a_title_and_a_line_under_it(qtbot):
    wizard = FirstRunWizard(Settings(), default_role_configs())
    qtbot.addWidget(wizard)
    pages = [wizard.page(i) for i in wizard.pageIds()]
    assert all(page.title() and page.subTitle() for page in pages)


def test_the_macos_tray_icon_is_a_template_the_menu_bar_colours(qtbot):
    """macOS draws a template (mask) icon in the menu bar's own colour, light or dark: only
    black with alpha, the progress and the minutes solid, the track faint."""
    from focusapp.ui.actions import AppActions
    from focusapp.ui.icons import state_icon, template_tray_icon
    from focusapp.ui.tray import TrayController

    image = draw_state_pixmap(TimerState.RUNNING, 0.3, 25, template=True).toImage()
    pixels = [image.pixelColor(x, y) for x in range(64) for y in range(64)]
    assert {(c.red(), c.green(), c.blue()) for c in pixels if c.alpha()} == {(0, 0, 0)}
    assert image.pixelColor(32, 3).alpha() == 255  # the arc of what is left, at 12 o'clock
    assert 0 < image.pixelColor(3, 32).alpha() < 128  # the track where the time has gone
    assert image.pixelColor(14, 32).alpha() == 0  # no face: the menu bar shows through
    assert state_icon(TimerState.IDLE, 0.0, None, template=True).isMask()
    assert not state_icon(TimerState.IDLE, 0.0, None).isMask()  # Windows, Linux: colours

    assert template_tray_icon("darwin")
    assert not template_tray_icon("win32") and not template_tray_icon("linux")
    tray = TrayController(AppActions((25, 50)), template=True)
    assert tray.icon.icon().isMask()
    tray.render(TimerState.RUNNING, 0.5, 600.0, None)
    assert tray.icon.icon().isMask()  # every state, not only the first
