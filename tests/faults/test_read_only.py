"""A read-only data folder, for real: a read-only bind mount in a private mount namespace
(`unshare -m`, root), before the app starts and while it runs.

What the user must get each time: one plain sentence (no traceback, no "[Errno 30]"), a
sane exit status, and the data exactly as it was.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from focusapp.core.models import Day
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.store.database import Store
from focusapp.store.export import write_export

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone(timedelta(hours=1)))
ONE_THING = "Call the three warm leads"

# `sh -c` wrapper: the data folder becomes a read-only bind mount of itself, then the command
# runs ("$@"); with READ_ONLY_LATER the command does it itself (see READ_ONLY_NOW).
MOUNT = ('[ -n "$READ_ONLY_LATER" ] || { mount --bind "$DATA" "$DATA" && '
         'mount -o remount,bind,ro "$DATA"; } && exec "$@"')


def run_unshared(read_only: Path, command: list[str], tmp_path: Path, *, later: bool = False,
                 lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    """`command` with the folder `read_only` made a read-only bind mount (or, `later`, by
    the command itself)."""
    assert shutil.which("unshare"), "needs util-linux's unshare (.ci/run installs it)"
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "HOME": str(tmp_path), "LANG": lang, "DATA": str(read_only),
           "XDG_RUNTIME_DIR": str(tmp_path), "READ_ONLY_LATER": "1" if later else ""}
    return subprocess.run(["unshare", "-m", "sh", "-c", MOUNT, "sh", *command], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False, env=env)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file of the folder and its content's hash."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder with today's One Thing in it."""
    folder = tmp_path / "data"
    store, _ = Store.open(folder, now=lambda: NOW)
    store.roles.save(default_role_configs(frozenset({RoleId.OUTBOUND_PROSPECTOR})))
    store.days.save(Day(NOW.date(), one_thing=ONE_THING, role="outbound_prospector"))
    store.close()
    return folder


def said_plainly(text: str) -> None:
    assert "Traceback" not in text and "Errno" not in text and "OSError" not in text, text


# ---- before anything runs ----------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["export", "{out}/all.json"],
    ["export", "{out}/blocks.csv"],
    ["import", "{out}/seed.json"],
    ["review", "--pdf", "{out}/week.pdf"],
], ids=lambda a: " ".join(a[:-1]) + " " + Path(a[-1]).suffix)
def test_the_offline_cli_on_a_read_only_data_folder_says_so(data, tmp_path, args):
    out = tmp_path / "out"
    out.mkdir()
    with Store.open(data, now=lambda: NOW)[0] as store:  # a good file: the import gets far
        write_export(store, out / "seed.json")
    before = snapshot(data)
    command = [sys.executable, "-m", "focusapp", "--data-dir", str(data),
               *(a.format(out=out) for a in args)]
    done = run_unshared(data, command, tmp_path)
    assert done.returncode == 1, done.stderr
    said_plainly(done.stdout + done.stderr)
    assert "it is on a read-only disk" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr  # one sentence
    assert snapshot(data) == before
    assert sorted(p.name for p in out.iterdir()) == ["seed.json"]  # nothing "written"


@pytest.mark.parametrize(("args", "verb"), [
    (["export", "all.json"], "export"),
    (["export", "blocks.csv"], "export"),
    (["export", "week.ics"], "export"),
    (["review", "--pdf", "week.pdf"], "write the review"),
    (["team-report", "tests", "--pdf", "team.pdf"], "write the team report"),
], ids=lambda a: " ".join(a) if isinstance(a, list) else "")
def test_an_output_into_a_read_only_folder_is_refused_before_anything_is_written(
        data, tmp_path, args, verb):
    out = tmp_path / "out"
    out.mkdir()
    before = snapshot(data)
    command = [sys.executable, "-m", "focusapp", "--data-dir", str(data), *args[:-1],
               str(out / args[-1])]
    done = run_unshared(out, command, tmp_path)  # the data folder stays writable
    assert done.returncode == 1, done.stderr
    said_plainly(done.stdout + done.stderr)
    assert done.stderr.strip() == f"Could not {verb}: The folder {out} cannot be written to."
    assert list(out.iterdir()) == []
    assert snapshot(data) == before


LAUNCH = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from focusapp import cli

app = QApplication(["focusapp"])
seen = []

def read_and_close():
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, read_and_close)
        return
    seen.append(box.text())
    box.accept()

QTimer.singleShot(0, read_and_close)
code = cli.main(["--data-dir", sys.argv[1], "--exit-when-ready"])
print(json.dumps({"code": code, "dialog": seen}))
"""


@pytest.mark.parametrize(("lang", "words"), [
    ("C.UTF-8", "FocusApp cannot use the data folder {data}: it is on a read-only disk."),
    ("fr_FR.UTF-8", "FocusApp ne peut pas utiliser le dossier de données {data}\u00a0: il "
                    "est sur un disque en lecture seule."),
])
def test_the_app_on_a_read_only_data_folder_says_so_in_a_dialog_and_exits_1(
        data, tmp_path, lang, words):
    script = tmp_path / "launch.py"
    script.write_text(LAUNCH)
    before = snapshot(data)
    done = run_unshared(data, [sys.executable, str(script), str(data)], tmp_path, lang=lang)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 1
    assert len(result["dialog"]) == 1 and words.format(data=data) in result["dialog"][0]
    said_plainly(done.stderr)
    assert "it is on a read-only disk" in done.stderr  # the terminal's copy, in English
    assert "ready" not in done.stdout
    assert snapshot(data) == before


# ---- while the app runs ------------------------------------------------------------------

WHILE_RUNNING = """
import hashlib, json, subprocess, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMessageBox
from focusapp.app import FocusApp, Options
from focusapp.flows.server import CommandServer
from focusapp.core.models import OneThingStatus
from focusapp.flows.shell import EveningAnswer, OneThingAnswer
from focusapp.services.clock import SystemClock
from focusapp.store.database import Store

