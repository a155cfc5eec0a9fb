"""The store: one data folder, opened by one process at a time.

See the package docstring (focusapp/store/__init__.py) for the layout and why.

Opening runs, in order: take the single-writer lock; remove temp files a killed writer
left; read the main file (recovering it if damaged); refuse a newer schema untouched;
back up the main file (the day's first open); migrate; check every month file changed
since its last backup (recovering damaged ones) and back it up; prune old backups.
Right after the temp files, before anything reads the data, an import that did not finish
is undone (`journal.py`).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from types import TracebackType

from tinydb import TinyDB

from focusapp.store.accounts_repos import AccountsRepo, FollowUpsRepo, TouchesRepo
from focusapp.store.atomic import Tables, fsync_dir, is_temp_file, remove_temp_files
from focusapp.store.backups import KEEP_DAYS, Backups, copy_file_atomically
from focusapp.store.blocks import TABLE as BLOCKS_TABLE
from focusapp.store.blocks import BlockRepo
from focusapp.store.distractions import TABLE as DISTRACTIONS_TABLE
from focusapp.store.distractions import DistractionRepo
from focusapp.store.errors import DataDirUnusable
from focusapp.store.journal import (
    ASIDE_LABEL,
    InterruptedImport,
    Journal,
    JournalRefused,
    journal_path,
    read_journal,
    remove_journal,
    roll_back,
    set_journal_aside,
    write_journal,
)
from focusapp.store.layout import (
    BLOCKS_DIR,
    DISTRACTIONS_DIR,
    LEADS_DIR,
    MAIN_FILE,
    PARTITIONS,
    RUNTIME_FILE,
    data_files,
)
from focusapp.store.leads import TABLE as LEADS_TABLE
from focusapp.store.leads import LeadsRepo
from focusapp.store.lock import DataDirLock
from focusapp.store.migrations import (
    META_DOC,
    SCHEMA_VERSION,
    check_supported,
    migrate,
    new_main,
    schema_version,
    write_tables,
)
from focusapp.store.months import MonthFiles
from focusapp.store.recovery import Recovery, load_or_recover
from focusapp.store.repos import (
    DaysRepo,
    HandoffsRepo,
    NextStepsRepo,
    ReviewsRepo,
    RolesRepo,
    RuntimeRepo,
    SettingsRepo,
    TalliesRepo,
)
from focusapp.store.schedule_repo import ScheduledRunsRepo
from focusapp.store.summaries import SummaryRepo
from focusapp.store.tables import open_db, storage_of

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenReport:
    """What opening the store did that the user may need to hear about."""

    recoveries: list[Recovery] = field(default_factory=list)
    created: bool = False  # a new, empty store was made
    migrated_from: int | None = None  # the schema version the data was upgraded from
    backed_up: list[str] = field(default_factory=list)  # files copied into today's backup
    interrupted_import: InterruptedImport | None = None  # undone (or not) before reading


def _give_a_profile(main: Tables) -> bool:
    """Add a random profile id to the meta document if it has none; True if it was added."""
    meta = main.setdefault("meta", {}).setdefault(META_DOC, {})
    if isinstance(meta.get("profile"), str) and meta["profile"]:
        return False
    # 128 random bits, as uuid4 has, without importing uuid and platform (1 ms of a new
    # user's first launch).
    meta["profile"] = os.urandom(16).hex()
    return True


class Store:
    """Repositories over the data folder. Build it with `Store.open`."""

    settings: SettingsRepo
    roles: RolesRepo
    days: DaysRepo
    reviews: ReviewsRepo
    tallies: TalliesRepo
    handoffs: HandoffsRepo
    accounts: AccountsRepo
    touches: TouchesRepo
    follow_ups: FollowUpsRepo
    leads: LeadsRepo
    next_steps: NextStepsRepo
    scheduled_runs: ScheduledRunsRepo
    blocks: BlockRepo
    summaries: SummaryRepo
    distractions: DistractionRepo
    runtime: RuntimeRepo

    def __init__(
        self, data_dir: Path, lock: DataDirLock, now: Callable[[], datetime], keep_backups: int
    ) -> None:
        self.data_dir = data_dir
        self._lock = lock
        self._now = now
        self.backups = Backups(data_dir, today=lambda: now().date(), keep=keep_backups)
        self.recoveries: list[Recovery] = []  # at open and later, when a month file is read
        self.problems: list[str] = []  # records skipped because they could not be read
        self._main: TinyDB | None = None
        self._runtime: TinyDB | None = None
        self._months: list[MonthFiles] = []

    # ---- opening and closing ----------------------------------------------------------

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        now: Callable[[], datetime],
        keep_backups: int = KEEP_DAYS,
    ) -> tuple[Store, OpenReport]:
        """Open (creating it if needed) the data folder; `now` is the injected clock.

        Raises DataDirLocked when another process has it, UnsupportedSchema when its data
        comes from a newer FocusApp (nothing is changed then).
        """
        data_dir = Path(data_dir)
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            lock = DataDirLock.acquire(data_dir)
        except OSError as error:
            raise DataDirUnusable(data_dir, error) from error
        try:
            store = cls(data_dir, lock, now, keep_backups)
            report = store._boot()
        except OSError as error:
            lock.release()
            raise DataDirUnusable(data_dir, error) from error
        except BaseException:
            lock.release()
            raise
        return store, report

    def close(self) -> None:
        self._close_files()
        self._lock.release()

    @property
    def closed(self) -> bool:
        return not self._lock.held

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _close_files(self) -> None:
        for db in (self._main, self._runtime):
            if db is not None:
                db.close()
        self._main = self._runtime = None
        for files in self._months:
            files.close()
        self._months = []

    def _remove_temp_files(self) -> None:
        for folder in (self.data_dir, *(self.data_dir / p for p in PARTITIONS)):
            remove_temp_files(folder)
        for _, folder in self.backups.folders():
            for path in folder.rglob(".*"):
                if path.is_file() and is_temp_file(path.name):
                    path.unlink(missing_ok=True)

    def _boot(self) -> OpenReport:
        data_dir, backups = self.data_dir, self.backups
        self._remove_temp_files()
        interrupted_import = self._undo_interrupted_import()
        recoveries: list[Recovery] = []
        at = self._now()

        main = load_or_recover(data_dir, MAIN_FILE, backups, at, recoveries)
        check_supported(main, data_dir / MAIN_FILE)  # before anything is written
        backed_up = [MAIN_FILE] if main is not None and backups.snapshot(MAIN_FILE) else []
        version = schema_version(main)
        migrated_from = None
        if main is None or version is None:
            main = new_main(at)
            write_tables(data_dir / MAIN_FILE, main)
        elif version < SCHEMA_VERSION:
            keep = backups.root / f"before-schema-{SCHEMA_VERSION}" / MAIN_FILE
            if not keep.exists():
                copy_file_atomically(data_dir / MAIN_FILE, keep)
            migrated_from = migrate(data_dir, main, at)
            log.info("data upgraded from schema %s to %s", migrated_from, SCHEMA_VERSION)
        if _give_a_profile(main):
            write_tables(data_dir / MAIN_FILE, main)
        missing = [data_dir / part for part in PARTITIONS if not (data_dir / part).is_dir()]
        for folder in missing:
            folder.mkdir(exist_ok=True)
        if missing:  # a launch on an unchanged folder writes nothing, so syncs nothing
            fsync_dir(data_dir)

        runtime = load_or_recover(data_dir, RUNTIME_FILE, None, at, recoveries)
        for rel in data_files(data_dir):
            if rel == MAIN_FILE:
                continue
            if not backups.unchanged_since_backup(rel):
                load_or_recover(data_dir, rel, backups, at, recoveries)
            if backups.snapshot(rel):
                backed_up.append(rel)
        backups.prune()

        self._main = open_db(data_dir / MAIN_FILE, backups.before_write)
        storage_of(self._main).preload(main)
        self._runtime = open_db(data_dir / RUNTIME_FILE)
        if runtime is not None:
            storage_of(self._runtime).preload(runtime)
        self.recoveries.extend(recoveries)
        self._build_repos()
        return OpenReport(
            recoveries=recoveries,
            created=version is None,
            migrated_from=migrated_from,
            backed_up=backed_up,
            interrupted_import=interrupted_import,
        )

    def _undo_interrupted_import(self) -> InterruptedImport | None:
        """Put the data back as it was before an import that did not finish (journal.py).

        An OSError here (a disk still full) leaves the journal: the next open tries again.
        """
        if not os.path.lexists(journal_path(self.data_dir)):
            return None
        try:
            journal = read_journal(self.data_dir)
        except JournalRefused as refused:
            kept = set_journal_aside(self.data_dir, self._stamp())
            log.warning("an import journal was not followed (%s); it is kept as %s",
                        refused, kept)
            return InterruptedImport(rolled_back=False, copy=self.backups.root)
        roll_back(self.data_dir, journal)
        return InterruptedImport(rolled_back=True, copy=self.data_dir / journal.aside)

    def _build_repos(self) -> None:
        assert self._main is not None and self._runtime is not None
        problems = self.problems
        self.settings = SettingsRepo(self._main, problems)
        self.roles = RolesRepo(self._main, problems)
        self.days = DaysRepo(self._main, problems)
        self.reviews = ReviewsRepo(self._main, problems)
        self.tallies = TalliesRepo(self._main, problems)
        self.handoffs = HandoffsRepo(self._main, problems)
        self.accounts = AccountsRepo(self._main, problems)
        self.touches = TouchesRepo(self._main, problems)
        self.follow_ups = FollowUpsRepo(self._main, problems)
        self.next_steps = NextStepsRepo(self._main, problems)
        self.scheduled_runs = ScheduledRunsRepo(self._main, problems)
        self.runtime = RuntimeRepo(self._runtime, problems)

        def month_files(folder: str, table: str) -> MonthFiles:
            return MonthFiles(
                self.data_dir, folder, table, backups=self.backups, now=self._now,
                recoveries=self.recoveries,
            )

        block_files = month_files(BLOCKS_DIR, BLOCKS_TABLE)
        self.blocks = BlockRepo(block_files, problems)
        self.summaries = SummaryRepo(block_files, self.blocks)
        distraction_files = month_files(DISTRACTIONS_DIR, DISTRACTIONS_TABLE)
        self.distractions = DistractionRepo(distraction_files, problems)
        lead_files = month_files(LEADS_DIR, LEADS_TABLE)
        self.leads = LeadsRepo(lead_files, problems)
        self._months = [block_files, distraction_files, lead_files]

    # ---- facts about the store --------------------------------------------------------

    @property
    def created(self) -> datetime | None:
        """When this data folder was first created (from the meta table)."""
        assert self._main is not None
        meta = self._main.table("meta").get(doc_id=1)
        text = meta.get("created") if isinstance(meta, dict) else None
        try:
            return datetime.fromisoformat(text) if isinstance(text, str) else None
        except ValueError:
            return None

    @property
    def profile(self) -> str:
        """A stable random id of this data folder's owner: a team report merges two exports
        of one rep by it, never counts them twice. Made at the first open that lacks one."""
        assert self._main is not None
        meta = self._main.table("meta").get(doc_id=1)
        found = meta.get("profile") if isinstance(meta, dict) else None
        return found if isinstance(found, str) else ""

    def now(self) -> datetime:
        """The store's clock (the one given to `open`)."""
        return self._now()

    # ---- backups ----------------------------------------------------------------------

    def keep_copy(self, label: str) -> Path:
        """Copy every data file to ``backups/<label>-<stamp>/`` (before a restore, an import).

        Returns the folder. Not pruned with the daily backups: the user removes it.
        """
        aside = self.backups.root / f"{label}-{self._stamp()}"
        aside.mkdir(parents=True, exist_ok=True)
        for rel in data_files(self.data_dir):
            copy_file_atomically(self.data_dir / rel, aside / rel)  # each fsynced
        # The new folders' own entries, so that a journal naming the copy never outlives it.
        for folder in (*(aside / p for p in PARTITIONS), aside, self.backups.root):
            if folder.is_dir():
                fsync_dir(folder)
        return aside

    def _stamp(self) -> str:
        return self._now().strftime("%Y%m%dT%H%M%S")

    # ---- an import, all or nothing ----------------------------------------------------

    def begin_import(self) -> Path:
        """Copy every data file aside and write the import's journal: until `end_import`,
        a crash (undone at the next open) or `roll_back_import` puts the data back exactly
        as it is now. Returns the copy's folder."""
        files = tuple(data_files(self.data_dir))
        aside = self.keep_copy(ASIDE_LABEL)
        write_journal(self.data_dir, Journal(aside.relative_to(self.data_dir).as_posix(), files))
        return aside

    def end_import(self) -> None:
        """The import is complete: it can no longer be undone."""
        remove_journal(self.data_dir)

    def roll_back_import(self) -> None:
        """Undo the import begun (a write failed): the files are closed, put back from the
        copy and opened again, exactly as at the next start after a crash. OSError when it
        cannot finish (the journal stays for the next start)."""
        self._close_files()
        self._boot()

    def list_backups(self) -> list[date]:
        """Days that have a backup folder, oldest first."""
        return self.backups.days()

    def restore(self, day: date) -> OpenReport:
        """Put every data file back as it was on `day`; the current files are kept aside.

        The current state is first copied to ``backups/before-restore-<stamp>/``; files that
        did not exist on that day are removed. Then the store re-opens its files (migrating
        if the backup predates a schema change) and reports as `open` does.
        """
        view = self.backups.view(day)
        if MAIN_FILE not in view:
            raise ValueError(f"there is no backup of {MAIN_FILE} on or before {day}")
        current = data_files(self.data_dir)
        self.keep_copy("before-restore")
        self._close_files()
        for rel in current:
            if rel not in view:
                (self.data_dir / rel).unlink()
        for rel, copy in view.items():
            copy_file_atomically(copy, self.data_dir / rel)
        return self._boot()

