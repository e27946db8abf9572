"""Bulk import of entries from CSV or XLSX (secretariat only).

Every row is checked first and the report lists every row's errors. If any row has an error,
nothing is written; otherwise all rows are applied in one transaction. Rows are matched on
`external_key`, so importing the same file again changes nothing, and a changed row becomes a new
approved version of the entry it imported earlier. Imported entries are published: an import is
how the secretariat brings in entries it has already vetted (a previous system's data)."""

from __future__ import annotations

import csv
import datetime
import io
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from types import SimpleNamespace

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from stocktake.accounts.models import Organisation
from stocktake.common.permissions import require
from stocktake.common.services import audit
from stocktake.repository.bulk import insert_rows
from stocktake.repository.content import CONTENT_FIELDS, apply_data
from stocktake.repository.models import Entry, EntryVersion
from stocktake.repository.search import indexer
from stocktake.repository.services.entries import copy_images
from stocktake.repository.validation import Reference, check_complete, clean_content
from stocktake.taxonomy.models import SDG, ActionLine, Country, GDCObjective, Region, Subtopic

COLUMNS = ["external_key", "organisation", *CONTENT_FIELDS, "published_at"]
MAX_ROWS = 1_000_000


@dataclass
class RowReport:
    line: int
    key: str
    action: str = ""  # create, update, unchanged
    errors: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class ImportReport:
    rows: list[RowReport] = field(default_factory=list)
    applied: bool = False

    @property
    def invalid(self) -> list[RowReport]:
        return [r for r in self.rows if r.errors]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action and not r.errors)

    @property
    def ok(self) -> bool:
        return bool(self.rows) and not self.invalid

    def summary(self) -> dict:
        return {
            "rows": len(self.rows),
            "invalid": len(self.invalid),
            "create": self.count("create"),
            "update": self.count("update"),
            "unchanged": self.count("unchanged"),
            "applied": self.applied,
        }


class ImportFileError(ValueError):
    pass


def read_rows(fileobj, filename: str) -> list[dict]:
    """Rows of a CSV (UTF-8, comma or semicolon) or XLSX file as dicts keyed by the header."""
    name = filename.lower()
    if name.endswith(".xlsx"):
        from openpyxl import load_workbook

        try:
            book = load_workbook(fileobj, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many types for a broken file
            raise ImportFileError(_("This is not a readable XLSX file.")) from exc
        sheet = book.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = [str(h or "").strip().lower() for h in next(rows, [])]
        out = [
            {h: ("" if v is None else v) for h, v in zip(header, row, strict=False) if h}
            for row in rows
            if any(v not in (None, "") for v in row)
        ]
        book.close()
    elif name.endswith(".csv"):
        raw = fileobj.read()
        try:
            text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError as exc:
            raise ImportFileError(_("Save the CSV file as UTF-8 and try again.")) from exc
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t") if text.strip() else csv.excel
        reader = csv.DictReader(io.StringIO(text), dialect=dialect)
        out = [
            {(k or "").strip().lower(): v for k, v in row.items() if k}
            for row in reader
            if any((v or "").strip() for v in row.values() if isinstance(v, str))
        ]
    else:
        raise ImportFileError(_("Upload a .csv or .xlsx file."))
    if not out:
        raise ImportFileError(_("The file has no rows."))
    if len(out) > MAX_ROWS:
        raise ImportFileError(_("The file has more than %(max)d rows; split it.") % {"max": MAX_ROWS})
    missing = {"external_key", "organisation", "title"} - set(out[0])
    if missing:
        raise ImportFileError(_("The file lacks these columns: %(columns)s.") % {"columns": ", ".join(sorted(missing))})
    return out


def _organisations(rows: list[dict], default: Organisation | None) -> dict[str, Organisation]:
    refs = {str(r.get("organisation") or "").strip() for r in rows} - {""}
    found: dict[str, Organisation] = {}
    if refs:
        for org in Organisation.objects.filter(Q(slug__in=refs) | Q(external_key__in=refs)).select_related(
            "stakeholder_type"
        ):
            found[org.slug] = org
            if org.external_key:
                found[org.external_key] = org
    if default is not None:
        found[""] = default
    return found


def _published_at(value, errors: dict):
    if value in (None, ""):
        return None
    if isinstance(value, datetime.datetime):
        return value if timezone.is_aware(value) else timezone.make_aware(value)
    if isinstance(value, datetime.date):
        return timezone.make_aware(datetime.datetime(value.year, value.month, value.day, 12))
    try:
        parsed = datetime.datetime.fromisoformat(str(value).strip())
    except ValueError:
        errors["published_at"] = [_("Enter the publication date as YYYY-MM-DD.")]
        return None
    return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed)


