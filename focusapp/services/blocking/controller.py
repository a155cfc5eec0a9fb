"""Turns focus blocks into blocking: hosts section and other mechanisms on at a block's start,
off at its end, and lifted at the next start after a crash (SPEC §6, DESIGN "Distraction
blocking").

Crash safety rests on two facts. The hosts section always carries its expiry (the block's due
instant plus `MARGIN`), so the helper, the boot-time sweep or the next start removes it even
if the app never runs again. And what is active is written to ``store.runtime["blocking"]``
*before* any side effect, so `recover_at_startup()` knows what a dead instance left behind:
it clears the hosts section and gives other mechanisms (do-not-disturb) their saved state back.

Helper calls may wait for a pkexec password prompt, so they run on one worker thread, one at a
time and in submission order (a block's clear never overtakes its apply); their results come
back on the GUI thread through a queued signal. Everything else (store, mechanisms, signals)
happens on the GUI thread.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QObject, Signal

from focusapp.core.block_plan import BlockPlan, BlockSettings, plan_from_settings
from focusapp.core.errors import Problem, ValidationError
from focusapp.core.hosts_section import format_instant
from focusapp.core.models import Block
from focusapp.services.blocking.hosts import HostsBlocker, HostsResult
from focusapp.services.blocking.status import RUNTIME_KEY, MechanismStatus, Support
from focusapp.services.clock import Clock

if TYPE_CHECKING:
    from focusapp.store.database import Store

MARGIN = timedelta(minutes=2)  # the section outlives the due instant a little: no gap at the end
EXTEND_SLACK = timedelta(seconds=30)  # re-apply after a pause only if the end moved this much


class Mechanism(Protocol):
    """Anything switched on for a block (do-not-disturb, ...): `enable()` at the start,
    `restore()` at the end. Optionally also ``saved_state() -> JSON value``, read *after*
    `enable()` (what must be persisted to undo it, e.g. the user's own GNOME value), and
    ``restore_from(state)``, used at the next start after a crash. A ``mechanism`` attribute,
    if present, names it (else its status()'s name)."""

    def enable(self) -> object: ...

    def restore(self) -> object: ...

    def status(self) -> MechanismStatus: ...


@runtime_checkable
class _Persistent(Protocol):
    def saved_state(self) -> object: ...

    def restore_from(self, state: Any) -> object: ...


@dataclass(frozen=True)
class StartupRecovery:
    """What `recover_at_startup` found and did (the UI words it)."""

    found: bool
    hosts_lifting: bool = False  # a clear of the hosts section was submitted
    restored: tuple[str, ...] = ()  # mechanisms given their saved state back
    failed: tuple[str, ...] = ()
    until: str | None = None


@dataclass(frozen=True)
class _Job:
    verb: str  # "apply" | "clear"
    token: str  # the runtime record it belongs to


@dataclass
class _Active:
    token: str
    block_id: str
    strict: bool
    until: datetime
    hosts: bool
    states: dict[str, Any]


class _Worker(QObject):
    """One daemon thread running helper calls in order. Daemon: a password prompt left open
    must not keep the app from quitting (the section's expiry and the next start cover it)."""

    done = Signal(object)  # (_Job, HostsResult), delivered queued to the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.Queue[tuple[_Job, Callable[[], HostsResult]] | None] = queue.Queue()
        self._thread: threading.Thread | None = None

    def submit(self, job: _Job, call: Callable[[], HostsResult]) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="focusapp-hosts",
                                            daemon=True)
            self._thread.start()
        self._queue.put((job, call))

    def stop(self, timeout: float) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout)
            self._thread = None

    def _loop(self) -> None:
        while (item := self._queue.get()) is not None:
            job, call = item
            try:
                result = call()
            except Exception as exc:  # HostsBlocker never raises; belt and braces
                result = HostsResult.failure(job.verb, "internal", f"{type(exc).__name__}: {exc}")
            self.done.emit((job, result))


