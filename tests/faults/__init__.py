"""Faults reproduced for real, where this machine allows it (issue 10's classes).

Here:
- a full disk: a 1 MiB tmpfs inside `unshare -m` (test_full_disk.py: a start refused, a stop
  kept and saved when space returns, a kill while it waits; test_import_full_disk.py);
- a read-only data folder: a read-only bind mount (test_read_only.py: the offline CLI, the
  app's start, a folder turning read-only while the app runs, a read-only output folder);
- kill -9 during a 25,000-block import (test_import_crash.py);
- output paths: a property test against a model of the file system (test_output_paths.py).

Elsewhere, because they need the fixtures of their layer:
- SIGTERM to the real app mid-block: tests/e2e/test_tray_app.py
  (test_sigterm_during_a_block_quits_cleanly_and_the_block_resumes);
- a foreign `flock` held by `nobody` (setpriv): tests/services/test_hosts_helper.py
  (test_a_lock_held_by_another_user_cannot_keep_sites_blocked);
- a clock set back during a block (the fake clock): tests/flows/test_blocks.py and
  tests/services/test_timer.py;
- kill -9 of a writer at random moments: tests/store/test_crash_safety.py.
"""
