"""focusapp-hosts-helper: the small privileged program that edits the hosts file.

It runs as root (through pkexec and the ``org.focusapp.hosts-helper`` polkit action on Linux),
so it trusts nothing it is given and imports nothing but the standard library, `idna` and
the core modules its import-linter contract names: `domains`, `hosts_section`, `strict_json`
and what they use (no Qt, no settings, no store).

Protocol: one JSON object on stdin (at most MAX_INPUT_BYTES), no arguments::

    {"verb": "apply", "domains": ["example.com", ...], "until": "2026-11-23T10:15:00+01:00"}
    {"verb": "clear"}      remove our section
    {"verb": "status"}     is there a section, until when, which domains
    {"verb": "sweep"}      remove an expired section (what the boot-time unit runs)

One JSON object on stdout: ``{"ok": true, ...}`` with exit status 0, or
``{"ok": false, "error": "<reason code>", "message": "<sentence>", ...}`` with a non-zero
status (EXIT_* below). An ``apply`` with any invalid domain changes nothing and lists every
refused entry under ``"invalid"`` (index, escaped value, code, reason).

Rules it enforces:
- at most MAX_DOMAINS domains, and an expiry in the future and at most MAX_DURATION away;
- every domain re-validated by `domains.canonical_domain` (strict: no URL stripping);
- only its own marker section is touched, every other byte of the file is kept;
- any call first removes a section whose expiry is past (or that is damaged), so a crash
  of the app can never leave sites blocked for longer than the block;
- the hosts path is a constant per OS, never an argument; a symlinked or non-regular hosts
  file is refused;
- atomic write (temp file in the same folder, fsync, rename, fsync of the folder), or an
  in-place write (write, truncate, fsync) where rename cannot work: the hosts file is a
  mount point (a bind mount, as in containers), rename fails with EBUSY / EXDEV / EPERM,
  or no temp file can be created next to it (EROFS / EACCES / EPERM: a read-only folder
  around a writable file, as in the systemd sandbox of the sweep unit);
- the DNS cache is flushed where a flusher exists (``resolvectl flush-caches``, else
  ``nscd -i hosts``); a failure is reported in ``dns_flush``, it is not fatal.

What differs between Linux, macOS and Windows (the hosts path, the lock, the mount check, the
write strategy, the DNS flush) is one small table per OS in `hosts_systems.py`; everything
else here is the same on every system. The transports that run it with the rights it needs
are per OS: pkexec on Linux, an elevated ``osascript`` call and a root LaunchDaemon sweep on
macOS (`macos_helper.py`), a LocalSystem service on a named pipe on Windows (`pipe.py`).

What root runs must not depend on the caller. As root from a Python install (not a frozen
bundle) the helper refuses to start, before reading its request, unless the interpreter was
started isolated (``python -I``: no PYTHONPATH, no user site-packages, no current folder on
sys.path; the launcher packaging/linux/focusapp-hosts-helper does that) and unless every file
it runs code from (the interpreter, each loaded module and its compiled file, each folder on
sys.path, and every folder above them up to /) belongs to root and is not writable by group
or others (a sticky folder such as /tmp aside), as sshd's StrictModes checks.

Test override: the hidden argument ``--test-hosts-path PATH`` (an absolute path) replaces
the hosts path, and is honoured only when the helper is *not* a frozen bundle (what we ship
as the privileged executable), *not* started by pkexec (PKEXEC_UID unset: pkexec passes the
arguments on, so this is what keeps a user from aiming root's writes at a file of their
choice), not set-uid (real uid = effective uid), and, as root, only in a test build (the
TEST_BUILD file that `make setup` writes next to this module in a source checkout, which no
wheel or bundle carries) and not under sudo (SUDO_UID unset). When the argument is given
where it is not honoured, the helper refuses to run rather than silently falling back to
the real hosts file. In test mode the DNS cache of the machine is not flushed. Any other
argument is refused with an "arguments" answer.

On any other system the helper answers ``"error": "unsupported"``.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from focusapp.core import hosts_section as hs
from focusapp.core.domains import validate_domains
from focusapp.core.strict_json import JSONRefused, parse_json
from focusapp.services.blocking.hosts_systems import LINUX, HostsSystem, system_for

MAX_INPUT_BYTES = 64 * 1024
MAX_DOMAINS = hs.MAX_DOMAINS
MAX_DURATION = hs.MAX_BLOCK_SPAN
MAX_HOSTS_BYTES = 16 * 1024 * 1024  # a hosts file larger than this is refused, not read
LOCK_TIMEOUT_SECONDS = 10.0
FLUSH_TIMEOUT_SECONDS = 5.0

TEST_PATH_FLAG = "--test-hosts-path"
TEMP_PREFIX = ".focusapp-hosts-"
VERBS = ("apply", "clear", "status", "sweep")

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_REQUEST = 2  # the request is malformed or refused (bad JSON, invalid domain, caps)
EXIT_UNSUPPORTED = 3  # this OS has no helper
EXIT_HOSTS = 4  # the hosts file is refused (symlink, not a regular file, missing, too large)
EXIT_IO = 5  # reading or writing the hosts file failed, or it is locked by another call
EXIT_INSTALL = 6  # root from an unsafe install: Python not isolated, or files others can change

# Written by `make setup` in a source checkout; never in a wheel (pyproject.toml excludes
# it, .gitignore keeps it out of the sources) nor in a bundle (packaging/focusapp.spec).
TEST_BUILD_MARKER = "TEST_BUILD"


class HelperError(Exception):
    """A refusal: `error` is a stable reason code, `message` a sentence for the logs."""

    def __init__(self, error: str, message: str, exit_code: int, **extra: Any) -> None:
        super().__init__(message)
        self.error = error
        self.message = message
        self.exit_code = exit_code
        self.extra = extra

    def answer(self) -> dict[str, Any]:
        return {"ok": False, "error": self.error, "message": self.message, **self.extra}


@dataclass(frozen=True)
class Request:
    verb: str
    domains: tuple[str, ...] = ()
    until: datetime | None = None


@dataclass(frozen=True)
class Target:
    """Where the helper writes, whether it is a test file, and the system's seams."""

    path: str
    test: bool = False
    system: HostsSystem = LINUX

    @property
    def lock_path(self) -> str:
        """One helper at a time: a lock file only root can create or open (in a folder only
        root writes), never a folder others can open and hold. A test file's lock is in the
        temporary folder, named after the file, so the test's folder holds only it."""
        if not self.test:
            return self.system.lock_path
        digest = hashlib.sha256(self.path.encode("utf-8", "surrogateescape")).hexdigest()
        return os.path.join(tempfile.gettempdir(), f"focusapp-hosts-{digest[:16]}.lock")


