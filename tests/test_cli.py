"""`focusapp` on the command line: arguments, exit codes, and talking to the running app.

The "running app" here is the real app (offscreen, a fake clock, a real store) serving the
real command handler in the test's event loop; a CLI subprocess talks to it while
`qtbot.waitUntil` pumps that loop.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import shiboken6

from focusapp import cli, client
from focusapp import commands as cmd
from focusapp.app import FocusApp, Options
from focusapp.core.models import Outcome
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.gui import serve_commands
from focusapp.store.database import Store
from tests.disk import Disk

ROOT = Path(__file__).resolve().parents[1]

@pytest.fixture
def running_app(qtbot: Any, data_dir: Path, clock: Any) -> Iterator[FocusApp]:
    """The real app on a real store, offscreen, serving the real command handler."""
    store, report = Store.open(data_dir, now=clock.now)
    store.roles.save(default_role_configs(frozenset({RoleId.OUTBOUND_PROSPECTOR,
                                                     RoleId.FIELD_SALES})))
    app = FocusApp(clock, store, report, Options(tray=False, wizard=False, reminders=False))
    qtbot.addWidget(app.shell.today)
    app.start()
    serve_commands(app)
    yield app
    app.shutdown()
    shiboken6.delete(app)
    store.close()


@pytest.fixture
def run_cli(qtbot: Any) -> Callable[..., subprocess.CompletedProcess[str]]:
    """`python -m focusapp.cli ARGS` as a real process; the test's event loop keeps turning."""

    def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        full_env = {k: v for k, v in os.environ.items() if k != "FOCUSAPP_DATA_DIR"}
        full_env.update({"PYTHONIOENCODING": "utf-8", **(env or {})})
        argv = [sys.executable, "-m", "focusapp.cli", *args]
        process = subprocess.Popen(
            argv, cwd=ROOT, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=30_000)
        out, err = process.communicate()
        return subprocess.CompletedProcess(
            argv, process.returncode, out.decode("utf-8"), err.decode("utf-8")
        )

    return run


# ---- nothing running ------------------------------------------------------------------


def test_status_with_nothing_running_says_so_and_exits_1(run_cli: Any, data_dir: Path) -> None:
    done = run_cli("--data-dir", str(data_dir), "status")
    assert done.returncode == 1
    assert done.stdout.strip() == f"FocusApp is not running (data folder: {data_dir.resolve()})."


