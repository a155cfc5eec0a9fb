"""Flows with the real store, the fake clock and a recording shell: no widget is built."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import shiboken6

from focusapp.core.days import IsoWeek
from focusapp.core.errors import Problem
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.flows.shell import TimerView
from focusapp.services.daily import DailyLoop
from focusapp.services.timer import FocusTimer
from focusapp.store.database import Store


@dataclass
class FakeShell:
    """Records what the flows tell and show; keeps each question so the test answers it."""

    notes: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    asked: list[tuple[str, tuple[Any, ...], Callable[..., None]]] = field(default_factory=list)
    chimes: int = 0
    timer: TimerView | None = None
    meetings: tuple[Any, ...] = ()
    today: Any = None
    blocking: Sequence[Any] = ()
    language: str | None = None
    reviews: list[IsoWeek | None] = field(default_factory=list)
    histories: list[str | None] = field(default_factory=list)
    pdfs: list[tuple[IsoWeek, Path]] = field(default_factory=list)
    review_refreshes: int = 0
    import_refusals: list[tuple[Any, ...]] = field(default_factory=list)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)  # an ask's keywords
    accounts: Any = None  # the AccountsView shown last
    leads: Any = None
    open_meetings: tuple[Any, ...] = ()
    plan: Any = None  # the PlanView shown last (Today's timeline)

    def notify(self, title: str, message: str) -> None:
        self.notes.append((title, message))

    def warn(self, text: str) -> None:
        self.warnings.append(text)

    def warn_problem(self, problem: Problem) -> None:
        self.problems.append(problem)

    def warn_import_refused(self, problems: Sequence[Any]) -> None:
        self.import_refusals.append(tuple(problems))

    def notify_problem(self, title: str, problem: Problem) -> None:
        self.notes.append((title, problem.code))

    def play_chime(self) -> None:
        self.chimes += 1

    def show_today(self) -> None:
        pass

    def render_today(self, view: Any, roles: Any) -> None:
        self.today = view

    def render_accounts(self, view: Any) -> None:
        self.accounts = view

    def render_timer(self, view: TimerView) -> None:
        self.timer = view

    def render_meetings(self, meetings: Sequence[Any]) -> None:
        self.meetings = tuple(meetings)

    def render_plan(self, view: Any) -> None:
        self.plan = view

    def render_blocking(self, statuses: Sequence[Any]) -> None:
        self.blocking = statuses

    def render_leads(self, view: Any) -> None:
        self.leads = view

    def render_open_meetings(self, meetings: Any) -> None:
        self.open_meetings = tuple(meetings)

    def set_language(self, language: str) -> None:
        self.language = language

    def show_review(self, week: IsoWeek | None) -> IsoWeek:
        self.reviews.append(week)
        return week or IsoWeek(2026, 48)

    def refresh_review(self) -> None:
        self.review_refreshes += 1

    def show_history(self, role: str | None) -> None:
        self.histories.append(role)

    def refresh_history(self) -> None:
        pass

    def flush_review(self) -> None:
        pass

    def write_review_pdf(self, week: IsoWeek, pdf: Path) -> None:
        self.pdfs.append((week, pdf))

    def show_settings(self, saved: Callable[..., None], restored: Callable[[date], None],
                      start_at_login: Callable[[], Problem | None] = lambda: None) -> None:
        self.start_at_login = start_at_login
        self.asked.append(("settings", (), saved))
        self.asked.append(("restore", (), restored))

    def today_visible(self) -> bool:
        return False

    def tray_visible(self) -> bool:
        return False

    def today_lines(self) -> tuple[str, ...]:
        return ()

    def tray_entries(self) -> tuple[str, ...]:
        return ()

    def blocking_lines(self) -> tuple[str, ...]:
        return ()

    def __getattr__(self, name: str) -> Callable[..., None]:
        """ask_start, ask_one_thing, …: kept with their arguments; the last argument is the
        callback that takes the user's answer."""
        if not name.startswith("ask_"):
            raise AttributeError(name)

        def ask(*args: Any, **options: Any) -> None:
            self.asked.append((name.removeprefix("ask_"), args[:-1], args[-1]))
            self.options[name.removeprefix("ask_")] = options

        return ask

    def question(self, kind: str) -> tuple[tuple[Any, ...], Callable[..., None]]:
        """The latest open question of `kind`, taken off the list."""
        for index in range(len(self.asked) - 1, -1, -1):
            if self.asked[index][0] == kind:
                _, args, answer = self.asked.pop(index)
                return args, answer
        raise AssertionError(f"nothing asked: {kind} (asked: {[a[0] for a in self.asked]})")


@pytest.fixture
def store(store: Store) -> Store:
    """The shared store, with the two roles these flows use."""
    store.roles.save(default_role_configs(frozenset({RoleId.OUTBOUND_PROSPECTOR,
                                                     RoleId.FIELD_SALES})))
    return store


@pytest.fixture
def shell() -> FakeShell:
    return FakeShell()


@pytest.fixture
def daily(qapp: Any, store: Store, clock: Any) -> Iterator[DailyLoop]:
    loop = DailyLoop(clock, store)
    yield loop
    shiboken6.delete(loop)


@pytest.fixture
def timer(daily: DailyLoop, store: Store, clock: Any) -> Iterator[FocusTimer]:
    focus_timer = FocusTimer(clock, store, daily.settings)
    yield focus_timer
    shiboken6.delete(focus_timer)
