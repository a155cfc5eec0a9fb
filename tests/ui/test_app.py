"""The daily loop through the real windows and dialogs, with a fake clock and a real store."""

from __future__ import annotations

import gc
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from focusapp.app import FocusApp, Options
from focusapp.core.errors import CodedError
from focusapp.core.models import OneThingStatus, Outcome
from focusapp.core.roles import DailyTarget, RoleId, default_role_configs
from focusapp.flows.server import CommandServer
from focusapp.gui import serve_commands
from focusapp.services.timer import TimerState
from focusapp.store.database import OpenReport, Store
from focusapp.ui.dialogs.block_end import BlockEndDialog, StrictStopDialog
from focusapp.ui.dialogs.handoff import HandoffDialog
from focusapp.ui.dialogs.interruption import InterruptionDialog
from focusapp.ui.dialogs.one_thing import EveningCheckDialog, OneThingDialog
from focusapp.ui.dialogs.start_block import StartBlockDialog
from focusapp.ui.today import StreakChip
from focusapp.ui.wizard import FirstRunWizard


@pytest.fixture
def focus(qtbot, data_dir, clock):
    store, report = Store.open(data_dir, now=clock.now)
    store.roles.save(default_role_configs(frozenset({RoleId.OUTBOUND_PROSPECTOR})))
    app = FocusApp(clock, store, report, Options(tray=False, wizard=False, reminders=False))
    qtbot.addWidget(app.shell.today)
    app.start()
    qtbot.waitUntil(lambda: app.daily.history_loaded)  # read after the first paint
    yield app
    dispose(app)
    store.close()


def dispose(app: FocusApp) -> None:
    """Shut down and delete now: pending timers and signals of this app die with it."""
    for dialog in list(app.shell.dialogs):
        dialog.close()
    app.shutdown()
    shiboken6.delete(app)


def command_server(app: FocusApp) -> CommandServer:
    return app.command_server()


def open_dialog(app, kind):
    found = [d for d in app.shell.dialogs if isinstance(d, kind) and d.isVisible()]
    assert found, f"no {kind.__name__} is open"
    return found[-1]


