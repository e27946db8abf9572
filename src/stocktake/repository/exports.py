"""Streamed open-data exports of any search result: CSV and JSON are generated chunk by chunk as the
client reads; XLSX is written row by row by openpyxl's write-only mode into a temporary file that
is then streamed. Memory stays flat whatever the number of rows."""

from __future__ import annotations

import csv
import json
import tempfile
from collections.abc import Iterator

from stocktake.repository.models import Entry
from stocktake.repository.queries.entries import TAG_PREFETCH
from stocktake.repository.search.engine import SearchQuery, matching_ids
from stocktake.repository.serializers import EXPORT_COLUMNS, export_row

CHUNK = 1000


def entries_in_order(query: SearchQuery) -> Iterator[Entry]:
    for ids in matching_ids(query, chunk=CHUNK):
        found = {
            e.pk: e
            for e in Entry.objects.filter(pk__in=ids)
            .select_related("organisation__stakeholder_type", "organisation__country", "current_version")
            .prefetch_related(*TAG_PREFETCH)
        }
        for pk in ids:
            if pk in found:
                yield found[pk]


def _flat(value):
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return value


class _Echo:
    def write(self, value):
        return value


def csv_stream(query: SearchQuery) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield "\ufeff"  # lets spreadsheet programs detect UTF-8
    yield writer.writerow(EXPORT_COLUMNS)
    for entry in entries_in_order(query):
        row = export_row(entry)
        yield writer.writerow([_safe_cell(_flat(row[c])) for c in EXPORT_COLUMNS])


def json_stream(query: SearchQuery) -> Iterator[str]:
    yield "["
    first = True
    for entry in entries_in_order(query):
        yield ("" if first else ",") + "\n" + json.dumps(export_row(entry), ensure_ascii=False)
        first = False
    yield "\n]\n"


def xlsx_file(query: SearchQuery):
    """A temporary file holding the workbook (deleted when closed)."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("entries")
    sheet.append(EXPORT_COLUMNS)
    for entry in entries_in_order(query):
        row = export_row(entry)
        sheet.append([_safe_cell(_flat(row[c])) for c in EXPORT_COLUMNS])
    out = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115 - FileResponse closes (and so deletes) it
    book.save(out)
    out.seek(0)
    return out


def _safe_cell(value):
    """Text starting with = + - @ would be run as a formula by spreadsheet programs."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value
