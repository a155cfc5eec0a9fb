"""`focusapp team-report --pdf`: the document a sales manager reads, from three reps' exports
(two roles each, one of an older version, one rep exported twice) and two files that are not
exports, read back with pdftotext as the manager would read it, in English and in French; and
the handoffs between roles, in the PDF and in the CSV beside the team's (issue 11)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from focusapp import cli
from focusapp.core.handoffs import DEFAULT_CHECKLIST, Handoff, HandoffStatus
from focusapp.core.models import Tally
from focusapp.store.database import Store
from focusapp.store.export import export_all, write_export
from tests.conftest import FakeClock
from tests.ui.history import FS, NOW, OP, build_history

A, S, B = HandoffStatus.ACCEPTED, HandoffStatus.SENT, HandoffStatus.SENT_BACK
MONDAY = datetime(2026, 11, 23, 10, tzinfo=NOW.tzinfo)


def _handoff(hid: str, day: int, role: str, to: str, status: HandoffStatus, *,
             on_time: bool = True, ticked: tuple[str, ...] = DEFAULT_CHECKLIST) -> Handoff:
    return Handoff(hid, MONDAY + timedelta(days=day), role, to, on_time, DEFAULT_CHECKLIST,
                   ticked, status, "no budget" if status is B else "")


# Outbound's briefs to Field Sales across the team: 6 sent, 3 accepted, 2 sent back, 1 pending.
ANA = (_handoff("a1", 0, OP, FS, A), _handoff("a2", 1, OP, FS, A), _handoff("a3", 2, OP, FS, S),
       _handoff("a4", 3, OP, FS, B, ticked=("need",)), _handoff("a5", 3, FS, "account_manager", A))
BEN = (_handoff("b1", 1, OP, FS, A, on_time=False), _handoff("b2", 2, OP, FS, B),
       _handoff("b3", 4, FS, "Marc (support)", A))


def _rep(folder: Path, handoffs: tuple[Handoff, ...] = ()) -> Store:
    store, _ = Store.open(folder, now=FakeClock(NOW).now)
    build_history(store)  # Outbound prospecting and Field Sales, six weeks up to W48
    for handoff in handoffs:
        store.handoffs.save(handoff)
    return store


@pytest.fixture(scope="module")
def drive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("team")
    drive = root / "team-drive"
    (drive / "ana").mkdir(parents=True)
    with _rep(root / "ana-data", ANA[:2]) as ana:
        write_export(ana, drive / "ana" / "2026-W47.json", "Ana Lopez")
        for handoff in ANA[2:]:
            ana.handoffs.save(handoff)
        ana.tallies.save(Tally(NOW.date(), OP, "outbound_prospector.conversations", 7))
        write_export(ana, drive / "ana" / "2026-W48.json", "Ana Lopez")
    with _rep(root / "ben-data", BEN) as ben:
        write_export(ben, drive / "ben-2026-W48.json", "Ben Martin")
    with _rep(root / "cleo-data") as cleo:  # an export from before version 2: no who
        old = export_all(cleo)
        for key in ("who", "tallies", "handoffs"):
            del old[key]
        (drive / "cleo.json").write_text(json.dumps({**old, "version": 1}))
    (drive / "notes.json").write_text('{"todo": "call Ana"}')
    (drive / "from-the-future.json").write_text(json.dumps({**old, "version": 99}))
    return drive


def _team_report(drive: Path, out: Path, language: str, *more: str,
                 ) -> subprocess.CompletedProcess[str]:
    """The command as the manager runs it: a real process, no display, the system's language."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_MESSAGES")}
    env["LC_ALL"] = env["LANG"] = {"en": "en_US.UTF-8", "fr": "fr_FR.UTF-8"}[language]
    return subprocess.run(
        [sys.executable, "-m", "focusapp", "--data-dir", str(out.parent / "manager"),
         "team-report", str(drive), "--week", "2026-W48", "--pdf", str(out), *more],
        env=env, capture_output=True, text=True, timeout=120, check=False)


def _read(pdf: Path) -> str:
    """The PDF's text as a manager reads it, columns kept on their line (ligatures such as
    "ﬁ" as their letters, no-break spaces as spaces)."""
    return unicodedata.normalize("NFKC", subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
        check=True).stdout)


