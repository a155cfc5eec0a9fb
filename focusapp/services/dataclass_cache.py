"""Start-up: the methods `dataclass` writes, compiled once and kept between launches.

The standard library's `dataclass` writes each class's `__init__`, `__repr__`, `__eq__`,
`__hash__` and, for a frozen class, `__setattr__` and `__delattr__` as source text, and
compiles that text with `exec` each time the class is made, that is, at each launch. Before
the first paint FocusApp makes about 90 dataclasses, about 520 such functions: 45 ms of a
launch, almost all of it compiling (benchmarks/startup.py; Python 3.13 batches the `exec`
calls but still compiles each time).

The same text always compiles to the same code, so this cache keeps each compiled code
object, keyed by its whole source text, in one file of the user's cache folder, written
with `marshal` as Python's own `.pyc` files are and tagged with the interpreter's bytecode
magic number and a CRC-32 of its content. It changes nothing but speed: a text not in the
cache is compiled as `dataclass` would compile it; a missing, damaged or foreign file is an
empty cache; a file that cannot be written is left alone. The file is as trusted as the
`__pycache__` folders beside the code: whoever can write the user's cache folder can
already run code as the user. Only the user's own launch (`focusapp.__main__`) installs it:
the privileged hosts helper has entry points of its own and never reads a folder the user
can write.

Only `dataclasses`' own `exec` is redirected (a module global shadows the builtin there), so
nothing else in the process compiles through it.

The file keeps apart the texts the launches used until their window was shown (about 470
for a new user; `start_up_done`) and the rest (dialogs, the review, the command line: about
as many again), the latter as one block of bytes unmarshalled at the first text the first
part does not hold, after the first paint: a launch reads half of it (2–4 ms of a launch on
a file of 930 texts, issue 15).
"""

from __future__ import annotations

import atexit
import builtins
import contextlib
import dataclasses
import importlib.util
import marshal
import os
import zlib
from collections.abc import Mapping
from pathlib import Path
from types import CodeType
from typing import Any

FILE_NAME = "dataclass-methods.bin"
# Past this many texts, a save keeps only those its run used: each update adds the texts of
# its changed classes, and a larger file costs more to load than it saves (all of FocusApp's
# 177 dataclasses write about 1,000; a new user's start-up uses about 470, 0.5 MB, read in
# about 2 ms).
MAX_ENTRIES = 1500
_MAGIC = importlib.util.MAGIC_NUMBER
_installed: list[CompiledMethods] = []  # the process's cache, once `install` made it


class CompiledMethods:
    """The code of `dataclass`'s generated methods, by source text; `exec` is its hook."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # The texts the file keeps first (those of the launches' start-ups), their codes, and
        # the rest of the file still marshalled.
        self.codes, self._later, self.start_up = _read(path)
        self.used: set[str] = set()
        self.compiled = 0  # texts compiled in this run: those the file did not hold
        self._start_up_read = set(self.start_up)

    def read_rest(self) -> None:
        """Add what the file holds beyond the start-up's texts (once)."""
        if self._later:
            self.codes.update(_codes(_unmarshal(self._later)))
            self._later = b""

    def start_up_done(self) -> None:
        """The window is shown: what was used until now is read first by the next launches.
        Added to what other start-ups used (another data folder's, with other role panels):
        launches of both kinds then read the file as it is, and it stays unwritten."""
        self.start_up |= self.used

    def exec(self, source: object, globals: dict[str, Any] | None = None,
             locals: Mapping[str, object] | None = None) -> None:
        """What `dataclasses` calls instead of the builtin `exec`."""
        if not isinstance(source, str):
            builtins.exec(source, globals, locals)  # type: ignore[arg-type]
            return
        code = self.codes.get(source)
        if code is None and self._later:
            self.read_rest()
            code = self.codes.get(source)
        if code is None:
            # dont_inherit: compiled as in dataclasses' own module, which has no
            # `from __future__` import (this one's would turn annotations into strings).
            code = compile(source, "<string>", "exec", dont_inherit=True)
            self.codes[source] = code
            self.compiled += 1
        self.used.add(source)
        builtins.exec(code, globals, locals)

    def save(self) -> None:
        """Write the file if this run compiled something new or started up with other texts;
        silent when it cannot."""
        if not self.compiled and self.start_up == self._start_up_read:
            return
        self.read_rest()  # what the file holds beyond the start-up's is kept
        kept = self.codes
        if len(kept) > MAX_ENTRIES:
            kept = {text: code for text, code in kept.items() if text in self.used}
        first = {text: code for text, code in kept.items() if text in self.start_up}
        rest = {text: code for text, code in kept.items() if text not in self.start_up}
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            payload = marshal.dumps((first, marshal.dumps(rest) if rest else b""))
            temporary.write_bytes(_MAGIC + _crc(payload) + payload)
            os.replace(temporary, self.path)
        except OSError:  # a read-only or full disk: the next launch compiles again
            with contextlib.suppress(OSError):
                temporary.unlink()
            return
        self.compiled = 0
        self._start_up_read = set(self.start_up)


