"""Sentences for the codes core and the services raise or emit, in the UI language.

Core and services carry a code and its parameters (`focusapp.core.errors`); only this module
turns them into words. Every string is a literal inside a `translate("Errors", …)` call so
pyside6-lupdate extracts it; tests/ui/test_problems.py walks the sources for codes and fails
on one missing here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from focusapp.core.errors import CodedError, Problem
from focusapp.core.models import MAX_COUNT
from focusapp.core.text import fill
from focusapp.ui.reasons import (
    hosts_reason,
    mechanism_name,
    script_name,
    unreadable_reason,
    unusable_reason,
)

translate = QCoreApplication.translate  # lupdate reads calls by this name too

# Scheduled blocks, a delayed start and an extended block (core.schedule, flows.schedule).
SCHEDULE_TEXTS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "schedule.name.empty": lambda p: translate(
        "Errors", "Give the scheduled block a name: it is what its notification says."),
    "schedule.name.long": lambda p: fill(translate(
        "Errors", "Keep the name to %1 characters; this one has %2."),
        p.get("limit"), p.get("length")),
    "schedule.no_day": lambda p: translate(
        "Errors", "Choose at least one weekday for the scheduled block."),
    "schedule.weekdays": lambda p: translate(
        "Errors", "The weekdays of this scheduled block are not days of the week."),
    "schedule.role": lambda p: translate(
        "Errors", "Choose the role the scheduled block is for."),
    "timer.extend_range": lambda p: fill(translate(
        "Errors", "A block can be extended by %1 to %2 minutes at a time, not %3."),
        p.get("low"), p.get("high"), p.get("value")),
    "timer.extend_too_long": lambda p: fill(translate(
        "Errors", "A focus block lasts at most %1 minutes: this one cannot be extended by %2."),
        p.get("high"), p.get("value")),
    "timer.delay_range": lambda p: fill(translate(
        "Errors", "A block can start in 1 to %1 minutes, not %2."),
        p.get("high"), p.get("value")),
    "timer.delay_unavailable": lambda p: translate(
        "Errors", "Starting a block later is not available in this session."),
}

# The user's calendars (core.calendar, services.calendar_fetch, store.calendars).
CALENDAR_TEXTS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "calendar.address": lambda p: fill(translate(
        "Errors", "'%1' is not a calendar address: paste the whole https:// address, or give "
                  "a file."), p.get("value")),
    "calendar.scheme": lambda p: fill(translate(
        "Errors", "FocusApp reads calendars from https://, http:// or webcal:// addresses and "
                  "from files, not from '%1'."), p.get("value")),
    "calendar.duplicate": lambda p: fill(translate(
        "Errors", "This calendar is already in the list: %1."), p.get("value")),
    "calendar.unknown": lambda p: fill(translate(
        "Errors", "No calendar is called '%1': 'focusapp calendar list' shows their numbers "
                  "and names."), p.get("value")),
    "calendar.book_damaged": lambda p: fill(translate(
        "Errors", "The list of calendars (%1) is damaged; fix or delete that file, then add "
                  "the calendars again."), p.get("path")),
    "calendar.unavailable": lambda p: translate(
        "Errors", "Calendars are not available in this session of FocusApp."),
    "calendar.no_file": lambda p: fill(translate(
        "Errors", "The calendar file %1 is not there."), p.get("path")),
    "calendar.unreadable_file": lambda p: fill(translate(
        "Errors", "The calendar file %1 could not be read: %2."), p.get("path"),
        p.get("detail")),
    "calendar.unreachable": lambda p: fill(translate(
        "Errors", "%1 could not be reached (%2): check the address and the connection."),
        p.get("host"), p.get("detail")),
    "calendar.not_found": lambda p: fill(translate(
        "Errors", "%1 has no calendar at this address (it was moved or deleted): copy the "
                  "address from your calendar again."), p.get("host")),
    "calendar.forbidden": lambda p: fill(translate(
        "Errors", "%1 refused to give this calendar: copy its secret or public address "
                  "again."), p.get("host")),
    "calendar.http": lambda p: fill(translate(
        "Errors", "%1 answered with error %2 instead of the calendar."), p.get("host"),
        p.get("status")),
    "calendar.redirects": lambda p: fill(translate(
        "Errors", "%1 sent FocusApp from address to address without giving the calendar."),
        p.get("host")),
    "calendar.html": lambda p: translate(
        "Errors", "This address gives a web page, not a calendar: use the address your "
                  "calendar app gives for the iCal (.ics) format."),
    "calendar.not_ics": lambda p: translate(
        "Errors", "This is not a calendar in the iCalendar (.ics) format."),
    "calendar.too_large": lambda p: fill(translate(
        "Errors", "This calendar is larger than %1 MB: FocusApp does not read it."),
        p.get("megabytes")),
    "calendar.partly": lambda p: _calendar_partly(p),
}


def _calendar_partly(p: Mapping[str, Any]) -> str:
    broken = int(p.get("broken", 0) or 0)
    zones = str(p.get("zones", ""))
    left_out = translate("Errors", "%n event(s) could not be read and were left out.", "",
                         broken) if broken else ""
    unknown = fill(translate("Errors", "Events in time zones FocusApp does not know (%1) were "
                                       "left out."), zones) if zones else ""
    return fill(translate("Errors", "%1 %2 The rest of the calendar is shown."),
                left_out, unknown).replace("  ", " ").strip()


# Why away time cannot be seen (services/idle.py): said in Settings and in logs.
IDLE_TEXTS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "idle.no_display": lambda p: translate("Errors", "There is no X11 display to ask."),
    "idle.wayland": lambda p: translate(
        "Errors", "This Wayland desktop does not tell applications how long it has been idle "
        "(GNOME and KDE do, over D-Bus; sway only through a Wayland protocol FocusApp cannot "
        "use)."),
    "idle.no_xlib": lambda p: translate(
        "Errors", "The python-xlib module is not installed, so time away cannot be seen."),
    "idle.x11_unavailable": lambda p: fill(translate(
        "Errors", "The X11 display could not be opened (%1)."), p.get("detail")),
    "idle.x11_failed": lambda p: fill(translate(
        "Errors", "The connection to the X11 display failed (%1)."), p.get("detail")),
    "idle.no_screensaver_extension": lambda p: translate(
        "Errors", "The X11 server does not say how long it has been idle (no "
        "MIT-SCREEN-SAVER extension)."),
    "idle.xwayland": lambda p: translate(
        "Errors", "Under Wayland, the X11 idle time only sees typing in X11 windows: time away "
        "may be overstated."),
    "idle.no_session_bus": lambda p: translate(
        "Errors", "There is no session bus to ask the desktop how long it has been idle."),
    "idle.dbus_failed": lambda p: fill(translate(
        "Errors", "The desktop did not say how long it has been idle (%1)."), p.get("detail")),
    "idle.no_platform_api": lambda p: fill(translate(
        "Errors", "The system's idle-time API is not available (%1)."), p.get("detail")),
    "idle.unavailable": lambda p: _idle_unavailable(p),
}

# Each code core or a service can raise or emit, with its sentence in the UI language.
# tests/ui/test_problems.py walks the sources for codes and fails on one missing here.
PROBLEM_TEXTS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    # ---- text fields (core.models.validate_text and its callers) ----
    "one_thing.empty": lambda p: translate(
        "Errors", "Write your One Thing first: the text is empty."),
    "one_thing.long": lambda p: fill(translate(
        "Errors", "Keep your One Thing to %1 characters; this one has %2."),
        p.get("limit"), p.get("length")),
    "activity.empty": lambda p: _text_empty(),
    "activity.long": lambda p: _text_long(p),
    "interruption.empty": lambda p: _text_empty(),
    "interruption.long": lambda p: _text_long(p),
    "display_name.empty": lambda p: _text_empty(),
    "display_name.long": lambda p: _text_long(p),
    "note.empty": lambda p: _text_empty(),
    "note.long": lambda p: _text_long(p),
    "next_step.empty": lambda p: _text_empty(),
    "next_step.long": lambda p: _text_long(p),
    "next_step.no_meeting": lambda p: translate(
        "Errors", "No meeting today is waiting for its next step."),
    "next_step.past": lambda p: fill(translate(
        "Errors", "Date the next step on or after its meeting's day (%1)."),
        _day(p.get("day"))),
    "name.empty": lambda p: translate("Errors", "A name cannot be empty."),
    "name.long": lambda p: fill(translate(
        "Errors", "A name is at most %1 characters."), p.get("limit")),
    # ---- numbers and settings (core.models) ----
    "minutes.type": lambda p: translate("Errors", "That is not a whole number of minutes."),
    "minutes.range": lambda p: fill(translate(
        "Errors", "A focus block lasts from %1 to %2 minutes, not %3."),
        p.get("low"), p.get("high"), p.get("value")),
    "energy.range": lambda p: fill(translate(
        "Errors", "Energy goes from 1 to 5, not %1."), p.get("value")),
    "count.range": lambda p: fill(translate(
        "Errors", "A count is a whole number from 0 to %1."), QLocale().toString(MAX_COUNT)),
    "setting.choice": lambda p: translate("Errors", "This value is not one of the choices."),
    "setting.range": lambda p: fill(translate(
        "Errors", "This must be between %1 and %2, not %3."),
        p.get("low"), p.get("high"), p.get("value")),
    "setting.presets": lambda p: translate("Errors", "Keep at least one timer preset."),
    # ---- whole settings (core.settings_rules): the window's and an import's rules ----
    "setting.too_many": lambda p: fill(translate(
        "Errors", "This list holds at most %1 entries, not %2."),
        QLocale().toString(int(p.get("limit", 0))), QLocale().toString(int(p.get("count", 0)))),
    "setting.time_form": lambda p: fill(translate(
        "Errors", "'%1' should be written as HH:MM, e.g. 08:30."), p.get("text")),
    "setting.repeated": lambda p: translate("Errors", "An entry appears twice in this list."),
    "setting.order": lambda p: translate("Errors", "The days of this list are not in order."),
    "day_off.year": lambda p: fill(translate(
        "Errors", "Days off go from %1 to %2, not %3."),
        p.get("low"), p.get("high"), _day(p.get("day"))),
    "day_off.span": lambda p: fill(translate(
        "Errors", "A range of days off lasts at most %1 days; %2 to %3 lasts %4."),
        p.get("limit"), _day(p.get("first")), _day(p.get("last")), p.get("days")),
    "domain.form": lambda p: fill(translate(
        "Errors", "%1 is written %2 in the list of blocked sites."),
        p.get("value"), p.get("canonical")),
    # ---- pages blocked by the browser extension (core.web_rules) ----
    "page.no_path": lambda p: fill(translate(
        "Errors", "%1 names no page: add its path, as in linkedin.com/feed (a whole site "
        "goes in the blocked sites)."), p.get("value")),
    "page.path": lambda p: fill(translate(
        "Errors", "%1: this path is not one a browser sends."), p.get("value")),
    "page.form": lambda p: fill(translate(
        "Errors", "%1 is not written as the list of blocked pages keeps it."), p.get("value")),
    # ---- days and times (core.days) ----
    "time.format": lambda p: fill(translate(
        "Errors", "'%1' is not a time of day; write it as HH:MM, e.g. 08:30."), p.get("text")),
    "time.range": lambda p: fill(translate(
        "Errors", "'%1' is not a time of day; hours go from 00 to 23 and minutes from 00 to 59."),
        p.get("text")),
    "date.format": lambda p: fill(translate(
        "Errors", "'%1' is not a date; write it as YYYY-MM-DD."), p.get("text")),
    "week.format": lambda p: fill(translate(
        "Errors", "'%1' is not a week; write it as YYYY-Www, e.g. 2026-W48."), p.get("text")),
    "week.range": lambda p: fill(translate(
        "Errors", "Week %1 does not exist in %2."), p.get("week"), p.get("year")),
    "weekdays.empty": lambda p: translate(
        "Errors", "Choose at least one working day in the week."),
    "weekdays.range": lambda p: translate(
        "Errors", "Weekdays go from 0 (Monday) to 6 (Sunday)."),
    "day_off.reversed": lambda p: fill(translate(
        "Errors", "A day-off range cannot end (%1) before it starts (%2)."),
        _day(p.get("last")), _day(p.get("first"))),
    "working_hours.order": lambda p: translate(
        "Errors", "Your working hours must end after they start."),
    # ---- roles, targets and activities (core.roles, flows) ----
    "roles.none": lambda p: translate("Errors", "Enable at least one sales role."),
    "target.empty": lambda p: translate(
        "Errors", "A daily target needs minutes, a count, or both."),
    "target.minutes": lambda p: translate(
        "Errors", "A daily target is between 1 and 1440 minutes."),
    "target.count": lambda p: translate(
        "Errors", "A daily count target is between 1 and 10,000."),
    "target.metric": lambda p: fill(translate(
        "Errors", "A daily target names the count '%1' twice, or a count FocusApp does not "
        "know."), p.get("metric")),
    "activity.duplicate": lambda p: fill(translate(
        "Errors", "There is already an activity called '%1'."), p.get("name")),
    "activity.unknown": lambda p: fill(translate(
        "Errors", "'%1' is not an activity of this role. Valid activities: %2."),
        p.get("activity"), p.get("valid")),
    "activity.unknown_any": lambda p: fill(translate(
        "Errors", "'%1' is not an activity of your roles. Valid activities: %2."),
        p.get("activity"), p.get("valid")),
    # ---- counting ----
    "count.step": lambda p: fill(translate(
        "Errors", "Count between 1 and %1 at a time."), str(p.get("limit"))),
    "count.no_activity": lambda p: translate(
        "Errors", "Nothing to count for yet: start a focus block, or name the activity."),
    "count.nothing_to_undo": lambda p: translate(
        "Errors", "There is no count to take back."),
    "count.not_saved": lambda p: fill(translate(
        "Errors", "The count could not be saved: %1. It was not counted; free some space "
                  "and count again."), unusable_reason(p.get("reason"))),
    # ---- handoffs ----
    "handoff_to.empty": lambda p: translate(
        "Errors", "Say who received the handoff: a role, a colleague or a service."),
    "handoff_to.long": lambda p: _text_long(p),
    "handoff_reason.empty": lambda p: translate(
        "Errors", "Say in one line why the handoff was sent back."),
    "handoff_reason.long": lambda p: _text_long(p),
    "handoff.item": lambda p: fill(translate(
        "Errors", "'%1' is not on the brief's checklist: %2."), p.get("item"), p.get("valid")),
    "handoff.unknown": lambda p: fill(translate(
        "Errors", "No single handoff has an id starting with '%1'."), p.get("id")),
    # ---- the timer and the daily loop (services) ----
    "timer.strict_locked": lambda p: translate(
        "Errors", "This is a strict block: type the phrase to stop it early."),
    "timer.strict_no_pause": lambda p: translate(
        "Errors", "A strict block cannot be paused: stop it with the phrase, or take the "
                  "emergency exit."),
    "timer.strict_from_command": lambda p: translate(
        "Errors", "This is a strict block: stop it in FocusApp's window, where you type the "
                  "phrase (or take the emergency exit there)."),
    "timer.not_saved": lambda p: fill(translate(
        "Errors", "The focus block could not be saved: %1. It was not started; free some "
                  "space and try again."), unusable_reason(p.get("reason"))),
    "timer.stop_not_saved": lambda p: fill(translate(
        "Errors", "Your focus block is stopped but could not be saved: %1. FocusApp keeps it "
                  "and will save it as soon as it can."), unusable_reason(p.get("reason"))),
    "timer.busy": lambda p: translate("Errors", "A focus block is already running."),
    "timer.no_block": lambda p: translate("Errors", "No focus block is running."),
    "blocking.locked": lambda p: translate(
        "Errors", "The block lists cannot change while a strict focus block runs."),
    # ---- exports (services.data_files) ----
    "export.format": lambda p: fill(translate(
        "Errors", "'%1' should end with .json, .csv or .ics."), p.get("name")),
    "export.range": lambda p: translate("Errors", "The range ends before it starts."),
    # ---- block plans, presets and app entries (core.block_plan, core.app_rules) ----
    "preset.unknown": lambda p: fill(translate(
        "Errors", "There is no block-list preset named '%1'; pick one of %2."),
        p.get("name"), ", ".join(p.get("choices", ()))),
    "plan.until_past": lambda p: translate("Errors", "A block must end after it starts."),
    "plan.until_far": lambda p: translate(
        "Errors", "A block can block sites for at most %n hour(s).", "", int(p.get("hours", 0))),
    "app.empty": lambda p: translate(
        "Errors", "Type the app's executable name or its full path."),
    "app.too_long": lambda p: fill(translate(
        "Errors", "This app entry is too long: %1."), p.get("value")),
    "app.whitespace": lambda p: fill(translate(
        "Errors", "Remove the spaces around the app name: %1."), p.get("value")),
    "app.control": lambda p: fill(translate(
        "Errors", "An app name cannot contain control or invisible characters: %1."),
        p.get("value")),
    "app.relative_path": lambda p: fill(translate(
        "Errors", "Give either the executable's name or its full path, not a relative path: %1."),
        p.get("value")),
    # ---- domains of the block list (core.domains); `value` is the entry as shown ----
    "domain.type": lambda p: fill(translate("Errors", "A domain is text, not %1."), p.get("value")),
    "domain.empty": lambda p: translate("Errors", "The domain is empty."),
    "domain.newline": lambda p: fill(translate(
        "Errors", "A domain cannot contain a line break: %1."), p.get("value")),
    "domain.control": lambda p: fill(translate(
        "Errors", "A domain cannot contain control character %1: %2."),
        p.get("char"), p.get("value")),
    "domain.invisible": lambda p: fill(translate(
        "Errors", "A domain cannot contain invisible character %1 (zero-width, joiner or "
        "text-direction mark): %2."), p.get("char"), p.get("value")),
    "domain.whitespace": lambda p: fill(translate(
        "Errors", "A domain cannot contain spaces: %1."), p.get("value")),
    "domain.invalid_char": lambda p: _invalid_char(p),
    "domain.hash": lambda p: fill(translate(
        "Errors", "A domain cannot contain '#': %1."), p.get("value")),
    "domain.url": lambda p: fill(translate(
        "Errors", "Type only the site's name (like example.com), not an address with a scheme, "
        "path or user: %1."), p.get("value")),
    "domain.port": lambda p: fill(translate(
        "Errors", "Type the site's name without a port: %1."), p.get("value")),
    "domain.ip": lambda p: fill(translate(
        "Errors", "An IP address cannot be blocked, only a name: %1."), p.get("value")),
    "domain.wildcard": lambda p: fill(translate(
        "Errors", "Wildcards are not supported; type the domain itself (it also blocks its www. "
        "and m. forms): %1."), p.get("value")),
    "domain.underscore": lambda p: fill(translate(
        "Errors", "A host name cannot contain '_': %1."), p.get("value")),
    "domain.mixed_script": lambda p: fill(translate(
        "Errors", "This name mixes alphabets (%1), so it only looks like the site you mean; "
        "type it with the right keyboard layout: %2."),
        ", ".join(script_name(s) for s in p.get("scripts", ())), p.get("value")),
    "domain.confusable": lambda p: fill(translate(
        "Errors", "This name is written with letters that only look like Latin ones, so it is "
        "not the site you mean: %1."), p.get("value")),
    "domain.too_long": lambda p: fill(translate(
        "Errors", "A domain has at most %1 characters; this one has %2."),
        p.get("limit"), p.get("length")),
    "domain.label_empty": lambda p: fill(translate(
        "Errors", "A domain cannot have an empty part (two dots in a row, or a dot at the "
        "start): %1."), p.get("value")),
    "domain.label_long": lambda p: _label_long(p),
    "domain.hyphen": lambda p: fill(translate(
        "Errors", "A part of a domain cannot start or end with '-': %1."), p.get("value")),
    "domain.idna": lambda p: fill(translate(
        "Errors", "This is not a valid international domain name: %1."), p.get("value")),
    "domain.localhost": lambda p: fill(translate(
        "Errors", "Local host names cannot be blocked: %1."), p.get("value")),
    "domain.local": lambda p: fill(translate(
        "Errors", "Names of the local network (.local) cannot be blocked: %1."), p.get("value")),
    "domain.single_label": lambda p: fill(translate(
        "Errors", "Type a full domain with a dot, like example.com: %1."), p.get("value")),
    "domain.reserved": lambda p: fill(translate(
        "Errors", "%1 keeps the computer updated, on time or able to check certificates, so "
                  "it is never blocked."), p.get("value")),
    "domain.reserved_windows": lambda p: fill(translate(
        "Errors", "%1 belongs to Windows' updates, Microsoft Defender or diagnostics: Defender "
                  "resets the whole hosts file when one of them is blocked, so it is never "
                  "blocked."), p.get("value")),
    "domain.reserved_apple": lambda p: fill(translate(
        "Errors", "%1 keeps the Mac updated, on time or able to check certificates, so it is "
                  "never blocked."), p.get("value")),
    "domain.not_canonical": lambda p: fill(translate(
        "Errors", "Internal error: %1 is not canonical."), p.get("value")),
    # ---- files that are not strict JSON (core.strict_json) ----
    "json.duplicate_key": lambda p: fill(translate(
        "Errors", "The key '%1' appears twice in one object."), p.get("key")),
    "json.not_a_number": lambda p: fill(translate(
        "Errors", "%1 is not a number JSON allows."), p.get("name")),
    "json.not_utf8": lambda p: fill(translate(
        "Errors", "The file is not UTF-8 text (%1 at byte %2)."), p.get("reason"),
        p.get("byte")),
    "json.syntax": lambda p: fill(translate(
        "Errors", "The file is not valid JSON (%1 at line %2, column %3); is it complete?"),
        p.get("detail"), p.get("line"), p.get("column")),
    "json.too_deep": lambda p: translate("Errors", "The file is nested too deeply to be read."),
    "json.number_too_long": lambda p: translate(
        "Errors", "The file holds a number too long to read."),
    # ---- the data folder (store) ----
    "store.unusable": lambda p: fill(translate(
        "Errors", "FocusApp cannot use the data folder %1: %2. Choose another one with "
                  "--data-dir."), p.get("folder"), unusable_reason(p.get("reason"))),
    "store.not_saved": lambda p: fill(translate(
        "Errors", "FocusApp could not save this change in its data folder: %1. Nothing was "
                  "changed; try again once the folder can be written to."),
        unusable_reason(p.get("reason"))),
    # ---- an import that failed while writing (store.export) ----
    "import.failed": lambda p: fill(translate(
        "Errors", "The import failed (%1): nothing of it was kept; your data is as it was "
                  "before."), unusable_reason(p.get("reason"))),
    "import.not_undone": lambda p: fill(translate(
        "Errors", "The import failed and your data could not be put back yet (%1). Free some "
                  "space, then restart FocusApp: it will put your data back as it was before "
                  "the import."), unusable_reason(p.get("reason"))),
    # ---- a file refused before anything is imported (store.import_check) ----
    "import.not_an_export": lambda p: translate(
        "Errors", "This file is not a FocusApp export."),
    "import.version": lambda p: fill(translate(
        "Errors", "This export has version %1, which this FocusApp cannot read (it reads "
                  "versions %2): update FocusApp, then import it again."),
        p.get("version"), p.get("supported")),
    "import.too_big": lambda p: fill(translate(
        "Errors", "The file is larger than %1 MB: it cannot be a FocusApp export."),
        p.get("megabytes")),
    "import.empty": lambda p: translate("Errors", "The file is empty."),
    "import.unreadable": lambda p: fill(translate(
        "Errors", "The file cannot be read: %1."), unreadable_reason(p.get("reason"))),
    "import.too_many_problems": lambda p: fill(translate(
        "Errors", "More than %1 problems: checking stopped there."), p.get("count")),
    # ---- where a file may be written (services.output) ----
    "output.in_data_folder": lambda p: fill(translate(
        "Errors", "%1 is inside FocusApp's data folder; choose another folder so your data "
                  "is never overwritten."), p.get("path")),
    "output.is_folder": lambda p: fill(translate(
        "Errors", "%1 is a folder; give a file name."), p.get("path")),
    "output.no_folder": lambda p: fill(translate(
        "Errors", "The folder %1 does not exist."), p.get("folder")),
    "output.not_writable": lambda p: fill(translate(
        "Errors", "The folder %1 cannot be written to."), p.get("folder")),
    "output.write_failed": lambda p: fill(translate(
        "Errors", "%1 could not be written."), p.get("path")),
    "output.not_written": lambda p: fill(translate(
        "Errors", "%1 could not be written: %2."), p.get("path"), unusable_reason(p.get("reason"))),
    # ---- a role's handoff brief and agreed delay (core.handoffs) ----
    "checklist_item.empty": lambda p: translate(
        "Errors", "Write the item first: it is empty."),
    "checklist_item.long": lambda p: fill(translate(
        "Errors", "An item of the brief is at most %1 characters."), p.get("limit")),
    "checklist.none": lambda p: translate(
        "Errors", "A handoff brief needs at least one item."),
    "checklist.too_many": lambda p: fill(translate(
        "Errors", "A handoff brief holds at most %1 items."), p.get("limit")),
    "checklist.repeated": lambda p: fill(translate(
        "Errors", "'%1' is already in the brief."), p.get("item")),
    "agreed_hours.range": lambda p: fill(translate(
        "Errors", "The agreed delay is from %1 to %2 hours, not %3."),
        p.get("low"), p.get("high"), p.get("value")),
    # ---- speed-to-lead (core.leads, services.leads) ----
    "lead_name.empty": lambda p: _text_empty(),
    "lead_name.long": lambda p: fill(translate(
        "Errors", "A lead's name is at most %1 characters; this one has %2."),
        p.get("limit"), p.get("length")),
    "lead.unknown": lambda p: fill(translate(
        "Errors", "No lead waiting is called '%1' or has an id starting with it."),
        p.get("key")),
    "lead.no_role": lambda p: translate(
        "Errors", "Lead clocks are for the Inbound Lead Qualification role (or the solo "
                  "seller): take it up in Settings → Roles."),
    "lead_minutes.range": lambda p: fill(translate(
        "Errors", "The speed-to-lead target is from %1 to %2 minutes, not %3."),
        p.get("low"), p.get("high"), p.get("value")),
    # ---- the weekly export to a folder (services.weekly_export) ----
    "weekly_export.no_folder": lambda p: fill(translate(
        "Errors", "Your weekly export is waiting: the folder %1 is not there (is the drive "
                  "connected?). FocusApp tries again every hour."), p.get("folder")),
    "weekly_export.not_written": lambda p: fill(translate(
        "Errors", "Your weekly export could not be written to %1: %2. FocusApp tries again "
                  "every hour."), p.get("folder"), unusable_reason(p.get("reason"))),
    "setting.folder": lambda p: translate(
        "Errors", "Choose the folder with the button: this is not a whole path to a folder."),
    # ---- start at login (services.autostart) ----
    "autostart.empty_command": lambda p: translate(
        "Errors", "The command to start FocusApp is empty."),
    "autostart.control_character": lambda p: translate(
        "Errors", "The command to start FocusApp contains a control character."),
    "autostart.windows_only": lambda p: translate(
        "Errors", "The Windows Run key exists only on Windows."),
    "autostart.write_failed": lambda p: fill(translate(
        "Errors", "Could not turn on start at login: %1 could not be written: %2."),
        p.get("place"), unusable_reason(p.get("reason"))),
    "autostart.remove_failed": lambda p: fill(translate(
        "Errors", "Could not turn off start at login: %1 could not be removed: %2."),
        p.get("place"), unusable_reason(p.get("reason"))),
    # ---- the blocking controller (services.blocking) ----
    "blocking.app_entry": lambda p: fill(translate(
        "Errors", "The app list entry '%1' was ignored: %2"), p.get("entry"),
        problem_message(Problem(str(p.get("error")), {"value": p.get("entry")}))),
    "blocking.plan": lambda p: translate(
        "Errors", "Nothing is blocked for this block: its block plan was refused."),
    "blocking.rejected": lambda p: fill(translate(
        "Errors", "%n entries of the block list were skipped as invalid: %1", "",
        int(p.get("count", 0))), ", ".join(p.get("entries", ())[:5])),
    "blocking.hosts_apply": lambda p: fill(translate(
        "Errors", "Websites are not blocked: %1."), hosts_reason(p.get("error"))),
    "blocking.hosts_clear": lambda p: fill(translate(
        "Errors", "Websites stay blocked until the block's planned end: %1."),
        hosts_reason(p.get("error"))),
    "blocking.record": lambda p: translate(
        "Errors", "Could not save the record of the active blocking for crash recovery."),
    "blocking.mechanism_enable": lambda p: fill(translate(
        "Errors", "Could not turn on %1."), mechanism_name(p.get("mechanism"))),
    "blocking.mechanism_restore": lambda p: fill(translate(
        "Errors", "Could not put %1 back as it was before the block."),
        mechanism_name(p.get("mechanism"))),
    # ---- why a mechanism does not fully work here (MechanismStatus.reason) ----
    "blocking.status_unknown": lambda p: fill(translate(
        "Errors", "Its state could not be read (%1)."), p.get("detail")),
    "hosts.not_installed": lambda p: translate(
        "Errors", "The hosts helper that blocks websites is not installed on this computer. "
        "Install FocusApp from its package or bundle, which includes the helper (this needs "
        "administrator rights once)."),
    "hosts.no_pkexec": lambda p: translate(
        "Errors", "pkexec (polkit) is not installed, so the hosts helper cannot get the rights "
        "it needs to block websites."),
    "hosts.last_failed": lambda p: fill(translate(
        "Errors", "The last change to the blocked websites failed: %1."),
        hosts_reason(p.get("error"))),
    "apps.no_minimizer": lambda p: translate(
        "Errors", "Apps set to be minimized are only warned about: minimizing needs an X11 "
        "session with xdotool."),
    "windows.no_platform_api": lambda p: fill(translate(
        "Errors", "The system's window API is not available (%1)."), p.get("detail")),
    "windows.wayland": lambda p: translate(
        "Errors", "Wayland does not let applications see which window is in front."),
    "tray.none": lambda p: translate(
        "Errors", "This desktop shows no tray icons, so FocusApp lives in its Today window."),
    "messages.no_tray": lambda p: translate(
        "Errors", "Without a tray icon, FocusApp's messages (the end of a block, a blocked app) "
        "are not shown."),
    "messages.no_server": lambda p: translate(
        "Errors", "No notification server runs on this desktop, so FocusApp's messages (the "
        "end of a block, a blocked app) are not shown."),
    "windows.xwayland": lambda p: translate(
        "Errors", "Under Wayland, only the windows of X11 apps are seen in front: time in a "
        "Wayland window (most browsers there) is not counted."),
    "apps.wayland": lambda p: translate(
        "Errors", "Apps set to be minimized are only warned about: Wayland does not let one "
        "app minimize the windows of another."),
    "windows.no_display": lambda p: translate("Errors", "There is no graphical display."),
    "windows.no_xlib": lambda p: translate(
        "Errors", "The python-xlib module is not installed, so the window in front cannot be "
        "seen."),
    "windows.x11_unavailable": lambda p: fill(translate(
        "Errors", "The X11 display could not be opened (%1)."), p.get("detail")),
    "windows.x11_failed": lambda p: fill(translate(
        "Errors", "The connection to the X11 display failed (%1)."), p.get("detail")),
    "windows.no_active_window": lambda p: translate(
        "Errors", "The window manager does not say which window is in front."),
    "windows.no_titles": lambda p: translate(
        "Errors", "macOS shows the app in front but not its window title, so blocked sites "
        "are not seen in browser titles."),
    "dnd.no_gsettings": lambda p: translate("Errors", "GNOME's gsettings tool is not installed."),
    "dnd.gsettings_failed": lambda p: fill(translate(
        "Errors", "GNOME's notification settings could not be read or changed (%1)."),
        p.get("detail")),
    "dnd.gsettings_value": lambda p: fill(translate(
        "Errors", "GNOME's notification banner setting has an unexpected value: %1."),
        p.get("value")),
    "dnd.no_session_bus": lambda p: translate(
        "Errors", "There is no session bus to reach the notification server."),
    "dnd.no_notification_server": lambda p: fill(translate(
        "Errors", "No notification server answers on the session bus (%1)."), p.get("detail")),
    "dnd.no_inhibit": lambda p: translate(
        "Errors", "The notification server does not let applications silence it."),
    "dnd.unavailable": lambda p: _dnd_unavailable(p),
    "dnd.no_api_windows": lambda p: translate(
        "Errors", "Windows gives applications no supported way to turn on Do Not Disturb "
        "(Focus assist): turn it on yourself for a block, from the notification centre."),
    "dnd.no_api_macos": lambda p: translate(
        "Errors", "macOS gives applications no supported way to turn on a Focus or Do Not "
        "Disturb: turn it on yourself for a block, from Control Centre."),
    **IDLE_TEXTS,
    "autostart.not_xdg": lambda p: translate(
        "Errors", "This way of starting at login works only on Linux desktops."),
    "autostart.not_windows": lambda p: translate(
        "Errors", "This way of starting at login works only on Windows."),
    "autostart.not_macos": lambda p: translate(
        "Errors", "This way of starting at login works only on macOS."),
    # ---- accounts going cold and follow-ups (core.accounts, core.follow_ups; issue 12) ----
    "account_name.empty": lambda p: translate("Errors", "Name the account first."),
    "account_name.long": lambda p: fill(translate(
        "Errors", "An account's name is at most %1 characters."), p.get("limit")),
    "account_note.empty": lambda p: _text_empty(),
    "account_note.long": lambda p: _text_long(p),
    "cold_weeks.range": lambda p: fill(translate(
        "Errors", "An account goes cold after %1 to %2 weeks without a touch, not %3."),
        p.get("low"), p.get("high"), p.get("value")),
    "accounts_csv.column": lambda p: fill(translate(
        "Errors", "The file has no column '%1'. Its columns: %2."), p.get("column"),
        p.get("columns")),
    "accounts_csv.name": lambda p: fill(translate(
        "Errors", "Line %1 of the file: an account's name is at most %2 characters."),
        p.get("line"), p.get("limit")),
    "accounts_csv.too_many": lambda p: fill(translate(
        "Errors", "The file names %1 accounts; at most %2 can be imported."),
        p.get("count"), p.get("limit")),
    "follow_up_name.empty": lambda p: translate("Errors", "Say whom to follow up first."),
    "follow_up_name.long": lambda p: _text_long(p),
    "follow_up_due.format": lambda p: fill(translate(
        "Errors", "'%1' is not a delay: write hours (48h), days (2d) or minutes (90m)."),
        p.get("text")),
    "follow_up_due.range": lambda p: fill(translate(
        "Errors", "A follow-up is due within %1 days at most, not '%2'."), p.get("days"),
        p.get("text")),
    "follow_up.unknown": lambda p: fill(translate(
        "Errors", "No single follow-up is named '%1' or has an id starting with it."),
        p.get("ref")),
    **CALENDAR_TEXTS,
    **SCHEDULE_TEXTS,
    "autostart.disabled_by_user": lambda p: translate(
        "Errors", "Windows keeps FocusApp from starting at login: it is turned off in Task "
        "Manager's Startup tab (or Settings > Apps > Startup). Turn it on there."),
}


def _day(value: object) -> str:
    """A date in the UI language's short form (core passes `date` objects)."""
    if isinstance(value, date):
        return QLocale().toString(QDate(value.year, value.month, value.day),
                                  QLocale.FormatType.ShortFormat)
    return str(value)


