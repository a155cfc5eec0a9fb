"""`python -m focusapp` and the `focusapp` command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from focusapp.services import start_collector

    start_collector.hold()  # until the history is read (FocusApp.start), or a command runs
    from focusapp.services import dataclass_cache
    from focusapp.services.pyside_startup import skip_feature_scan

    # Both before the rest of the app is imported: 20–45 ms and about 40 ms of each launch.
    skip_feature_scan()
    folder = dataclass_cache.cache_folder()
    if folder is not None:
        dataclass_cache.install(folder)
    args = sys.argv[1:] if argv is None else argv
    from focusapp.launch import plain_launch, start_app

    launch = plain_launch(args)
    if launch is not None:  # nothing to parse, nothing to say: the command line stays out
        return start_app(*launch)
    from focusapp.cli import parse_and_run

    return parse_and_run(args)


if __name__ == "__main__":
    raise SystemExit(main())
