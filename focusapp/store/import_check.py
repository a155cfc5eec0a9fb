"""Is a parsed file a FocusApp export we can import? `validate_import` answers (SPEC §12).

It checks everything before anything is written: the format and version, the shape, every
record (`record_check`), duplicates. Any problem refuses the whole file and every problem
found is listed, up to `MAX_PROBLEMS` (e.g. ``blocks[12] (id b3): 'start' has no UTC
offset``). Only a file with none becomes an `ImportPlan`, which `export.apply_import` merges.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from focusapp.core.accounts import Account, Touch
from focusapp.core.errors import CodedError, ValidationError
from focusapp.core.errors import Problem as CodedProblem
from focusapp.core.follow_ups import FollowUp
from focusapp.core.handoffs import Handoff
from focusapp.core.leads import Lead
from focusapp.core.models import Block, Day, Reflections, Settings, Tally
from focusapp.core.next_steps import NextStep
from focusapp.core.roles import RoleConfig
from focusapp.core.settings_rules import settings_problems
from focusapp.store.accounts_codec import check_account, check_follow_up, check_touch
from focusapp.store.codec import OBJECT, RecordError, check_settings, decode_instant
from focusapp.store.record_check import (
    check_block,
    check_day,
    check_handoff,
    check_lead,
    check_next_step,
    check_review,
    check_role,
    check_tally,
    check_year,
    short,
)

FORMAT = "focusapp-export"
# 2: counts tallied between blocks and handoffs (both optional, so version 1 files, which
# have neither, still import).
# 3: inbound leads and their first touch; accounts, touches and follow-ups (issue 12;
# `BOOK_SECTIONS`); all optional.
VERSION = 3
SUPPORTED_VERSIONS = (1, 2, 3)
BOOK_SECTIONS = ("accounts", "touches", "follow_ups")
SECTIONS = ("settings", "roles", "days", "blocks", "reviews", "tallies", "handoffs", "leads",
            "next_steps", *BOOK_SECTIONS)
OPTIONAL_SECTIONS = ("tallies", "handoffs", "leads", "next_steps", *BOOK_SECTIONS)
TOP_KEYS = frozenset({"format", "version", "exported_at", "who", *SECTIONS})
MAX_WHO_CHARS = 80

MAX_PROBLEMS = 1000  # then checking stops: the file is refused either way
MAX_DEPTH = 8  # of one record; the deepest the codec writes is 3
_REASON_CHARS = 300


# ---- results --------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """Why an import is refused: which record (kind, index or key) and why.

    A setting the Settings window would refuse also carries the window's refusal (a coded
    `core.errors.Problem`), so the app words it in the user's language."""

    kind: str  # 'file', 'settings', 'roles', 'days', 'blocks', 'reviews'
    where: str  # '[12] (id b3)', '' for the file or a section as a whole
    reason: str
    refusal: CodedProblem | None = None

    def __str__(self) -> str:
        return f"{self.kind}{self.where}: {self.reason}"


@dataclass(frozen=True)
class ImportErrors:
    """The file is refused; nothing was written."""

    problems: tuple[Problem, ...]

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


@dataclass(frozen=True)
class ImportPlan:
    """A checked import, ready for `apply_import`."""

    exported_at: datetime
    settings: Settings
    roles: tuple[RoleConfig, ...]
    days: tuple[Day, ...]
    blocks: tuple[Block, ...]
    reviews: tuple[Reflections, ...]
    tallies: tuple[Tally, ...] = ()
    handoffs: tuple[Handoff, ...] = ()
    who: tuple[str, str] = ("", "")  # whose export: (name, profile id); empty before v2
    # The account manager's and business developer's records (version 3).
    accounts: tuple[Account, ...] = ()
    touches: tuple[Touch, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    leads: tuple[Lead, ...] = ()  # none before v3
    next_steps: tuple[NextStep, ...] = ()  # Field Sales' meetings' (v3)


# ---- checking -------------------------------------------------------------------------


class _TooMany(Exception):
    pass


class _Collector:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, kind: str, where: str, reason: str, refusal: CodedError | None = None) -> None:
        if len(reason) > _REASON_CHARS:
            reason = reason[: _REASON_CHARS - 1] + "…"
        self.problems.append(Problem(kind, where, reason,
                                     None if refusal is None else refusal.problem))
        if len(self.problems) >= MAX_PROBLEMS:
            self.problems.append(
                Problem("file", "", f"more than {MAX_PROBLEMS} problems; stopped checking",
                    CodedError("import.too_many_problems", "stopped checking",
                               count=MAX_PROBLEMS).problem)
            )
            raise _TooMany


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list | tuple) else type(value).__name__


