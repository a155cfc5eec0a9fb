"""Fixtures shared by the widget tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.ui.language import speaking


@pytest.fixture
def french(qapp) -> Iterator[None]:
    """The app's French catalogue, as the app installs it; English again after."""
    with speaking(qapp, "fr"):
        yield


@pytest.fixture
def english(qapp) -> Iterator[None]:
    """The app's English catalogue (its plurals: "2 problems", not "2 problem(s)"), as the app
    installs it, whatever an earlier test left."""
    with speaking(qapp, "en"):
        yield
