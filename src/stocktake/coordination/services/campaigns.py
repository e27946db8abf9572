"""Creating campaigns and adding organisations to them (one by one or from a spreadsheet)."""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from stocktake.accounts.models import Organisation
from stocktake.common.services import audit
from stocktake.contests.models import Phase
from stocktake.coordination.models import Campaign, Invitation
from stocktake.coordination.services import require
from stocktake.taxonomy.models import StakeholderType

CAMPAIGN_FIELDS = ["title", "message", "language", "deadline", "reminder_days", "contact_name", "contact_email"]
MAX_IMPORT_ROWS = 2000
MAX_IMPORT_BYTES = 5 * 1024 * 1024
# Column names accepted in imported files (lower case, English and Turkish).
COLUMN_ALIASES = {
    "name": {"name", "organisation", "organization", "organisation name", "organization name", "kurum", "kurum adı"},
    "email": {"email", "e-mail", "e-mail address", "email address", "e-posta", "eposta"},
    "contact_name": {"contact", "contact person", "contact name", "contact_name", "ilgili kişi", "yetkili"},
}


def submission_deadline(track):
    """The end of the track's submission phase, or None when the track has none yet."""
    phase = Phase.objects.filter(track=track, kind=Phase.Kind.SUBMISSION).order_by().first()
    return phase.ends_at if phase else None


def _clean_reminder_days(value) -> list[int]:
    if isinstance(value, str):
        value = [part for part in value.replace(";", ",").split(",") if part.strip()]
    try:
        days = sorted({int(v) for v in value or []}, reverse=True)
    except (TypeError, ValueError):
        raise ValidationError(
            {"reminder_days": _("Give whole numbers of days, separated by commas, e.g. 14, 7, 2.")}
        ) from None
    if any(d < 1 or d > 120 for d in days):
        raise ValidationError({"reminder_days": _("Each reminder must be between 1 and 120 days before the deadline.")})
    return days


