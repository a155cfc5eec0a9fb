"""The words of an exported calendar (.ics): each block named as the user sees it in the app
("Focus: Outbound prospecting — Prospecting block"), never by its ids, in the UI language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from focusapp.core.exports import IcsText
from focusapp.core.models import Block, Outcome
from focusapp.core.roles import RoleConfig
from focusapp.core.text import fill
from focusapp.ui.names import activity_name, role_name


def ics_text(roles: Sequence[RoleConfig]) -> IcsText:
    """Names for the events of `roles`' blocks (an activity renamed by the user keeps its
    name; one of a role no longer held is still named)."""

    def activity_of(block: Block) -> str:
        config = next((c for c in roles if c.role.value == block.role), None)
        found = config.activity(block.activity) if config and block.activity else None
        return activity_name(found, block.activity)

    def summary(block: Block) -> str:
        if not block.activity:
            return fill(QCoreApplication.translate("IcsText", "Focus: %1"),
                        role_name(block.role))
        return fill(QCoreApplication.translate("IcsText", "Focus: %1 — %2"),
                    role_name(block.role), activity_of(block))

    def description(block: Block) -> str:
        lines = [
            fill(QCoreApplication.translate("IcsText", "Focused %1 of %2 minutes"),
                 f"{block.focused_minutes:.0f}", str(block.planned_minutes)),
            fill(QCoreApplication.translate("IcsText", "Energy %1/5"), str(block.energy)),
            _outcome(block.outcome),
        ]
        if block.count is not None:
            lines.append(fill(QCoreApplication.translate("IcsText", "Count: %1"),
                              str(block.count)))
        if block.note:
            lines.append(fill(QCoreApplication.translate("IcsText", "Note: %1"), block.note))
        return "\n".join(lines)

    return IcsText(summary=summary, description=description)


def _outcome(outcome: Outcome | None) -> str:
    return {
        Outcome.COMPLETED: QCoreApplication.translate("IcsText", "Completed"),
        Outcome.PARTIAL: QCoreApplication.translate("IcsText", "Stopped early"),
        Outcome.ABANDONED: QCoreApplication.translate("IcsText", "Abandoned"),
        None: QCoreApplication.translate("IcsText", "Running"),
    }[outcome]
