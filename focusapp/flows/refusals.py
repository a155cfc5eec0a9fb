"""A refusal of a service becomes one translated sentence for the user, never a traceback."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from focusapp.core.errors import CodedError

if TYPE_CHECKING:
    from focusapp.flows.shell import Shell

def guarded[T](shell: Shell, action: Callable[[], T]) -> T | None:
    """Run `action`; a coded refusal (bad input, a strict block, no block running…) is
    shown by the shell in the user's language, and None is returned."""
    try:
        return action()
    except CodedError as error:
        shell.warn_problem(error.problem)
    return None