def _line(text: str, *words: str) -> str:
    """The one line that holds all these words, in this order."""
    pattern = r".*".join(re.escape(w) for w in words)
    lines = [line for line in text.splitlines() if re.search(pattern, line)]
    assert len(lines) == 1, f"{words} on {len(lines)} lines of:\n{text}"
    return lines[0]


def test_the_team_pdf_in_english(drive: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "team.pdf"
    result = _team_report(drive, pdf, "en", "--csv", str(tmp_path / "team.csv"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        f"Team report of 2026-W48: 3 rep(s) from 4 export(s), 6 role(s), written to "
        f"{tmp_path / 'team.csv'} and {tmp_path / 'team-handoffs.csv'} and {pdf}.")
    # Each file left out is named on the terminal, as with --csv alone, and in the PDF.
    assert f"{drive / 'notes.json'}: skipped: This file is not a FocusApp export." in (
        result.stderr)
    assert (f"{drive / 'from-the-future.json'}: skipped: This export has version 99, which "
            "this FocusApp cannot read") in result.stderr
    text = _read(pdf)
    assert "Team report" in text and "Week 48 · 23–29 Nov 2026" in text
    assert "Reps: 3 · exports read: 4 · files left out: 2" in text
    for rep in ("Ana Lopez", "Ben Martin", "cleo.json"):  # an old export: named by its file
        assert rep in text
    assert text.count("Outbound prospecting") >= 3 and text.count("Field Sales") >= 3
    assert re.search(r"Role\s+Mon\s+Tue.*Sun\s+Days met\s+Streak", text)  # on each page
    assert "◐ partly: some work, target missed" in text  # the legend: no colour needed
    # The same six weeks for each rep: Monday met, Tuesday and Wednesday short of the target.
    assert len(re.findall(r"Outbound prospecting\s+✓\s+◐\s+◐\s+✓\s+✓\s+–\s+–\s+3 of 5\s+2\n",
                          text)) == 3
    # Each role's funnel drawn, as in the rep's own weekly PDF: bars with counts and shares.
    assert re.search(r"Touches\s+15\n", text) and "% of touches" in text
    # The last 12 weeks per rep and role (issue 17): met days of working days, a week with a
    # day off has 4; weeks before the history began are blank.
    assert len(re.findall(r"Last 12 weeks[\s·]+4/5\s+4/5\s+4/5\s+3/4\s+3/5\s+3/5\n", text)) == 3
    # Ana's Outbound handoffs (4: 2 accepted, 1 sent back, 1 pending), as in her own review.
    flat = re.sub(r"\s+", " ", text)  # a line of the review may wrap beside the funnel
    assert "Handoffs: 4 sent · 100 % on time · 75 % complete · 67 % accepted" in flat
    # Between roles, across the team: Ana's and Ben's briefs to Field Sales add up.
    assert "Handoffs between roles" in text
    assert _line(text, "From → to", "Sent", "Accepted", "Sent", "Pending", "On time",
                 "Complete")  # "Sent back" on two lines
    # (Ben's first was late, Ana's fourth lacked the budget, decision maker and next step.)
    assert re.search(r"Outbound prospecting → Field Sales\s+6\s+3\s+2\s+1\s+83 %\s+83 %", text)
    assert re.search(r"Field Sales → Account Manager\s+1\s+1\s+0\s+0\s+100 %\s+100 %", text)
    assert re.search(r"Field Sales → Marc \(support\)\s+1\s+1\s+0\s+0", text)
    assert "Files left out" in text
    assert _line(text, "notes.json: This file is not a FocusApp export.")
    assert _line(text, "from-the-future.json: This export has version 99")
    assert "(letter)" in subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                                        check=True).stdout  # a US system: Letter paper


def test_the_team_pdf_in_french(drive: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "équipe.pdf"
    result = _team_report(drive, pdf, "fr")
    assert result.returncode == 0, result.stderr
    text = _read(pdf)
    assert "Semaine 48 · 23–29 nov. 2026" in text
    for rep in ("Ana Lopez", "Ben Martin", "cleo.json"):
        assert rep in text
    assert "Prospection sortante" in text and "Commercial terrain" in text
    assert re.search(r"Rôle\s+lun\.\s+mar\..*dim\.\s+Objectif atteint\s+Série", text)
    assert "Transferts entre rôles" in text
    assert re.search(r"Prospection sortante → Commercial terrain\s+6\s+3\s+2\s+1\s+83 %\s+83 %",
                     text)
    assert "notes.json : Ce fichier n'est pas un export FocusApp." in text
    assert "12 dernières semaines" in text
    for english in ("Team report", "Handoffs", "Funnel", "Sent back", "Pending", "Role",
                    "Outbound prospecting", "Field Sales", "partly", "Mon", "Files", "weeks"):
        assert english not in text, f"{english!r} left in English"
    assert "(A4)" in subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                                    check=True).stdout  # France: A4


def test_the_handoffs_between_roles_go_beside_the_team_csv(
        drive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "team-w48.csv"
    code = cli.main(["--data-dir", str(tmp_path / "manager"), "team-report", str(drive),
                     "--week", "2026-W48", "--csv", str(out)])
    assert code == 0, capsys.readouterr().err
    team = list(csv.DictReader(io.StringIO(out.read_text())))
    assert list(team[0])[:3] == ["rep", "role", "week"]  # the team CSV as it was
    relays = list(csv.DictReader(io.StringIO((tmp_path / "team-w48-handoffs.csv").read_text())))
    assert [(r["from_role"], r["to"], r["sent"], r["accepted"], r["sent_back"], r["pending"])
            for r in relays] == [
        ("field_sales", "account_manager", "1", "1", "0", "0"),
        ("field_sales", "Marc (support)", "1", "1", "0", "0"),
        ("outbound_prospector", "field_sales", "6", "3", "2", "1"),
    ]


def test_a_pdf_into_a_missing_folder_is_refused_and_nothing_is_written(
        drive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """(A read-only folder, for real: tests/faults/test_read_only.py.)"""
    csv_out = tmp_path / "team.csv"
    code = cli.main(["--data-dir", str(tmp_path / "manager"), "team-report", str(drive),
                     "--csv", str(csv_out), "--pdf", str(tmp_path / "gone" / "team.pdf")])
    assert code == 1
    assert capsys.readouterr().err.strip() == (
        f"Could not write the team report: The folder {tmp_path / 'gone'} does not exist.")
    assert list(tmp_path.iterdir()) == []  # refused before anything was written


def test_a_report_needs_something_to_write(drive: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--data-dir", str(tmp_path / "m"), "team-report", str(drive)]) == 2
    assert "Say what to write: --csv FILE, --pdf FILE, or both." in capsys.readouterr().err


def test_a_pdf_the_disk_cannot_hold_is_not_written_and_it_is_said(drive: Path,
                                                                   tmp_path: Path) -> None:
    """The checks pass (the folder exists and takes files), then the write fails: a 16 KiB
    tmpfs in a private mount namespace (`unshare -m`, root) cannot hold the PDF."""
    assert shutil.which("unshare"), "needs util-linux's unshare (.ci/run installs it)"
    small = tmp_path / "small"
    small.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", f'mount -t tmpfs -o size=16k tmpfs "{small}" && '
         'exec "$0" "$@"', sys.executable, "-m", "focusapp", "--data-dir",
         str(tmp_path / "manager"), "team-report", str(drive), "--week", "2026-W48", "--pdf",
         str(small / "team.pdf")],
        env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1, done.stdout
    assert done.stderr.strip().splitlines()[-1] == (
        f"Could not write the team report: {small / 'team.pdf'} could not be written: "
        "the disk is full.")
    assert "written to" not in done.stdout


def test_two_reps_of_one_name_are_told_apart_by_their_files(drive: Path, tmp_path: Path) -> None:
    """Ben set FocusApp up again on a new laptop: a new profile id, the same name. Two reps,
    and the manager sees which files each comes from."""
    team = tmp_path / "drive"
    team.mkdir()
    ben = json.loads((drive / "ben-2026-W48.json").read_text())
    (team / "ben-old.json").write_text(json.dumps(ben))
    ben["who"]["profile"] = "a-new-laptop"
    (team / "ben-laptop.json").write_text(json.dumps(ben))
    pdf = tmp_path / "team.pdf"
    result = _team_report(team, pdf, "en")
    assert result.returncode == 0, result.stderr
    assert "ben-laptop.json: another rep is also named 'Ben Martin' (another profile id): " \
           "each is shown with its files." in result.stderr
    text = _read(pdf)
    assert text.count("Ben Martin") == 2
    assert _line(text, "Another rep has this name; these exports: ben-laptop.json")
    assert _line(text, "Another rep has this name; these exports: ben-old.json")