# ---- the request ------------------------------------------------------------------------


def parse_request(data: bytes, now: datetime) -> Request:
    """The request, fully validated (domains canonical, expiry within the caps)."""
    if len(data) > MAX_INPUT_BYTES:
        raise HelperError("input_too_large", f"The request is larger than {MAX_INPUT_BYTES} "
                          f"bytes.", EXIT_REQUEST, limit=MAX_INPUT_BYTES)
    try:
        obj = parse_json(data)
    except JSONRefused as exc:
        raise HelperError("bad_json", f"The request is not one JSON object: {exc}.",
                          EXIT_REQUEST) from None
    if not isinstance(obj, dict):
        raise HelperError("bad_json", "The request is not a JSON object.", EXIT_REQUEST)
    verb = obj.get("verb")
    if verb not in VERBS:
        raise HelperError("unknown_verb", f"'verb' must be one of {', '.join(VERBS)}.",
                          EXIT_REQUEST, verbs=list(VERBS))
    allowed = {"verb", "domains", "until"} if verb == "apply" else {"verb"}
    unknown = sorted(set(obj) - allowed)
    if unknown:
        raise HelperError("unknown_field", f"Unexpected field(s) for '{verb}': "
                          f"{', '.join(map(ascii, unknown))}.", EXIT_REQUEST,
                          fields=[ascii(k) for k in unknown])
    if verb != "apply":
        return Request(str(verb))
    return _parse_apply(obj, now)


