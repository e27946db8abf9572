"""Demo-only pages. The demo mailbox: on an embedded install mail is written to files, and this page
shows them, so a person trying the demo can follow a confirmation link. The demo timeline: the
secretariat moves the demo's live prize edition to another stage (settings.DEMO_TIMELINE; both are
switched off in the production settings)."""

import email
import email.policy
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from stocktake.contests import queries as contest_queries
from stocktake.demo import timeline


def _mail_dir() -> Path | None:
    if not settings.EMAIL_BACKEND.endswith("filebased.EmailBackend"):
        return None
    return Path(settings.EMAIL_FILE_PATH)


def _allowed(request) -> bool:
    return settings.DEBUG or settings.DEMO_MAILBOX


def _parse(path: Path) -> list[email.message.EmailMessage]:
    # The file backend appends each message followed by a line of 79 dashes.
    raw = path.read_bytes().split(b"\n" + b"-" * 79 + b"\n")
    return [email.message_from_bytes(chunk.strip(), policy=email.policy.default) for chunk in raw if chunk.strip()]


def mailbox(request):
    folder = _mail_dir()
    if folder is None or not _allowed(request):
        raise Http404
    files = sorted(folder.glob("*.log"), key=lambda p: p.stat().st_mtime, reverse=True)[:100] if folder.exists() else []
    rows = []
    for f in files:
        for msg in _parse(f):
            rows.append({"file": f.name, "to": msg["To"], "subject": msg["Subject"], "date": msg["Date"]})
    return render(request, "web/mailbox.html", {"rows": rows, "folder": folder})


def mail_message(request, name):
    folder = _mail_dir()
    if folder is None or not _allowed(request) or "/" in name or not name.endswith(".log"):
        raise Http404
    path = folder / name
    if not path.exists():
        raise Http404
    messages = []
    for msg in _parse(path):
        body = msg.get_body(preferencelist=("plain", "html"))
        messages.append({"to": msg["To"], "subject": msg["Subject"], "body": body.get_content() if body else ""})
    return render(request, "web/mail_message.html", {"mails": messages, "name": name})


STAGE_LABELS = {
    "submission": (
        gettext_lazy("Submission open"),
        gettext_lazy(
            "The call closes in ten days; the demo submitter has a nearly finished draft; experts are invited."
        ),
    ),
    "nomination": (
        gettext_lazy("Review and nomination"),
        gettext_lazy("Submission is closed; experts are reviewing and part of the scores are in; nothing is decided."),
    ),
    "voting": (
        gettext_lazy("Public voting open"),
        gettext_lazy("Nominees in every category; voting is open for three more weeks; nothing is published."),
    ),
    "complete": (
        gettext_lazy("Complete"),
        gettext_lazy("Every phase is over: votes counted and published, winners and champions chosen."),
    ),
}


@login_required
def demo_timeline(request):
    """Where the demo's live edition stands, and a form to rebuild it at another stage."""
    if not settings.DEMO_TIMELINE:
        raise Http404
    if not request.user.has_perm("contests.switch_demo_stage"):
        raise PermissionDenied
    if request.method == "POST":
        stage = request.POST.get("stage", "")
        try:
            timeline.switch_stage(request.user, stage)
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
        else:
            messages.success(
                request,
                _("The %(year)s edition was rebuilt at the “%(stage)s” stage.")
                % {"year": timeline.LIVE_YEAR, "stage": STAGE_LABELS[stage][0]},
            )
        return redirect("web:demo-timeline")
    edition, current = timeline.live_edition_and_stage()
    phases = []
    if edition is not None:
        track = edition.tracks.filter(kind="main").prefetch_related("phases").first()
        now_phase = contest_queries.current_phase(track) if track else None
        for p in sorted(track.phases.all(), key=lambda p: p.starts_at) if track else []:
            phases.append(
                {
                    "phase": p,
                    "starts": contest_queries.format_local(p.starts_at, edition),
                    "ends": contest_queries.format_local(p.ends_at, edition),
                    "current": p == now_phase,
                }
            )
    stages = [{"key": key, "label": label, "help": help_text} for key, (label, help_text) in STAGE_LABELS.items()]
    return render(
        request,
        "web/demo_timeline.html",
        {
            "edition": edition,
            "current": current,
            "current_label": STAGE_LABELS[current][0] if current else "",
            "phases": phases,
            "stages": stages,
            "year": timeline.LIVE_YEAR,
        },
    )
