"""Where an export or a report may be written, over every way of spelling a path.

Hypothesis builds paths in a small world (the data folder, an ordinary folder, links into
the data folder, a link to one of its files, a dangling link pointing into it, a regular
file where a folder is expected, folders that do not exist, `..` and `.`, absolute or
relative to the working directory); a model of that world, walked name by name as the system
walks a path, says what `check_output` must answer: refused inside the data folder, refused
for a folder or a folder that does not exist, accepted (and resolved) otherwise. A
read-only folder is tested for real in test_read_only.py.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from focusapp.core.errors import ValidationError
from focusapp.services.output import check_output

# The world, relative to its root: folders, files, and links (to their targets, relative to
# the folder holding the link, as `ln -s` takes them).
FOLDERS = ("data", "data/blocks", "out")
FILES = ("data/focusapp.json", "data/blocks/2026-11.json", "out/existing.csv", "afile")
LINKS = {
    "link_data": "data",
    "link_out": "out",
    "out/back": "../data",
    "out/alias.json": "../data/focusapp.json",  # writing "through" it would replace data
    "out/dangling.json": "../data/new.json",  # points into the data folder, at nothing yet
}
NAMES = ("data", "out", "blocks", "link_data", "link_out", "back", "alias.json",
         "dangling.json", "afile", "focusapp.json", "existing.csv", "new.pdf", "missing",
         "..", ".")

Parts = tuple[str, ...]


@pytest.fixture(scope="module")
def world() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as top:
        root = Path(top).resolve()
        for folder in FOLDERS:
            (root / folder).mkdir()
        for file in FILES:
            (root / file).write_text("{}")
        for link, target in LINKS.items():
            (root / link).symlink_to(target)
        yield root


def _links() -> dict[Parts, Parts]:
    """Each link's resolved target, as parts under the world's root."""
    return {tuple(link.split("/")): _walk(tuple(link.split("/"))[:-1], target.split("/"), {})
            for link, target in LINKS.items()}


def _walk(start: Parts, names: Sequence[str], links: dict[Parts, Parts]) -> Parts:
    """Where `names`, taken one by one from `start`, lead: a link is followed as soon as it
    is met, `..` goes to the parent of where the walk really is. Leaving the root is
    signalled by a leading ".." (such paths are discarded)."""
    here = list(start)
    for name in names:
        if name == ".":
            continue
        if name == "..":
            if not here:
                return ("..",)
            here.pop()
            continue
        here.append(name)
        while tuple(here) in links:
            here = list(links[tuple(here)])
    return tuple(here)


def expected(target: Parts) -> str:
    """What check_output must say about `target` (parts under the root): a code, or "ok"."""
    folders = {tuple(f.split("/")) for f in FOLDERS} | {()}
    if target[:1] == ("data",):
        return "output.in_data_folder"
    if target in folders:
        return "output.is_folder"
    if target[:-1] not in folders:
        return "output.no_folder"
    return "ok"


@given(names=st.lists(st.sampled_from(NAMES), min_size=1, max_size=6),
       relative=st.booleans())
def test_check_output_refuses_exactly_the_paths_it_must(world: Path, names: list[str],
                                                       relative: bool) -> None:
    start: Parts = ("out",) if relative else ()
    target = _walk(start, names, _links())
    assume(target[:1] != ("..",))  # outside the world, the model knows nothing
    path = Path(*names) if relative else world.joinpath(*names)
    cwd = os.getcwd()
    os.chdir(world / "out")  # what a relative path is relative to
    try:
        answer = check_output(path, world / "data")
    except ValidationError as refused:
        said = refused.code
    else:
        said = "ok"
        assert answer == world.joinpath(*target)  # the resolved path is what gets written
    finally:
        os.chdir(cwd)
    assert said == expected(target), f"{path} -> {'/'.join(target)}"


def test_the_model_knows_the_ways_round(world: Path) -> None:
    """Guards the model itself: each trap of the world leads where the system says."""
    links = _links()
    for names in (["out", "back", "new.json"], ["out", "alias.json"], ["link_out", "..", "data"],
                  ["out", "dangling.json"], ["link_data", "..", "out", "x.csv"]):
        assert world.joinpath(*_walk((), names, links)) == world.joinpath(*names).resolve()
    assert expected(_walk((), ["out", "alias.json"], links)) == "output.in_data_folder"
    assert expected(_walk((), ["afile", "x.pdf"], links)) == "output.no_folder"