data, out = Path(sys.argv[1]), Path(sys.argv[2])
app = QApplication(["focusapp"])
clock = SystemClock()
store, report = Store.open(data, now=clock.now)
focus = FocusApp(clock, store, report, Options(tray=False, wizard=False, reminders=False))
focus.start()
app.processEvents()

def snapshot():
    return {str(p.relative_to(data)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(data.rglob("*")) if p.is_file()}

def told():
    boxes = [d for d in focus.shell.dialogs if isinstance(d, QMessageBox) and d.isVisible()]
    for box in boxes:
        box.close()
    return [box.text() for box in boxes]

focus.daily.set_one_thing(sys.argv[3], "outbound_prospector")
told()  # what start-up said (no tray here)
before = snapshot()
# A read-only mount laid over the folder: what the app opens from now on is read-only (the
# lock it holds open stays below; Linux refuses to remount a mount with files open to write).
subprocess.run(["mount", "--bind", str(data), str(data)], check=True)
subprocess.run(["mount", "-o", "remount,bind,ro", str(data)], check=True)
said = {}

focus.one_thing._answered(OneThingAnswer("Send the proposal", "outbound_prospector", None))
said["one_thing_dialog"] = told()
said["one_thing_kept"] = focus.daily.one_thing().one_thing

focus.one_thing._checked(focus.daily.one_thing(), EveningAnswer(OneThingStatus.DONE, True),
                         None)
said["evening_dialog"] = told()
said["evening_kept"] = focus.daily.one_thing().status.value

server = focus.command_server()
try:
    server.handle("one_thing", {"text": "Send the proposal"})
except Exception as error:
    said["one_thing_cli"] = f"{type(error).__name__}: {error}"

focus.windows.show_settings()
window = focus.shell.settings_window
window.editors["end_of_day_time"].edit.setText("18:30")
said["settings_saved"] = window.save()
said["settings_banner"] = window.banner.text() if not window.banner.isHidden() else ""
said["settings_kept"] = focus.daily.settings().end_of_day_time
window.close()

focus.windows.show_review()
review = focus.shell.review_window
week = review.week
review.reflections.worked.setPlainText("Mornings on the phone")
said["reflections_saved"] = review.flush_reflections()
said["reflections_message"] = review.message.text()
review.next_week()
said["reflections_kept"] = [str(review.week) == str(week),
                            review.reflections.worked.toPlainText()]

focus.windows.export_file(out / "blocks.csv")
said["export_told"] = told()
said["exported"] = (out / "blocks.csv").exists()

focus.shutdown()
store.close()
after = snapshot()
said["changed"] = sorted(name for name in before.keys() | after.keys()
                         if before.get(name) != after.get(name))
print(json.dumps(said))
"""


def test_a_data_folder_that_turns_read_only_while_the_app_runs(data, tmp_path):
    script = tmp_path / "running.py"
    script.write_text(WHILE_RUNNING)
    out = tmp_path / "out"
    out.mkdir()
    command = [sys.executable, str(script), str(data), str(out), ONE_THING]
    done = run_unshared(data, command, tmp_path, later=True)
    assert done.returncode == 0, done.stderr
    said_plainly(done.stderr)
    said = json.loads(done.stdout.strip().splitlines()[-1])
    not_saved = ("FocusApp could not save this change in its data folder: it is on a "
                 "read-only disk. Nothing was changed; try again once the folder can be "
                 "written to.")
    assert said["one_thing_dialog"] == [not_saved]
    assert said["one_thing_kept"] == ONE_THING  # memory did not run ahead of the disk
    assert said["evening_dialog"] == [not_saved] and said["evening_kept"] == "open"
    assert said["one_thing_cli"] == f"ChangeNotSaved: {not_saved}"  # what the CLI prints
    assert said["settings_saved"] is False and said["settings_banner"] == not_saved
    assert said["settings_kept"] == "17:30"
    assert said["reflections_saved"] is False and said["reflections_message"] == (
        "Your reflections could not be saved: it is on a read-only disk. They stay in this "
        "window and FocusApp will save them as soon as it can.")
    assert said["reflections_kept"] == [True, "Mornings on the phone"]  # still on screen
    assert said["export_told"] == [] and said["exported"]  # getting data out still works
    # The lock was opened before the folder turned read-only, so its release still writes it
    # (through the mount below); every data file is as it was.
    assert set(said["changed"]) <= {"focusapp.lock"}
