"""Runs Stocktake as a real server process for the browser tests.

The server is gunicorn, as in production, on a free localhost port, against its own SQLite file in a
temporary folder. The database is migrated and seeded once per test session (`build_template`) and
copied for every server, so a server that a test writes to never changes what another one sees.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECRET_KEY = "browser-tests-only-" + "x" * 40


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_env(data_dir: Path, **overrides: str) -> dict:
    """The environment of a server process: nothing inherited from the test run's STOCKTAKE_* settings
    (the PostgreSQL pass sets STOCKTAKE_DATABASE_URL, for example), so every run serves the same site."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("STOCKTAKE_") and k != "DJANGO_SETTINGS_MODULE"}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "stocktake.settings",
            "STOCKTAKE_DATA_DIR": str(data_dir),
            "STOCKTAKE_DATABASE_URL": f"sqlite:///{data_dir / 'stocktake.sqlite3'}",
            "STOCKTAKE_SECRET_KEY": SECRET_KEY,
            "STOCKTAKE_DEBUG": "false",
            "STOCKTAKE_LOG_LEVEL": "WARNING",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])),
        }
    )
    env.update(overrides)
    return env


def build_template(folder: Path) -> Path:
    """Migrate a fresh SQLite database and load the browser tests' data set into it (tests/browser/seed.py)."""
    folder.mkdir(parents=True, exist_ok=True)
    env = server_env(folder)
    for args in (["-m", "stocktake.cli", "migrate", "--no-input", "-v0"], ["-m", "tests.browser.seed"]):
        result = subprocess.run([sys.executable, *args], env=env, cwd=ROOT, capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"preparing the browser test database failed:\n{result.stdout}\n{result.stderr}")
    return folder / "stocktake.sqlite3"


@dataclass
class LiveServer:
    """One gunicorn process serving the site; `url(path)` gives an absolute address on it."""

    data_dir: Path
    template_db: Path
    env_overrides: dict = field(default_factory=dict)
    port: int = 0
    process: subprocess.Popen | None = None
    env: dict = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def start(self) -> LiveServer:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.template_db, self.data_dir / "stocktake.sqlite3")
        self.port = free_port()
        env = self.env = server_env(
            self.data_dir,
            STOCKTAKE_SITE_URL=self.base_url,
            STOCKTAKE_ALLOWED_HOSTS="127.0.0.1,localhost",
            **self.env_overrides,
        )
        log = (self.data_dir / "server.log").open("w")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "stocktake.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "1",
                "--threads",
                "4",
                "--timeout",
                "60",
            ],
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self._wait_until_up()
        return self

    def _wait_until_up(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited early:\n{self.log()}")
            try:
                with urllib.request.urlopen(self.url("/about/"), timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.1)
        raise RuntimeError(f"the server did not answer within {timeout} s:\n{self.log()}")

    def manage(self, *args: str) -> str:
        """Run a `stocktake` command against this server's database and settings; its output."""
        result = subprocess.run(
            [sys.executable, "-m", "stocktake.cli", *args], env=self.env, cwd=ROOT, capture_output=True, text=True
        )
        assert result.returncode == 0, f"stocktake {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
        return result.stdout

    def deliver_outbox(self) -> str:
        """Send the queued e-mail now, as the background worker does between two page views."""
        return self.manage("outbox", "send")

    def log(self) -> str:
        path = self.data_dir / "server.log"
        return path.read_text(errors="replace")[-5000:] if path.exists() else ""

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
