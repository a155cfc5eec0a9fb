"""The running app's side of the command protocol: one handler per request type, over the
flows and services (never over the app object)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from focusapp import commands as cmd
from focusapp.core.days import IsoWeek
from focusapp.core.errors import CodedError
from focusapp.core.handoffs import Handoff, HandoffStatus
from focusapp.core.leads import Lead
from focusapp.flows.blocks import BlocksFlow
from focusapp.flows.book_commands import answer_book
from focusapp.flows.counting import CountingFlow
from focusapp.flows.handoffs import HandoffsFlow
from focusapp.flows.leads import LeadsFlow
from focusapp.flows.next_steps import NextStepsFlow
from focusapp.flows.one_thing import OneThingFlow
from focusapp.flows.shell import Shell
from focusapp.flows.windows import WindowsFlow
from focusapp.services.accounts import AccountBook
from focusapp.services.data_files import ImportOutcome, export_to, import_from
from focusapp.services.timer import FocusTimer, StartRequest
from focusapp.store.database import Store
from focusapp.store.errors import ChangeNotSaved

if TYPE_CHECKING:
    from focusapp.flows.calendar import CalendarFlow


class CommandServer:
    """`handle(name, fields)` for the instance server: decodes the request, runs it, and
    encodes the response. A refusal (CodedError), or a data folder that refused a write,
    goes back to the CLI as its message."""

    def __init__(self, store: Store, timer: FocusTimer, shell: Shell, blocks: BlocksFlow,
                 one_thing: OneThingFlow, windows: WindowsFlow, counting: CountingFlow,
                 handoffs: HandoffsFlow, book: AccountBook, leads: LeadsFlow,
                 import_words: Callable[[ImportOutcome], str],
                 calendar: Callable[[], CalendarFlow] | None = None,
                 next_steps: NextStepsFlow | None = None,
                 later: Callable[[StartRequest, int], datetime] | None = None,
                 browser_connected: Callable[[], bool] = lambda: False) -> None:
        self.store = store
        self.later = later  # "start in N min" (flows/schedule.py); None: not offered
        self.import_words = import_words  # the UI's words for an import (ui.import_text)
        self.timer = timer
        self.shell = shell
        self.blocks = blocks
        self.one_thing = one_thing
        self.windows = windows
        self.counting = counting
        self.handoffs = handoffs
        self.leads = leads
        self.browser_connected = browser_connected
        # Built on first use (icalendar loads after the first paint); None: no calendars.
        self._calendar = calendar
        self._table: dict[type[Any], Callable[[Any], object]] = {
            cmd.Start: self.start,
            cmd.Stop: self.stop,
            cmd.Extend: self.extend,
            cmd.Status: self.status,
            cmd.SetOneThing: self.set_one_thing,
            cmd.ShowReview: self.show_review,
            cmd.WriteReview: self.write_review,
            cmd.Export: self.export,
            cmd.Import: self.import_,
            cmd.Count: self.count,
            cmd.RecordHandoff: self.record_handoff,
            cmd.AnswerHandoff: self.answer_handoff,
            cmd.NewLead: self.new_lead,
            cmd.TouchLead: self.touch_lead,
            cmd.DropLead: self.drop_lead,
            cmd.ShowAgenda: lambda _r: self.calendar().agenda(),
            cmd.ListCalendars: lambda _r: self.calendar().listing(),
            cmd.AddCalendar: lambda r: self.calendar().add(r),
            cmd.RemoveCalendar: lambda r: self.calendar().remove(r),
            cmd.RefreshCalendars: lambda _r: self.calendar().refresh(),
        }
        for request in cmd.BOOK_REQUESTS:  # issue 12's verbs, answered as headless does
            self._table[request] = lambda r: answer_book(book, r)
        if next_steps is not None:
            self._table[cmd.NoteNextStep] = next_steps.from_command

    def handle(self, name: str, fields: dict[str, Any]) -> dict[str, Any]:
        request = cmd.decode_request(name, fields)
        try:
            answer = self.answer(request)
        except OSError as error:  # the data folder refused a write: words, not "[Errno 30]"
            raise ChangeNotSaved(error) from error
        return cmd.encode(answer)

    def answer(self, request: object) -> object:
        return self._table[type(request)](request)

    def calendar(self) -> CalendarFlow:
        if self._calendar is None:
            raise CodedError("calendar.unavailable", "no calendars in this session")
        return self._calendar()

    def start(self, request: cmd.Start) -> cmd.Started:
        if request.in_minutes is not None:
            if self.later is None:
                raise CodedError("timer.delay_unavailable", "delayed starts are off here")
            wanted = self.blocks.request_for(request.minutes, request.role, request.activity)
            at = self.later(wanted, request.in_minutes)
            return cmd.Started("", wanted.minutes, wanted.role, wanted.activity,
                               at.isoformat())
        block = self.blocks.start_for(request.minutes, request.role, request.activity)
        return cmd.Started(block.id, block.planned_minutes, block.role, block.activity)

    def stop(self, _request: cmd.Stop) -> cmd.Stopped:
        block = self.blocks.stop_for_command()
        # Stopped all the same when the disk refused the block: it is kept and saved later,
        # and the answer says so (the command did what was asked, so it is not a refusal).
        unsaved = self.timer.unsaved.problem(block.id)
        return cmd.Stopped(round(block.focused_minutes, 1), block.outcome.value
                           if block.outcome else "", unsaved.message if unsaved else "")

    def extend(self, request: cmd.Extend) -> cmd.Extended:
        block = self.timer.extend(request.minutes)
        return cmd.Extended(request.minutes, block.planned_minutes,
                            round(self.timer.remaining_seconds()))

    def status(self, _request: cmd.Status) -> cmd.StatusReport:
        block = self.timer.block
        one_thing = self.one_thing.daily.one_thing()
        return cmd.StatusReport(
            state=self.timer.state.value,
            remaining_seconds=round(self.timer.remaining_seconds()),
            block_id=block.id if block else None,
            role=block.role if block else None,
            activity=block.activity if block else None,
            one_thing=one_thing.one_thing if one_thing else None,
            tray=self.shell.tray_visible(),
            today_visible=self.shell.today_visible(),
            today_text=list(self.shell.today_lines()),
            tray_menu=list(self.shell.tray_entries()),
            blocking=list(self.shell.blocking_lines()),
            browser_connected=self.browser_connected(),
        )

    def set_one_thing(self, request: cmd.SetOneThing) -> cmd.OneThingSet:
        day = self.one_thing.set_text(request.text)
        return cmd.OneThingSet(day.one_thing or "")

    def show_review(self, request: cmd.ShowReview) -> cmd.ReviewShown:
        week = self.windows.show_review(IsoWeek.parse(request.week) if request.week else None)
        return cmd.ReviewShown(str(week))

    def write_review(self, request: cmd.WriteReview) -> cmd.ReviewWritten:
        week = IsoWeek.parse(request.week) if request.week else None
        written = self.windows.write_review(week, Path(request.pdf))
        return cmd.ReviewWritten(str(written), request.pdf)

    def export(self, request: cmd.Export) -> cmd.Exported:
        return cmd.Exported.of(export_to(self.store, Path(request.file), *request.dates(),
                                         ics=self.windows.ics_text()))

    def import_(self, request: cmd.Import) -> cmd.Imported:
        outcome = import_from(self.store, Path(request.file), dry_run=request.dry_run)
        if outcome.ok and not request.dry_run:
            self.windows.reload()  # the imported days, blocks, settings and roles show at once
        return cmd.Imported(outcome.ok, self.import_words(outcome))

    def count(self, request: cmd.Count) -> cmd.Counted:
        if request.undo:
            counted = self.counting.undo()
        else:
            counted = self.counting.count(request.n, request.activity)
        return cmd.Counted(counted.role, counted.activity, counted.in_block, counted.today,
                           undone=request.undo)

    def record_handoff(self, request: cmd.RecordHandoff) -> cmd.HandoffRecorded:
        missing = [item.strip() for item in request.missing.split(",") if item.strip()]
        return _recorded(self.handoffs.record_for_command(request.to, request.on_time, missing,
                                                          request.role))

    def answer_handoff(self, request: cmd.AnswerHandoff) -> cmd.HandoffRecorded:
        return _recorded(self.handoffs.answer(request.handoff, HandoffStatus(request.status),
                                              request.reason))

    def new_lead(self, request: cmd.NewLead) -> cmd.LeadRecorded:
        lead = self.leads.new(request.name)
        return lead_recorded(lead, len(self.leads.book.waiting()))

    def touch_lead(self, request: cmd.TouchLead) -> cmd.LeadRecorded:
        lead = self.leads.touch(request.lead)
        return lead_recorded(lead, len(self.leads.book.waiting()))

    def drop_lead(self, request: cmd.DropLead) -> cmd.LeadRecorded:
        lead = self.leads.drop(request.lead)
        return lead_recorded(lead, len(self.leads.book.waiting()))


def lead_recorded(lead: Lead, waiting: int) -> cmd.LeadRecorded:
    """The answer to `focusapp lead`, from the app or from the command line alone."""
    waited = None if lead.touched_at is None else round(
        lead.waited(lead.touched_at).total_seconds())
    return cmd.LeadRecorded(lead.id, lead.name, lead.target_minutes, waited, lead.in_time,
                            waiting, lead.dropped_at is not None)


def _recorded(handoff: Handoff) -> cmd.HandoffRecorded:
    return cmd.HandoffRecorded(handoff.id, handoff.role, handoff.to, handoff.on_time,
                               ",".join(handoff.missing), handoff.status.value)
