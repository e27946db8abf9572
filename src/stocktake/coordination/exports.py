"""The campaign as a table (one row per invited organisation), written as CSV or XLSX. Used by the
dashboard's download links and by `stocktake campaign export`."""

from __future__ import annotations

import csv
import io

from django.utils import timezone
from django.utils.translation import gettext as _

from stocktake.coordination.models import Campaign
from stocktake.coordination.queries.tracking import campaign_progress


def _date(value) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def export_rows(campaign: Campaign) -> tuple[list[str], list[list]]:
    header = [
        _("Organisation"),
        _("Contact person"),
        _("Contact e-mail"),
        _("Invitation"),
        _("Current state"),
        _("Invited"),
        _("Invitation sent"),
        _("Link opened"),
        _("Account created"),
        _("Draft started"),
        _("Submitted"),
        _("Nominated"),
        _("Finalist"),
        _("Result"),
        _("Submissions"),
        _("Bounce reason"),
    ]
    rows = []
    for row in campaign_progress(campaign):
        invitation = row.invitation
        rows.append(
            [
                invitation.organisation.name,
                invitation.contact_name,
                invitation.email,
                str(invitation.get_state_display()),
                str(row.stage_label),
                _date(row.invited_at),
                _date(invitation.sent_at),
                _date(invitation.opened_at),
                _date(row.account_at),
                _date(row.draft_at),
                _date(row.submitted_at),
                _date(row.nominated_at),
                _date(row.finalist_at),
                _date(row.result_at),
                row.submitted,
                invitation.bounce_reason,
            ]
        )
    return header, rows


def _safe(value):
    """Keep spreadsheet programs from running a cell as a formula (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def to_csv(campaign: Campaign) -> bytes:
    header, rows = export_rows(campaign)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([[_safe(v) for v in row] for row in rows])
    return buffer.getvalue().encode("utf-8-sig")  # the BOM makes Excel read UTF-8 (Turkish letters)


def to_xlsx(campaign: Campaign) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    header, rows = export_rows(campaign)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Campaign")[:31]
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_safe(v) for v in row])
    sheet.freeze_panes = "A2"
    for column, width in zip("ABCDEFGHIJKLMNOP", [48, 24, 32, 18, 18] + [17] * 9 + [12, 30], strict=True):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export(campaign: Campaign, fmt: str) -> bytes:
    if fmt == "xlsx":
        return to_xlsx(campaign)
    return to_csv(campaign)


def filename(campaign: Campaign, fmt: str) -> str:
    return f"campaign-{campaign.country.code.lower()}-{campaign.track.edition.year}-{campaign.track.slug}.{fmt}"
