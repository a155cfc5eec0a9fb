"""Errors the store raises; each carries a sentence a person can act on."""

from __future__ import annotations

from pathlib import Path

from focusapp.core.errors import CodedError, errno_name


class StoreError(Exception):
    """Base class of the store's own errors."""


class DataDirLocked(StoreError):
    """Another process holds the single-writer lock of the data folder."""

    def __init__(self, folder: Path, pid: int | None) -> None:
        self.folder = folder
        self.pid = pid
        who = f"Another FocusApp (pid {pid})" if pid is not None else "Another FocusApp"
        super().__init__(f"{who} is using {folder}.")


class UnsupportedSchema(StoreError):
    """The data was written by a newer FocusApp; it is left untouched."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.path = path
        self.found = found
        self.supported = supported
        super().__init__(
            f"{path} was written by a newer FocusApp (data schema {found}; this version "
            f"understands up to {supported}). Nothing was changed: update FocusApp, or use "
            f"another data folder."
        )


class DamagedFile(StoreError):
    """A data file is not what the store wrote: unreadable, truncated, empty or wrong shape."""

    def __init__(self, path: Path, why: str) -> None:
        self.path = path
        self.why = why
        super().__init__(f"{path} is damaged: {why}")


# Why a data folder cannot be used, by errno name: the English for the CLI and the logs.
UNUSABLE_REASONS = {
    "EEXIST": "it is a file, not a folder",
    "ENOTDIR": "a part of its path is a file, not a folder",
    "EROFS": "it is on a read-only disk",
    "EACCES": "you are not allowed to write there",
    "EPERM": "you are not allowed to write there",
    "ENOSPC": "the disk is full",
}


class DataDirUnusable(StoreError, CodedError):
    """The data folder cannot be made or written: not a folder, read-only, no room, no
    right. Code "store.unusable" with `folder` and `reason` (errno's name) for the UI."""

    def __init__(self, folder: Path, error: OSError) -> None:
        self.folder = folder
        reason = errno_name(error)
        why = UNUSABLE_REASONS.get(reason, "the system refused it")
        super().__init__("store.unusable",
                         f"FocusApp cannot use the data folder {folder}: {why}. Choose "
                         "another one with --data-dir.", folder=str(folder), reason=reason)


class ChangeNotSaved(StoreError, CodedError):
    """A write to the data folder failed after it was opened (it became read-only or full,
    its rights changed): nothing was changed, in memory or on disk. Code "store.not_saved"
    with `reason` (errno's name); the callers say it instead of a traceback."""

    def __init__(self, error: OSError) -> None:
        reason = errno_name(error)
        why = UNUSABLE_REASONS.get(reason, "the system refused it")
        super().__init__("store.not_saved",
                         f"FocusApp could not save this change in its data folder: {why}. "
                         "Nothing was changed; try again once the folder can be written to.",
                         reason=reason)
class ImportFailed(StoreError, CodedError):
    """A write failed during an import; all it had written was undone, the data is as it
    was before. Code "import.failed" with `reason` (errno's name) for the UI."""

    def __init__(self, error: OSError) -> None:
        reason = errno_name(error)
        why = UNUSABLE_REASONS.get(reason, "the system refused a write")
        super().__init__("import.failed",
                         f"The import failed ({why}): nothing of it was kept; your data is as "
                         "it was before.", reason=reason)


class ImportNotUndone(StoreError, CodedError):
    """An import failed and undoing it failed too (a disk still full): its journal stays, so
    the next start undoes it. Code "import.not_undone" with `reason` (errno's name)."""

    def __init__(self, error: OSError) -> None:
        reason = errno_name(error)
        why = UNUSABLE_REASONS.get(reason, "the system refused a write")
        super().__init__("import.not_undone",
                         f"The import failed and your data could not be put back yet ({why}). "
                         "Free some space, then restart FocusApp: it will put your data back "
                         "as it was before the import.", reason=reason)
