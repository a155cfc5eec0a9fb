"""The real-OS check of the hosts helper (.github/workflows/ci.yml, Windows and macOS jobs):
the helper edits the machine's real hosts file with administrator / root rights, getaddrinfo
sees the block, a system domain is refused, and clear gives the file back byte for byte.

    python .ci/hosts_real.py HELPER_COMMAND...
    e.g.  python .ci/hosts_real.py python -I -m focusapp.services.blocking.helper   (Windows, admin)
          python .ci/hosts_real.py sudo build/dist/FocusApp/focusapp-hosts-helper   (macOS)

Exits non-zero with the reason on failure; always tries a clear on the way out."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta

from focusapp.services.blocking.hosts_systems import system_for

SITE = "example.com"
BLOCKED = {"0.0.0.0", "::"}


def ask(command: list[str], request: dict[str, object]) -> tuple[dict[str, object], int]:
    done = subprocess.run(command, input=json.dumps(request).encode(), capture_output=True,
                          timeout=120, check=False)
    print(request["verb"], done.returncode, done.stdout.decode(errors="replace").strip(),
          done.stderr.decode(errors="replace").strip())
    return json.loads(done.stdout.decode().splitlines()[-1]), done.returncode


def addresses(name: str) -> set[str]:
    try:
        return {info[4][0] for info in socket.getaddrinfo(name, 443)}
    except socket.gaierror as exc:
        return {f"error: {exc}"}


def main(command: list[str]) -> None:
    system = system_for(sys.platform)
    assert system is not None, sys.platform
    with open(system.hosts_path, "rb") as f:
        original = f.read()
    print("hosts file:", system.hosts_path, len(original), "bytes; before:", addresses(SITE))
    until = (datetime.now(UTC) + timedelta(minutes=10)).isoformat(timespec="seconds")
    try:
        answer, code = ask(command, {"verb": "apply", "domains": [SITE], "until": until})
        assert code == 0 and answer["changed"], answer
        print("dns_flush:", answer.get("dns_flush"))
        seen = addresses(SITE)
        assert seen <= BLOCKED, f"getaddrinfo still resolves {SITE}: {seen}"
        refused, code = ask(command, {"verb": "apply", "domains": ["microsoft.com"],
                                      "until": until})
        assert code == 2 and "domain.reserved_windows" in json.dumps(refused), refused
    finally:
        answer, code = ask(command, {"verb": "clear"})
    assert code == 0, answer
    with open(system.hosts_path, "rb") as f:
        assert f.read() == original, "clear did not give the hosts file back byte for byte"
    print("after clear:", addresses(SITE))
    assert not addresses(SITE) <= BLOCKED, "still blocked after clear"


if __name__ == "__main__":
    main(sys.argv[1:])
