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
# 177 dataclasses write about 1,000; one launch of the app uses about 600, 0.65 MB, read in
# about 2 ms).
MAX_ENTRIES = 1500
_MAGIC = importlib.util.MAGIC_NUMBER


class CompiledMethods:
    """The code of `dataclass`'s generated methods, by source text; `exec` is its hook."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.codes = _read(path)
        self.used: set[str] = set()
        self.compiled = 0  # texts compiled in this run: those the file did not hold

    def exec(self, source: object, globals: dict[str, Any] | None = None,
             locals: Mapping[str, object] | None = None) -> None:
        """What `dataclasses` calls instead of the builtin `exec`."""
        if not isinstance(source, str):
            builtins.exec(source, globals, locals)  # type: ignore[arg-type]
            return
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
        """Write the file if this run compiled something new; silent when it cannot."""
        if not self.compiled:
            return
        kept = self.codes
        if len(kept) > MAX_ENTRIES:
            kept = {text: code for text, code in kept.items() if text in self.used}
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            payload = marshal.dumps(kept)
            temporary.write_bytes(_MAGIC + _crc(payload) + payload)
            os.replace(temporary, self.path)
        except OSError:  # a read-only or full disk: the next launch compiles again
            with contextlib.suppress(OSError):
                temporary.unlink()
            return
        self.compiled = 0


def _read(path: Path) -> dict[str, CodeType]:
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    if not data.startswith(_MAGIC):  # none yet, or written by another Python
        return {}
    stamp, payload = data[len(_MAGIC):len(_MAGIC) + 4], data[len(_MAGIC) + 4:]
    if stamp != _crc(payload):  # damaged: a flipped bit could still unmarshal, into bad code
        return {}
    try:
        found = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
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
    return cache


def uninstall(cache: CompiledMethods | None = None) -> None:
    """`dataclasses` compiles with the builtin `exec` again, and `cache` is not saved at
    exit (tests)."""
    vars(dataclasses).pop("exec", None)
    if cache is not None:
        atexit.unregister(cache.save)
