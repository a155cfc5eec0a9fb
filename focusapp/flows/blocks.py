"""Focus blocks as the user lives them: start, stop, interruptions, the end, the break."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from focusapp.core.errors import CodedError, ValidationError
from focusapp.core.models import Block
from focusapp.core.text import fill
from focusapp.flows.refusals import guarded
from focusapp.flows.shell import BlockEndAnswer, Shell, StartForm, StrictStopAnswer
from focusapp.services.daily import DailyLoop
from focusapp.services.sleep import SleepWatcher
from focusapp.services.timer import FocusTimer, StartRequest, TimerState


class BlocksFlow(QObject):
    end_answered = Signal(object)  # Block: the user answered the block-end question
    account_touched = Signal(object, str)  # Block, the account the end dialog says it touched
    next_step_given = Signal(object, str, object)  # Block, the next step, its date

    def __init__(self, daily: DailyLoop, timer: FocusTimer, shell: Shell,
                 parent: QObject | None = None, *, sleep: SleepWatcher | None = None) -> None:
        super().__init__(parent)
        self.daily = daily
        self.timer = timer
        self.shell = shell
        # Which accounts the end dialog completes "touched ACCOUNT" from (None: it does not
        # ask); the app hands in the account book's (flows/accounts.py).
        self.end_accounts: Callable[[Block], Sequence[str] | None] = lambda _block: None
        # Whether the end dialog asks a meeting's dated next step (flows/next_steps.py).
        self.end_next_step: Callable[[Block], bool] = lambda _block: False
        if sleep is not None:
            sleep.clock_set_back.connect(self.on_clock_set_back)
        timer.block_finished.connect(self.on_block_finished)
        timer.ended_during_sleep.connect(self.on_ended_during_sleep)
        timer.break_finished.connect(self.on_break_finished)
        timer.unsaved.kept.connect(shell.warn_problem)  # once per block the disk refused
        timer.unsaved.saved.connect(self.on_saved_late)

    # ---- starting -------------------------------------------------------------------------

    def ask_start(self, minutes: int | None = None) -> None:
        settings = self.daily.settings()
        one_thing = self.daily.one_thing()
        form = StartForm(self.daily.roles(), tuple(settings.presets), minutes,
                         self.daily.default_role(),
                         one_thing.activity if one_thing else None, settings.strict_default)
        self.shell.ask_start(form, self._start_answer)

    def _start_answer(self, request: StartRequest) -> None:
        guarded(self.shell, lambda: self.start(request))

    def start(self, request: StartRequest, *, title: str | None = None) -> Block:
        """Start `request` now; whether it serves the One Thing is the app's call, not the
        dialog's or the command line's. `title`: the notification's, when the block has a
        name of its own (a scheduled one)."""
        serves = self.daily.serves_one_thing(request.role, request.activity)
        block = self.timer.start(replace(request, serves_one_thing=serves))
        self.shell.notify(title or self.tr("Focus block started"),
                          self.tr("%n minute(s). Distractions can wait.", "", request.minutes))
        return block

    def start_for(self, minutes: int | None, role: str | None, activity: str | None) -> Block:
        """A block from the command line, started now (see `request_for`)."""
        return self.start(self.request_for(minutes, role, activity))

    def request_for(self, minutes: int | None, role: str | None,
                    activity: str | None) -> StartRequest:
        """A block as the command line asks it: defaults filled, the activity checked
        against the role (`ValidationError` "activity.unknown" names the valid ones)."""
        role = role or self.daily.default_role()
        config = self.daily.role(role)
        if activity is None:
            activity = self._one_thing_activity(role)
        elif config is not None and config.activity(f"{role}.{activity}") is not None:
            activity = f"{role}.{activity}"  # the short form `focusapp start --help` lists
        elif config is None or config.activity(activity) is None:
            valid = [a.id for a in config.activities] if config else []
            raise ValidationError("activity.unknown",
                                  f"'{activity}' is not an activity of {role}. "
                                  f"Valid activities: {', '.join(valid)}.",
                                  activity=activity, role=role, valid=", ".join(valid))
        minutes = minutes or self.daily.settings().presets[0]
        return StartRequest(minutes=minutes, role=role, activity=activity)

    def _one_thing_activity(self, role: str) -> str | None:
        one_thing = self.daily.one_thing()
        return one_thing.activity if one_thing and one_thing.role == role else None

    # ---- while it runs --------------------------------------------------------------------

    def ask_stop(self) -> None:
        block = self.timer.block
        if block is None:
            return
        if not block.strict:
            self.timer.stop()
            return
        self.shell.ask_strict_stop(self._strict_answer)

    def _strict_answer(self, answer: StrictStopAnswer) -> None:
        if answer.emergency:
            self.timer.abandon()
        elif answer.confirmed:
            self.timer.stop(confirmed=True)

    def stop_for_command(self) -> Block:
        """`focusapp stop`: a strict block refuses, and says where it can be stopped (the
        phrase cannot be typed on a command line)."""
        block = self.timer.block
        if block is not None and block.strict:
            raise CodedError("timer.strict_from_command",
                             "This is a strict block: stop it in FocusApp's window, where you "
                             "type the phrase (or take the emergency exit there).")
        return self.timer.stop()

    def extend(self, minutes: int) -> None:
        """+5 / +10 / +15 from the tray or Today: a refusal (too long) is said in words."""
        block = guarded(self.shell, lambda: self.timer.extend(minutes))
        if block is not None:
            self.shell.notify(self.tr("Focus block extended"),
                              self.tr("%n more minute(s).", "", minutes))

    def ask_interruption(self) -> None:
        if self.timer.block is None:
            return
        self.shell.ask_interruption(
            lambda text: guarded(self.shell, lambda: self.timer.log_interruption(text)))

    # ---- the end ----------------------------------------------------------------------------

    def on_block_finished(self, block: Block) -> None:
        self.daily.record_block(block)
        self.shell.play_chime()
        self.shell.notify(self.tr("Focus block finished"),
                          self.tr("%n focused minute(s).", "", round(block.focused_minutes)))
        self.shell.ask_block_end(block, self.daily.metric_of(block.role, block.activity),
                                 lambda answer: self._block_end_answer(block, answer),
                                 accounts=self.end_accounts(block),
                                 next_step=self.end_next_step(block))

    def _block_end_answer(self, block: Block, answer: BlockEndAnswer) -> None:
        updated = guarded(self.shell, lambda: self.timer.set_count_and_note(
            block, answer.count, answer.note))
        if updated is not None:
            self.daily.record_block(updated)
        if answer.take_break:
            self.timer.start_break()
        if answer.touched.strip():
            self.account_touched.emit(updated or block, answer.touched)
        if answer.next_step.strip() and answer.next_step_due is not None:
            self.next_step_given.emit(updated or block, answer.next_step, answer.next_step_due)
        self.end_answered.emit(updated or block)

    def on_saved_late(self, block: Block) -> None:
        """A block the disk refused at its end is on disk now: said once, as the refusal was."""
        self.daily.record_block(block)
        end = block.end.strftime("%H:%M") if block.end else ""
        self.shell.notify(self.tr("Focus block saved"),
                          fill(self.tr("The focus block that ended at %1 is saved now."), end))

    def on_ended_during_sleep(self, block: Block) -> None:
        end = block.end.strftime("%H:%M") if block.end else ""
        self.shell.notify(self.tr("Your block ended while the computer was asleep"),
                          fill(self.tr("It was saved as finished at %1."), end))

    def on_clock_set_back(self, _seconds: float) -> None:
        """The timer kept the running block whole (it moved back with the clock): say so
        once, so a timer that seems to give time back is not a mystery."""
        if self.timer.block is not None:
            self.shell.notify(self.tr("The computer's clock was set back"),
                              self.tr("Your focus block keeps the time it had earned and "
                                      "the time it had left."))

    def on_break_finished(self) -> None:
        self.shell.play_chime()
        self.shell.notify(self.tr("Break over"), self.tr("Ready for the next focus block?"))

    # ---- the nudge ----------------------------------------------------------------------------

    def nudge_needed(self, _day: object = None) -> bool:
        return not self.daily.todays_blocks() and self.timer.state is TimerState.IDLE

    def on_nudge_due(self, *_: object) -> None:
        self.shell.notify(self.tr("No focus block yet today"),
                          self.tr("Start one on your key activity: 25 minutes is enough."))
