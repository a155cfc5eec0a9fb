"""One writer per data folder, checked with a real second process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from focusapp.store import DataDirLocked, Store
from tests.conftest import FakeClock

HOLDER = textwrap.dedent(
    """
    import sys
    from datetime import datetime, timezone
    from pathlib import Path
    from focusapp.store import Store

    now = lambda: datetime(2026, 11, 23, tzinfo=timezone.utc)
    store, _ = Store.open(Path(sys.argv[1]), now=now)
    print("ready", flush=True)
    sys.stdin.readline()  # hold the folder until the parent says so
    store.close()
    print("closed", flush=True)
    """
)

OPENER = textwrap.dedent(
    """
    import sys
    from datetime import datetime, timezone
    from pathlib import Path
    from focusapp.store import DataDirLocked, Store

    try:
        Store.open(Path(sys.argv[1]), now=lambda: datetime(2026, 11, 23, tzinfo=timezone.utc))
    except DataDirLocked as exc:
        print(f"locked {exc.pid}: {exc}")
        sys.exit(3)
    print("opened")
    """
)


def child_env() -> dict[str, str]:
    root = str(Path(__file__).resolve().parents[2])
    return {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}


def test_second_process_is_refused_with_the_holder_pid(data_dir: Path, clock: FakeClock) -> None:
    with subprocess.Popen(  # leaving the `with` closes the pipes
        [sys.executable, "-c", HOLDER, str(data_dir)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=child_env(),
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdin is not None
            assert holder.stdout.readline().strip() == "ready"
            with pytest.raises(DataDirLocked) as info:
                Store.open(data_dir, now=clock.now)
            assert info.value.pid == holder.pid
            assert str(info.value) == f"Another FocusApp (pid {holder.pid}) is using {data_dir}."
            holder.stdin.write("\n")
            holder.stdin.flush()
            assert holder.stdout.readline().strip() == "closed"
            assert holder.wait(timeout=10) == 0
        finally:
            if holder.poll() is None:
                holder.kill()
    with Store.open(data_dir, now=clock.now)[0]:  # released after close
        pass


def test_other_process_is_refused_while_we_hold_it(data_dir: Path, clock: FakeClock) -> None:
    store, _ = Store.open(data_dir, now=clock.now)
    with store:
        result = subprocess.run(
            [sys.executable, "-c", OPENER, str(data_dir)],
            capture_output=True, text=True, env=child_env(), timeout=30,
        )
        assert result.returncode == 3, result.stderr
        pid = os.getpid()
        assert result.stdout.startswith(f"locked {pid}: Another FocusApp (pid {pid})")
    result = subprocess.run(
        [sys.executable, "-c", OPENER, str(data_dir)],
        capture_output=True, text=True, env=child_env(), timeout=30,
    )
    assert result.stdout.strip() == "opened", result.stderr


def test_lock_is_released_when_the_holder_is_killed(data_dir: Path, clock: FakeClock) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=child_env(),
    ) as holder:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "ready"
        holder.kill()
    with Store.open(data_dir, now=clock.now)[0]:
        pass


def test_same_process_second_open_is_refused(data_dir: Path, clock: FakeClock) -> None:
    with Store.open(data_dir, now=clock.now)[0], pytest.raises(DataDirLocked):
        Store.open(data_dir, now=clock.now)
