"""`python -m focusapp` and the `focusapp` command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from focusapp.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    raise SystemExit(main())
