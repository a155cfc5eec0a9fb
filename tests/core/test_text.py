import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focusapp.core.errors import ValidationError
from focusapp.core.models import validate_one_thing
from focusapp.core.roles import validate_name
from focusapp.core.text import fill, one_line


def test_values_fill_their_placeholders_in_any_order():
    assert fill("%2 before %1", "a", "b") == "b before a"


def test_a_value_that_looks_like_a_placeholder_is_kept_as_typed():
    # A custom activity named "Calls %2" once rendered as "Calls stopped early".
    assert fill("%1 (%2)", "Calls %2", "stopped early") == "Calls %2 (stopped early)"


def test_a_placeholder_without_a_value_stays():
    assert fill("%1 and %3", "x") == "x and %3"

@pytest.mark.parametrize(("typed", "kept"), [
    ("\u200b\u200b", ""),  # zero-width spaces only: nothing to see, nothing kept
    ("\ufeff\u2060 \u00ad", ""),  # byte-order mark, word joiner, soft hyphen
    ("\u202eCall ACME", "Call ACME"),  # a text-direction override
    ("Call\x01 ACME\x7f", "Call ACME"),  # control characters
    ("  Call\t\nACME  ", "Call ACME"),
    ("👨\u200d👩\u200d👧 family accounts", "👨\u200d👩\u200d👧 family accounts"),  # joiners stay
    ("\u200d\u200c", ""),
])
def test_a_line_keeps_only_what_can_be_seen(typed, kept):
    assert one_line(typed) == kept


@given(st.text())
def test_no_control_or_invisible_character_survives(text):
    line = one_line(text)
    assert all(ch in "\u200c\u200d" or unicodedata.category(ch) not in ("Cc", "Cf")
               for ch in line)
    assert one_line(line) == line  # cleaning twice changes nothing


@pytest.mark.parametrize("check", [validate_one_thing, validate_name])
def test_an_invisible_text_is_refused_as_empty(check):
    with pytest.raises(ValidationError) as refused:
        check("\u200b \u200b\u2063")
    assert refused.value.code.endswith(".empty")


def _one_line_walked(text: str) -> str:
    """The reference: every character looked up, as one_line did before its short way."""
    kept = "".join(ch for ch in text if ch in "\u200c\u200d"
                   or unicodedata.category(ch) not in ("Cc", "Cf") or ch.isspace())
    clean = " ".join(kept.split())
    return clean if clean.strip("\u200c\u200d") else ""


@given(st.text() | st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Cf"])))
def test_printable_text_takes_a_short_way_to_the_same_line(text):
    # An import checks every One Thing of five years: printable text skips the walk.
    assert one_line(text) == _one_line_walked(text)