def _parse_apply(obj: Mapping[str, Any], now: datetime) -> Request:
    domains = obj.get("domains")
    if not isinstance(domains, list):
        raise HelperError("bad_domains", "'domains' must be a list of domain names.",
                          EXIT_REQUEST)
    if not domains:
        raise HelperError("no_domains", "'domains' is empty; use 'clear' to lift a block.",
                          EXIT_REQUEST)
    if len(domains) > MAX_DOMAINS:
        raise HelperError("too_many_domains", f"At most {MAX_DOMAINS} domains, not "
                          f"{len(domains)}.", EXIT_REQUEST, limit=MAX_DOMAINS)
    until_text = obj.get("until")
    until = hs.parse_instant(until_text) if isinstance(until_text, str) else None
    if until is None:
        raise HelperError("bad_until", "'until' must be an ISO 8601 instant with a UTC offset, "
                          "like 2026-11-23T10:15:00+01:00.", EXIT_REQUEST)
    if until <= now:
        raise HelperError("until_in_past", "'until' is already past.", EXIT_REQUEST)
    if until - now > MAX_DURATION:
        hours = int(MAX_DURATION.total_seconds() // 3600)
        raise HelperError("duration_too_long", f"'until' is more than {hours} hours away.",
                          EXIT_REQUEST, limit_hours=hours)
    accepted, refused = validate_domains(domains)
    if refused:
        raise HelperError(
            "invalid_domains",
            f"{len(refused)} of {len(domains)} domains are not acceptable; nothing was applied.",
            EXIT_REQUEST,
            invalid=[{"index": r.index, "value": r.value, "code": r.code, "reason": r.message}
                     for r in refused],
        )
    return Request("apply", accepted, until)


# ---- where the hosts file is --------------------------------------------------------------


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) or "__compiled__" in globals()


def hosts_target(test_path: str | None, environ: Mapping[str, str],
                 platform: str = sys.platform, frozen: bool | None = None,
                 kernel32: Any = None) -> Target:
    """The hosts file to edit: the OS constant, or the test path where it is allowed."""
    if test_path is not None:
        why = _test_path_refusal(test_path, environ, _frozen() if frozen is None else frozen)
        if why is not None:
            raise HelperError("test_path_refused", f"{TEST_PATH_FLAG} is refused: {why}.",
                              EXIT_REQUEST)
        return Target(test_path, test=True)
    system = system_for(platform, kernel32)
    if system is None:
        raise HelperError("unsupported", "Website blocking is unsupported on this OS: the "
                          "FocusApp hosts helper exists for Linux, macOS and Windows.",
                          EXIT_UNSUPPORTED, platform=platform)
    return Target(system.hosts_path, system=system)


