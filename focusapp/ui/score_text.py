"""The Awesome score said in words and numbers of the user's language: why a number is what
it is (SPEC §7), for Today's explanation and each block's tooltip.

Numbers go through QLocale (1 234,5 in French); small ones keep a decimal, so a 30-second block
reads "0.5 min × … = 1.5" and not "0 min × … = 1".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from focusapp.core.scoring import Awesome, ScoreSum
from focusapp.core.text import fill
from focusapp.ui.day_text import number

MAX_BLOCK_LINES = 4  # a day's explanation names this many blocks, then says how many more


def amount(value: float, locale: QLocale | None = None) -> str:
    """Whole above 10; one decimal below, unless it is whole (0.5, 7, 1 234)."""
    return number(value, 1 if value < 10 and round(value, 1) != round(value) else 0, locale)


def explain_block(score: Awesome, locale: QLocale | None = None) -> str:
    """'25 min × (1.50 × 1.80 × 2.0)^1.20 = 78': Time × (Energy × Focus × Important)^Consistency."""
    loc = locale or QLocale()
    return fill(
        QCoreApplication.translate(
            "Score", "%1 min × (%2 × %3 × %4)^%5 = %6",
            "time × (energy × focus × important)^consistency"),
        amount(score.time, loc),
        number(score.energy, 2, loc),
        number(score.focus, 2, loc),
        number(score.important, 1, loc),
        number(score.consistency, 2, loc),
        amount(score.value, loc),
    )


def explain_day(total: ScoreSum, locale: QLocale | None = None) -> str:
    """One line per block with its factors, then the sum: the factors never disappear."""
    loc = locale or QLocale()
    parts = total.parts
    if len(parts) == 1:
        return explain_block(parts[0], loc)
    lines = [explain_block(part, loc) for part in parts[:MAX_BLOCK_LINES]]
    hidden = len(parts) - MAX_BLOCK_LINES
    sum_text = amount(total.value, loc)
    if hidden > 0:
        lines.append(QCoreApplication.translate(
            "Score", "… and %n more block(s): each block's factors are in its tooltip.", "",
            hidden))
        sum_of = QCoreApplication.translate("Score", "Sum of %1 blocks = %2")
        lines.append(fill(sum_of, str(len(parts)), sum_text))
    else:
        values = " + ".join(amount(part.value, loc) for part in parts)
        lines.append(fill(QCoreApplication.translate("Score", "Sum: %1 = %2"), values, sum_text))
    return "\n".join(lines)
