"""The disk fills up in the middle of a real import: nothing of it is kept, and it is said.

The data folder lives on a 1 MiB tmpfs in a private mount namespace (`unshare -m`, root);
the file to import holds more blocks than fit.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from focusapp.store.database import Store
from focusapp.store.export import write_export
from tests.conftest import FakeClock
from tests.faults.test_import_crash import ROOT, mine, state
from tests.store.helpers import at, make_block
from tests.ui.history import NOW

IMPORT_ON_A_SMALL_DISK = """
import json, shutil, subprocess, sys
from pathlib import Path
from tests.faults.test_import_crash import state

mount, pristine, export = (Path(a) for a in sys.argv[1:4])
data_dir = mount / "data"
shutil.copytree(pristine, data_dir)
done = subprocess.run([sys.executable, "-m", "focusapp", "--data-dir", str(data_dir), "import",
                       str(export)], capture_output=True, text=True, check=False)
print(json.dumps({"status": done.returncode, "err": done.stderr.strip(),
                  "left": sorted(p.name for p in data_dir.iterdir()),
                  "state": state(data_dir)}))
"""


def test_a_full_disk_during_an_import_keeps_nothing_of_it(tmp_path: Path) -> None:
    assert shutil.which("unshare"), "needs util-linux's unshare (.ci/run installs it)"
    clock = FakeClock(NOW)
    pristine = mine(tmp_path, clock)
    source, _ = Store.open(tmp_path / "source", now=clock.now)
    with source:  # about 2 MB of month files: twice what the disk holds
        source.blocks.save_many(
            make_block(f"many-{n}", at(2024, 1, 1, 8, 0) + timedelta(hours=7 * n), 25,
                       rich=True) for n in range(5000))
        write_export(source, tmp_path / "many.json")
    mount = tmp_path / "small"
    mount.mkdir()
    script = tmp_path / "import.py"
    script.write_text(IMPORT_ON_A_SMALL_DISK)
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c",
         f'mount -t tmpfs -o size=1m tmpfs "{mount}" && exec "$0" "$@"',
         sys.executable, str(script), str(mount), str(pristine), str(tmp_path / "many.json")],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
             "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["status"] == 1
    assert result["err"] == ("Could not import: The import failed (the disk is full): nothing "
                             "of it was kept; your data is as it was before.")
    assert "import-journal.json" not in result["left"]
    files, records = state(pristine)
    assert result["state"] == [files, records]  # every file, block, day and setting
