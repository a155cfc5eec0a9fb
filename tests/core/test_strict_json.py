"""The one strict JSON reader: what it refuses, and the code each refusal carries."""

from __future__ import annotations

import pytest

from focusapp.core.strict_json import JSONRefused, parse_json


def test_plain_json_reads_as_python_would() -> None:
    raw = '{"a": [1, 2.5, "é", null, true], "b": {"c": {}}}'.encode()
    assert parse_json(raw) == {"a": [1, 2.5, "é", None, True], "b": {"c": {}}}


@pytest.mark.parametrize(
    ("raw", "code", "params"),
    [
        (b'{"verb": "status", "verb": "clear"}', "json.duplicate_key", {"key": "verb"}),
        (b'[{"a": {"b": 1, "b": 1}}]', "json.duplicate_key", {"key": "b"}),
        (b'{"x": NaN}', "json.not_a_number", {"name": "NaN"}),
        (b"[Infinity]", "json.not_a_number", {"name": "Infinity"}),
        (b"-Infinity", "json.not_a_number", {"name": "-Infinity"}),
        (b"\xff\xfe{}", "json.not_utf8", {"reason": "invalid start byte", "byte": 0}),
        (b'{"a": 1', "json.syntax", {"line": 1, "column": 8}),
        (b"", "json.syntax", {"line": 1, "column": 1}),
        (b"{} {}", "json.syntax", {"line": 1, "column": 4}),
        (b"[" * 100_000, "json.too_deep", {}),
        (b"9" * 5000, "json.number_too_long", {}),
    ],
)
def test_each_refusal_names_its_rule(raw: bytes, code: str, params: dict[str, object]) -> None:
    with pytest.raises(JSONRefused) as caught:
        parse_json(raw)
    assert caught.value.code == code
    assert params.items() <= caught.value.params.items()
    assert caught.value.message and isinstance(caught.value, ValueError)


def test_a_byte_order_mark_is_read_only_when_allowed() -> None:
    raw = b'\xef\xbb\xbf{"a": 1}'
    assert parse_json(raw, allow_bom=True) == {"a": 1}
    with pytest.raises(JSONRefused) as caught:
        parse_json(raw)
    assert caught.value.code == "json.syntax"


def test_a_long_duplicate_key_is_shortened_in_the_refusal() -> None:
    key = "k" * 500
    with pytest.raises(JSONRefused) as caught:
        parse_json(f'{{"{key}": 1, "{key}": 2}}'.encode())
    assert len(caught.value.params["key"]) == 40 and len(caught.value.message) < 100
