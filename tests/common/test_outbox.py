import pytest
from django.core.exceptions import PermissionDenied

from stocktake.common.models import AuditLog, OutboxMessage
from stocktake.common.services import outbox
from tests.factories import UserFactory, user_with_role

pytestmark = pytest.mark.django_db(transaction=True)


def _queue(**kwargs):
    return outbox.queue_mail(
        kind="test", to="someone@example.org", template="common/mail/test", context={"name": "Ana"}, **kwargs
    )


def test_queued_mail_arrives_at_the_smtp_server(smtp_server):
    message = _queue()
    assert message.state == OutboxMessage.State.QUEUED
    assert outbox.deliver_queued() == {"sent": 1, "failed": 0}
    received = smtp_server.to("someone@example.org")
    assert len(received) == 1
    assert received[0]["Subject"] == "Test message from Stocktake"
    assert "Hello Ana" in received[0].get_body().get_content()
    message.refresh_from_db()
    assert message.state == OutboxMessage.State.SENT and message.sent_at
    # Delivering again sends nothing twice.
    assert outbox.deliver_queued() == {"sent": 0, "failed": 0}
    assert len(smtp_server.to("someone@example.org")) == 1


def test_mail_is_rendered_in_the_recipients_language():
    message = _queue(language="fr")
    assert message.language == "fr"


def test_held_mail_waits_for_the_secretariat(smtp_server):
    message = _queue(hold_for_review=True)
    assert outbox.deliver_queued()["sent"] == 0
    with pytest.raises(PermissionDenied):
        outbox.release(UserFactory(), [message])
    assert outbox.release(user_with_role("secretariat"), [message]) == 1
    assert outbox.deliver_queued()["sent"] == 1
    assert len(smtp_server.to("someone@example.org")) == 1
    assert AuditLog.objects.filter(action="common.outbox.release").exists()


def test_dedupe_key_queues_once():
    assert _queue(dedupe_key="reminder:1") is not None
    assert _queue(dedupe_key="reminder:1") is None
    assert OutboxMessage.objects.count() == 1


def test_failed_delivery_is_kept_for_retry(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2  # nothing listens
    message = _queue()
    assert outbox.deliver_queued() == {"sent": 0, "failed": 1}
    message.refresh_from_db()
    assert message.state == OutboxMessage.State.QUEUED
    assert message.attempts == 1 and message.last_error