def _test_path_refusal(test_path: str, environ: Mapping[str, str], frozen: bool) -> str | None:
    """Why a test path must not be honoured here, or None."""
    if frozen:
        return "the helper is a frozen (installed) bundle"
    if "PKEXEC_UID" in environ:
        return "the helper runs under pkexec"
    if hasattr(os, "geteuid") and os.geteuid() != os.getuid():
        return "the helper runs set-uid"
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Root could otherwise write its section into any file its caller names (a sudo rule
        # for a pip install's helper); an unprivileged helper writes only what its user can.
        if "SUDO_UID" in environ:
            return "the helper runs as root under sudo"
        if not _test_build():
            return "the helper runs as root and is not a test build"
    if os.name != "posix":
        return "test files are only supported on POSIX systems"
    if not os.path.isabs(test_path):
        return "the test path is not absolute"
    return None


def _test_build() -> bool:
    """Whether this is a source checkout set up for tests (its TEST_BUILD marker). Only who
    can write the package folder can make one, and as root the install check has made sure
    that is root alone."""
    folder = os.path.dirname(os.path.abspath(__file__))
    return os.path.isfile(os.path.join(folder, TEST_BUILD_MARKER))


# ---- the install: what root runs must not depend on the caller ----------------------------


def check_install() -> None:
    """Refuse to run as root from a Python install that the caller could have changed.

    A frozen bundle is left to its packaging (a root-owned folder: packaging/README.md), and
    an unprivileged helper can only do what its user could do anyway."""
    if _frozen() or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return
    if not sys.flags.isolated:
        # Code from PYTHONPATH, a sitecustomize or the user's site-packages may already have
        # run as root by now: refusing cannot undo that, which is why the launcher must pass
        # -I. It makes a wrong install (a pip entry point, a shebang without -I) fail loudly
        # instead of silently trusting the caller's environment.
        raise HelperError("not_isolated", "The helper runs as root but Python was not started "
                          "isolated (python -I), so the caller's environment could change its "
                          "code; start it through its launcher.", EXIT_INSTALL)
    unsafe = unsafe_path(_code_paths(), owners=frozenset({0}))
    if unsafe is not None:
        path, why = unsafe
        raise HelperError("install_unsafe", f"{path} {why}, so a user other than root could "
                          "change the code the helper runs as root; install it root-owned.",
                          EXIT_INSTALL, path=path)


def _code_paths() -> list[str]:
    """What root runs code from: the interpreter and the folder it was started from (a venv's
    bin/, next to its pyvenv.cfg), every loaded module's source and compiled file, and every
    folder on sys.path, where the modules imported later (fcntl, idna's tables) come from."""
    paths = [sys.executable, os.path.dirname(sys.executable),
             os.path.join(sys.prefix, "pyvenv.cfg")]
    for module in list(sys.modules.values()):
        for name in ("__file__", "__cached__"):
            path = getattr(module, name, None)
            if isinstance(path, str):
                paths.append(path)
    paths += [entry for entry in sys.path if os.path.isabs(entry)]
    return paths


def unsafe_path(paths: list[str], owners: frozenset[int]) -> tuple[str, str] | None:
    """The first of `paths`, or of the folders above them up to /, that a user not in
    `owners` could change, or that cannot be checked, with why; None when there is none. A
    link is checked, then what it points to; a path that does not exist is skipped, its
    folders are not. A folder writable
    by group or others passes only when sticky (as /tmp): no one can replace there what is
    not theirs. One lstat per file and per folder (realpath only for links): it runs at every
    start of the helper."""
    seen: set[str] = set()
    pending = [os.path.abspath(path) for path in paths]
    for path in pending:  # grows with the targets of links
        while path not in seen:  # a folder seen before was checked with all above it
            seen.add(path)
            try:
                info = os.lstat(path)
            except (FileNotFoundError, NotADirectoryError):  # not there (or in a zip file)
                path = os.path.dirname(path)
                continue
            except OSError as exc:  # a folder root may not look into (NFS root_squash)
                return path, f"cannot be checked ({exc.strerror})"
            if info.st_uid not in owners:
                return path, f"belongs to uid {info.st_uid}"
            if stat.S_ISLNK(info.st_mode):
                pending.append(os.path.realpath(path))
            elif (info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
                  and not (stat.S_ISDIR(info.st_mode) and info.st_mode & stat.S_ISVTX)):
                return path, "is writable by group or others"
            path = os.path.dirname(path)
    return None


# ---- file access --------------------------------------------------------------------------


def _flags(*names: str) -> int:
    """os.open flags by name, those this system lacks left out (Windows has no O_NOFOLLOW,
    POSIX no O_BINARY: without it Windows would turn CRLF into LF on the way)."""
    value = 0
    for name in names:
        value |= getattr(os, name, 0)
    return value


def _try_flock(fd: int) -> bool:
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _try_msvcrt(fd: int) -> bool:
    """Lock the lock file's first byte; Windows drops it when the handle closes."""
    import msvcrt

    os.lseek(fd, 0, os.SEEK_SET)
    try:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
    except OSError:
        return False
    return True


def _unlock_msvcrt(fd: int) -> None:
    import msvcrt

    os.lseek(fd, 0, os.SEEK_SET)
    with contextlib.suppress(OSError):
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]


