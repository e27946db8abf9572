"""Benchmark: public voting under load, end to end over HTTP.

Starts the app under gunicorn (2 worker processes, threads) on a throwaway PostgreSQL database,
prepares a prize track (18 categories x 20 nominees) and confirmed voters with API tokens, then
drives real HTTP votes (POST /api/v1/voting/votes/) from this separate process with a pool of
keep-alive connections. Afterwards it checks the database: every acknowledged vote must be
stored (lost = 0) and no voter may have two votes in one category (duplicates = 0). For scale it
also measures the raw PostgreSQL single-row insert rate with the same number of concurrent
clients. The last line is one JSON object.

    .venv/bin/python benchmarks/voting.py [--voters 1500] [--concurrency 32] [--threads 8]

Environment: STOCKTAKE_BENCH_POSTGRES (server URL, default postgres://postgres@127.0.0.1:5432),
STOCKTAKE_REDIS_URL (used for the rate limit and cache when set, as in production).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


def prepare(voters: int, categories: int, nominees: int) -> tuple[list[tuple[str, str]], int]:
    """Create the track, nominees and voters; return the vote jobs (token, submission id)."""
    import django

    django.setup()
    from allauth.account.models import EmailAddress
    from django.contrib.auth.hashers import make_password
    from django.utils import timezone
    from rest_framework.authtoken.models import Token

    from stocktake.accounts.models import Organisation, User
    from stocktake.common.context import keyed_hash
    from stocktake.contests.models import Category, Edition, Phase, Submission, Track
    from stocktake.taxonomy.models import StakeholderType
    from stocktake.voting.models import Voter

    now = timezone.now()
    edition = Edition.objects.create(year=2099, name="Benchmark edition")
    track = Track.objects.create(edition=edition, kind="main", slug="prizes", names={"en": "Benchmark prizes"})
    Phase.objects.create(
        track=track, kind="voting", starts_at=now - timezone.timedelta(days=1), ends_at=now + timezone.timedelta(days=7)
    )
    stype = StakeholderType.objects.first()
    orgs = Organisation.objects.bulk_create(
        [Organisation(name=f"Org {i}", slug=f"org-{i}", stakeholder_type=stype) for i in range(categories * nominees)]
    )
    ballot = []
    for number in range(1, categories + 1):
        category = Category.objects.create(track=track, number=number, names={"en": f"Category {number}"})
        subs = Submission.objects.bulk_create(
            [
                Submission(
                    track=track,
                    category=category,
                    organisation=orgs[(number - 1) * nominees + i],
                    state="nominated",
                    title=f"Project {number}.{i}",
                )
                for i in range(nominees)
            ]
        )
        ballot.append([str(s.public_id) for s in subs])
    unusable = make_password(None)
    users = User.objects.bulk_create(
        [User(email=f"voter{i}@bench.example", password=unusable) for i in range(voters)], batch_size=1000
    )
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users], batch_size=1000
    )
    # Confirming an address creates the voter record (voting/receivers.py); bulk_create sends no signals.
    Voter.objects.bulk_create(
        [
            Voter(
                user=u,
                email_hash=keyed_hash(u.email, "voter-email"),
                email_domain="bench.example",
                confirmed_at=now - timezone.timedelta(days=2),
            )
            for u in users
        ],
        batch_size=1000,
    )
    tokens = Token.objects.bulk_create([Token(user=u, key=Token.generate_key()) for u in users], batch_size=1000)
    rng = random.Random(2026)
    jobs = []
    for token in tokens:
        for subs in ballot:
            # Votes lean towards a few projects per category, as campaigns make them do.
            jobs.append((token.key, subs[min(int(rng.expovariate(0.4)), len(subs) - 1)]))
    rng.shuffle(jobs)
    return jobs, track.pk


def _read_response(sock: socket.socket, buffer: bytes) -> tuple[int, bytes, bytes, bool]:
    """One HTTP/1.1 response from a keep-alive socket: (status, body, bytes left over, keep open)."""
    while b"\r\n\r\n" not in buffer:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("connection closed by the server")
        buffer += chunk
    head, buffer = buffer.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        name, _sep, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = b""
        while True:
            while b"\r\n" not in buffer:
                buffer += sock.recv(65536)
            size_line, buffer = buffer.split(b"\r\n", 1)
            size = int(size_line.split(b";")[0], 16)
            while len(buffer) < size + 2:
                buffer += sock.recv(65536)
            body, buffer = body + buffer[:size], buffer[size + 2 :]
            if size == 0:
                break
    else:
        length = int(headers.get("content-length", "0"))
        while len(buffer) < length:
            chunk = sock.recv(65536)
            if not chunk:
                raise ConnectionError("connection closed by the server")
            buffer += chunk
        body, buffer = buffer[:length], buffer[length:]
    return status, body, buffer, headers.get("connection", "").lower() != "close"


class Client(threading.Thread):
    """One keep-alive HTTP/1.1 connection sending votes from a shared queue.

    Written on a plain socket rather than http.client: the load driver shares the two cores with
    the server and PostgreSQL, and http.client cost about twice the CPU (0.41 against 0.19 ms a
    request, measured on a busy machine). The requests are ordinary HTTP/1.1 requests to the app."""

    def __init__(self, port: int, jobs: list, lock: threading.Lock, results: list):
        super().__init__(daemon=True)
        self.port, self.jobs, self.lock, self.results = port, jobs, lock, results

    def run(self):
        sock, buffer = None, b""
        prefix = f"POST /api/v1/voting/votes/ HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\n"
        local = []
        while True:
            with self.lock:
                if not self.jobs:
                    break
                token, submission = self.jobs.pop()
            body = json.dumps({"submission": submission}).encode()
            request = (
                f"{prefix}Authorization: Token {token}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n\r\n"
            ).encode() + body
            started = time.perf_counter()
            try:
                if sock is None:
                    sock = socket.create_connection(("127.0.0.1", self.port), timeout=30)
                    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                    buffer = b""
                sock.sendall(request)
                status, data, buffer, keep_open = _read_response(sock, buffer)
                if not keep_open:
                    sock.close()
                    sock = None
            except (OSError, ValueError, IndexError):
                if sock is not None:
                    sock.close()
                sock, status, data = None, 0, b""
            elapsed = time.perf_counter() - started
            vote_id = json.loads(data)["id"] if status == 201 else None
            local.append((status, elapsed, vote_id))
        if sock is not None:
            sock.close()
        with self.lock:
            self.results.extend(local)


def _stat_cpu(stat: str) -> float:
    """User + system CPU seconds from the text of a /proc/<pid>/stat file (Linux)."""
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and its children so far."""
    total = 0.0
    pids = [pid]
    with contextlib.suppress(OSError):
        pids += [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    for p in pids:
        with contextlib.suppress(OSError):
            total += _stat_cpu(Path(f"/proc/{p}/stat").read_text())
    return total


def _named_cpu_seconds(name: str) -> float:
    """CPU time so far of every process whose command is `name` (PostgreSQL's backends, Redis)."""
    total = 0.0
    for path in Path("/proc").glob("[0-9]*/stat"):
        try:
            stat = path.read_text()
        except OSError:
            continue
        if stat[stat.index("(") + 1 : stat.rindex(")")] == name:
            total += _stat_cpu(stat)
    return total


def drive(port: int, jobs: list, concurrency: int) -> tuple[list, float]:
    lock, results = threading.Lock(), []
    clients = [Client(port, jobs, lock, results) for _ in range(concurrency)]
    started = time.perf_counter()
    for c in clients:
        c.start()
    for c in clients:
        c.join()
    return results, time.perf_counter() - started


def raw_insert_rate(dsn: str, concurrency: int, seconds: float) -> float:
    """Single-row INSERTs, each its own transaction, from `concurrency` connections."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(
            "CREATE TABLE raw_vote (id bigserial PRIMARY KEY, voter int, category int, UNIQUE (voter, category))"
        )
    counts = [0] * concurrency
    stop = time.perf_counter() + seconds

    def work(i: int):
        with psycopg.connect(dsn, autocommit=True) as conn:
            n = 0
            while time.perf_counter() < stop:
                conn.execute("INSERT INTO raw_vote (voter, category) VALUES (%s, %s)", (i * 10_000_000 + n, 1))
                n += 1
            counts[i] = n

    threads = [threading.Thread(target=work, args=(i,)) for i in range(concurrency)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(counts) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voters", type=int, default=1500)
    parser.add_argument("--categories", type=int, default=18)
    parser.add_argument("--nominees", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=32, help="concurrent HTTP connections")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8, help="threads per gunicorn worker")
    args = parser.parse_args()

    server = os.environ.get("STOCKTAKE_BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432").rstrip("/")
    db_name = f"stocktake_bench_voting_{os.getpid()}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{db_name}"')
    database_url = f"{server}/{db_name}"
    data_dir = ROOT / "var" / "bench-voting"
    data_dir.mkdir(parents=True, exist_ok=True)
    env = os.environ.copy()
    env.update(
        {
            "STOCKTAKE_DATABASE_URL": database_url,
            "STOCKTAKE_DATA_DIR": str(data_dir),
            "DJANGO_SETTINGS_MODULE": "stocktake.settings",
            "STOCKTAKE_ALLOWED_HOSTS": "127.0.0.1",
            # All load comes from one address, so only the per-account limit applies here.
            "STOCKTAKE_VOTE_RATE_LIMITS": "30/m/user",
            # Rate-limit windows of an earlier run (same user ids, same minute) must not count here.
            "STOCKTAKE_CACHE_KEY_PREFIX": db_name,
        }
    )
    os.environ.update(env)
    server_proc = None
    try:
        print(f"database {db_name}: migrating …", flush=True)
        subprocess.run([str(BIN / "stocktake"), "migrate", "-v", "0"], env=env, check=True)
        jobs, _track_id = prepare(args.voters, args.categories, args.nominees)
        total_jobs = len(jobs)
        cache = "Redis" if os.environ.get("STOCKTAKE_REDIS_URL") else "per-process memory (no STOCKTAKE_REDIS_URL)"
        print(f"rate limits and cache: {cache}", flush=True)
        print(f"prepared {args.voters} voters x {args.categories} categories = {total_jobs} votes", flush=True)

        port = _free_port()
        server_proc = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "stocktake.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(args.workers),
                "--threads",
                str(args.threads),
                "--log-level",
                "warning",
                "--keep-alive",
                "30",
            ],
            env=env,
        )
        deadline = time.time() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/sdgs/", timeout=2).read()
                break
            except OSError:
                if time.time() > deadline or server_proc.poll() is not None:
                    raise RuntimeError("gunicorn did not start") from None
                time.sleep(0.2)
        # Warm every worker's connection and code paths with a few reads.
        for _ in range(20):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/sdgs/", timeout=5).read()

        server_cpu = _cpu_seconds(server_proc.pid)
        client_cpu = time.process_time()
        database_cpu = _named_cpu_seconds("postgres")
        redis_cpu = _named_cpu_seconds("redis-server")
        results, elapsed = drive(port, jobs, args.concurrency)
        server_cpu = _cpu_seconds(server_proc.pid) - server_cpu
        client_cpu = time.process_time() - client_cpu
        database_cpu = _named_cpu_seconds("postgres") - database_cpu
        redis_cpu = _named_cpu_seconds("redis-server") - redis_cpu
        accepted = [r for r in results if r[0] == 201]
        statuses: dict[int, int] = {}
        for status, _e, _v in results:
            statuses[status] = statuses.get(status, 0) + 1
        latencies_ms = [e * 1000 for _s, e, _v in results]
        acknowledged_ids = {v for _s, _e, v in accepted}

        with psycopg.connect(database_url) as conn:
            stored_ids = {row[0] for row in conn.execute("SELECT id FROM voting_vote")}
            duplicates = conn.execute(
                "SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) n FROM voting_vote GROUP BY voter_id, category_id"
                " HAVING COUNT(*) > 1) d"
            ).fetchone()[0]
        lost = len(acknowledged_ids - stored_ids)

        server_proc.terminate()
        server_proc.wait(timeout=20)
        server_proc = None
        raw = raw_insert_rate(database_url, args.concurrency, seconds=min(10.0, max(3.0, elapsed / 2)))

        figures = {
            "votes_per_s": round(len(accepted) / elapsed, 1),
            "p50_ms": round(percentile(latencies_ms, 50), 2),
            "p95_ms": round(percentile(latencies_ms, 95), 2),
            "p99_ms": round(percentile(latencies_ms, 99), 2),
            "acknowledged": len(acknowledged_ids),
            "stored": len(stored_ids),
            "lost": lost,
            "duplicates": int(duplicates),
            "raw_insert_per_s": round(raw, 1),
        }
        print(f"requests {len(results)} in {elapsed:.1f} s, statuses {statuses}")
        print(f"accepted votes/s {figures['votes_per_s']} (target >= 1000)")
        print(f"latency ms p50 {figures['p50_ms']} p95 {figures['p95_ms']} p99 {figures['p99_ms']} (target p99 <= 200)")
        print(f"acknowledged {figures['acknowledged']} stored {figures['stored']} lost {lost} duplicates {duplicates}")
        print(f"raw PostgreSQL single-row inserts/s {figures['raw_insert_per_s']} ({args.concurrency} connections)")
        print(
            f"mean latency {statistics.fmean(latencies_ms):.2f} ms; ratio votes/raw {len(accepted) / elapsed / raw:.2f}"
        )
        per_request = 1000 / max(1, len(results))
        print(
            f"CPU per request: app workers {server_cpu * per_request:.2f} ms, "
            f"load driver {client_cpu * per_request:.2f} "
            f"ms, PostgreSQL {database_cpu * per_request:.2f} ms, Redis {redis_cpu * per_request:.2f} "
            f"ms; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        )
        print(json.dumps(figures))
    finally:
        if server_proc is not None:
            server_proc.kill()
            server_proc.wait()
        from django.db import connections

        connections.close_all()
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