def _read(path: Path) -> tuple[dict[str, CodeType], bytes, set[str]]:
    """The codes read now, the rest still marshalled (b"" for none), and the start-ups'
    texts; nothing for a missing, damaged or foreign file."""
    nothing: tuple[dict[str, CodeType], bytes, set[str]] = ({}, b"", set())
    try:
        data = path.read_bytes()
    except OSError:
        return nothing
    if not data.startswith(_MAGIC):  # none yet, or written by another Python
        return nothing
    stamp, payload = data[len(_MAGIC):len(_MAGIC) + 4], data[len(_MAGIC) + 4:]
    if stamp != _crc(payload):  # damaged: a flipped bit could still unmarshal, into bad code
        return nothing
    found = _unmarshal(payload)
    if isinstance(found, dict):  # written before the start-ups' texts were kept apart
        return _codes(found), b"", set()
    if not (isinstance(found, tuple) and len(found) == 2 and isinstance(found[1], bytes)):
        return nothing
    first = _codes(found[0])
    return first, found[1], set(first)


def _unmarshal(payload: bytes) -> object:
    try:
        return marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None


def _codes(found: object) -> dict[str, CodeType]:
    """The text → code pairs of an unmarshalled dict (none of anything else)."""
    if not isinstance(found, dict):
        return {}
    return {text: code for text, code in found.items()
            if isinstance(text, str) and isinstance(code, CodeType)}


def _crc(payload: bytes) -> bytes:
    return zlib.crc32(payload).to_bytes(4, "little")


def cache_folder() -> Path | None:
    """FocusApp's folder in the user's cache folder ($XDG_CACHE_HOME or ~/.cache on Linux,
    ~/Library/Caches on macOS, %LOCALAPPDATA%\\cache on Windows); None when the system names
    none. Qt's own answer: QtCore is loaded by then, where platformdirs would cost 2.5 ms
    more of each launch."""
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    return Path(found) / "FocusApp" if found else None


def install(folder: Path) -> CompiledMethods:
    """From now on `dataclass` compiles through a cache kept in `folder`, saved at exit."""
    cache = CompiledMethods(folder / FILE_NAME)
    dataclasses.exec = cache.exec  # type: ignore[attr-defined]
    atexit.register(cache.save)
    _installed[:] = [cache]
    return cache


def start_up_done() -> None:
    """The app's window is shown (`FocusApp.start`): the installed cache, if any, keeps
    what was used until now first in its file."""
    for cache in _installed:
        cache.start_up_done()


def uninstall(cache: CompiledMethods | None = None) -> None:
    """`dataclasses` compiles with the builtin `exec` again, and `cache` is not saved at
    exit (tests)."""
    vars(dataclasses).pop("exec", None)
    _installed.clear()
    if cache is not None:
        atexit.unregister(cache.save)