@contextlib.contextmanager
def _locked(lock_path: str, kind: str = "flock") -> Iterator[None]:
    """One helper at a time: an advisory lock on a lock file of our own. It is opened
    without following links and must be a regular file; on POSIX it must be ours and is
    mode 0600, so no other user can open it, let alone hold it and keep sites blocked past
    a block's end (on Windows its folder, drivers\\etc, lets only administrators create)."""
    fd = os.open(lock_path, _flags("O_RDWR", "O_CREAT", "O_NOFOLLOW", "O_CLOEXEC", "O_BINARY"),
                 0o600)
    locked = False
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or (kind == "flock" and info.st_uid != os.geteuid()):
            raise HelperError("lock_unsafe", f"{lock_path} is not a lock file of the helper's "
                              "own.", EXIT_IO)
        attempt = _try_flock if kind == "flock" else _try_msvcrt
        deadline = time.monotonic() + LOCK_TIMEOUT_SECONDS
        while not attempt(fd):
            if time.monotonic() > deadline:
                raise HelperError("busy", "Another helper call holds the hosts file lock.",
                                  EXIT_IO)
            time.sleep(0.05)
        locked = True
        yield
    finally:
        if locked and kind == "msvcrt":
            _unlock_msvcrt(fd)
        os.close(fd)  # releases a flock


@dataclass(frozen=True)
class Snapshot:
    data: bytes
    identity: tuple[int, int, int, int]  # device, inode, size, mtime_ns
    mode: int
    uid: int
    gid: int


def _identity(st: os.stat_result) -> tuple[int, int, int, int]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def _check_regular(path: str) -> os.stat_result | None:
    """lstat the hosts file: None if missing, a refusal if it is a symlink or not a file."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(st.st_mode):
        raise HelperError("hosts_symlink", f"{path} is a symbolic link; the helper only edits "
                          f"a regular hosts file.", EXIT_HOSTS)
    if not stat.S_ISREG(st.st_mode):
        raise HelperError("hosts_not_regular", f"{path} is not a regular file.", EXIT_HOSTS)
    return st


def read_hosts(path: str) -> Snapshot | None:
    """The hosts file's bytes and identity; None if it does not exist."""
    if _check_regular(path) is None:
        return None
    flags = _flags("O_RDONLY", "O_NOFOLLOW", "O_NONBLOCK", "O_CLOEXEC", "O_BINARY")
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise HelperError("hosts_symlink", f"{path} is a symbolic link.", EXIT_HOSTS) from None
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise HelperError("hosts_not_regular", f"{path} is not a regular file.", EXIT_HOSTS)
        if st.st_size > MAX_HOSTS_BYTES:
            raise HelperError("hosts_too_large", f"{path} is larger than {MAX_HOSTS_BYTES} "
                              f"bytes.", EXIT_HOSTS)
        chunks = []
        while chunk := os.read(fd, 1 << 16):
            chunks.append(chunk)
            if sum(map(len, chunks)) > MAX_HOSTS_BYTES:
                raise HelperError("hosts_too_large", f"{path} is too large.", EXIT_HOSTS)
        return Snapshot(b"".join(chunks), _identity(st), stat.S_IMODE(st.st_mode), st.st_uid,
                        st.st_gid)
    finally:
        os.close(fd)


def _unescape_mountinfo(field: str) -> str:
    """mountinfo escapes space, tab, newline and backslash as octal (\\040)."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 3 < len(field) and field[i + 1 : i + 4].isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def is_mount_point(path: str) -> bool:
    """Whether `path` is itself a mount point (a bind-mounted file): rename cannot replace it.

    Linux only (/proc/self/mountinfo); elsewhere False, and the EBUSY fallback still applies.
    """
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="surrogateescape") as f:
            lines = f.read().splitlines()
    except OSError:
        return False
    real = os.path.realpath(path)
    for line in lines:
        fields = line.split(" ")
        if len(fields) > 4 and _unescape_mountinfo(fields[4]) in (path, real):
            return True
    return False


def _write_in_place(path: str, data: bytes) -> None:
    """Overwrite the file's content through its own inode: write, truncate, fsync."""
    fd = os.open(path, _flags("O_WRONLY", "O_NOFOLLOW", "O_CLOEXEC", "O_BINARY"))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise HelperError("hosts_not_regular", f"{path} is not a regular file.", EXIT_HOSTS)
        view = memoryview(data)
        offset = 0
        os.lseek(fd, 0, os.SEEK_SET)  # Windows has no pwrite
        while offset < len(data):
            offset += os.write(fd, view[offset:])
        os.ftruncate(fd, len(data))
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_security_label(source: str, fd: int) -> None:
    """Keep the SELinux label of /etc/hosts (net_conf_t) on the file that replaces it."""
    getxattr = getattr(os, "getxattr", None)
    setxattr = getattr(os, "setxattr", None)
    if getxattr is None or setxattr is None:
        return
    try:
        label = getxattr(source, "security.selinux", follow_symlinks=False)
    except OSError:
        return
    with contextlib.suppress(OSError):
        setxattr(fd, "security.selinux", label)