_SCALARS = frozenset({str, int, float, bool, type(None)})  # what JSON holds besides nesting


def _too_deep(value: object, limit: int) -> bool:
    """Does anything sit more than `limit` levels below `value`? Every record of a five-year
    export is measured, so the walk steps over scalars without a call (they end no deeper
    than their container's depth plus one, checked where the container is)."""
    if type(value) is dict or isinstance(value, Mapping):
        children: Collection[object] = value.values()
    elif isinstance(value, list | tuple):
        children = value
    else:
        return limit < 0
    if limit <= 0:
        return limit < 0 or len(children) > 0
    for child in children:  # noqa: SIM110 (a loop, not any(): twice as fast here)
        if type(child) not in _SCALARS and _too_deep(child, limit - 1):
            return True
    return False


def _refusal(record: object, exc: Exception) -> str:
    """Why a record is refused. A record its check accepts has its model's shape, never
    deeper than MAX_DEPTH (every field is typed, and no object has a field its model does
    not have), so only a refused one is measured: nested too deeply, that is the reason."""
    if _too_deep(record, MAX_DEPTH):
        return "nested too deeply"
    if isinstance(exc, RecordError | ValidationError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def _label(index: int, doc: object, key: str) -> str:
    ident = doc.get(key) if isinstance(doc, OBJECT) else None
    if isinstance(ident, str):
        return f"[{index}] ({key} {short(ident)})"
    return f"[{index}]"


def _section[T, K](
    out: _Collector,
    doc: Mapping[str, Any],
    kind: str,
    key: str,
    check: Callable[[Mapping[str, Any]], T],
    identity: Callable[[T], K],
    what: str,
    *,
    optional: bool = False,  # a section an older export does not have: absent is empty
) -> tuple[T, ...]:
    """A section's records, each checked, then none twice (the same `identity`). A record
    is named ('[12] (id b3)') only in a problem: thousands of good ones need no name."""
    if optional and kind not in doc:
        return ()
    items = doc.get(kind)
    if not isinstance(items, list):
        out.add(kind, "", f"should be a list, not {short(items)}")
        return ()
    checked: list[tuple[int, T]] = []
    for index, item in enumerate(items):
        if not isinstance(item, OBJECT):
            out.add(kind, _label(index, item, key), f"{short(item)} is not an object")
            continue
        try:
            checked.append((index, check(item)))
        except Exception as exc:  # a hostile record must be reported, never crash the import
            out.add(kind, _label(index, item, key), _refusal(item, exc))
    first: dict[K, int] = {}
    for index, value in checked:
        k = identity(value)
        if k in first:
            out.add(kind, _label(index, items[index], key), f"{what} {short(str(k))} is "
                    f"already in {kind}{_label(first[k], items[first[k]], key)}")
        else:
            first[k] = index
    return tuple(value for _, value in checked)


def validate_import(doc: object) -> ImportPlan | ImportErrors:
    """Check a parsed export completely; an `ImportPlan` only if nothing is wrong."""
    out = _Collector()
    try:
        plan = _validate(out, doc)
    except _TooMany:
        plan = None
    if out.problems or plan is None:
        return ImportErrors(tuple(out.problems))
    return plan


def _validate(out: _Collector, doc: object) -> ImportPlan | None:
    if not isinstance(doc, Mapping):
        out.add("file", "", f"the top level is {_json_kind(doc)}, not a FocusApp export",
                CodedError("import.not_an_export", "not a FocusApp export"))
        return None
    if doc.get("format") != FORMAT:
        out.add("file", "", f"'format' is {short(repr(doc.get('format')))}, not '{FORMAT}': "
                            "this is not a FocusApp export",
                CodedError("import.not_an_export", "not a FocusApp export"))
        return None
    version = doc.get("version")
    if type(version) is not int or version not in SUPPORTED_VERSIONS:
        supported = ", ".join(str(v) for v in SUPPORTED_VERSIONS)
        out.add("file", "", f"export version {short(repr(version))} is not supported "
                            f"(this FocusApp reads version {supported})",
                CodedError("import.version", "export version not supported",
                           version=short(str(version)), supported=supported))
        return None
    for key in sorted(str(k) for k in doc if k not in TOP_KEYS):
        out.add("file", "", f"unknown field {short(key)!r}")
    exported_at: datetime | None = None
    try:
        exported_at = decode_instant(doc.get("exported_at"))
        check_year(exported_at, "the instant")
    except RecordError as exc:
        out.add("file", "", f"'exported_at': {exc}")
    _check_who(out, doc.get("who"))

    settings: Settings | None = None
    raw_settings = doc.get("settings")
    if not isinstance(raw_settings, Mapping):
        out.add("settings", "", f"should be an object, not {short(raw_settings)}")
    elif _too_deep(raw_settings, MAX_DEPTH):
        out.add("settings", "", "nested too deeply")
    else:
        settings, reasons = check_settings(raw_settings)
        for name, reason in reasons:
            out.add("settings", "", f"'{name}': {reason}",
                    reason if isinstance(reason, CodedError) else None)
        # A file cannot bring what the Settings window would refuse.
        for refusal in settings_problems(settings):
            out.add("settings", "", refusal.message, refusal)

    roles = _section(out, doc, "roles", "role", check_role, lambda c: c.role.value, "role")
    days = _section(out, doc, "days", "day", check_day, lambda d: d.day, "day")
    blocks = _section(out, doc, "blocks", "id", check_block, lambda b: b.id, "block id")
    reviews = _section(out, doc, "reviews", "week", check_review, lambda r: r.week, "week")
    tallies = _section(out, doc, "tallies", "activity", check_tally, lambda t: t.key,
                       "count of", optional=True)
    handoffs = _section(out, doc, "handoffs", "id", check_handoff, lambda h: h.id,
                        "handoff id", optional=True)
    book = _book_sections(out, doc)
    leads = _leads(out, doc)
    next_steps = _section(out, doc, "next_steps", "block_id", check_next_step,
                          lambda s: s.block_id, "next step of", optional=True)
    if out.problems or settings is None or exported_at is None:
        return None
    who = doc.get("who")
    return ImportPlan(exported_at, settings, roles, days, blocks, reviews, tallies, handoffs,
                      (who["name"], who["profile"]) if isinstance(who, Mapping) else ("", ""),
                      leads=leads, next_steps=next_steps, **book)


def _book_sections(out: _Collector, doc: Mapping[str, Any]) -> dict[str, tuple[Any, ...]]:
    """Accounts (one per name, case aside), touches and follow-ups (by id): version 3's
    sections, absent from older files."""
    return {
        "accounts": _section(out, doc, "accounts", "name", check_account, lambda a: a.key,
                             "account", optional=True),
        "touches": _section(out, doc, "touches", "id", check_touch, lambda t: t.id,
                            "touch id", optional=True),
        "follow_ups": _section(out, doc, "follow_ups", "id", check_follow_up, lambda f: f.id,
                               "follow-up id", optional=True),
    }


def _leads(out: _Collector, doc: Mapping[str, Any]) -> tuple[Lead, ...]:
    """The leads of a version 3 file (none in older ones)."""
    return _section(out, doc, "leads", "id", check_lead, lambda lead: lead.id, "lead id",
                    optional=True)


def _check_who(out: _Collector, who: object) -> None:
    """Whose export it is (version 2): optional; when there, two short texts and no more."""
    if who is None:
        return
    if not isinstance(who, Mapping) or set(who) != {"name", "profile"} or not all(
            isinstance(v, str) and len(v) <= MAX_WHO_CHARS for v in who.values()):
        out.add("file", "", "'who' should be {\"name\": text, \"profile\": text}, "
                            f"each at most {MAX_WHO_CHARS} characters")

