"""Setting a damaged data file aside and restoring its newest good backup (SPEC §12)."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from focusapp.store.atomic import Tables, atomic_write_bytes, fsync_dir, load_tables
from focusapp.store.backups import Backups
from focusapp.store.errors import DamagedFile

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recovery:
    """A damaged file was set aside; `restored_from` is the backup day used, or None when no
    good backup existed and the file was started empty."""

    file: str  # relative to the data folder, '/'-separated, e.g. 'blocks/2026-11.json'
    moved_to: Path
    restored_from: date | None
    why: str = ""


def move_aside(path: Path, at: datetime) -> Path:
    """Rename `path` to `<name>.damaged-<YYYYmmddTHHMMSS>` next to it (never deleted)."""
    stem = f"{path.name}.damaged-{at.strftime('%Y%m%dT%H%M%S')}"
    target = path.with_name(stem)
    n = 2
    while target.exists():
        target = path.with_name(f"{stem}-{n}")
        n += 1
    os.replace(path, target)
    fsync_dir(path.parent)
    return target


def recover(
    data_dir: Path, rel: str, why: str, backups: Backups | None, at: datetime
) -> Recovery:
    """Set `rel` aside and put its newest good backup copy (if any) in its place."""
    live = data_dir / rel
    moved_to = move_aside(live, at)
    restored_from: date | None = None
    good = backups.newest_good(rel) if backups is not None else None
    if good is not None:
        day, copy, _ = good
        stat = copy.stat()
        atomic_write_bytes(live, copy.read_bytes())
        # Same mtime as the copy: the file now counts as "unchanged since its backup".
        os.utime(live, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        restored_from = day
    log.warning("%s was damaged (%s); moved to %s; restored from %s", rel, why, moved_to.name,
                restored_from or "nothing (started empty)")
    return Recovery(file=rel, moved_to=moved_to, restored_from=restored_from, why=why)


def load_or_recover(
    data_dir: Path,
    rel: str,
    backups: Backups | None,
    at: datetime,
    recoveries: list[Recovery],
) -> Tables | None:
    """The tables of `rel`; a damaged file is recovered first (and reported in `recoveries`)."""
    path = data_dir / rel
    try:
        return load_tables(path)
    except DamagedFile as exc:
        recoveries.append(recover(data_dir, rel, exc.why, backups, at))
    try:
        return load_tables(path)
    except DamagedFile as exc:  # cannot happen: backups are checked before use
        raise DamagedFile(path, f"even the restored copy is damaged: {exc.why}") from None