def _fsync_directory(directory: str) -> None:
    fd = os.open(directory, _flags("O_RDONLY", "O_DIRECTORY", "O_CLOEXEC"))
    try:
        os.fsync(fd)
    except OSError as exc:  # some filesystems refuse fsync on a folder
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


RENAME_FALLBACK_ERRNOS = frozenset({errno.EBUSY, errno.EXDEV, errno.EPERM})
TEMP_FALLBACK_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def write_hosts(path: str, data: bytes, before: Snapshot, system: HostsSystem = LINUX) -> str:
    """Replace the hosts file's content; returns "atomic" or "in_place"."""
    if system.write == "in_place" or (system.mount_check and is_mount_point(path)):
        _write_in_place(path, data)
        return "in_place"
    directory = os.path.dirname(path) or "."
    try:
        fd, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=directory)
    except OSError as exc:  # a read-only folder around a writable file (systemd sandbox)
        if exc.errno not in TEMP_FALLBACK_ERRNOS:
            raise
        _write_in_place(path, data)
        return "in_place"
    pending: str | None = temp
    try:
        try:
            view = memoryview(data)
            offset = 0
            while offset < len(data):
                offset += os.write(fd, view[offset:])
            os.fchmod(fd, before.mode)
            with contextlib.suppress(PermissionError):  # only root can give it away
                os.fchown(fd, before.uid, before.gid)
            _copy_security_label(path, fd)
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.replace(temp, path)
        except OSError as exc:
            if exc.errno not in RENAME_FALLBACK_ERRNOS:
                raise
            _write_in_place(path, data)
            return "in_place"
        pending = None
        _fsync_directory(directory)
        return "atomic"
    finally:
        if pending is not None:
            with contextlib.suppress(OSError):
                os.unlink(pending)


# ---- DNS ----------------------------------------------------------------------------------

def flush_dns(test: bool, system: HostsSystem = LINUX) -> str:
    """Flush the OS DNS cache; "ok: ...", "unavailable: ...", "failed: ..." or "skipped: ..."."""
    if test:
        return "skipped: test hosts file, the machine's DNS cache is left alone"
    done, failures = [], []
    for command in system.flushers:
        exe = shutil.which(command[0], path=system.tool_path)
        if exe is None:
            continue
        failure = _run_flusher(exe, command, system)
        if failure is not None:
            failures.append(failure)
        elif not system.flush_all:
            return f"ok: {' '.join(command)}"
        else:
            done.append(" ".join(command))
    if failures:
        return "failed: " + "; ".join(failures)
    if done:
        return "ok: " + "; ".join(done)
    names = ", ".join(command[0] for command in system.flushers)
    return f"unavailable: no DNS cache service found ({names}); nothing to flush"