def _validate_campaign(data: dict) -> None:
    errors = {}
    if not (data.get("title") or "").strip():
        errors["title"] = _("Give the campaign a title.")
    if not (data.get("message") or "").strip():
        errors["message"] = _("Write the message the organisations will receive.")
    if data.get("language") not in dict(settings.LANGUAGES):
        errors["language"] = _("Choose the language of the campaign.")
    if not data.get("deadline"):
        errors["deadline"] = _("Give a deadline: this call has no submission phase to take it from.")
    if data.get("contact_email"):
        try:
            validate_email(data["contact_email"])
        except ValidationError:
            errors["contact_email"] = _("Enter a valid e-mail address.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_campaign(
    actor,
    *,
    country,
    track,
    title,
    message,
    language,
    deadline=None,
    reminder_days=None,
    contact_name="",
    contact_email="",
) -> Campaign:
    require(actor, "coordination.create_campaign", country)
    deadline = deadline or submission_deadline(track)
    days = _clean_reminder_days(reminder_days) if reminder_days is not None else None
    _validate_campaign(
        {"title": title, "message": message, "language": language, "deadline": deadline, "contact_email": contact_email}
    )
    if Campaign.objects.filter(country=country, track=track).exists():
        raise ValidationError({"track": _("Your country already has a campaign for this call.")})
    campaign = Campaign(
        country=country,
        track=track,
        title=title.strip(),
        message=message.strip(),
        language=language,
        deadline=deadline,
        contact_name=contact_name.strip(),
        contact_email=contact_email.strip(),
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    if days is not None:
        campaign.reminder_days = days
    campaign.save()
    audit.record(actor, "coordination.campaign.create", campaign, after=audit.snapshot(campaign, CAMPAIGN_FIELDS))
    return campaign


@transaction.atomic
def update_campaign(actor, campaign: Campaign, **changes) -> Campaign:
    require(actor, "coordination.change_campaign", campaign)
    unknown = set(changes) - set(CAMPAIGN_FIELDS)
    if unknown:
        raise ValidationError(_("These fields cannot be changed: %(fields)s") % {"fields": ", ".join(sorted(unknown))})
    before = audit.snapshot(campaign, CAMPAIGN_FIELDS)
    if "reminder_days" in changes:
        changes["reminder_days"] = _clean_reminder_days(changes["reminder_days"])
    for name, value in changes.items():
        setattr(campaign, name, value.strip() if isinstance(value, str) else value)
    _validate_campaign({f: getattr(campaign, f) for f in CAMPAIGN_FIELDS})
    campaign.save()
    audit.record(
        actor,
        "coordination.campaign.update",
        campaign,
        before=before,
        after=audit.snapshot(campaign, CAMPAIGN_FIELDS),
    )
    return campaign


# --- Inviting organisations ----------------------------------------------------------------------


def _unique_slug(name: str) -> str:
    base = slugify(name)[:100] or "organisation"
    slug, n = base, 2
    while Organisation.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def name_key(name: str) -> str:
    """A name for matching: Turkish dotted/dotless i, accents, case and spacing do not matter
    ("İÇİŞLERİ BAKANLIĞI" matches "İçişleri Bakanlığı"). The databases' own case-insensitive
    comparisons do not handle Turkish letters, so matching is done here."""
    text = unicodedata.normalize("NFKD", name.replace("ı", "i").replace("İ", "I"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().split())


def _organisations_by_name(campaign: Campaign) -> dict[str, Organisation]:
    organisations = Organisation.objects.filter(country=campaign.country).order_by("-pk")
    return {name_key(o.name): o for o in organisations.only("pk", "name", "country_id")}


def find_organisation(campaign: Campaign, name: str) -> Organisation | None:
    """An organisation of the campaign's country with this name (see name_key), if there is one."""
    return _organisations_by_name(campaign).get(name_key(name))


def _check_email(email: str) -> str | None:
    if not email:
        return _("The contact e-mail address is missing.")
    try:
        validate_email(email)
    except ValidationError:
        return _("“%(email)s” is not a valid e-mail address.") % {"email": email}
    return None


def _government_type():
    return StakeholderType.objects.filter(code="government").first() or StakeholderType.objects.order_by("pk").first()


def _create_invitation(actor, campaign, organisation, email, contact_name) -> Invitation:
    invitation = Invitation.objects.create(
        campaign=campaign, organisation=organisation, email=email.lower(), contact_name=contact_name
    )
    audit.record(
        actor,
        "coordination.invitation.create",
        invitation,
        after={"organisation": organisation.name, "email": invitation.email, "contact_name": contact_name},
    )
    return invitation


def _organisation_for(actor, campaign, name: str) -> Organisation:
    organisation = find_organisation(campaign, name)
    if organisation is None:
        # The focal point names a body that has no account yet; it gets one, unverified, in the
        # focal point's country. Its first member to accept the invitation becomes its administrator.
        organisation = Organisation.objects.create(
            name=name.strip(),
            slug=_unique_slug(name),
            stakeholder_type=_government_type(),
            country=campaign.country,
        )
        audit.record(
            actor,
            "accounts.organisation.create",
            organisation,
            after=audit.snapshot(organisation),
            via="coordination.invitation",
        )
    return organisation


@transaction.atomic
def invite_organisation(
    actor, campaign: Campaign, *, email: str, organisation: Organisation | None = None, name: str = "", contact_name=""
) -> Invitation:
    """Add an organisation to the campaign: an existing one, or one typed in by name."""
    require(actor, "coordination.invite", campaign)
    email, name, contact_name = (email or "").strip(), (name or "").strip(), (contact_name or "").strip()
    errors = {}
    if organisation is None and not name:
        errors["name"] = _("Choose an organisation or type its name.")
    if message := _check_email(email):
        errors["email"] = message
    if organisation is not None and organisation.country_id != campaign.country_id:
        errors["organisation"] = _("Only organisations of the campaign's country can be invited.")
    if errors:
        raise ValidationError(errors)
    organisation = organisation or _organisation_for(actor, campaign, name)
    if Invitation.objects.filter(campaign=campaign, organisation=organisation).exists():
        raise ValidationError(
            {"name": _("%(name)s is already invited to this campaign.") % {"name": organisation.name}}
        )
    return _create_invitation(actor, campaign, organisation, email, contact_name)


# --- Import from CSV / XLSX --------------------------------------------------------------------------


@dataclass
class ImportRow:
    number: int  # the row number in the file, counting the header as row 1
    name: str
    email: str
    contact_name: str
    errors: list[str] = field(default_factory=list)
    existing_organisation: Organisation | None = None


@dataclass
class ImportReport:
    rows: list[ImportRow] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)
    imported: int = 0
    dry_run: bool = True

    @property
    def ok(self) -> bool:
        return not self.file_errors and not any(r.errors for r in self.rows)

    @property
    def error_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if r.errors]


