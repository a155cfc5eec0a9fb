"""A refusal of a service becomes one translated sentence for the user, never a traceback."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from focusapp.core.errors import CodedError
from focusapp.store.errors import ChangeNotSaved

if TYPE_CHECKING:
    from focusapp.flows.shell import Shell

log = logging.getLogger(__name__)


def guarded[T](shell: Shell, action: Callable[[], T]) -> T | None:
    """Run `action`; a coded refusal (bad input, a strict block, no block running…) or a
    data folder that refuses the write (read-only, full) is shown by the shell in the
    user's language, and None is returned."""
    try:
        return action()
    except CodedError as error:
        shell.warn_problem(error.problem)
    except OSError as error:
        log.info("a change could not be saved: %s", error)  # the user gets words
        shell.warn_problem(ChangeNotSaved(error).problem)
    return None
