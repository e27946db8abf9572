"""Real app processes (gunicorn) serving the test database, for tests that must cross processes."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from django.db import connection


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def database_url_for_subprocess(tmp_path: Path) -> tuple[str, Path | None]:
    """A URL other processes can open for the current test database. PostgreSQL: the test
    database itself. SQLite: the test database is in memory, so it is copied to a file first
    (VACUUM INTO); the returned path is that file."""
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        path = tmp_path / "shared.sqlite3"
        with connection.cursor() as cursor:
            cursor.execute("VACUUM INTO %s", [str(path)])
        return f"sqlite:///{path}", path
    user = settings.get("USER") or ""
    password = f":{settings['PASSWORD']}" if settings.get("PASSWORD") else ""
    auth = f"{user}{password}@" if user else ""
    host = settings.get("HOST") or "127.0.0.1"
    port = settings.get("PORT") or 5432
    return f"postgres://{auth}{host}:{port}/{settings['NAME']}", None


@contextlib.contextmanager
def app_servers(count: int, database_url: str, data_dir: Path, extra_env: dict | None = None, threads: int = 16):
    """Start `count` independent gunicorn processes; yield their base URLs."""
    env = os.environ.copy()
    env.update(
        {
            "STOCKTAKE_DATABASE_URL": database_url,
            "STOCKTAKE_DATA_DIR": str(data_dir),
            "STOCKTAKE_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_SETTINGS_MODULE": "stocktake.settings",
            **(extra_env or {}),
        }
    )
    env.pop("STOCKTAKE_TEST_DATABASE_NAME", None)
    data_dir.mkdir(parents=True, exist_ok=True)
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    procs, urls, logs = [], [], []
    try:
        for i in range(count):
            port = _free_port()
            command = [gunicorn, "stocktake.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "1"]
            command += ["--threads", str(threads), "--log-level", "warning"]
            # Logs go to a file: a pipe nobody reads would fill up and block the server.
            log = (data_dir / f"server-{i}.log").open("wb")
            logs.append(log)
            procs.append(subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT))
            urls.append(f"http://127.0.0.1:{port}")
        for url, proc, log in zip(urls, procs, logs, strict=True):
            _wait_until_up(url, proc, Path(log.name))
        yield urls
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
        for log in logs:
            log.close()


def _wait_until_up(url: str, proc: subprocess.Popen, log: Path, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"app server exited: {log.read_text(errors='replace')}")
        try:
            urllib.request.urlopen(f"{url}/api/v1/sdgs/", timeout=2).read()
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    raise RuntimeError(f"app server at {url} did not start")
