"""The real nginx binary running gateway/nginx.conf, for tests/test_gateway.py.

`Gateway` renders the config (gateway/render.py, the same ${GATEWAY_*} substitution the nginx image does),
checks it with `nginx -t`, and runs nginx in the foreground on a free 127.0.0.1 port with everything it
writes (pid, error log, access log) in a temp prefix directory. `stop()` ends it and deletes that.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gateway.render import render
from tests.harness import free_port


def nginx_binary() -> str | None:
    # /usr/sbin is not on every user's PATH; the Debian package installs nginx there.
    path = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/usr/local/sbin", "/usr/local/nginx/sbin"])
    return shutil.which("nginx", path=path)


class Gateway:
    def __init__(self, agentos: Sequence[str], nestjs: str, rate_limit: str = "1000r/s") -> None:
        if len(agentos) != 2:
            raise ValueError("gateway/nginx.conf names two AgentOS replicas")
        binary = nginx_binary()
        if binary is None:
            raise RuntimeError("the gateway tests need nginx (Debian: apt-get install nginx-light)")
        self.binary = binary
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.operator_port = free_port()
        self.operator_url = f"http://127.0.0.1:{self.operator_port}"  # the operator entry (Control Plane)
        self.values = {
            "GATEWAY_LISTEN": f"127.0.0.1:{self.port}",
            "GATEWAY_AGENTOS_1": agentos[0],
            "GATEWAY_AGENTOS_2": agentos[1],
            "GATEWAY_NESTJS": nestjs,
            "GATEWAY_RATE_LIMIT": rate_limit,
            "GATEWAY_OPERATOR_LISTEN": f"127.0.0.1:{self.operator_port}",
        }
        self.prefix = Path(tempfile.mkdtemp(prefix="hyvve-gateway-"))
        self.conf = self.prefix / "nginx.conf"
        self.pid_file = self.prefix / "nginx.pid"
        self.error_log = self.prefix / "error.log"
        self.access_log = self.prefix / "access.log"  # the config logs to stdout
        self.process: subprocess.Popen[bytes] | None = None
        self.conf.write_text(render(self.values))

    def _command(self, *extra: str) -> list[str]:
        # daemon, pid and error_log are left out of the config on purpose: the caller decides them.
        globals_ = f"pid {self.pid_file}; error_log {self.error_log} info;"
        if "-t" not in extra:
            globals_ = "daemon off; " + globals_
        return [self.binary, "-p", str(self.prefix), "-c", str(self.conf), "-g", globals_, *extra]

    def check(self) -> subprocess.CompletedProcess[str]:
        """`nginx -t` on the rendered config."""
        return subprocess.run(self._command("-t"), capture_output=True, text=True, timeout=30)

    def start(self, timeout: float = 15) -> Gateway:
        checked = self.check()
        if checked.returncode != 0:
            self.stop()
            raise RuntimeError(f"nginx -t failed:\n{checked.stderr}")
        with self.access_log.open("ab") as stdout, (self.prefix / "stderr.log").open("ab") as stderr:
            # Its own session, so a master that will not stop can be ended with its workers.
            self.process = subprocess.Popen(
                self._command(), stdout=stdout, stderr=stderr, stdin=subprocess.DEVNULL, start_new_session=True
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                logs = self.logs()
                self.stop()
                raise RuntimeError(f"nginx exited with {self.process.returncode}:\n{logs}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.1)
        logs = self.logs()
        self.stop()
        raise TimeoutError(f"nginx not listening after {timeout}s:\n{logs}")

    def stop(self) -> None:
        """Stop nginx (if started) and delete its prefix directory, logs included."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # fast shutdown: open SSE streams are cut
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)
        shutil.rmtree(self.prefix, ignore_errors=True)

    def logs(self) -> str:
        parts = []
        for path in (self.prefix / "stderr.log", self.error_log):
            if path.exists():
                parts.append(f"--- {path.name}\n{path.read_text(errors='replace')}")
        return "\n".join(parts)

    def access_entries(self) -> list[dict[str, Any]]:
        """The access log, one JSON object per request (nginx writes an entry when the request ends)."""
        if not self.access_log.exists():
            return []
        return [json.loads(line) for line in self.access_log.read_text().splitlines() if line.startswith("{")]

    def __enter__(self) -> Gateway:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