def _idle_unavailable(p: Mapping[str, Any]) -> str:
    # `reasons`: each idle-time source's own problem, in the order they were tried.
    reasons = [problem_message(r) for r in p.get("reasons", ()) if isinstance(r, Problem)]
    if not reasons:
        return translate("Errors", "No way to see time away from the desk was found here.")
    return fill(translate("Errors", "No way to see time away from the desk works here. %1"),
                " ".join(reasons))


def _dnd_unavailable(p: Mapping[str, Any]) -> str:
    # `reasons`: each do-not-disturb backend's own problem, in the order they were tried.
    reasons = [problem_message(r) for r in p.get("reasons", ()) if isinstance(r, Problem)]
    if not reasons:
        return translate("Errors", "No way to silence notifications was found on this desktop.")
    return fill(translate("Errors", "No way to silence notifications works on this desktop. %1"),
                " ".join(reasons))


def _text_empty() -> str:
    return translate("Errors", "Write something first: the text is empty.")


def _text_long(p: Mapping[str, Any]) -> str:
    return fill(translate("Errors", "Keep it to %1 characters; this text has %2."),
                p.get("limit"), p.get("length"))


def _invalid_char(p: Mapping[str, Any]) -> str:
    # Raised with the offending character when there is one, else for the name as a whole.
    if "char" in p:
        return fill(translate("Errors", "A domain cannot contain character %1: %2."),
                    p.get("char"), p.get("value"))
    return fill(translate("Errors", "This is not a valid domain: %1."), p.get("value"))


def _label_long(p: Mapping[str, Any]) -> str:
    # Without `length` the part was too long only once encoded (IDNA gave up measuring it).
    if "length" in p:
        return fill(translate(
            "Errors", "Each part of a domain has at most %1 characters; one has %2: %3."),
            p.get("limit"), p.get("length"), p.get("value"))
    return fill(translate(
        "Errors", "Each part of a domain has at most %1 characters once encoded: %2."),
        p.get("limit"), p.get("value"))


def problem_message(problem: Problem) -> str:
    """A coded refusal or problem in the UI language (the English message as the fallback:
    a code missing here is a bug that tests/ui/test_problems.py catches)."""
    text = PROBLEM_TEXTS.get(problem.code)
    return text(problem.params) if text is not None else problem.message


def error_message(error: CodedError) -> str:
    """A ValidationError (or any coded refusal) in the UI language."""
    return problem_message(error.problem)
