"""`focusapp touch`, `accounts` and `follow-up` (issue 12): their arguments checked in plain
words, answered by the running app over the socket (Today follows), in the user's
language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from focusapp import cli
from focusapp.app import FocusApp
from tests.test_cli import run_cli, running_app  # noqa: F401 (fixtures)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["touch", "  "], "Name the account first."),
        (["touch", "x" * 81], "An account's name is at most 80 characters."),
        (["follow-up"], "Say whom to follow up: focusapp follow-up NAME [--due 48h]."),
        (["follow-up", "Claire", "--due", "soon"],
         "'soon' is not a delay: write hours (48h), days (2d) or minutes (90m)."),
        (["follow-up", "Claire", "--due", "100d"],
         "A follow-up is due within 90 days at most, not '100d'."),
        (["follow-up", "Claire", "--done", "Claire"], "--done marks a follow-up done"),
        (["accounts", "add"], "Say which: focusapp accounts add NAME"),
        (["accounts", "import", "crm.csv"], "Say which column holds the account names"),
        (["accounts", "import", "/no/such.csv", "--column", "Name"],
         "Could not read /no/such.csv: No such file or directory."),
        (["accounts", "forget"],
         "'forget' is not something to do with your accounts: add, import or cold."),
    ],
)
def test_bad_arguments_get_a_plain_message_and_exit_2(
        capsys: pytest.CaptureFixture[str], data_dir: Path, args: list[str],
        message: str) -> None:
    assert cli.main(["--data-dir", str(data_dir), *args]) == 2
    captured = capsys.readouterr()
    assert message in captured.err and "Traceback" not in captured.err
    assert captured.out == ""


def test_a_crm_column_that_is_not_there_is_named_with_those_that_are(
        capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    crm = tmp_path / "crm.csv"
    crm.write_bytes("Id;Société\n1;Éole\n".encode("cp1252"))  # a Windows spreadsheet's
    assert cli.main(["--data-dir", str(data_dir), "accounts", "import", str(crm),
                     "--column", "Account"]) == 2
    assert "The file has no column 'Account'. Its columns: Id, Société." in (
        capsys.readouterr().err)


def test_the_running_app_answers_and_today_follows(
        run_cli: Any, running_app: FocusApp, data_dir: Path) -> None:  # noqa: F811
    touched = run_cli("--data-dir", str(data_dir), "touch", "Acme SA")
    assert touched.returncode == 0, touched.stderr
    assert touched.stdout.strip() == (
        "Touched Acme SA (new on your account list). 1 account touched this week.")
    assert [t.account for t in running_app.store.touches.all()] == ["Acme SA"]
    made = run_cli("--data-dir", str(data_dir), "follow-up", "Claire", "--due", "2d")
    assert made.returncode == 0, made.stderr
    (follow_up,) = running_app.instruments.book.open_follow_ups()
    assert made.stdout.strip() == (
        f"Follow up Claire by {follow_up.due.astimezone().strftime('%Y-%m-%d %H:%M')} "
        f"(id {follow_up.id[:8]}).")
    done = run_cli("--data-dir", str(data_dir), "follow-up", "--done", follow_up.id[:6])
    assert done.stdout.strip() == "Follow-up with Claire: done."
    assert running_app.instruments.book.open_follow_ups() == ()
    unknown = run_cli("--data-dir", str(data_dir), "follow-up", "--done", "nobody")
    assert unknown.returncode == 1
    assert "No single follow-up is named 'nobody'" in unknown.stderr


def test_the_command_line_speaks_french(run_cli: Any, data_dir: Path) -> None:  # noqa: F811
    touched = run_cli("--data-dir", str(data_dir), "touch", "Acme",
                      env={"LANGUAGE": "fr", "LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8"})
    assert touched.returncode == 0, touched.stderr
    assert touched.stdout.strip() == (
        "Acme contacté (ajouté à votre liste de comptes). 1 compte contacté cette semaine.")