def start_from_window(focus, qtbot, *, strict: bool = False) -> None:
    qtbot.mouseClick(focus.shell.today.start_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(focus, StartBlockDialog)
    if strict:
        qtbot.keyClick(dialog.strict, Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)


def test_a_full_block_from_the_today_window(focus, qtbot, clock):
    qtbot.mouseClick(focus.shell.today.start_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(focus, StartBlockDialog)
    qtbot.mouseClick(dialog.preset_buttons[0], Qt.MouseButton.LeftButton)  # 25 min
    qtbot.mouseClick(dialog.energy_group.button(4), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert focus.timer.state is TimerState.RUNNING
    assert "25:00" in focus.shell.today.timer_label.text()
    assert not focus.shell.today.start_button.isEnabled()

    clock.advance(minutes=25, seconds=1)
    focus.timer.check()
    end = open_dialog(focus, BlockEndDialog)
    end.count.setValue(12)
    qtbot.keyClicks(end.note, "Booked two demos")
    qtbot.keyClick(end.note, Qt.Key.Key_Return)
    (saved,) = focus.store.blocks.all()
    assert saved.outcome is Outcome.COMPLETED and saved.count == 12
    assert saved.note == "Booked two demos" and saved.energy == 4
    assert focus.shell.today.blocks.count() == 1
    assert "25 min" in focus.shell.today.blocks.item(0).text()
    assert "Today's Awesome" in focus.shell.today.awesome_label.text()
    assert "25 min ×" in focus.shell.today.explain_label.text()  # the why, from core


def test_pause_resume_and_stop_early_from_the_window(focus, qtbot, clock):
    start_from_window(focus, qtbot)
    clock.advance(minutes=5)
    qtbot.mouseClick(focus.shell.today.pause_button, Qt.MouseButton.LeftButton)
    assert focus.timer.state is TimerState.PAUSED
    assert focus.shell.today.pause_button.text().replace("&", "") == "Resume"
    clock.advance(minutes=20)
    qtbot.mouseClick(focus.shell.today.pause_button, Qt.MouseButton.LeftButton)
    clock.advance(minutes=5)
    qtbot.mouseClick(focus.shell.today.stop_button, Qt.MouseButton.LeftButton)
    open_dialog(focus, BlockEndDialog).accept()
    (saved,) = focus.store.blocks.all()
    assert saved.outcome is Outcome.PARTIAL
    assert saved.focused_minutes == pytest.approx(10)
    assert "stopped early" in focus.shell.today.blocks.item(0).text()


def test_strict_block_stop_needs_the_phrase(focus, qtbot, clock):
    start_from_window(focus, qtbot, strict=True)
    clock.advance(minutes=5)
    qtbot.mouseClick(focus.shell.today.stop_button, Qt.MouseButton.LeftButton)
    strict = open_dialog(focus, StrictStopDialog)
    strict.reject()
    assert focus.timer.state is TimerState.RUNNING  # cancelling keeps focusing
    qtbot.mouseClick(focus.shell.today.stop_button, Qt.MouseButton.LeftButton)
    strict = open_dialog(focus, StrictStopDialog)
    qtbot.keyClicks(strict.typed, strict.phrase)
    qtbot.mouseClick(strict.stop_button, Qt.MouseButton.LeftButton)
    assert focus.timer.state is TimerState.IDLE
    assert focus.store.blocks.all()[0].outcome is Outcome.PARTIAL


def test_a_strict_block_says_so_and_has_no_pause(focus, qtbot, clock, english):
    start_from_window(focus, qtbot, strict=True)
    assert focus.shell.today.timer_label.text().startswith("Strict focus: ")
    assert not focus.shell.actions.pause.isEnabled()
    if focus.shell.tray is not None:
        assert focus.shell.tray.icon.toolTip().startswith("Strict focus: ")
    focus.timer.abandon()
    start_from_window(focus, qtbot)
    assert focus.shell.today.timer_label.text().startswith("Focus: ")
    assert focus.shell.actions.pause.isEnabled()


def test_an_interruption_is_one_click_and_counted_while_the_block_runs(
        focus, qtbot, clock, english):
    start_from_window(focus, qtbot)
    qtbot.mouseClick(focus.shell.today.interrupt_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(open_dialog(focus, InterruptionDialog).picks["phone"],
                     Qt.MouseButton.LeftButton)
    assert focus.shell.today.count_label.text().endswith(" · 1 interruption")
    focus.shell.actions.interruption.trigger()
    dialog = open_dialog(focus, InterruptionDialog)
    assert not dialog.log_button.isEnabled()  # nothing picked or typed: nothing to log
    qtbot.keyClicks(dialog.typed, "courier at the door")
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)
    assert focus.shell.today.count_label.text().endswith(" · 2 interruptions")
    assert [i.what for i in focus.timer.block.interruptions] == ["phone", "courier at the door"]


def test_abandon_through_the_emergency_exit(focus, qtbot, clock):
    start_from_window(focus, qtbot, strict=True)
    clock.advance(minutes=2)
    qtbot.mouseClick(focus.shell.today.stop_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(open_dialog(focus, StrictStopDialog).emergency_button,
                     Qt.MouseButton.LeftButton)
    assert focus.store.blocks.all()[0].outcome is Outcome.ABANDONED
    assert "abandoned" in focus.shell.today.blocks.item(0).text()


def test_one_thing_flow_with_carry_over(focus, qtbot, clock):
    qtbot.mouseClick(focus.shell.today.one_thing_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(focus, OneThingDialog)
    qtbot.keyClicks(dialog.text, "Call the five accounts at risk")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert focus.shell.today.one_thing_label.text() == "Call the five accounts at risk"
    monday = focus.daily.today()

    focus.one_thing.ask_evening_check()
    check = open_dialog(focus, EveningCheckDialog)
    qtbot.mouseClick(check.carry_button, Qt.MouseButton.LeftButton)
    assert focus.daily.one_thing(monday).status is OneThingStatus.NOT_DONE
    tuesday = focus.daily.one_thing(monday + timedelta(days=1))
    assert tuesday.one_thing == "Call the five accounts at risk"
    assert tuesday.carried_from == monday and tuesday.status is OneThingStatus.OPEN


def test_yesterdays_missed_check_is_asked_before_todays_one_thing(focus, qtbot, clock):
    focus.daily.set_one_thing("Send the Acme proposal", RoleId.OUTBOUND_PROSPECTOR.value)
    clock.advance(days=1)  # the evening check never happened
    focus.one_thing.ask_if_missing()
    check = open_dialog(focus, EveningCheckDialog)
    assert check.day.one_thing == "Send the Acme proposal"
    qtbot.mouseClick(check.done_button, Qt.MouseButton.LeftButton)
    assert focus.daily.one_thing(focus.daily.today() - timedelta(days=1)).one_thing_done
    assert open_dialog(focus, OneThingDialog)  # then today's question


def test_one_thing_refusal_keeps_the_dialog_open(focus, qtbot):
    focus.one_thing.ask()
    dialog = open_dialog(focus, OneThingDialog)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert focus.daily.one_thing() is None


def test_closing_the_window_keeps_the_app_running(focus, qtbot):
    focus.shell.today.show()
    focus.shell.today.close()
    today = focus.shell.today
    assert today.isVisible() or today.isMinimized()  # no tray here: minimised


def test_cli_commands_reach_the_running_app(focus, clock):
    handle = command_server(focus).handle
    assert handle("status", {})["state"] == "idle"
    handle("one_thing", {"text": "Qualify every inbound lead within the hour"})
    assert focus.daily.one_thing().one_thing.startswith("Qualify")
    started = handle("start", {"minutes": 50, "role": "outbound_prospector"})
    assert started["minutes"] == 50 and started["role"] == "outbound_prospector"
    clock.advance(minutes=10)
    status = handle("status", {})
    assert status["state"] == "running" and status["remaining_seconds"] == 40 * 60
    handle("stop", {})
    assert focus.store.blocks.all()[0].outcome is Outcome.PARTIAL


def test_no_tray_says_why_once(focus, qtbot):
    qtbot.waitUntil(lambda: any(isinstance(d, QMessageBox) for d in focus.shell.dialogs))
    boxes = [d for d in focus.shell.dialogs if isinstance(d, QMessageBox)]
    assert len(boxes) == 1 and "no system tray" in boxes[0].text()


def test_the_no_tray_message_is_said_once_across_starts(focus, qtbot, clock):
    qtbot.waitUntil(lambda: any(isinstance(d, QMessageBox) for d in focus.shell.dialogs))
    again = FocusApp(clock, focus.store, OpenReport(),
                     Options(tray=False, wizard=False, reminders=False))
    qtbot.addWidget(again.shell.today)
    again.start()
    QApplication.processEvents()  # the message is posted with a 0 ms timer when due
    assert not any(isinstance(d, QMessageBox) for d in again.shell.dialogs)
    dispose(again)


def test_a_new_users_wizard_opens_once_the_first_paint_is_done(qtbot, tmp_path, clock):
    """Without a tray, the first paint is Today; the wizard then opens over it."""
    store, report = Store.open(tmp_path / "new", now=clock.now)
    app = FocusApp(clock, store, report, Options(tray=False, wizard=True, reminders=True))
    qtbot.addWidget(app.shell.today)
    app.start()
    try:
        QApplication.processEvents()
        assert app.shell.today.isVisible()  # the first paint waits for no question
        assert not any(isinstance(d, FirstRunWizard) for d in app.shell.dialogs)
        qtbot.waitUntil(lambda: any(isinstance(d, FirstRunWizard) and d.isVisible()
                                    for d in app.shell.dialogs))
        assert app.reminders.reminders is None  # they start once the wizard is answered
        open_dialog(app, FirstRunWizard).reject()
        assert app.reminders.reminders is not None and app.reminders.reminders.running
        assert not store.settings.get().first_run_done  # offered again at the next start
    finally:
        dispose(app)
        store.close()


def test_the_wizard_switches_the_language_at_once(focus, qtbot):
    focus.windows.run_wizard(start_reminders=False)
    wizard = open_dialog(focus, FirstRunWizard)
    wizard.language_page.language.setCurrentIndex(wizard.language_page.language.findData("fr"))
    wizard.next()
    box = wizard.roles_page.boxes[RoleId.FIELD_SALES]
    qtbot.keyClick(box, Qt.Key.Key_Space)
    wizard.next()
    wizard.next()
    wizard.accept()
    try:
        assert focus.daily.settings().language == "fr"
        assert focus.shell.today.one_thing_button.text().replace("&", "") == "Définir mon One Thing"
        assert "Démarrer" in focus.shell.today.start_button.text().replace("&", "")
        from PySide6.QtCore import QCoreApplication

        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"  # Qt's own
    finally:
        focus.shell.set_language("en")
    assert focus.shell.today.start_button.text().replace("&", "") == "Start a focus block"


def test_a_streak_chip_opens_its_roles_history_and_follows_the_language(focus, qtbot):
    chip = focus.shell.today.chips_row.itemAt(0).widget()
    assert isinstance(chip, StreakChip)
    assert chip.focusPolicy() == Qt.FocusPolicy.StrongFocus  # Tab reaches it
    QApplication.sendEvent(chip, QEnterEvent(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5)))
    assert chip.cursor().shape() == Qt.CursorShape.PointingHandCursor  # under the pointer
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    history = focus.shell.history_window
    assert history is not None and history.isVisible()
    assert history.shown_role() == "outbound_prospector"
    history.hide()
    chip = focus.shell.today.chips_row.itemAt(0).widget()
    chip.setFocus()
    qtbot.keyClick(chip, Qt.Key.Key_Return)  # the keyboard reaches it too
    assert focus.shell.history_window.isVisible()
    try:
        focus.shell.set_language("fr")
        rebuilt = focus.shell.history_window
        assert rebuilt is not history and rebuilt.isVisible()
        assert rebuilt.windowTitle() == "Historique des séries"
        assert rebuilt.shown_role() == "outbound_prospector"
    finally:
        focus.shell.set_language("en")


def test_the_review_opens_the_streak_history(focus, qtbot):
    focus.windows.show_review()
    qtbot.mouseClick(focus.shell.review_window.history_button, Qt.MouseButton.LeftButton)
    history = focus.shell.history_window
    assert history is not None and history.isVisible()
    assert history.shown_role() == "outbound_prospector"


def test_an_open_review_speaks_the_new_language_at_once(focus):
    focus.windows.show_review()
    try:
        focus.shell.set_language("fr")
        review = focus.shell.review_window
        assert review is not None and review.isVisible()
        assert review.windowTitle() == "Bilan hebdomadaire"
    finally:
        focus.shell.set_language("en")
    assert focus.shell.review_window.windowTitle() == "Weekly review"


def test_the_window_paints_before_the_history_is_read(qtbot, data_dir, clock):
    store, report = Store.open(data_dir, now=clock.now)
    store.roles.save(default_role_configs(frozenset({RoleId.OUTBOUND_PROSPECTOR})))
    app = FocusApp(clock, store, report, Options(tray=False, wizard=False, reminders=False))
    qtbot.addWidget(app.shell.today)
    app.start()
    try:
        assert not app.daily.history_loaded
        assert "Reading your history" in app.shell.today.chips_row.itemAt(0).widget().text()
        assert "…" in app.shell.today.awesome_label.text()
        qtbot.waitUntil(lambda: app.daily.history_loaded)
        assert isinstance(app.shell.today.chips_row.itemAt(0).widget(), StreakChip)
    finally:
        dispose(app)
        store.close()


@pytest.mark.linux_only(reason="a dummy app copied from /bin/sleep")
def test_a_blocked_app_is_closed_and_counted_in_the_block(focus, qtbot, clock, tmp_path):
    import shutil
    import subprocess

    dummy = tmp_path / "slackdummy"
    shutil.copy("/bin/sleep", dummy)
    proc = subprocess.Popen([str(dummy), "300"])
    try:
        focus.daily.save_settings(focus.daily.settings().updated(
            blocked_apps=("close:slackdummy",)))
        start_from_window(focus, qtbot)
        # The blocker's own scan (every 2 s while a block runs) finds and closes it.
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15_000)
        clock.advance(minutes=26)
        focus.timer.check()
        (saved,) = focus.store.blocks.all()
        assert saved.distraction.blocked_attempts == 1
        assert [e.target for e in focus.store.distractions.for_block(saved.id)] == ["slackdummy"]
    finally:
        proc.kill()
        proc.wait()


def test_the_today_window_says_what_blocking_works_here(focus, qtbot):
    qtbot.waitUntil(lambda: "apps" in focus.shell.today.blocking_label.text())
    text = focus.shell.today.blocking_label.text()
    assert "websites: unavailable" in text  # no helper installed on a test machine
    assert "time away: " in text  # the idle source beside them (away time, issue 14)
    tooltip = focus.shell.today.blocking_label.toolTip()
    assert "websites: The hosts helper that blocks websites is not installed" in tooltip


def test_the_weekly_review_opens_from_the_app_and_the_cli(focus, qtbot):
    focus.shell.actions.review.trigger()
    window = focus.shell.review_window
    qtbot.addWidget(window)
    assert window.isVisible() and window.week.monday <= focus.daily.today()
    handle = command_server(focus).handle
    assert handle("review", {"week": "2026-W47"}) == {"week": "2026-W47"}
    assert str(window.week) == "2026-W47"  # the same window, moved to the asked week


def test_a_role_taken_up_later_counts_from_that_day(focus, clock):
    focus.daily.set_one_thing("Call the five accounts at risk", RoleId.OUTBOUND_PROSPECTOR.value)
    roles = tuple(replace(r, enabled=True) if r.role is RoleId.FIELD_SALES else r
                  for r in focus.daily.roles())
    focus.daily.save_roles(roles)
    saved = {r.role: r for r in focus.store.roles.get()}
    assert saved[RoleId.FIELD_SALES].since == focus.daily.today()
    assert saved[RoleId.OUTBOUND_PROSPECTOR].since is None  # held from the start


def test_a_strict_block_locks_the_block_lists(focus, qtbot, clock):
    from focusapp.core.errors import ValidationError

    start_from_window(focus, qtbot, strict=True)
    locked = focus.daily.settings().updated(blocked_domains=("youtube.com",))
    with pytest.raises(ValidationError) as refused:
        focus.daily.save_settings(locked)
    assert refused.value.code == "blocking.locked"
    focus.daily.save_settings(focus.daily.settings().updated(presets=(30, 50, 90)))  # the rest
    focus.timer.abandon()
    focus.daily.save_settings(locked)  # unlocked once the block is over
    assert focus.store.settings.get().blocked_domains == ("youtube.com",)


def test_settings_open_from_the_app_and_a_restore_reloads_the_day(focus, qtbot):
    focus.shell.actions.settings.trigger()
    window = focus.shell.settings_window
    qtbot.addWidget(window)
    assert window.isVisible()
    focus.shell.actions.settings.trigger()
    assert focus.shell.settings_window is window  # one at a time
    focus.daily.set_one_thing("Send the Acme proposal", RoleId.OUTBOUND_PROSPECTOR.value)
    focus.store.days.save(focus.daily.one_thing().__class__(focus.daily.today()))  # behind its back
    window.backup_restored.emit(focus.daily.today())
    assert focus.daily.one_thing() is None  # re-read from the store


def test_settings_data_page_exports_and_imports_starting_in_documents(
        focus, qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def save_as(_parent, _title, suggested, _filters):  # the system's dialog, at the edge
        asked.append(suggested)
        return str(tmp_path / "mine.json"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    focus.shell.actions.settings.trigger()
    window = focus.shell.settings_window
    qtbot.addWidget(window)
    export, import_ = window.data_page.action_buttons
    assert import_.defaultAction() is focus.shell.actions.import_
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked == [str(Path(documents) / "focusapp-export.json")]  # not the working folder
    assert '"format": "focusapp-export"' in (tmp_path / "mine.json").read_text()


def test_start_at_login_follows_the_setting(focus, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "focusapp.desktop"
    focus.windows.apply_autostart(focus.daily.settings().updated(autostart=True))
    assert entry.exists() and "--data-dir" in entry.read_text()
    focus.windows.apply_autostart(focus.daily.settings().updated(autostart=False))
    assert not entry.exists()


def test_an_activity_named_like_a_placeholder_shows_as_typed(focus, qtbot, clock):
    from focusapp.services.timer import StartRequest

    roles = tuple(r.with_custom_activity("Calls %2") if r.role is RoleId.OUTBOUND_PROSPECTOR
                  else r for r in focus.daily.roles())
    focus.daily.save_roles(roles)
    focus.blocks.start(StartRequest(minutes=25, role="outbound_prospector",
                                    activity="custom.1"))
    clock.advance(minutes=10)
    focus.timer.stop()
    text = focus.shell.today.blocks.item(0).text()
    assert text.endswith("Calls %2 (stopped early)"), text


def test_save_and_take_a_break_starts_the_break(focus, qtbot, clock):
    start_from_window(focus, qtbot)
    clock.advance(minutes=25, seconds=1)
    focus.timer.check()
    end = open_dialog(focus, BlockEndDialog)
    qtbot.mouseClick(end.break_button, Qt.MouseButton.LeftButton)
    assert focus.timer.state is TimerState.BREAK
    assert "Break" in focus.shell.today.timer_label.text()
    assert focus.store.blocks.all()[0].outcome is Outcome.COMPLETED



def test_an_unusable_data_folder_is_said_in_a_dialog(qtbot, tmp_path):
    from PySide6.QtCore import QTimer

    from focusapp.gui import run

    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("a file where the folder should be")
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    assert run(not_a_folder, ["focusapp"]) == 1
    assert seen and "cannot use the data folder" in seen[0] and "not a folder" in seen[0]


def test_forty_touches_with_one_key_and_the_end_dialog_prefilled(focus, qtbot, clock):
    focus.blocks.start_for(25, "outbound_prospector", "prospecting_block")
    today = focus.shell.today
    today.show()
    today.activateWindow()
    qtbot.waitUntil(today.isActiveWindow)  # window shortcuts need the window active
    for _ in range(40):
        qtbot.keyClick(today, "+")
    assert focus.timer.block.count == 40
    assert today.count_label.text() == "This block: 40 touches"
    qtbot.keyClick(today, "-")  # the last one taken back
    assert "39 touches" in today.count_label.text()
    clock.advance(minutes=25, seconds=1)
    focus.timer.check()
    end = open_dialog(focus, BlockEndDialog)
    assert end.count.value() == 39
    qtbot.keyClick(end.note, Qt.Key.Key_Return)
    assert focus.store.blocks.all()[0].count == 39

    def chips() -> list[str]:  # the chips of earlier renders are hidden, then deleted
        return [label.text() for label in today.findChildren(QLabel, "targetProgress")
                if label.isVisible()]

    # Touches are one of several metrics of this role: "counted", next to the minutes.
    qtbot.waitUntil(lambda: chips() == ["25 / 50 min · 39 counted"])


def test_todays_chip_shows_each_count_with_a_target_of_its_own(focus, qtbot, clock):
    focus.daily.save_roles(tuple(
        replace(r, target=DailyTarget(60, per_metric=(("touches", 40), ("conversations", 5))))
        for r in focus.daily.roles()))
    focus.blocks.start_for(25, "outbound_prospector", "prospecting_block")
    focus.counting.count(18)
    clock.advance(minutes=25, seconds=1)
    focus.timer.check()
    open_dialog(focus, BlockEndDialog).accept()
    focus.counting.count(2, "conversations")  # a call between blocks

    def chips() -> list[StreakChip]:  # the chips of earlier renders are hidden, then deleted
        return [c for c in focus.shell.today.findChildren(StreakChip) if c.isVisible()]

    focus.shell.today.show()
    qtbot.waitUntil(lambda: [c.progress.text() for c in chips()]
                    == ["25 / 60 min · 18 / 40 touches · 2 / 5 conversations"])
    assert not chips()[0].streak.today_met  # every part of the target is still to be met


def test_a_call_between_blocks_is_counted_from_the_command_line(focus, clock):
    handle = command_server(focus).handle
    with pytest.raises(CodedError) as refused:  # the CLI prints its sentence
        handle("count", {})
    assert refused.value.code == "count.no_activity"
    answer = handle("count", {"n": 2, "activity": "conversations"})
    assert answer == {"role": "outbound_prospector",
                      "activity": "outbound_prospector.conversations", "in_block": False,
                      "today": 2, "undone": False}
    assert handle("count", {"undo": True})["today"] == 0


def test_a_handoff_in_three_taps_then_sent_back_from_the_today_window(focus, qtbot, clock):
    focus.blocks.start_for(25, "outbound_prospector", "pass_to_field_sales")
    clock.advance(minutes=25, seconds=1)
    focus.timer.check()
    qtbot.keyClick(open_dialog(focus, BlockEndDialog).note, Qt.Key.Key_Return)
    dialog = open_dialog(focus, HandoffDialog)
    assert dialog.to.currentText() == "Field Sales"  # the usual receiver, already chosen
    assert dialog.on_time.text() == "&On time (within the agreed 24 h)"  # the role's delay
    qtbot.keyClick(dialog.items["need"], Qt.Key.Key_Space)
    qtbot.keyClick(dialog.items["next_step"], Qt.Key.Key_Space)
    dialog.accept()
    (handoff,) = focus.daily.handoffs()
    assert (handoff.to, handoff.missing) == ("field_sales", ("budget", "decision_maker"))
    panel = focus.shell.today.handoffs
    assert panel.list.item(0).text().endswith(
        "to Field Sales · on time · brief missing the budget, the decision maker · "
        "waiting for an answer")
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.send_back_button, Qt.MouseButton.LeftButton)
    panel.reason_dialog.setTextValue("No budget owner named")
    panel.reason_dialog.accept()
    (answered,) = focus.daily.handoffs()
    assert (answered.status.value, answered.reason) == ("sent_back", "No budget owner named")
    assert panel.list.item(0).text().endswith("sent back")
    assert panel.list.item(0).toolTip() == "No budget owner named"


def test_the_collector_held_by_a_launch_comes_back_once_the_history_is_read(qtbot, tmp_path,
                                                                              clock):
    from focusapp.services import start_collector

    store, report = Store.open(tmp_path / "held", now=clock.now)
    start_collector.hold()  # as focusapp.__main__ does
    app = FocusApp(clock, store, report, Options(tray=False, wizard=False, reminders=False))
    qtbot.addWidget(app.shell.today)
    try:
        app.start()
        assert not gc.isenabled()
        qtbot.waitUntil(gc.isenabled)
        assert app.daily.history_loaded
    finally:
        start_collector.release()
        gc.unfreeze()
        gc.enable()
        dispose(app)
        store.close()


def test_a_second_launch_brings_todays_question_to_the_front_above_today(focus, qtbot):
    """Launching FocusApp again while the morning's One Thing question waits: Today comes
    to the front and the question above it, not hidden behind it."""
    from focusapp.services.single_instance import InstanceServer

    serve_commands(focus)  # as `gui.run` does after the first paint
    focus.one_thing.ask()
    dialog = open_dialog(focus, OneThingDialog)
    focus.shell.today.activateWindow()  # the user clicked Today, then went elsewhere
    qtbot.waitUntil(lambda: QApplication.activeWindow() is focus.shell.today)
    server = focus.findChild(InstanceServer)
    assert server is not None
    server.raise_requested.emit()  # what a second launch sends
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert focus.shell.today.isVisible()
