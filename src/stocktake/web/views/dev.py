"""The demo mailbox: on an embedded install mail is written to files, and this page shows them, so
a person trying the demo can follow a confirmation link. Only the secretariat sees it outside DEBUG."""

import email
import email.policy
from pathlib import Path

from django.conf import settings
from django.http import Http404
from django.shortcuts import render


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
