"""Exports and reports are never written into the data folder, nor "written" when they
were not."""

from __future__ import annotations

import os
import pwd

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focusapp.core.errors import ValidationError
from focusapp.services.data_files import display_name
from focusapp.services.output import check_output

NAMES = st.text(alphabet="abcxyz.-_", min_size=1, max_size=8).filter(
    lambda n: n not in (".", ".."))


@given(st.lists(NAMES, min_size=1, max_size=4))
def test_nothing_inside_the_data_folder_is_ever_a_target(tmp_path_factory, parts):
    data = tmp_path_factory.mktemp("data")
    with pytest.raises(ValidationError) as refused:
        check_output(data.joinpath(*parts), data)
    assert refused.value.code == "output.in_data_folder"


def test_a_way_round_through_dots_or_a_link_is_caught_too(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "link").symlink_to(data)
    for path in (tmp_path / "elsewhere" / ".." / "data" / "focusapp.json",
                 tmp_path / "link" / "focusapp.json", data):
        with pytest.raises(ValidationError) as refused:
            check_output(path, data)
        assert refused.value.code == "output.in_data_folder", path


@pytest.mark.parametrize(("where", "code"), [
    ("missing/x.pdf", "output.no_folder"),
    ("folder", "output.is_folder"),
])
def test_a_path_that_cannot_take_a_file_says_why(tmp_path, where, code):
    (tmp_path / "folder").mkdir()
    with pytest.raises(ValidationError) as refused:
        check_output(tmp_path / where, tmp_path / "data")
    assert refused.value.code == code


def test_a_file_elsewhere_is_fine(tmp_path):
    assert check_output(tmp_path / "week.pdf", tmp_path / "data") == tmp_path / "week.pdf"


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_pdf_that_could_not_be_opened_is_not_called_written(qtbot, store, clock):
    from focusapp.core.days import IsoWeek
    from focusapp.services.daily import DailyLoop
    from focusapp.ui.report import export_pdf
    from focusapp.ui.review_model import ReviewProvider

    daily = DailyLoop(clock, store)
    week = IsoWeek.of(daily.today())
    review = ReviewProvider.from_daily(daily, store.reviews).facts().review(week)
    with pytest.raises(ValidationError) as refused:
        export_pdf(review, "/proc/focusapp-cannot-write-here.pdf")  # even root cannot
    assert refused.value.code == "output.write_failed"


def test_an_export_says_whose_it_is_with_the_name_set_or_the_accounts():
    assert display_name("  Ana \u200bLopez\n") == "Ana Lopez"  # one tidy line
    account = pwd.getpwuid(os.getuid())
    assert display_name("") == (account.pw_gecos.split(",")[0].strip() or account.pw_name)
