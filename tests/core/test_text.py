from focusapp.core.text import fill


def test_values_fill_their_placeholders_in_any_order():
    assert fill("%2 before %1", "a", "b") == "b before a"


def test_a_value_that_looks_like_a_placeholder_is_kept_as_typed():
    # A custom activity named "Calls %2" once rendered as "Calls stopped early".
    assert fill("%1 (%2)", "Calls %2", "stopped early") == "Calls %2 (stopped early)"


def test_a_placeholder_without_a_value_stays():
    assert fill("%1 and %3", "x") == "x and %3"