def test_data_dir_comes_from_the_environment(run_cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "profile2"
    done = run_cli("status", env={"FOCUSAPP_DATA_DIR": str(folder)})
    assert done.returncode == 1
    assert f"(data folder: {folder.resolve()})" in done.stdout


def test_data_dir_option_beats_the_environment_and_goes_either_side(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("FOCUSAPP_DATA_DIR", str(tmp_path / "from-env"))
    assert cli.main(["status", "--data-dir", str(tmp_path / "after")]) == 1
    assert cli.main(["--data-dir", str(tmp_path / "before"), "status"]) == 1
    out = capsys.readouterr().out
    assert f"(data folder: {(tmp_path / 'after').resolve()})" in out
    assert f"(data folder: {(tmp_path / 'before').resolve()})" in out
    assert "from-env" not in out


@pytest.mark.parametrize(
    "args", [["start"], ["start", "50", "--role", "solo"], ["stop"], ["one-thing", "Call ACME"]]
)
def test_commands_need_a_running_app(
    capsys: pytest.CaptureFixture[str], data_dir: Path, args: list[str]
) -> None:
    assert cli.main(["--data-dir", str(data_dir), *args]) == 1
    err = capsys.readouterr().err
    assert f"FocusApp is not running (data folder: {data_dir.resolve()})." in err


# ---- bad arguments: plain words, exit 2 -----------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["start", "300"], "A focus block lasts from 5 to 180 minutes, not 300."),
        (["start", "4"], "A focus block lasts from 5 to 180 minutes, not 4."),
        (["start", "-5"], "A focus block lasts from 5 to 180 minutes, not -5."),
        (["start", "twenty"], "'twenty' is not a whole number of minutes."),
        (["start", "25.5"], "'25.5' is not a whole number of minutes."),
        (
            ["start", "25", "--role", "boss"],
            "'boss' is not a role. Valid roles: account_manager, "
            "field_sales, inbound_qualifier, outbound_prospector, business_developer, solo.",
        ),
        (["start", "--activity", "  "], "Write something first: the text is empty."),
        (["one-thing", "   "], "Write your One Thing first: the text is empty."),
        (["one-thing", "x" * 201], "Keep your One Thing to 200 characters; this one has 201."),
        (["one-thing"], "The following arguments are required: TEXT."),
        (
            ["review", "--week", "2026-48"],
            "'2026-48' is not a week; write it as YYYY-Www, e.g. 2026-W48.",
        ),
        (["review", "--week", "2025-W53"], "Week 53 does not exist in 2025."),
        (["export"], "The following arguments are required: FILE."),
        (["frobnicate"], "'frobnicate' is not a focusapp command."),
        (["status", "--verbose"], "Unrecognized arguments: --verbose."),
        (["count", "0"], "Count between 1 and 1000 at a time."),
        (["count", "ten"], "'ten' is not a whole number to count."),
        (["count", "2", "--undo"], "--undo takes back the last count: give it no N"),
        (["handoff"], "Say who received the handoff: --to ROLE or a colleague's name."),
        (["handoff", "--to", "\u200b"], "Say who received the handoff: a role, a colleague or "
                                        "a service."),
        (["handoff", "1a2b", "--accepted", "--sent-back", "x"],
         "Answer a handoff with --accepted or with --sent-back WHY."),
        (["handoff", "1a2b", "--to", "field_sales"], "give only its ID and --accepted"),
        (["handoff", "--accepted"], "Say which handoff to answer"),
    ],
)
def test_bad_arguments_get_a_plain_message_and_exit_2(
    capsys: pytest.CaptureFixture[str], data_dir: Path, args: list[str], message: str
) -> None:
    assert cli.main(["--data-dir", str(data_dir), *args]) == 2
    captured = capsys.readouterr()
    assert message in captured.err
    assert "Traceback" not in captured.err
    assert captured.err.count("--help") == 1  # the hint once (an unknown command said it twice)
    assert captured.out == ""


def test_help_and_version_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "one-thing" in out
    assert "--hosts-helper" not in out and "--exit-when-ready" not in out  # hidden, for tests
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("focusapp ")


# ---- talking to the running app -------------------------------------------------------


def test_status_prints_the_running_block(
    run_cli: Any, running_app: FocusApp, data_dir: Path, clock: Any
) -> None:
    running_app.one_thing.set_text("Rappeler Éloïse chez ACME")
    running_app.blocks.start_for(25, "outbound_prospector", None)
    clock.advance(seconds=25 * 60 - 1234)
    done = run_cli("--data-dir", str(data_dir), "status")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        "Focus block running: 20:34 left (Outbound prospecting). "
        "One Thing: Rappeler Éloïse chez ACME"
    )


def test_start_and_one_thing_reach_the_app(
    run_cli: Any, running_app: FocusApp, data_dir: Path
) -> None:
    noted = run_cli("--data-dir", str(data_dir), "one-thing", "  Close   the ACME renewal ")
    assert noted.returncode == 0, noted.stderr
    assert noted.stdout.strip() == "Today's One Thing: Close the ACME renewal"
    assert running_app.daily.one_thing().one_thing == "Close the ACME renewal"

    started = run_cli("start", "50", "--role", "Field_Sales", "--activity", "prospect_meetings",
                      "--data-dir", str(data_dir))
    assert started.returncode == 0, started.stderr
    assert started.stdout.strip() == (
        "Focus block started for 50 minutes (Field Sales · Qualified-prospect meetings).")
    block = running_app.timer.block
    assert block is not None and block.planned_minutes == 50
    # An activity id, as the window stores it: the block counts toward the role's target.
    assert block.activity == "field_sales.prospect_meetings"


def test_count_ten_times_from_the_cli_and_read_it_in_the_today_window(
    run_cli: Any, running_app: FocusApp, data_dir: Path
) -> None:
    running_app.blocks.start_for(25, "outbound_prospector", "prospecting_block")
    for _ in range(10):
        counted = run_cli("--data-dir", str(data_dir), "count")
        assert counted.returncode == 0, counted.stderr
    assert counted.stdout.strip() == ("Counted (Outbound prospecting · Prospecting block: "
                                      "calls, emails, social), on the running block: 10 today.")
    assert running_app.shell.today.count_label.text() == "This block: 10 touches"
    undone = run_cli("--data-dir", str(data_dir), "count", "--undo")
    assert undone.stdout.startswith("Took back the last count (Outbound prospecting")
    assert running_app.timer.block is not None and running_app.timer.block.count == 9


