"""Why a score is what it is, in the user's language (issue 16: scores that read wrong)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from focusapp.core.scoring import ScoreSum, awesome
from focusapp.ui.score_text import MAX_BLOCK_LINES, amount, explain_block, explain_day
from tests.ui.language import speaking

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


def test_a_block_says_its_factors_and_its_value(english):
    score = awesome(60, 5, 1.0, True, False, 1.0)
    assert explain_block(score, ENGLISH) == "60 min × (2.00 × 2.00 × 2.0)^2.00 = 3,840"


def test_a_block_of_thirty_seconds_says_half_a_minute_not_zero(english):
    score = awesome(0.5, 3, 0.0, True, False, 0.0)  # 0.5 × (1.5 × 1 × 2)^1 = 1.5
    assert explain_block(score, ENGLISH) == "0.5 min × (1.50 × 1.00 × 2.0)^1.00 = 1.5"


def test_numbers_are_french_in_french(qapp):
    score = awesome(60, 5, 1.0, True, False, 1.0)
    with speaking(qapp, "fr"):
        text = explain_block(score, FRENCH)
    assert text.startswith("60 min × (2,00 × 2,00 × 2,0)^2,00 = 3")
    assert text.endswith("840") and "3,840" not in text


def test_a_day_of_two_blocks_keeps_each_blocks_factors(english):
    day = ScoreSum((awesome(25, 3, 1.0, False, True, 0.0), awesome(10, 5, 0.5, False, False, 0.0)))
    lines = explain_day(day, ENGLISH).splitlines()
    assert lines == [
        "25 min × (1.50 × 2.00 × 1.5)^1.00 = 113",
        "10 min × (2.00 × 1.50 × 1.0)^1.00 = 30",
        "Sum: 113 + 30 = 143",
    ]


def test_a_long_day_names_its_first_blocks_and_sums_them_all(english):
    day = ScoreSum(tuple(awesome(20, 3, 1.0, False, False, 0.0) for _ in range(7)))
    lines = explain_day(day, ENGLISH).splitlines()
    assert len(lines) == MAX_BLOCK_LINES + 2
    assert "3 more blocks" in lines[-2]
    assert lines[-1] == "Sum of 7 blocks = 420"


def test_amounts_keep_a_decimal_only_when_small_and_not_whole():
    assert [amount(v, ENGLISH) for v in (0.5, 7, 9.96, 12.4, 1234.4)] == [
        "0.5", "7", "10", "12", "1,234"]
