"""The README and the guide stand alone: every link and picture points to a file of the
repository (the guide's pictures are taken by `make guide-shots`), none outside it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")),
         ROOT / "packaging" / "README.md"]
LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_link_and_picture_is_a_file_of_the_repository(page: Path) -> None:
    broken = []
    for target in LINK.findall(page.read_text(encoding="utf-8")):
        path = target.split("#", 1)[0]
        if not path:
            continue  # a heading of the same page
        resolved = (page.parent / path).resolve()
        if "://" in target or not resolved.is_relative_to(ROOT) or not resolved.exists():
            broken.append(target)
    assert not broken, f"{page.name}: {broken}"


def test_the_guide_shows_the_pictures_the_script_takes() -> None:
    guide = (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"!\[[^\]]*\]\(images/([^)]+)\)", guide))
    assert shown == {p.name for p in (ROOT / "docs" / "images").glob("*.png")}