def test_a_handoff_from_the_cli_then_accepted(
    run_cli: Any, running_app: FocusApp, data_dir: Path
) -> None:
    sent = run_cli("--data-dir", str(data_dir), "handoff", "--to", "field_sales", "--late",
                   "--missing", "budget", "--role", "outbound_prospector")
    assert sent.returncode == 0, sent.stderr
    (handoff,) = running_app.daily.handoffs()
    assert sent.stdout.strip() == (f"Handoff {handoff.id[:8]} sent to Field Sales "
                                   "(Outbound prospecting): late, brief missing the budget.")
    accepted = run_cli("--data-dir", str(data_dir), "handoff", handoff.id[:6], "--accepted")
    assert accepted.stdout.strip() == f"Handoff {handoff.id[:8]} to Field Sales: accepted."
    assert running_app.daily.handoffs()[0].status.value == "accepted"
    unknown = run_cli("--data-dir", str(data_dir), "handoff", "zzzzzz", "--accepted")
    assert unknown.returncode == 1
    assert "No single handoff has an id starting with 'zzzzzz'." in unknown.stderr


def test_a_block_from_the_cli_takes_the_one_things_activity_of_its_role(
    run_cli: Any, running_app: FocusApp, data_dir: Path
) -> None:
    running_app.daily.set_one_thing("Book three meetings", "outbound_prospector",
                                    "outbound_prospector.conversations")
    done = run_cli("--data-dir", str(data_dir), "start", "--role", "outbound_prospector")
    assert done.returncode == 0, done.stderr
    block = running_app.timer.block
    assert block is not None and block.activity == "outbound_prospector.conversations"
    assert block.serves_one_thing  # counted twice as Important, like a block from the window


def test_a_wrong_activity_names_the_valid_ones(
    run_cli: Any, running_app: FocusApp, data_dir: Path
) -> None:
    done = run_cli("--data-dir", str(data_dir), "start", "--role", "field_sales",
                   "--activity", "calls")
    assert done.returncode == 1
    assert "'calls' is not an activity of this role. Valid activities: " in done.stderr
    assert "field_sales.prospect_meetings" in done.stderr
    assert running_app.timer.block is None


def test_a_refusal_is_printed_with_exit_1(
    run_cli: Any, running_app: FocusApp, data_dir: Path
) -> None:
    done = run_cli("--data-dir", str(data_dir), "stop")
    assert done.returncode == 1
    assert done.stderr.strip() == "FocusApp refused: No focus block is running."


def test_stop_from_the_cli_respects_strict_mode(
    run_cli: Any, running_app: FocusApp, data_dir: Path
) -> None:
    from focusapp.services.timer import StartRequest

    running_app.blocks.start(StartRequest(minutes=25, role="outbound_prospector", strict=True))
    done = run_cli("--data-dir", str(data_dir), "stop")
    assert done.returncode == 1
    assert "strict block: stop it in FocusApp's window" in done.stderr  # not "type the phrase"
    assert running_app.timer.block is not None  # still focusing
    running_app.timer.abandon()
    assert running_app.store.blocks.all()[0].outcome is Outcome.ABANDONED


def test_stop_prints_what_was_kept(
    run_cli: Any, running_app: FocusApp, data_dir: Path, clock: Any
) -> None:
    running_app.blocks.start_for(25, "outbound_prospector", None)
    clock.advance(minutes=10)
    done = run_cli("--data-dir", str(data_dir), "stop")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Focus block stopped after 10 minutes (stopped early)."