def _run_flusher(exe: str, command: tuple[str, ...], system: HostsSystem) -> str | None:
    """Why one flusher failed, or None when it worked."""
    try:
        done = subprocess.run(
            [exe, *command[1:]], stdin=subprocess.DEVNULL, capture_output=True,
            timeout=FLUSH_TIMEOUT_SECONDS, env=dict(system.env), check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"{' '.join(command)}: {exc}"
    if done.returncode == 0:
        return None
    detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
    return (f"{' '.join(command)} exited {done.returncode}"
            + (f" ({detail[0][:200]})" if detail else ""))


# ---- the verbs ----------------------------------------------------------------------------


def _describe(text: str) -> dict[str, Any]:
    section = hs.find_section(text)
    if section is None:
        return {"section": False, "until": None, "domains": [], "host_count": 0}
    return {
        "section": True,
        "until": hs.format_instant(section.until) if section.until else None,
        "domains": list(section.domains),
        "host_count": len(section.hosts),
    }


def execute(request: Request | HelperError, target: Target, now: datetime) -> dict[str, Any]:
    """Sweep, then carry out the request (or, for a refused request, raise its refusal)."""
    path = target.path
    with _locked(target.lock_path, target.system.lock):
        for _attempt in range(3):
            before = read_hosts(path)
            if before is None:
                if isinstance(request, HelperError):
                    raise request
                if request.verb == "apply":
                    raise HelperError("hosts_missing", f"{path} does not exist.", EXIT_HOSTS)
                return {"ok": True, "verb": request.verb, "changed": False, "swept": False,
                        "write": None, "file": path, "test_path": target.test,
                        **_describe("")}
            text = before.data.decode("utf-8", "surrogateescape")
            swept_text, swept = hs.sweep(text, now)
            if isinstance(request, HelperError):
                new_text = swept_text
            elif request.verb == "apply" and request.until is not None:
                new_text = hs.with_section(swept_text, request.domains, request.until)
            elif request.verb == "clear":
                new_text = hs.strip_section(swept_text)
            else:
                new_text = swept_text
            write_method = None
            if new_text != text:
                current = _check_regular(path)
                if current is None or _identity(current) != before.identity:
                    continue  # someone else changed the file since we read it: start over
                write_method = write_hosts(path, new_text.encode("utf-8", "surrogateescape"),
                                           before, target.system)
            if isinstance(request, HelperError):
                request.extra["swept"] = swept
                raise request
            answer: dict[str, Any] = {
                "ok": True,
                "verb": request.verb,
                "changed": write_method is not None,
                "swept": swept,
                "write": write_method,
                "file": path,
                "test_path": target.test,
                **_describe(new_text),
            }
            if write_method is not None:
                answer["dns_flush"] = flush_dns(target.test, target.system)
            return answer
        raise HelperError("hosts_changing", f"{path} kept changing while the helper worked.",
                          EXIT_IO)


def handle(data: bytes, environ: Mapping[str, str], now: datetime,
           platform: str = sys.platform, *,
           test_path: str | None = None) -> tuple[dict[str, Any], int]:
    """The answer to one request, and the exit status."""
    try:
        target = hosts_target(test_path, environ, platform)
        try:
            request: Request | HelperError = parse_request(data, now)
        except HelperError as refusal:
            request = refusal  # still sweep an expired section, then refuse
        return execute(request, target, now), EXIT_OK
    except HelperError as refusal:
        return refusal.answer(), refusal.exit_code
    except OSError as exc:
        return {"ok": False, "error": "io", "message": f"{exc.strerror or exc}: "
                f"{exc.filename or ''}".rstrip(": "), "errno": exc.errno}, EXIT_IO
    except Exception as exc:  # the caller must always get one JSON answer
        return {"ok": False, "error": "internal",
                "message": f"{type(exc).__name__}: {exc}"}, EXIT_INTERNAL


def _test_path_argument(args: list[str]) -> str | None:
    """The value of ``--test-hosts-path``, the only argument there is (hidden: tests only)."""
    if not args:
        return None
    if len(args) == 2 and args[0] == TEST_PATH_FLAG:
        return args[1]
    raise HelperError("arguments", "The helper takes no arguments: write one JSON request on "
                      "stdin.", EXIT_REQUEST)


def main(argv: list[str] | None = None) -> int:
    try:
        check_install()
        test_path = _test_path_argument(sys.argv[1:] if argv is None else argv)
    except HelperError as refusal:
        answer, code = refusal.answer(), refusal.exit_code
    else:
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        answer, code = handle(data, os.environ, datetime.now(UTC), test_path=test_path)
    try:
        sys.stdout.write(json.dumps(answer, ensure_ascii=True, sort_keys=True) + "\n")
        sys.stdout.flush()
    except (OSError, ValueError):  # nobody reads the answer (stdout closed): end quietly
        # What is still buffered goes nowhere, so the interpreter's last flush is silent
        # (the recipe of Python's documentation on SIGPIPE).
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return code


if __name__ == "__main__":
    raise SystemExit(main())
