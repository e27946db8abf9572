"""CPU cost of one vote in the app, measured in a way a busy machine does not distort.

Prepares the same data as benchmarks/voting.py on a throwaway PostgreSQL database, then calls
the WSGI application in-process (no HTTP server) with `POST /api/v1/voting/votes/` requests:
100 to warm up, then --votes measured, with the ballot cache warm. It prints the CPU time per
vote (time.process_time, swells with the machine's load) and, run under callgrind, the
instruction count per vote is exact:

    .venv/bin/python benchmarks/voting_cpu.py --votes 1000
    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=var/voting.cg \\
        .venv/bin/python benchmarks/voting_cpu.py --votes 200 --callgrind
    callgrind_annotate var/voting.cg | grep "PROGRAM TOTALS"      # divide by --votes

With --profile it prints a cProfile (CPU clock) of the measured votes instead. The last line is
one JSON object.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--votes", type=int, default=1000)
    parser.add_argument("--callgrind", action="store_true", help="switch callgrind's counting on around the votes")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the measured votes")
    args = parser.parse_args()

    server = os.environ.get("STOCKTAKE_BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432").rstrip("/")
    db_name = f"stocktake_bench_voting_cpu_{os.getpid()}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{db_name}"')
    data_dir = ROOT / "var" / "bench-voting"
    data_dir.mkdir(parents=True, exist_ok=True)
    os.environ.update(
        {
            "STOCKTAKE_DATABASE_URL": f"{server}/{db_name}",
            "STOCKTAKE_DATA_DIR": str(data_dir),
            "DJANGO_SETTINGS_MODULE": "stocktake.settings",
            "STOCKTAKE_ALLOWED_HOSTS": "127.0.0.1",
            "STOCKTAKE_VOTE_RATE_LIMITS": "30/m/user",
        }
    )
    try:
        subprocess.run([sys.executable, "-m", "stocktake.cli", "migrate", "-v", "0"], check=True)
        import voting as bench

        # 18 votes per voter; enough voters that the rate limit (30 a minute) is never reached.
        jobs, _track = bench.prepare((args.votes + 100) // 18 + 1, 18, 20)
        jobs = jobs[: args.votes + 100]

        from django.conf import settings

        from stocktake.wsgi import application

        settings.VOTING_BALLOT_CACHE_SECONDS = 3600  # the steady state: measure the cache-hit path
        statuses: dict[str, int] = {}

        def start_response(status, headers, exc_info=None):
            statuses[status] = statuses.get(status, 0) + 1

        def vote(token: str, submission: str) -> None:
            body = json.dumps({"submission": submission}).encode()
            environ = {
                "REQUEST_METHOD": "POST",
                "PATH_INFO": "/api/v1/voting/votes/",
                "SCRIPT_NAME": "",
                "QUERY_STRING": "",
                "SERVER_NAME": "127.0.0.1",
                "SERVER_PORT": "80",
                "HTTP_HOST": "127.0.0.1",
                "SERVER_PROTOCOL": "HTTP/1.1",
                "wsgi.input": io.BytesIO(body),
                "wsgi.url_scheme": "http",
                "wsgi.errors": sys.stderr,
                "CONTENT_LENGTH": str(len(body)),
                "CONTENT_TYPE": "application/json",
                "HTTP_AUTHORIZATION": f"Token {token}",
                "HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
                "HTTP_ACCEPT_LANGUAGE": "en-GB,en;q=0.9,fr;q=0.8",
                "REMOTE_ADDR": "127.0.0.1",
            }
            response = application(environ, start_response)
            b"".join(response)
            response.close()

        for token, submission in jobs[:100]:
            vote(token, submission)
        measured = jobs[100:]
        profiler = None
        if args.callgrind:
            subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True, capture_output=True)
        if args.profile:
            import cProfile

            profiler = cProfile.Profile(time.process_time)
            profiler.enable()
        started = time.process_time()
        for token, submission in measured:
            vote(token, submission)
        cpu = time.process_time() - started
        if profiler is not None:
            import pstats

            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
        if args.callgrind:
            subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], check=True, capture_output=True)
        accepted = statuses.get("201 Created", 0) - 100
        print(f"{len(measured)} votes, {accepted} accepted; statuses {statuses}")
        print(f"app CPU per vote {cpu * 1000 / len(measured):.3f} ms; load average {os.getloadavg()[0]:.1f}")
        print(json.dumps({"votes": len(measured), "accepted": accepted, "cpu_ms_per_vote": cpu * 1000 / len(measured)}))
    finally:
        from django.db import connections

        connections.close_all()
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
