"""Database helpers shared by apps."""

from __future__ import annotations

from django.db import connection


def fetch_prepared(sql: str, params):
    """Run one statement as a server-side prepared statement on PostgreSQL and return its first
    row (None when there is none).

    Django turns psycopg's automatic preparation off (it breaks connection poolers in transaction
    mode) and binds parameters on the client, so PostgreSQL parses and plans every statement
    again. For the few statements that run on every request of a hot path (a vote: the token
    lookup and the insert) that is a measurable share of the database's CPU, so those are
    prepared explicitly, once per connection. Errors are mapped to Django's exceptions and the
    statement is logged like any other query (so query-count tests see it). On SQLite, or with
    STOCKTAKE_DB_PREPARED_STATEMENTS off, this is a plain cursor call."""
    if connection.vendor != "postgresql" or not connection.settings_dict["OPTIONS"].get("prepare_threshold"):
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchone()

    import psycopg

    # What connection.cursor() does first: the health check (when due) and connecting.
    connection.close_if_health_check_failed()
    connection.ensure_connection()
    connection.validate_no_broken_transaction()
    raw = psycopg.Cursor(connection.connection)
    try:
        with connection.wrap_database_errors:
            if connection.queries_logged:
                with connection.make_debug_cursor(raw).debug_sql(sql, params):
                    raw.execute(sql, params, prepare=True)
            else:
                raw.execute(sql, params, prepare=True)
            return raw.fetchone()
    finally:
        raw.close()
