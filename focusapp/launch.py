"""A plain launch of the tray app, with neither the command line's parser nor its words.

`focusapp` with nothing but `--data-dir` (and the benchmarks' `--exit-when-ready`), when no
instance runs on that folder, has nothing to parse and nothing to say: it starts the app at
once. Anything else goes to `focusapp.cli`, which parses it and speaks the user's language;
`focusapp.__main__` imports the command line only then, which spares a launch the parser,
argparse and the command protocol's words (about 10 ms of each one, issue 15).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from focusapp import APP_NAME, PROG

DATA_DIR_ENV = "FOCUSAPP_DATA_DIR"

LaunchApp = Callable[[Path, list[str]], int]


def data_dir_from(option: str | None, environ: Mapping[str, str]) -> Path:
    """--data-dir, else $FOCUSAPP_DATA_DIR, else the platform's user data folder."""
    chosen = option or environ.get(DATA_DIR_ENV) or None
    if chosen is None:
        from platformdirs import user_data_dir

        chosen = user_data_dir(APP_NAME, appauthor=False)
    return Path(chosen).expanduser().resolve()


def plain_launch(args: Sequence[str]) -> tuple[Path, bool] | None:
    """The data folder and whether to exit once ready, for a launch with nothing to say:
    only `--data-dir` and `--exit-when-ready`, in UTF-8, and no instance to bring to the
    front. None for anything else: the command line reads it in the user's language."""
    from focusapp.services.instance_name import may_be_running

    if any("\udc80" <= ch <= "\udcff" for arg in args for ch in arg):
        return None  # bytes that are not UTF-8 (PEP 383): the command line says so in words
    exit_when_ready = False
    chosen: str | None = None
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg == "--exit-when-ready":
            exit_when_ready = True
        elif arg == "--data-dir" and rest and not rest[0].startswith("-"):
            chosen = rest.pop(0)
        elif arg.startswith("--data-dir=") and arg != "--data-dir=":
            chosen = arg.split("=", 1)[1]
        else:
            return None
    try:
        data_dir = data_dir_from(chosen, os.environ)
    except (OSError, RuntimeError):  # no home folder, a loop of links: the CLI says it
        return None
    return None if may_be_running(data_dir) else (data_dir, exit_when_ready)


def start_app(data_dir: Path, exit_when_ready: bool = False,
              launch_app: LaunchApp | None = None,
              hosts_helper: list[str] | None = None) -> int:
    """Start the GUI on `data_dir` (`launch_app`, by default `focusapp.gui.run`)."""
    if launch_app is None:
        from functools import partial

        from focusapp.app import Options  # the GUI, only when it is wanted
        from focusapp.gui import run
        from focusapp.services.backends import detect_backends

        options = Options(exit_when_ready=exit_when_ready,
                          backends=detect_backends(hosts_helper=hosts_helper))
        launch_app = partial(run, options=options)
    # The app listens itself (InstanceServer.listen) and quits if it lost a race to another.
    return launch_app(data_dir, [sys.argv[0] if sys.argv and sys.argv[0] else PROG])
