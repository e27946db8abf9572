import socket
import threading
from dataclasses import dataclass, field
from email import message_from_bytes
from email.policy import default as default_policy

import pytest
from aiosmtpd.controller import Controller
from rest_framework.test import APIClient


@pytest.fixture
def api_client():
    return APIClient()


@dataclass
class _Inbox:
    messages: list = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def to(self, address: str) -> list:
        with self.lock:
            return [m for m in self.messages if address.lower() in (m["To"] or "").lower()]


class _Handler:
    def __init__(self, inbox: _Inbox):
        self.inbox = inbox

    async def handle_DATA(self, server, session, envelope):
        msg = message_from_bytes(envelope.original_content or envelope.content, policy=default_policy)
        with self.inbox.lock:
            self.inbox.messages.append(msg)
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on localhost; mail sent through Django's SMTP backend arrives here."""
    inbox = _Inbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(_Handler(inbox), hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    try:
        yield inbox
    finally:
        controller.stop()


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # argon2 is deliberately slow; tests that are about hashing set it back themselves.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