def import_entries(
    actor,
    rows: Iterable[dict],
    *,
    dry_run: bool = False,
    organisation: Organisation | None = None,
    collection: str = "stocktaking",
) -> ImportReport:
    require(actor, "repository.import_entries")
    rows = list(rows)
    report = ImportReport()
    ref = Reference()
    orgs = _organisations(rows, organisation)
    keys = [str(r.get("external_key") or "").strip() for r in rows]
    # By key alone, collection checked here: with statistics lagging a bulk load, PostgreSQL
    # otherwise walked the collection index and tested every entry against the key list.
    existing = {
        e.external_key: e
        for e in Entry.objects.filter(external_key__in=[k for k in keys if k]).select_related("current_version")
        if e.collection == collection
    }
    seen: dict[str, int] = {}
    plan = []
    for line, (row, key) in enumerate(zip(rows, keys, strict=True), start=2):
        item = RowReport(line=line, key=key)
        errors: dict[str, list[str]] = {}
        if not key:
            errors["external_key"] = [_("Give every row a unique external_key, so the file can be imported again.")]
        elif key in seen:
            errors["external_key"] = [_("The same external_key is on line %(line)d.") % {"line": seen[key]}]
        else:
            seen[key] = line
        org = orgs.get(str(row.get("organisation") or "").strip())
        if org is None:
            errors["organisation"] = [_("Unknown organisation: give its slug or external key.")]
        content = {k: v for k, v in row.items() if k in CONTENT_FIELDS}
        try:
            data = clean_content(content, ref=ref)
            check_complete(data)
        except ValidationError as exc:
            errors.update(exc.message_dict)
            data = None
        published_at = _published_at(row.get("published_at"), errors)
        if errors:
            item.errors = errors
        else:
            current = existing.get(key)
            if current is None:
                item.action = "create"
            elif current.current_version and current.current_version.data == data and current.organisation_id == org.pk:
                item.action = "unchanged"
            else:
                item.action = "update"
            plan.append((item, org, data, published_at, current))
        report.rows.append(item)
    if dry_run or report.invalid or not report.rows:
        return report
    with transaction.atomic():
        _apply(actor, plan, collection)
        report.applied = True
        audit.record(actor, "repository.entry.import", None, **report.summary())
    return report


def _apply(actor, plan, collection: str) -> None:
    now = timezone.now()
    creates = [(item, org, data, published_at) for item, org, data, published_at, _c in plan if item.action == "create"]
    updates = [(item, org, data, current) for item, org, data, _p, current in plan if item.action == "update"]
    touched: list[int] = []
    if creates:
        bulk_publish(
            actor,
            [(org, data, published_at or now, item.key) for item, org, data, published_at in creates],
            collection,
            index=True,
        )
    for _item, org, data, entry in updates:
        entry = Entry.objects.select_for_update().get(pk=entry.pk)
        number = (entry.versions.order_by("-number").values_list("number", flat=True).first() or 0) + 1
        entry.versions.filter(state=EntryVersion.State.APPROVED).update(state=EntryVersion.State.SUPERSEDED)
        version = EntryVersion.objects.create(
            entry=entry,
            number=number,
            data=data,
            state=EntryVersion.State.APPROVED,
            author=actor,
            submitted_at=now,
            decided_by=actor,
            decided_at=now,
            moderator_comment=_("Imported"),
        )
        copy_images(entry.current_version, version)  # an import carries no images: keep the published ones
        entry.organisation = org
        entry.current_version = version
        entry.state = Entry.State.PUBLISHED
        if entry.published_at is None:
            entry.published_at, entry.year = now, now.year
        apply_data(entry, data)
        touched.append(entry.pk)
    if touched:
        indexer.index_entries(touched)


def bulk_publish(actor, items: list[tuple], collection: str = "stocktaking", *, index: bool = False) -> list[int]:
    """Insert published entries fast: items are (organisation, clean data, published_at, external_key).

    Writes entries, tag rows, derived regions and an approved version 1 with bulk statements (a few
    queries per thousand entries). Callers validate first and own the transaction."""
    if not items:
        return []
    countries = {c.code: c for c in Country.objects.all()}
    lines = dict(ActionLine.objects.values_list("code", "pk"))
    subtopics = {f"{s.action_line.code}/{s.slug}": s.pk for s in Subtopic.objects.select_related("action_line")}
    sdgs = dict(SDG.objects.values_list("number", "pk"))
    gdcs = dict(GDCObjective.objects.values_list("number", "pk"))
    international = Region.objects.get(code="INT").pk
    user = actor if getattr(actor, "is_authenticated", False) else None
    entries = _insert_entries(user, items, collection)
    rel: dict[str, list[tuple]] = {
        name: [] for name in ["countries", "regions", "action_lines", "subtopics", "sdgs", "gdc_objectives"]
    }
    versions = []
    for entry, (_org, data, published_at, _key) in zip(entries, items, strict=True):
        entry_countries = [countries[c] for c in data["countries"]]
        regions = {c.region_id for c in entry_countries}
        if data["is_international"] or not entry_countries:
            regions.add(international)
        pk = entry.pk
        rel["countries"] += [(pk, c.pk) for c in entry_countries]
        rel["regions"] += [(pk, r) for r in regions]
        rel["action_lines"] += [(pk, lines[c]) for c in data["action_lines"]]
        rel["subtopics"] += [(pk, subtopics[s]) for s in data["subtopics"]]
        rel["sdgs"] += [(pk, sdgs[n]) for n in data["sdgs"]]
        rel["gdc_objectives"] += [(pk, gdcs[n]) for n in data["gdc_objectives"]]
        versions.append((entry.pk, data, published_at, entry.version_id))
    for name, pairs in rel.items():
        # Plain two-column rows: skips the ORM's per-object work (bulk loads are hot).
        through = getattr(Entry, name).through._meta
        target = next(f.column for f in through.concrete_fields if f.column not in {"id", "entry_id"})
        insert_rows(through.db_table, ["entry_id", target], pairs)
    _insert_versions(user, versions)
    ids = [e.pk for e in entries]
    if entries[0].version_id is None:  # SQLite: point each entry at the version just written
        with connection.cursor() as cursor:
            for start in range(0, len(ids), 5000):
                chunk = ids[start : start + 5000]
                marks = ", ".join(["%s"] * len(chunk))
                cursor.execute(
                    "UPDATE repository_entry SET current_version_id = (SELECT v.id FROM repository_entryversion v "  # noqa: S608
                    f"WHERE v.entry_id = repository_entry.id AND v.number = 1) WHERE id IN ({marks})",
                    chunk,
                )
    if index:
        # The tag rows were just written: hand them to the indexer instead of reading them back.
        tags: dict[str, dict[int, list]] = {name: {} for name in rel}
        for name, pairs in rel.items():
            for entry_id, target in pairs:
                tags[name].setdefault(entry_id, []).append(target)
        indexer.index_entries(ids, tags=tags, new=True)
    return ids