def test_stop_on_a_full_disk_stops_and_warns_with_exit_0(
    run_cli: Any, running_app: FocusApp, data_dir: Path, clock: Any,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    block = running_app.blocks.start_for(25, "outbound_prospector", None)
    clock.advance(minutes=10)
    Disk(monkeypatch).fill()
    done = run_cli("--data-dir", str(data_dir), "stop")
    assert done.returncode == 0, done.stderr  # the block is stopped: what was asked is done
    assert done.stdout.strip() == "Focus block stopped after 10 minutes (stopped early)."
    assert done.stderr.strip() == ("Your focus block is stopped but could not be saved: the "
                                   "disk is full. FocusApp keeps it and will save it as soon "
                                   "as it can.")
    assert running_app.timer.block is None
    assert [b.id for b in running_app.timer.unsaved.blocks] == [block.id]


# ---- launching ------------------------------------------------------------------------


def test_launch_with_nothing_running_starts_the_app(data_dir: Path) -> None:
    launched: list[tuple[Path, list[str]]] = []

    def launch_app(folder: Path, argv: list[str]) -> int:
        launched.append((folder, argv))
        return 0

    assert cli.main(["--data-dir", str(data_dir)], launch_app=launch_app) == 0
    assert [folder for folder, _ in launched] == [data_dir.resolve()]


@pytest.mark.parametrize("form", [["--data-dir", "{}"], ["--data-dir={}", "--exit-when-ready"]])
def test_a_plain_launch_starts_the_app_without_the_parser(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch, form: list[str]) -> None:
    def no_parser() -> None:
        raise AssertionError("a plain launch built the parser")

    monkeypatch.setattr(cli, "build_parser", no_parser)  # 7 ms of each launch (issue 15)
    launched: list[Path] = []
    argv = [part.format(data_dir) for part in form]
    assert cli.main(argv, launch_app=lambda folder, _argv: launched.append(folder) or 0) == 0
    assert launched == [data_dir.resolve()]


@pytest.mark.parametrize("argv", [["--data-dir"], ["--exit-when-ready", "-x"],
                                  ["--data-dir", "d", "--version"]])
def test_a_launch_with_anything_else_goes_through_the_parser(
        argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    launched: list[Path] = []
    code = cli.main(argv, launch_app=lambda folder, _argv: launched.append(folder) or 0)
    assert launched == []
    assert code == (0 if "--version" in argv else cli.EXIT_USAGE)
    said = capsys.readouterr()
    assert (said.out if "--version" in argv else said.err).strip()


def test_a_second_launch_raises_the_running_app(
    qtbot: Any,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
) -> None:
    from focusapp.services.single_instance import InstanceServer

    # The CLI gives a running app 3 s; on a loaded CI runner the test's event loop (which
    # serves here) once took longer than that to answer, with the answer in the test's hands
    # (stop 20). What is tested is the raise, not the time: give it the test's own 10 s.
    monkeypatch.setattr(cli, "TIMEOUT_MS", 10_000)
    server = InstanceServer(data_dir)  # answers a raise before the app's handler is set
    assert server.listen()
    launched: list[Path] = []

    def launch_app(folder: Path, argv: list[str]) -> int:
        launched.append(folder)
        return 0

    with (
        ThreadPoolExecutor(max_workers=1) as pool,
        qtbot.waitSignal(server.raise_requested, timeout=10_000),
    ):
        future = pool.submit(cli.main, ["--data-dir", str(data_dir)], launch_app)
        qtbot.waitUntil(future.done, timeout=15_000)

    server.close()
    shiboken6.delete(server)  # now, not at a garbage collection inside a later event loop
    assert future.result() == 0
    assert launched == []
    assert "FocusApp is already running" in capsys.readouterr().out


LAUNCH_THEN_GUI = """
import sys
from PySide6.QtWidgets import QApplication
from focusapp import cli, client

def launch_app(folder, argv):
    app = QApplication(argv)  # fails if the CLI left a QCoreApplication behind
    print("launched", type(app).__name__, flush=True)
    return 0

sys.exit(cli.main(sys.argv[1:], launch_app=launch_app))
"""


def test_the_launch_check_leaves_no_qt_application_behind(data_dir: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", LAUNCH_THEN_GUI, "--data-dir", str(data_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "launched QApplication"


# ---- formatting -----------------------------------------------------------------------


def status(state: str = "idle", remaining: int = 0, role: str | None = None,
           activity: str | None = None, one_thing: str | None = None) -> cmd.StatusReport:
    return cmd.StatusReport(state, remaining, None, role, activity, one_thing, False, True, [],
                            [])


@pytest.mark.parametrize(
    ("result", "line"),
    [
        (status(), "Idle. No One Thing set for today."),
        (status(one_thing="Call ACME"), "Idle. One Thing: Call ACME"),
        (
            status("paused", 5400, "solo", "solo.prospecting"),
            "Focus block paused: 1:30:00 left (Solo seller · prospecting). "
            "No One Thing set for today.",
        ),
        (status("break", 299), "On a break: 04:59 left. No One Thing set for today."),
    ],
)
def test_format_status(result: cmd.StatusReport, line: str) -> None:
    assert client.format_status(result) == line


def test_the_protocol_refuses_fields_the_other_side_would_not_read() -> None:
    with pytest.raises(cmd.ProtocolError, match="unknown field"):
        cmd.decode_request("start", {"minutes": 25, "colour": "red"})
    with pytest.raises(cmd.ProtocolError, match="missing field"):
        cmd.decode(cmd.Started, {"block_id": "b1"})
    request = cmd.Start(25, "solo", None)
    assert cmd.decode_request(cmd.name_of(request), cmd.encode(request)) == request


def test_an_app_that_does_not_answer_gives_exit_1(
    qtbot: Any,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
) -> None:
    from PySide6.QtNetwork import QLocalServer

    from focusapp.services.single_instance import server_name

    monkeypatch.setattr(client, "TIMEOUT_MS", 300)
    mute = QLocalServer()  # accepts, never answers: a hung app
    assert mute.listen(server_name(data_dir))
    try:
        with ThreadPoolExecutor(max_workers=1) as pool:
            future = pool.submit(cli.main, ["--data-dir", str(data_dir), "status"])
            qtbot.waitUntil(future.done, timeout=10_000)
    finally:
        mute.close()
    assert future.result() == 1
    assert capsys.readouterr().err.strip() == (
        f"FocusApp did not answer within 0.3 seconds (data folder: {data_dir.resolve()})."
    )


def test_review_pdf_without_a_running_app_or_a_display(data_dir: Path, tmp_path: Path) -> None:
    from focusapp.store.database import Store
    from tests.ui.history import NOW, build_history

    store, _ = Store.open(data_dir, now=lambda: NOW)
    try:
        build_history(store)
    finally:
        store.close()
    pdf = tmp_path / "w47.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "focusapp", "--data-dir", str(data_dir), "review", "--week",
         "2026-W47", "--pdf", str(pdf)],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "2026-W47" in result.stdout
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "47" in text and "Outbound prospecting" in text


def test_review_without_a_running_app_says_so(data_dir: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--data-dir", str(data_dir), "review"]) == 1
    assert "not running" in capsys.readouterr().err


def test_export_then_import_through_the_cli(data_dir: Path, tmp_path: Path) -> None:
    from focusapp.store.database import Store
    from tests.ui.history import NOW, build_history

    store, _ = Store.open(data_dir, now=lambda: NOW)
    try:
        build_history(store)
        count = store.blocks.count()
    finally:
        store.close()
    out = tmp_path / "all.json"
    assert cli.main(["--data-dir", str(data_dir), "export", str(out)]) == 0
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    assert cli.main(["--data-dir", str(fresh), "import", str(out)]) == 0
    store, _ = Store.open(fresh, now=lambda: NOW)
    try:
        assert store.blocks.count() == count
    finally:
        store.close()
    ics = tmp_path / "w47.ics"
    assert cli.main(["--data-dir", str(data_dir), "export", str(ics), "--week", "2026-W47"]) == 0
    assert ics.read_text().count("BEGIN:VEVENT") > 0


def test_a_bad_import_says_why_and_writes_nothing(data_dir: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "focusapp-export", "version": 99}')
    assert cli.main(["--data-dir", str(data_dir), "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "Nothing was imported" in err and "version" in err
    assert list(data_dir.iterdir()) == []  # checked before the folder was even opened
    assert cli.main(["--data-dir", str(data_dir), "export", str(tmp_path / "x.txt")]) == 1


def test_an_argument_that_is_not_utf8_gets_a_sentence_and_exit_2(data_dir: Path) -> None:
    # `focusapp one-thing $'\xff'` from a terminal with another encoding.
    done = subprocess.run(
        [sys.executable.encode(), b"-m", b"focusapp", b"--data-dir", str(data_dir).encode(),
         b"one-thing", b"Call \xff ACME"],
        cwd=ROOT, capture_output=True, timeout=60, check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2, err
    assert "('Call \ufffd ACME') is not valid UTF-8 text" in err
    assert "Traceback" not in err


def test_a_launch_on_a_folder_named_in_another_encoding_gets_the_same_sentence(
        tmp_path: Path) -> None:
    # A plain launch skips the parser (focusapp.launch), but not this check.
    folder = str(tmp_path).encode() + b"/donn\xe9es"
    done = subprocess.run(
        [sys.executable.encode(), b"-m", b"focusapp", b"--data-dir", folder],
        cwd=ROOT, capture_output=True, timeout=60, check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"},
    )
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2, err
    assert "is not valid UTF-8 text" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []  # no folder made, no app started


def test_a_data_folder_from_the_environment_in_another_encoding_starts_the_app(
        tmp_path: Path) -> None:
    # The instance's socket name once hashed the path as UTF-8 text and raised here.
    folder = str(tmp_path).encode() + b"/donn\xe9es"
    env = {**os.environb, b"FOCUSAPP_DATA_DIR": folder, b"QT_QPA_PLATFORM": b"offscreen",
           b"XDG_CACHE_HOME": str(tmp_path / "cache").encode()}
    done = subprocess.run([sys.executable, "-m", "focusapp", "--exit-when-ready"], cwd=ROOT,
                          capture_output=True, timeout=120, check=False, env=env)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stdout.startswith(b"ready ")
    assert Path(os.fsdecode(folder)).is_dir()



def test_an_export_into_the_data_folder_is_refused_and_the_data_kept(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.ui.history import NOW, build_history

    store, _ = Store.open(data_dir, now=lambda: NOW)
    try:
        build_history(store)
    finally:
        store.close()
    main_file = data_dir / "focusapp.json"
    before = main_file.read_bytes()
    assert cli.main(["--data-dir", str(data_dir), "export", str(main_file)]) == 1
    err = capsys.readouterr().err
    assert "inside FocusApp's data folder" in err and "Exported" not in err
    assert main_file.read_bytes() == before


def test_a_review_pdf_into_a_missing_folder_is_not_called_written(
    data_dir: Path, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "focusapp", "--data-dir", str(data_dir), "review", "--pdf",
         str(tmp_path / "missing-folder" / "x.pdf")],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 1
    assert "does not exist" in result.stderr and "written to" not in result.stdout


@pytest.mark.parametrize("where", ["a-file", "a-file/sub"])
def test_a_data_folder_that_cannot_be_used_gets_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    folder = tmp_path / where
    assert cli.main(["--data-dir", str(folder), "export", str(tmp_path / "x.json")]) == 1
    err = capsys.readouterr().err
    assert f"FocusApp cannot use the data folder {folder}" in err
    assert "not a folder" in err and "Traceback" not in err


def _folder_state(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_import_dry_run_lists_the_changes_and_writes_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from focusapp.store.export import dumps_export, export_all
    from tests.ui.history import NOW, build_history

    store, _ = Store.open(data_dir, now=lambda: NOW)
    try:
        build_history(store)
        doc = export_all(store)
    finally:
        store.close()
    doc["settings"].update(day_start="05:00", autostart=True, blocked_apps=["kill:python3"])
    doc["blocks"] = doc["blocks"][:3]
    doc["blocks"][0]["note"] = "edited in the file"
    path = tmp_path / "changed.json"
    path.write_bytes(dumps_export(doc))
    before = _folder_state(data_dir)

    assert cli.main(["--data-dir", str(data_dir), "import", str(path), "--dry-run"]) == 0
    listed = capsys.readouterr().out
    assert _folder_state(data_dir) == before  # bytes and times: not even the lock or a backup
    assert listed.startswith("Dry run, nothing was written. Importing changed.json would "
                             "change:\n")
    changes = [
        "  Focus blocks: 0 new, 1 changed",
        "  A day starts at (work after midnight counts for the evening): 04:00 → 05:00",
        "  Blocked apps: added python3",
        "  Roles: unchanged",
        "  Start at login stays off: turn it on in Settings if you want it.",
        "  Apps the file would suspend or quit by force are only warned about: kill:python3. "
        "Choose that in Settings if you want it.",
    ]
    assert all(line in listed.splitlines() for line in changes), listed

    assert cli.main(["--data-dir", str(data_dir), "import", str(path)]) == 0
    imported = capsys.readouterr().out
    assert imported.startswith("Imported:\n")
    assert all(line in imported.splitlines() for line in changes), imported  # the same list
    assert _folder_state(data_dir) != before


def test_a_dry_run_never_upgrades_or_writes_through_a_link_into_the_data(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The dry run opens a copy of the data files: an old schema is upgraded in the copy
    only, and the file a data file links to is left as it was."""
    from focusapp.store.export import write_export
    from tests.store.test_migrations import FIXTURE
    from tests.ui.history import NOW

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    real = elsewhere / "focusapp.json"
    real.write_bytes(FIXTURE.read_bytes())  # schema 1: opening it for real upgrades it
    (data_dir / "focusapp.json").symlink_to(real)
    upgraded = tmp_path / "upgraded"
    upgraded.mkdir()
    (upgraded / "focusapp.json").write_bytes(FIXTURE.read_bytes())
    store, _ = Store.open(upgraded, now=lambda: NOW)
    with store:
        write_export(store, tmp_path / "same.json")
    before = _folder_state(data_dir), _folder_state(elsewhere)

    assert cli.main(["--data-dir", str(data_dir), "import", str(tmp_path / "same.json"),
                     "--dry-run"]) == 0
    assert "  Nothing: your data already holds everything in this file." in (
        capsys.readouterr().out.splitlines())
    assert (_folder_state(data_dir), _folder_state(elsewhere)) == before


# ---- the user's language (issue 16) -----------------------------------------------------

FRENCH_SYSTEM = {"LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8", "LANGUAGE": ""}


def test_the_command_line_speaks_the_language_chosen_in_the_data_folder(
    run_cli: Any, running_app: FocusApp, data_dir: Path
) -> None:
    # Chosen in Settings (saved in the folder; the test's own window stays in English).
    running_app.store.settings.save(running_app.store.settings.get().updated(language="fr"))
    status = run_cli("--data-dir", str(data_dir), "status")
    assert status.stdout.strip() == "Au repos. Pas de One Thing pour aujourd'hui."
    refused = run_cli("--data-dir", str(data_dir), "stop")  # the app's coded refusal
    assert refused.stderr.strip() == ("FocusApp a refusé\u00a0: Aucun bloc de concentration "
                                      "n'est en cours.")
    running_app.blocks.start_for(25, "outbound_prospector", "prospecting_block")
    counted = run_cli("--data-dir", str(data_dir), "count")
    assert counted.stdout.strip() == ("Compté (Prospection sortante · Bloc de prospection\u00a0: "
                                      "appels, e-mails, réseaux sociaux), sur le bloc en "
                                      "cours\u00a0: 1 aujourd'hui.")


def test_without_a_data_folder_the_command_line_speaks_the_systems_language(
    run_cli: Any, tmp_path: Path
) -> None:
    done = run_cli("--data-dir", str(tmp_path / "none-yet"), "start", "abc", env=FRENCH_SYSTEM)
    assert done.returncode == 2
    # (Above them, on a machine without the French C locale, Qt's own notice about it.)
    assert done.stderr.splitlines()[-2:] == [
        "focusapp: «\u00a0abc\u00a0» n'est pas un nombre entier de minutes.",
        "Lancez «\u00a0focusapp --help\u00a0» pour l'aide.",
    ]
    help_text = run_cli("--help", env=FRENCH_SYSTEM).stdout
    assert "démarrer un bloc de concentration dans l'application ouverte" in help_text


def test_an_english_setting_wins_over_a_french_system(
    run_cli: Any, running_app: FocusApp, data_dir: Path
) -> None:
    running_app.store.settings.save(running_app.store.settings.get().updated(language="en"))
    status = run_cli("--data-dir", str(data_dir), "status", env=FRENCH_SYSTEM)
    assert status.stdout.strip() == "Idle. No One Thing set for today."


def test_an_import_refused_with_no_app_running_is_said_in_french(
    run_cli: Any, tmp_path: Path
) -> None:
    path = tmp_path / "notes.json"
    path.write_text('{"format": "notes"}', encoding="utf-8")
    done = run_cli("--data-dir", str(tmp_path / "none-yet"), "import", str(path),
                   env=FRENCH_SYSTEM)
    assert done.returncode == 1
    assert done.stderr.splitlines()[-2:] == ["Rien n'a été importé\u00a0: 1 problème trouvé.",
                                             "• Ce fichier n'est pas un export FocusApp."]
    assert not (tmp_path / "none-yet").exists()  # a bad file never opens the folder
