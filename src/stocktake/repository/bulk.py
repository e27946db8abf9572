"""Plain-row inserts for bulk loads (imports, indexing): COPY on PostgreSQL, executemany on SQLite.

The ORM's per-object work dominated bulk loads, and on PostgreSQL even executemany costs a round
of parsing and planning per row; COPY streams every row in one statement (several times faster
for the entry, version, tag and search tables). Rows must already hold database-ready values."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import connection


def insert_rows(table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
    """`rows` may be a generator: on PostgreSQL the server works on the rows already sent while
    the rest are made."""
    if isinstance(rows, Sequence) and not rows:
        return
    names = ", ".join(columns)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Django's cursor wraps psycopg's; `copy` is psycopg 3's COPY … FROM STDIN writer.
            with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)  # noqa: S608
