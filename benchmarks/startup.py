"""Start-up time, peak memory and idle CPU of FocusApp, side by side with a bare PySide6 window.

    .venv/bin/python benchmarks/startup.py [--runs 7] [--cpu-seconds 60]

Runs on its own Xvfb display with the `trayer` tray host (apt-get install xvfb trayer).
Every figure is a median over several runs and is printed next to the baseline measured in
the same run, as a ratio: these machines are noisy, ratios travel better than seconds.

- start-up: process start until the tray icon and the Today window are shown (the app quits
  right after, --exit-when-ready) vs QApplication + QMainWindow + QLabel shown;
- peak RSS: the same processes (ru_maxrss), the baseline also importing QtCharts;
- CPU while a 25-minute block runs for --cpu-seconds with nothing else happening.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# The end of every program timed beside the app: once its first paint is done, it prints
# "ready <epoch> <CPU seconds>" as `--exit-when-ready` does, and quits.
READY = """
def ready():
    import time
    app.processEvents()
    print(f"ready {time.time():.6f} {time.process_time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
{extra}
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.show()
"""


def bare_window(extra: str = "") -> str:
    """The bare PySide6 window's program; `extra`: a line run before its QApplication."""
    return BARE.format(extra=extra) + READY


def timed_run(argv: list[str], env: dict[str, str], mark: str = "ready",
              cwd: Path | None = None) -> tuple[float, float]:
    """Seconds from spawn to the child's "<mark> <epoch>" line, and its peak RSS (MiB)."""
    start = time.time()
    proc = subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    out = proc.stdout.read().decode() if proc.stdout else ""
    if os.waitstatus_to_exitcode(status) != 0 or f"{mark} " not in out:
        raise SystemExit(f"{argv} failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    ready = float(out.split(f"{mark} ", 1)[1].split()[0])
    return ready - start, usage.ru_maxrss / 1024


def seeded_data_dir(root: Path) -> Path:
    from focusapp.core.roles import RoleId, default_role_configs
    from focusapp.store.database import Store

    folder = root / "data"
    folder.mkdir()
    store, _ = Store.open(folder, now=lambda: datetime.now().astimezone())
    store.settings.save(store.settings.get().updated(first_run_done=True))
    store.roles.save(default_role_configs(frozenset({RoleId.OUTBOUND_PROSPECTOR})))
    store.close()
    return folder


def leads_data_dir(root: Path, waiting: int = 3) -> Path:
    """An inbound lead qualifier with `waiting` leads not yet touched: their clocks tick in
    the Today window and in the tray's badge while a block runs (issue 15: the CPU figure
    holds "also while the new counters and clocks run")."""
    from datetime import timedelta

    from focusapp.core.leads import Lead
    from focusapp.core.roles import RoleId, default_role_configs
    from focusapp.store.database import Store

    folder = root / "leads"
    folder.mkdir()
    now = datetime.now().astimezone()
    store, _ = Store.open(folder, now=lambda: now)
    store.settings.save(store.settings.get().updated(first_run_done=True))
    store.roles.save(default_role_configs(frozenset({RoleId.INBOUND_QUALIFIER})))
    for n in range(waiting):
        store.leads.save(Lead(f"bench{n:04d}", now - timedelta(minutes=n + 1),
                              RoleId.INBOUND_QUALIFIER.value, 5, f"Lead {n + 1}", None))
    store.close()
    return folder


def history_data_dir(root: Path, years: float) -> Path:
    """A data folder holding `years` of realistic history (the storage benchmark's)."""
    import random

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import storage

    folder = root / "history"
    folder.mkdir()
    blocks, days, events = storage.history(random.Random(7), int(250 * years), 20)
    storage.write_history(folder, blocks, days, events)
    from focusapp.store.database import Store

    store, _ = Store.open(folder, now=lambda: datetime.now().astimezone())  # first open: once
    store.close()
    return folder


def start_display() -> tuple[dict[str, str], list[subprocess.Popen[bytes]]]:
    display = ":93"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
        if time.monotonic() > deadline:
            raise SystemExit("Xvfb did not start")
        time.sleep(0.05)
    tray = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--widthtype",
                             "request", "--height", "24"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)  # let the tray host claim the selection before the app looks for it
    return env, [tray, xvfb]


def cpu_while_block_runs(env: dict[str, str], folder: Path, seconds: float,
                         today_shown: bool = False) -> float:
    """Percent of one core the app uses while a block runs and nothing else happens (with
    `today_shown`, the Today window is open all along, as a launch without a tray keeps
    it)."""
    from focusapp.services.instance_client import send_command
    from focusapp.services.single_instance import InstanceError

    proc = subprocess.Popen([sys.executable, "-m", "focusapp", "--data-dir", str(folder)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                send_command(folder, "start", {"minutes": 25})
                if today_shown:
                    send_command(folder, "raise", {})
                break
            except InstanceError:
                if time.monotonic() > deadline:
                    raise SystemExit("the app did not answer") from None
                time.sleep(0.2)
        process = psutil.Process(proc.pid)
        time.sleep(2)  # let the start settle
        before = process.cpu_times()
        time.sleep(seconds)
        after = process.cpu_times()
        used = (after.user - before.user) + (after.system - before.system)
        return 100.0 * used / seconds
    finally:
        proc.terminate()
        proc.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cpu-seconds", type=float, default=60.0)
    parser.add_argument("--history-years", type=float, default=5.0,
                        help="also time a start on this much history (0: skip)")
    args = parser.parse_args()
    # An installed app runs from compiled bytecode; this shell may forbid writing it
    # (PYTHONDONTWRITEBYTECODE), which would charge ~80 ms of compiling to every start.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "focusapp")],
                   check=True)
    env, helpers = start_display()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = seeded_data_dir(Path(tmp))
            app_env = env
            runs: dict[str, list[tuple[float, float]]] = {"bare": [], "charts": [], "app": []}
            bare = [sys.executable, "-c", bare_window()]
            charts = [sys.executable, "-c", bare_window("import PySide6.QtCharts")]
            app = [sys.executable, "-m", "focusapp", "--exit-when-ready", "--data-dir", str(folder)]
            timed_run(bare, env)  # warm the disk cache for everyone
            timed_run(app, app_env)
            for _ in range(args.runs):  # interleaved, so drift hits all three alike
                runs["bare"].append(timed_run(bare, env))
                runs["charts"].append(timed_run(charts, env))
                runs["app"].append(timed_run(app, app_env))
            if args.history_years:
                old = history_data_dir(Path(tmp), args.history_years)
                full = [sys.executable, "-m", "focusapp", "--exit-when-ready", "--data-dir",
                        str(old)]
                runs["history"] = [timed_run(full, app_env) for _ in range(3)]
                runs["loaded"] = [timed_run(full, app_env, "loaded") for _ in range(3)]
            med = {k: (statistics.median(t for t, _ in v), statistics.median(m for _, m in v))
                   for k, v in runs.items()}
            cpu = cpu_while_block_runs(env, folder, args.cpu_seconds)
    finally:
        for proc in helpers:
            proc.terminate()
    print(f"runs: {args.runs} each, medians; Python {sys.version.split()[0]}")
    print(f"{'':28}{'bare window':>14}{'FocusApp':>12}{'ratio':>8}{'target':>9}")
    (bt, bm), (_, cm), (at, am) = med["bare"], med["charts"], med["app"]
    print(f"{'start-up to ready (s)':28}{bt:14.3f}{at:12.3f}{at / bt:8.2f}{'<= 2.0':>9}")
    print(f"{'peak RSS (MiB)':28}{bm:14.1f}{am:12.1f}{am / bm:8.2f}")
    print(f"{'peak RSS vs +QtCharts (MiB)':28}{cm:14.1f}{am:12.1f}{am / cm:8.2f}{'<= 1.5':>9}")
    print(f"{'CPU while a block runs':28}{'':>14}{cpu:11.2f}%{'':>8}{'<= 0.5%':>9}")
    if "history" in med:
        ht, hm = med["history"]
        lt, _ = med["loaded"]
        years = f"{args.history_years:g} y of history"
        print(f"{years + ', ready':28}{bt:14.3f}{ht:12.3f}{ht / bt:8.2f}   (median of 3)")
        print(f"{years + ', streaks shown':28}{bt:14.3f}{lt:12.3f}{lt / bt:8.2f}"
              f"   (peak RSS {hm:.0f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
