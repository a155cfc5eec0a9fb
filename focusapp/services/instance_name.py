"""The name of the local socket of the instance that owns a data folder, and a glance at
whether one may be listening, with the standard library only: a plain launch asks the
running instance to come to the front, and when there is surely none it skips QtNetwork
before its first paint (issue 15). `services.single_instance` holds the channel itself."""

from __future__ import annotations

import os
import sys
from pathlib import Path

try:
    # The interpreter's own SHA-1, the one `hashlib` falls back to: importing `hashlib`
    # loads OpenSSL first, 2.6 ms of every launch before its first paint.
    from _sha1 import sha1  # type: ignore[import-not-found]  # no stub: a private module
except ImportError:  # an interpreter built without it
    from hashlib import sha1


def _user_tag() -> str:
    """The user id where there is one, so two users on one machine never share a name."""
    getuid = getattr(os, "getuid", None)
    if getuid is not None:
        return str(getuid())
    user = os.environ.get("USERNAME") or os.environ.get("USER") or ""
    return sha1(user.encode("utf-8")).hexdigest()[:8] if user else "0"


def server_name(data_dir: str | os.PathLike[str]) -> str:
    """The local socket name of the instance that owns `data_dir`.

    Derived from the resolved absolute path, so `./data`, `data/` and a symlink to it all
    reach the same instance; another folder gets another name.
    """
    resolved = os.path.normcase(str(Path(data_dir).expanduser().resolve()))
    # surrogateescape: a folder named in bytes that are not UTF-8 (PEP 383) hashes as those bytes
    digest = sha1(resolved.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return f"focusapp-{_user_tag()}-{digest}"


def may_be_running(data_dir: str | os.PathLike[str]) -> bool:
    """False only when no instance can be listening for `data_dir`: on Unix its socket is a
    file in Qt's temp folder (QDir.tempPath(): $TMPDIR, else /tmp), made by listen() and
    removed by close() or by the next listen() after a crash. Windows' named pipes cannot
    be seen this way: there, always True (ask)."""
    if sys.platform == "win32":
        return True
    folder = os.environ.get("TMPDIR") or "/tmp"
    return os.path.lexists(os.path.join(folder, server_name(data_dir)))
