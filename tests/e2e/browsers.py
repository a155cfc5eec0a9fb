"""What the browser extension's end-to-end tests share: the extension built from `browser/`,
a local HTTPS server that answers for any host name (so URLs keep their real names) and
writes down every request it is sent, and a data folder whose blocks block LinkedIn's feed."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import ssl
import subprocess
import sys
import threading
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from focusapp.store.database import Store
from tests.e2e.conftest import seed, wait_for

ROOT = Path(__file__).resolve().parents[2]
FEED = "https://www.linkedin.com/feed/"
SALES = "https://www.linkedin.com/sales/home"


def need(program: str) -> str:
    """The path of a browser the tests drive: CI installs them, so there a missing one
    fails; on a developer's machine without it the test is skipped."""
    found = shutil.which(program)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{program} is missing: .ci/run installs it")
        pytest.skip(f"{program} is not installed")
    return found


def build_extension(out: Path) -> Path:
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_extension.py"), str(out)],
                   check=True, capture_output=True)
    return out


class Site:
    """The web, here: every request is answered with a small page and remembered."""

    def __init__(self, folder: Path, port: int = 0) -> None:
        self.requests: list[str] = []  # "host/path" of each request, in order
        key, cert = folder / "key.pem", folder / "cert.pem"
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days",
                        "1", "-subj", "/CN=linkedin.com", "-keyout", str(key), "-out",
                        str(cert)], check=True, capture_output=True)
        seen = self.requests

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                host = (self.headers.get("Host") or "").split(":")[0]
                seen.append(host + self.path)
                body = f"<html><title>{host}{self.path}</title><body>served</body></html>"
                data = body.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *_args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def saw(self, path: str) -> bool:
        return any(request.startswith("www.linkedin.com" + path) for request in self.requests)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def seed_feed_block(data_dir: Path, language: str = "en") -> None:
    """Past the wizard, LinkedIn's feed blocked (Sales Navigator is not), not strict."""
    data_dir.mkdir(parents=True)
    seed(data_dir)
    store, _ = Store.open(data_dir, now=lambda: datetime.now().astimezone())
    try:
        store.settings.save(store.settings.get().updated(
            blocked_pages=("linkedin.com/feed",), language=language))
    finally:
        store.close()


def last_block_distraction(data_dir: Path) -> object:
    store, _ = Store.open(data_dir, now=lambda: datetime.now().astimezone())
    try:
        blocks = store.blocks.all()
        return blocks[-1].distraction
    finally:
        store.close()


class Firefox:
    """Headless Firefox driven over its built-in WebDriver BiDi (no geckodriver)."""

    def __init__(self, profile: Path, home: Path) -> None:
        from websockets.sync.client import connect

        profile.mkdir(parents=True, exist_ok=True)
        prefs = {
            # Every name to the local server (which listens on 443, the port URLs imply).
            "network.dns.forceResolve": "127.0.0.1",
            "browser.shell.checkDefaultBrowser": False,
            "datareporting.policy.dataSubmissionEnabled": False,
            "toolkit.telemetry.reportingpolicy.firstRun": False,
            "app.update.disabledForTesting": True,
            "browser.startup.homepage_override.mstone": "ignore",
        }
        (profile / "user.js").write_text("".join(
            f"user_pref({json.dumps(name)}, {json.dumps(value)});\n"
            for name, value in prefs.items()))
        port = free_port()
        self.proc = subprocess.Popen(
            [need("firefox-esr"), "--headless", "--no-remote", "--profile", str(profile),
             f"--remote-debugging-port={port}"],
            env={**os.environ, "HOME": str(home)},  # its native-messaging hosts are there
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._id = 0
        self._stack = contextlib.ExitStack()
        try:
            self._socket = self._stack.enter_context(
                wait_for(lambda: _try_connect(connect, port), 30, "Firefox's BiDi"))
            self.send("session.new", {"capabilities": {"alwaysMatch": {
                "acceptInsecureCerts": True}}})
            tree = self.send("browsingContext.getTree", {})
            self.context = tree["contexts"][0]["context"]
        except BaseException:
            self.quit()
            raise

    def send(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        self._id += 1
        self._socket.send(json.dumps({"id": self._id, "method": method, "params": params}))
        while True:
            message = json.loads(self._socket.recv(timeout=60))
            if message.get("id") != self._id:
                continue  # an event
            if message.get("type") == "error":
                raise AssertionError(f"{method}: {message}")
            result: dict[str, Any] = message["result"]
            return result

    def install(self, extension: Path) -> None:
        self.send("webExtension.install", {"extensionData": {"type": "path",
                                                              "path": str(extension)}})

    def get(self, url: str) -> None:
        self.send("browsingContext.navigate", {"context": self.context, "url": url,
                                               "wait": "complete"})

    def text(self) -> str:
        result = self.send("script.evaluate", {
            "expression": "document.documentElement.innerText",
            "target": {"context": self.context}, "awaitPromise": False})
        return str(result["result"].get("value", ""))

    def quit(self) -> None:
        with contextlib.suppress(Exception):  # already gone: ended below all the same
            self.send("browser.close", {})
        self._stack.close()
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _try_connect(connect: Any, port: int) -> Any:
    try:
        return connect(f"ws://127.0.0.1:{port}/session", max_size=None)
    except OSError:
        return None