class BlockingController(QObject):
    status_changed = Signal()  # statuses() or is_active() may have changed
    problem_raised = Signal(object)  # a core.errors.Problem: code + params, the UI words it
    hosts_finished = Signal(object)  # HostsResult of each helper call, after it was handled

    def __init__(
        self,
        clock: Clock,
        store: Store,
        settings: Callable[[], BlockSettings],
        hosts: HostsBlocker,
        mechanisms: Sequence[Mechanism] = (),
        *,
        margin: timedelta = MARGIN,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._store = store
        self._settings = settings
        self._hosts = hosts
        self._margin = margin
        self._mechanisms: dict[str, Mechanism] = {}
        self._active: _Active | None = None
        self._pending = 0
        self._worker = _Worker(self)
        self._worker.done.connect(self._on_done)
        for mechanism in mechanisms:
            self.add_mechanism(mechanism)

    # ---- what the UI reads ------------------------------------------------------------

    def statuses(self) -> list[MechanismStatus]:
        return [self._hosts.status(), *(_status(k, m) for k, m in self._mechanisms.items())]

    def lists_locked(self) -> bool:
        """Strict mode: the block lists cannot be edited while a strict block runs."""
        return self._active is not None and self._active.strict

    def is_active(self) -> bool:
        return self._active is not None

    def active_until(self) -> datetime | None:
        return self._active.until if self._active is not None else None

    def pending(self) -> int:
        """Helper calls submitted and not yet handled."""
        return self._pending

    # ---- wiring -------------------------------------------------------------------------

    def add_mechanism(self, mechanism: Mechanism) -> None:
        """Register before `recover_at_startup()` so that a crashed run's state is restored."""
        self._mechanisms[_name(mechanism)] = mechanism
        self.status_changed.emit()

    def on_block_started(self, block: Block) -> None:
        if self._active is not None:
            if self._active.block_id == block.id:  # emitted again: keep the saved states
                self.refresh(block)
                return
            self._lift()
        now = self._clock.now()
        until = block.due_at(now) + self._margin
        plan = self._plan(until, now)
        self._active = _Active(os.urandom(8).hex(), block.id, block.strict, until,
                               plan is not None and plan.blocks_sites, {})
        self._write_record()  # before any side effect: a crash from here on is recovered
        self._enable_mechanisms(self._active)
        if plan is not None and self._active.hosts:
            self._submit("apply", self._active.token, lambda: self._hosts.apply(plan))
        self.status_changed.emit()

    def on_block_finished(self, block: Block) -> None:
        if self._active is not None:
            self._lift()
            self.status_changed.emit()

    def refresh(self, block: Block | None) -> None:
        """After a resume the block ends later: extend the section so it does not lapse.
        Wire it to the timer's state_changed with the timer's current block."""
        active = self._active
        if active is None or block is None or block.id != active.block_id or block.paused:
            return
        now = self._clock.now()
        until = block.due_at(now) + self._margin
        if until - active.until < EXTEND_SLACK:
            return
        plan = self._plan(until, now)
        active.until = until
        active.hosts = active.hosts or (plan is not None and plan.blocks_sites)
        self._write_record()
        if plan is not None and plan.blocks_sites:
            self._submit("apply", active.token, lambda: self._hosts.apply(plan))

    def recover_at_startup(self) -> StartupRecovery:
        """Call once at start, before the timer recovers its block: undo what a dead
        instance left active. The hosts clear runs in the background (see hosts_finished);
        a block the timer resumes afterwards is blocked again through on_block_started."""
        record = self._store.runtime.get(RUNTIME_KEY)
        if record is None:
            return StartupRecovery(found=False)
        if not isinstance(record, dict):
            record = {"hosts": True, "token": "damaged"}  # when in doubt, lift
        restored, failed = self._restore_saved(record.get("mechanisms"))
        hosts = bool(record.get("hosts", True))
        if hosts:
            self._submit("clear", str(record.get("token", "")), self._hosts.clear)
        else:
            self._delete_record(str(record.get("token", "")))
        until = record.get("until") if isinstance(record.get("until"), str) else None
        return StartupRecovery(True, hosts, restored, failed, until)

    def shutdown(self, timeout: float = 5.0) -> None:
        """At quit: lift what a running block holds (sites, do-not-disturb; a resumed block
        is blocked again at the next start), then wait a little for the helper calls."""
        if self._active is not None:
            self._lift()
        self._worker.stop(timeout)

    # ---- internals ------------------------------------------------------------------------

    def _plan(self, until: datetime, now: datetime) -> BlockPlan | None:
        try:
            plan = plan_from_settings(self._settings(), until, now=now)
        except ValidationError as exc:
            self._report("blocking.plan", f"Nothing is blocked for this block: {exc.message}",
                         error=exc.code)
            return None
        if plan.rejected:
            skipped = ", ".join(r.value for r in plan.rejected[:5])
            self._report("blocking.rejected", f"{len(plan.rejected)} entries of the block list "
                         f"were skipped as invalid: {skipped}", count=len(plan.rejected),
                         entries=[r.value for r in plan.rejected])
        return plan

    def _lift(self) -> None:
        """Restore the mechanisms now and submit the hosts clear; the record goes when the
        clear succeeded (or at once when there is no section to clear)."""
        active = self._active
        assert active is not None
        self._active = None
        for key, mechanism in self._mechanisms.items():
            self._guard(key, "restore", mechanism.restore)  # its own memory: same process
        if active.hosts:
            self._write_record(active, mechanisms={})  # restored: a crash now only needs hosts
            self._submit("clear", active.token, self._hosts.clear)
        else:
            self._delete_record(active.token)

    def _enable_mechanisms(self, active: _Active) -> None:
        """Enable each mechanism, then persist what undoes it. A crash in the few
        milliseconds between the two loses only that state (the mechanism stays as the
        user's session left it); the hosts side is already recorded."""
        for key, mechanism in self._mechanisms.items():
            self._guard(key, "enable", mechanism.enable)
            active.states[key] = _saved_state(mechanism)
        if self._mechanisms:
            self._write_record()

    def _restore_saved(self, states: object) -> tuple[tuple[str, ...], tuple[str, ...]]:
        if not isinstance(states, dict):
            return (), ()
        restored, failed = [], []
        for key, state in states.items():
            mechanism = self._mechanisms.get(key)
            if mechanism is None:
                failed.append(key)  # not registered in this run: cannot give it back
            elif self._restore_after_crash(key, mechanism, state):
                restored.append(key)
            else:
                failed.append(key)
        return tuple(restored), tuple(failed)

    def _restore_after_crash(self, key: str, mechanism: Mechanism, state: Any) -> bool:
        if state is not None and isinstance(mechanism, _Persistent):
            return self._guard(key, "restore", lambda: mechanism.restore_from(state))
        return self._guard(key, "restore", mechanism.restore)

    def _guard(self, key: str, action: str, call: Callable[[], object]) -> bool:
        """A mechanism's failure is reported, never raised into the timer's signal."""
        try:
            call()
        except Exception as exc:
            self._report(f"blocking.mechanism_{action}", f"Could not {action} {key}: {exc}",
                         mechanism=key)
            return False
        return True

    def _submit(self, verb: str, token: str, call: Callable[[], HostsResult]) -> None:
        self._pending += 1
        self._worker.submit(_Job(verb, token), call)

    def _on_done(self, item: tuple[_Job, HostsResult]) -> None:
        job, result = item
        self._pending -= 1
        if not result.ok:
            self._report_hosts(job, result)
        elif job.verb == "clear":
            self._delete_record(job.token)
        self.status_changed.emit()
        self.hosts_finished.emit(result)

    def _report_hosts(self, job: _Job, result: HostsResult) -> None:
        if job.verb == "apply":
            self._report("blocking.hosts_apply", f"Websites are not blocked: {result.reason}.",
                         error=result.error)
        else:  # the record stays, so the next start tries again; the expiry lifts it anyway
            self._report("blocking.hosts_clear", f"Websites stay blocked until the block's "
                         f"planned end: {result.reason}.", error=result.error)

    def _write_record(self, active: _Active | None = None, **override: Any) -> None:
        active = active or self._active
        assert active is not None
        record = {"token": active.token, "block_id": active.block_id, "strict": active.strict,
                  "until": format_instant(active.until), "hosts": active.hosts,
                  "mechanisms": active.states, **override}
        try:
            self._store.runtime.set(RUNTIME_KEY, record)
        except (OSError, TypeError, ValueError) as exc:  # the section's expiry still lifts it
            self._report("blocking.record", f"Could not record the active blocking for crash "
                         f"recovery: {exc}")

    def _delete_record(self, token: str) -> None:
        """Drop the record, unless a newer block has written its own since."""
        record = self._store.runtime.get(RUNTIME_KEY)
        if record is None:
            return
        if isinstance(record, dict) and record.get("token") != token:
            return
        try:
            self._store.runtime.delete(RUNTIME_KEY)
        except OSError as exc:
            self._report("blocking.record", f"Could not update the blocking record: {exc}")

    def _report(self, code: str, message: str, **params: Any) -> None:
        self.problem_raised.emit(Problem(code, params, message))


def _name(mechanism: Mechanism) -> str:
    name = getattr(mechanism, "mechanism", None)  # cheap: status() may run a subprocess
    if isinstance(name, str) and name:
        return name
    return _status(type(mechanism).__name__, mechanism).mechanism


def _status(fallback: str, mechanism: Mechanism) -> MechanismStatus:
    try:
        return mechanism.status()
    except Exception as exc:
        return MechanismStatus(fallback, Support.DEGRADED, Problem(
            "blocking.status_unknown", {"detail": str(exc)}, f"its status is unknown: {exc}"))


def _saved_state(mechanism: Mechanism) -> Any:
    """What undoes the mechanism's `enable()` after a crash (JSON-able), or None."""
    if not isinstance(mechanism, _Persistent):
        return None
    try:
        return mechanism.saved_state()
    except Exception:
        return None  # restore() then falls back to the mechanism's own memory

