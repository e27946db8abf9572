"""Fail loudly when the PostgreSQL server for the tests cannot be reached: that is a failure,
never a reason to skip the PostgreSQL half of the suite."""

import sys
import time

import environ
import psycopg

url = sys.argv[1]
cfg = environ.Env.db_url_config(url)
params = {"host": cfg["HOST"] or "127.0.0.1", "port": cfg["PORT"] or 5432, "user": cfg["USER"] or "postgres",
          "password": cfg["PASSWORD"] or None, "dbname": "postgres", "connect_timeout": 3}
for attempt in range(10):
    try:
        with psycopg.connect(**params) as conn:
            conn.execute("SELECT 1")
        sys.exit(0)
    except psycopg.OperationalError as exc:
        last = exc
        time.sleep(1)
print(f"PostgreSQL at {params['host']}:{params['port']} is not reachable: {last}", file=sys.stderr)
sys.exit(1)
