"""What a whole Settings value must be, beyond each field's bounds (`Settings.validate`).

One place for the rules the Settings window applies when it saves and an import applies to
the file's settings (`store.import_check`), so a file can never bring what the
window would refuse: 1,000 timer presets, 100,000 days off, a site with a line break in it.

Each value is checked in the form the window stores it (a time as HH:MM, a site as its
canonical name, the working days in order). `settings_problems` lists every problem, one
`ValidationError` each, whose `name` parameter is the setting at fault.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from focusapp.core.app_rules import parse_app_entry
from focusapp.core.days import DayOff, format_time_of_day, parse_time_of_day
from focusapp.core.domains import canonical_domain, shown_value
from focusapp.core.errors import ValidationError
from focusapp.core.models import Settings, validate_minutes, validate_text
from focusapp.core.schedule import ScheduledBlock
from focusapp.core.web_rules import check_page

MAX_PRESETS = 6  # the start dialog's buttons; the window edits the presets, never adds any
MAX_DAYS_OFF = 400  # ranges: more than a year of single days
MAX_DAY_OFF_SPAN = 366  # days in one range: a year of leave
DAYS_OFF_YEARS = (2000, 2100)
MAX_BLOCKED_DOMAINS = 2000  # what the hosts helper accepts for one block (hosts_section)
MAX_BLOCKED_APPS = 200
MAX_BLOCKED_PAGES = 200
MAX_DISPLAY_NAME = 80
MAX_FOLDER_PATH = 1000  # longer than any path a desktop makes, short enough to show
MAX_SCHEDULED = 20  # a week of power hours and reviews, not a calendar
MAX_SCHEDULE_NAME = 60

TIME_FIELDS = ("day_start", "one_thing_time", "end_of_day_time", "review_time", "nudge_time")
_LIMITS = {"presets": MAX_PRESETS, "working_weekdays": 7, "days_off": MAX_DAYS_OFF,
           "blocked_domains": MAX_BLOCKED_DOMAINS, "blocked_apps": MAX_BLOCKED_APPS,
           "blocked_pages": MAX_BLOCKED_PAGES, "scheduled_blocks": MAX_SCHEDULED}
_UNIQUE = ("working_weekdays", "days_off", "blocked_domains", "blocked_apps", "blocked_pages")


def settings_problems(settings: Settings) -> tuple[ValidationError, ...]:
    """Every rule `settings` breaks, in field order; empty when the window would save it."""
    return tuple(_problems(settings))


def _problems(settings: Settings) -> Iterator[ValidationError]:
    for name in TIME_FIELDS:
        text = getattr(settings, name)
        if format_time_of_day(parse_time_of_day(text)) != text:  # "8:30", "08:30\n"
            yield ValidationError("setting.time_form", f"{name}: {text!r} is not written as "
                                  "HH:MM.", name=name, text=text)
    for name, limit in _LIMITS.items():
        values = getattr(settings, name)
        if len(values) > limit:  # the entries are not even looked at: the list is refused
            yield ValidationError("setting.too_many", f"{name}: {len(values)} entries, at most "
                                  f"{limit}.", name=name, count=len(values), limit=limit)
            continue
        if name in _UNIQUE and len(set(values)) != len(values):
            yield ValidationError("setting.repeated", f"{name}: an entry appears twice.",
                                  name=name)
        yield from _entries(name, values)
    ids = [entry.id for entry in settings.scheduled_blocks]
    if len(set(ids)) != len(ids):
        yield ValidationError("setting.repeated", "scheduled_blocks: an id appears twice.",
                              name="scheduled_blocks")
    try:  # one line once tidied (core.text.one_line), and short: it heads a team report
        validate_text(settings.display_name, MAX_DISPLAY_NAME, required=False,
                      code="display_name")
    except ValidationError as error:
        error.params.update(name="display_name")
        yield error
    folder = settings.weekly_export_folder
    if folder and not _is_folder_path(folder):
        yield ValidationError("setting.folder", f"weekly_export_folder: {folder!r} is not a "
                              "whole path on one line.", name="weekly_export_folder")
    if tuple(sorted(settings.working_weekdays)) != settings.working_weekdays:
        yield ValidationError("setting.order", "working_weekdays: not in order.",
                              name="working_weekdays")


def _is_folder_path(text: str) -> bool:
    """A whole path (from the root, or a Windows drive or share), on one line, not too long:
    a relative one would depend on where the app was started."""
    whole = PurePosixPath(text).is_absolute() or PureWindowsPath(text).is_absolute()
    return whole and text.isprintable() and len(text) <= MAX_FOLDER_PATH


def _entries(name: str, values: tuple[object, ...]) -> Iterator[ValidationError]:
    check = _ENTRY_CHECKS.get(name)
    if check is None:
        return
    for index, value in enumerate(values):
        try:
            check(value)
        except ValidationError as error:  # the entry's own refusal, told where it is
            error.params.update(name=name, index=index)
            error.message = f"{name}[{index}]: {error.message}"
            yield error


def check_day_off(off: DayOff) -> None:
    """A range of days off the window can hold: in this century or the next, a year at most."""
    low, high = DAYS_OFF_YEARS
    for day in (off.first, off.last):
        if not low <= day.year <= high:
            raise ValidationError("day_off.year", f"{day} is not between {low} and {high}.",
                                  day=day, low=low, high=high)
    span = (off.last - off.first).days + 1
    if span > MAX_DAY_OFF_SPAN:
        raise ValidationError("day_off.span", f"{off.first} to {off.last} is {span} days; at "
                              f"most {MAX_DAY_OFF_SPAN}.", first=off.first, last=off.last,
                              days=span, limit=MAX_DAY_OFF_SPAN)


def day_off_bounds() -> tuple[date, date]:
    """The first and last day a day off may be (for the window's date pickers)."""
    low, high = DAYS_OFF_YEARS
    return date(low, 1, 1), date(high, 12, 31)


def check_scheduled(entry: ScheduledBlock) -> None:
    """A scheduled block the window can hold; one coded refusal, the first rule broken."""
    validate_text(entry.name, MAX_SCHEDULE_NAME, required=True, code="schedule.name")
    if not entry.weekdays:
        raise ValidationError("schedule.no_day", "Choose at least one weekday.")
    if (tuple(sorted(set(entry.weekdays))) != entry.weekdays
            or not all(0 <= day <= 6 for day in entry.weekdays)):
        raise ValidationError("schedule.weekdays", f"{entry.weekdays} are not weekdays 0 to 6, "
                              "in order.")
    if format_time_of_day(parse_time_of_day(entry.at)) != entry.at:
        raise ValidationError("setting.time_form", f"{entry.at!r} is not written as HH:MM.",
                              name="scheduled_blocks", text=entry.at)
    validate_minutes(entry.minutes)
    if not entry.id or not entry.role:
        raise ValidationError("schedule.role", "A scheduled block needs a role.")


def _check_domain(entry: str) -> None:
    canonical = canonical_domain(entry)  # refuses line breaks, spaces, URLs, IPs…
    if canonical != entry:  # "Example.COM": the window would have stored "example.com"
        raise ValidationError("domain.form", f"{entry!r} is written {canonical}.",
                              value=shown_value(entry), canonical=canonical)


_ENTRY_CHECKS: dict[str, Callable[[Any], object]] = {
    "days_off": check_day_off,
    "blocked_domains": _check_domain,
    "blocked_apps": parse_app_entry,  # refuses a line break, a relative path…
    "blocked_pages": check_page,
    "scheduled_blocks": check_scheduled,
}