def _read_table(data: bytes, filename: str) -> list[list[str]]:
    if filename.lower().endswith(".xlsx"):
        from openpyxl import load_workbook

        try:
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception:
            raise ValidationError(_("This file could not be read as an Excel (.xlsx) workbook.")) from None
        sheet = workbook.worksheets[0]
        table = [
            ["" if cell is None else str(cell).strip() for cell in row]
            for row in sheet.iter_rows(max_row=MAX_IMPORT_ROWS + 2, values_only=True)
        ]
        workbook.close()
        return table
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(_("Save the CSV file with UTF-8 encoding.")) from None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), dialect)]


def _columns(header: list[str]) -> dict[str, int]:
    columns = {}
    for index, title in enumerate(header):
        key = title.strip().lower()
        for name, aliases in COLUMN_ALIASES.items():
            if key in aliases and name not in columns:
                columns[name] = index
    return columns


def check_import(campaign: Campaign, data: bytes, filename: str) -> ImportReport:
    """Read and check every row; writes nothing."""
    report = ImportReport()
    if len(data) > MAX_IMPORT_BYTES:
        report.file_errors.append(_("The file is larger than 5 MB."))
        return report
    if not filename.lower().endswith((".csv", ".xlsx", ".txt")):
        report.file_errors.append(_("Upload a CSV or an Excel (.xlsx) file."))
        return report
    try:
        table = _read_table(data, filename)
    except ValidationError as exc:
        report.file_errors.extend(exc.messages)
        return report
    if not table:
        report.file_errors.append(_("The file is empty."))
        return report
    columns = _columns(table[0])
    missing = [c for c in ("name", "email") if c not in columns]
    if missing:
        report.file_errors.append(
            _("The first row must name the columns: name, e-mail and (optionally) contact person.")
        )
        return report
    body = table[1:]
    if len(body) > MAX_IMPORT_ROWS:
        report.file_errors.append(
            _("The file has more than %(max)d rows; split it into smaller files.") % {"max": MAX_IMPORT_ROWS}
        )
        return report

    def cell(row, name):
        index = columns.get(name)
        return row[index].strip() if index is not None and index < len(row) else ""

    invited_org_ids = set(campaign.invitations.values_list("organisation_id", flat=True))
    existing = _organisations_by_name(campaign)
    seen_names, seen_emails = {}, {}
    for number, raw in enumerate(body, start=2):
        if not any(c.strip() for c in raw):
            continue  # blank lines are not errors
        row = ImportRow(number, cell(raw, "name"), cell(raw, "email").lower(), cell(raw, "contact_name"))
        if not row.name:
            row.errors.append(_("The organisation's name is missing."))
        if message := _check_email(row.email):
            row.errors.append(message)
        key = name_key(row.name)
        if key and key in seen_names:
            row.errors.append(_("The same organisation is already on row %(row)d.") % {"row": seen_names[key]})
        if row.email and row.email in seen_emails:
            row.errors.append(_("The same e-mail address is already on row %(row)d.") % {"row": seen_emails[row.email]})
        seen_names.setdefault(key, number)
        seen_emails.setdefault(row.email, number)
        row.existing_organisation = existing.get(key)
        if row.existing_organisation and row.existing_organisation.pk in invited_org_ids:
            row.errors.append(_("This organisation is already invited to the campaign."))
        report.rows.append(row)
    if not report.rows:
        report.file_errors.append(_("The file has no rows under its header."))
    return report


def import_invitations(actor, campaign: Campaign, data: bytes, filename: str, *, dry_run: bool = False) -> ImportReport:
    """Check every row; import all of them only when none has an error (and not on a dry run)."""
    require(actor, "coordination.invite", campaign)
    report = check_import(campaign, data, filename)
    report.dry_run = dry_run
    if dry_run or not report.ok:
        return report
    try:
        with transaction.atomic():
            for row in report.rows:
                organisation = row.existing_organisation or _organisation_for(actor, campaign, row.name)
                _create_invitation(actor, campaign, organisation, row.email, row.contact_name)
            audit.record(
                actor, "coordination.campaign.import", campaign, after={"file": filename, "rows": len(report.rows)}
            )
    except IntegrityError:
        # Someone invited one of these organisations while the file was being imported.
        report.file_errors.append(_("The campaign changed while the file was imported; nothing was imported."))
        return report
    report.imported = len(report.rows)
    return report
