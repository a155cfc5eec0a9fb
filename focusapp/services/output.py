"""Where an export, a report or a PDF may be written: never into the data folder (an export
named like a data file would replace it), and only into a folder that exists and takes
files. Checked before anything is written; the writers check their own result too."""

from __future__ import annotations

import os
from pathlib import Path

from focusapp.core.errors import ValidationError, errno_name
from focusapp.store.errors import UNUSABLE_REASONS


def check_output(path: Path | str, data_dir: Path) -> Path:
    """The resolved path to write, or a `ValidationError` (`output.*`) that says why not."""
    target = Path(path).expanduser().resolve()
    data = data_dir.expanduser().resolve()
    if target == data or data in target.parents:
        raise ValidationError("output.in_data_folder",
                              f"{target} is inside FocusApp's data folder; choose another "
                              "folder so your data is never overwritten.",
                              path=str(target))
    if target.is_dir():
        raise ValidationError("output.is_folder", f"{target} is a folder; give a file name.",
                              path=str(target))
    folder = target.parent
    if not folder.is_dir():
        raise ValidationError("output.no_folder", f"The folder {folder} does not exist.",
                              folder=str(folder))
    if not os.access(folder, os.W_OK):
        raise ValidationError("output.not_writable", f"The folder {folder} cannot be written "
                              "to.", folder=str(folder))
    return target


def write_failed(path: Path | str) -> ValidationError:
    """A writer reported failure (QPainter on a PDF, QImage.save): say so, never "written"."""
    return ValidationError("output.write_failed", f"{path} could not be written.",
                           path=str(path))


def write_error(path: Path | str, error: OSError) -> ValidationError:
    """A write into a checked folder failed anyway (the disk filled up, it became read-only):
    the file and why, in words, never the system's raw message."""
    reason = errno_name(error)
    why = UNUSABLE_REASONS.get(reason, "the system refused it")
    return ValidationError("output.not_written", f"{path} could not be written: {why}.",
                           path=str(path), reason=reason)
