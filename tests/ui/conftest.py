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
