"""Queueing, reviewing and delivering e-mail through the outbox.

`queue_mail` renders a message in the recipient's language and stores it; `deliver_queued` (run by
the background worker through the `deliver_outbox` task, or by `stocktake outbox send`) sends each
queued message at most once: a message is claimed by a conditional UPDATE before it is sent, so two
workers never send the same one.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from stocktake.common.models import OutboxMessage
from stocktake.common.permissions import require
from stocktake.common.services import audit

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 5


def render_mail(template: str, context: dict, language: str) -> tuple[str, str, str]:
    """Render `<template>_subject.txt`, `<template>.txt` and, if present, `<template>.html`."""
    ctx = {"site_url": settings.SITE_URL, **context}
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template}_subject.txt", ctx).split())
        text = render_to_string(f"{template}.txt", ctx)
        try:
            html = render_to_string(f"{template}.html", ctx)
        except Exception:
            html = ""
    return subject, text, html


def queue_mail(
    *,
    kind: str,
    to: str,
    template: str,
    context: dict,
    language: str = "en",
    hold_for_review: bool = False,
    about=None,
    dedupe_key: str = "",
    actor=None,
) -> OutboxMessage | None:
    """Queue one message. Returns None when a message with the same dedupe_key already exists."""
    subject, text, html = render_mail(template, context, language)
    try:
        with transaction.atomic():
            message = OutboxMessage.objects.create(
                kind=kind,
                to_email=to,
                subject=subject,
                body_text=text,
                body_html=html,
                language=language,
                state=OutboxMessage.State.HELD if hold_for_review else OutboxMessage.State.QUEUED,
                object_type=about._meta.label_lower if about is not None else "",
                object_id=str(getattr(about, "public_id", getattr(about, "pk", ""))) if about is not None else "",
                dedupe_key=dedupe_key,
                created_by=actor if getattr(actor, "is_authenticated", False) else None,
            )
            audit.record(actor, "common.outbox.queue", message, after={"kind": kind, "to": to, "subject": subject})
    except IntegrityError:
        if dedupe_key and OutboxMessage.objects.filter(dedupe_key=dedupe_key).exists():
            return None
        raise
    return message


@transaction.atomic
def release(actor, messages) -> int:
    """The secretariat approves held messages for sending."""
    require(actor, "common.review_outbox")
    ids = [m.pk for m in messages]
    count = OutboxMessage.objects.filter(pk__in=ids, state=OutboxMessage.State.HELD).update(
        state=OutboxMessage.State.QUEUED, reviewed_by=actor, updated_at=timezone.now()
    )
    audit.record(actor, "common.outbox.release", None, after={"messages": ids, "released": count})
    return count


@transaction.atomic
def cancel(actor, messages) -> int:
    require(actor, "common.review_outbox")
    ids = [m.pk for m in messages]
    count = OutboxMessage.objects.filter(
        pk__in=ids, state__in=[OutboxMessage.State.HELD, OutboxMessage.State.QUEUED]
    ).update(state=OutboxMessage.State.CANCELLED, reviewed_by=actor, updated_at=timezone.now())
    audit.record(actor, "common.outbox.cancel", None, after={"messages": ids, "cancelled": count})
    return count


def deliver_queued(limit: int = 200) -> dict:
    """Send queued messages; returns counts. Safe to run from several workers at once."""
    sent = failed = 0
    candidates = list(
        OutboxMessage.objects.filter(state=OutboxMessage.State.QUEUED)
        .order_by("created_at")
        .values_list("pk", flat=True)[:limit]
    )
    for pk in candidates:
        claimed = OutboxMessage.objects.filter(pk=pk, state=OutboxMessage.State.QUEUED).update(
            state=OutboxMessage.State.SENDING, updated_at=timezone.now()
        )
        if not claimed:
            continue  # another worker took it
        message = OutboxMessage.objects.get(pk=pk)
        mail = EmailMultiAlternatives(
            message.subject, message.body_text, settings.DEFAULT_FROM_EMAIL, [message.to_email]
        )
        if message.body_html:
            mail.attach_alternative(message.body_html, "text/html")
        try:
            mail.send(fail_silently=False)
        except Exception as exc:
            message.attempts += 1
            message.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            message.state = (
                OutboxMessage.State.FAILED if message.attempts >= MAX_ATTEMPTS else OutboxMessage.State.QUEUED
            )
            message.save(update_fields=["attempts", "last_error", "state", "updated_at"])
            logger.warning("Sending %s failed: %s", message.pk, exc)
            failed += 1
            continue
        message.attempts += 1
        message.state = OutboxMessage.State.SENT
        message.sent_at = timezone.now()
        message.save(update_fields=["attempts", "state", "sent_at", "updated_at"])
        audit.record(None, "common.outbox.sent", message, after={"to": message.to_email, "subject": message.subject})
        sent += 1
    return {"sent": sent, "failed": failed}