def _db_uuid(value: uuid.UUID):
    return value if connection.vendor == "postgresql" else value.hex


def _db_datetime(value: datetime.datetime):
    return connection.ops.adapt_datetimefield_value(value)


def _next_ids(table: str, n: int) -> list[int]:
    """n ids from the table's id sequence on PostgreSQL; [] on SQLite (which has no sequences)."""
    if connection.vendor != "postgresql" or not n:
        return []
    with connection.cursor() as cursor:
        cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)", [table, n])
        return [r[0] for r in cursor.fetchall()]


def _insert_entries(user, items: list[tuple], collection: str) -> list[SimpleNamespace]:
    """Entries as plain rows (executemany): the ORM's per-field preparation dominated bulk loads."""
    now = _db_datetime(timezone.now())
    author = user.pk if user else None
    rows, keys = [], []
    # PostgreSQL: ids for entries and their first versions are taken from the sequences up front,
    # so each entry is written once with its current version (no UPDATE of every new row, which
    # rewrote all of its index entries) and nothing has to be read back. SQLite reads them back.
    entry_ids = _next_ids("repository_entry", len(items))
    version_ids = _next_ids("repository_entryversion", len(items))
    for n, (org, data, published_at, key) in enumerate(items):
        rows.append(
            (
                *((entry_ids[n], version_ids[n]) if entry_ids else ()),
                _db_uuid(uuid.uuid4()),
                now,
                now,
                org.pk,
                author,
                collection,
                Entry.State.PUBLISHED,
                data["title"],
                data["description"],  # already sanitised by clean_content
                data["entry_type"],
                data["status"],
                data["start_date"],
                data["end_date"],
                bool(data["is_international"]),
                data["website"],
                data["partners"],
                data["contact_name"],
                data["contact_email"],
                data["language"] or "en",
                _db_datetime(published_at),
                published_at.year,
                key,
            )
        )
        keys.append(key)
    columns = ("id, current_version_id, " if entry_ids else "") + (
        "public_id, created_at, updated_at, organisation_id, created_by_id, collection, state, title, description, "
        "entry_type, status, start_date, end_date, is_international, website, partners, contact_name, "
        "contact_email, language, published_at, year, external_key"
    )
    insert_rows("repository_entry", columns.split(", "), rows)
    if entry_ids:
        return [
            SimpleNamespace(pk=pk, external_key=key, version_id=vid)
            for pk, key, vid in zip(entry_ids, keys, version_ids, strict=True)
        ]
    by_key: dict[str, int] = {}
    for start in range(0, len(keys), 5000):
        chunk = keys[start : start + 5000]
        by_key.update(
            Entry.objects.filter(collection=collection, external_key__in=chunk).values_list("external_key", "pk")
        )
    return [SimpleNamespace(pk=by_key[key], external_key=key, version_id=None) for key in keys]


def _insert_versions(user, versions: list[tuple]) -> None:
    now = _db_datetime(timezone.now())
    author = user.pk if user else None
    rows = [
        (
            *((version_id,) if version_id is not None else ()),
            _db_uuid(uuid.uuid4()),
            now,
            now,
            entry_id,
            1,
            json.dumps(data),
            EntryVersion.State.APPROVED,
            author,
            _db_datetime(published_at),
            author,
            _db_datetime(published_at),
            "",
        )
        for entry_id, data, published_at, version_id in versions
    ]
    columns = ("id, " if versions and versions[0][3] is not None else "") + (
        "public_id, created_at, updated_at, entry_id, number, data, state, author_id, submitted_at, "
        "decided_by_id, decided_at, moderator_comment"
    )
    insert_rows("repository_entryversion", columns.split(", "), rows)
