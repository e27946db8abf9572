"""Fixtures of the browser tests: live servers, a local SMTP server, headless Chromium.

Every test here is marked `browser` and grouped on one xdist worker (`--dist loadgroup`), so one
test session starts Chromium and each server once. Screenshots land in test-output/browser/.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import threading
from datetime import UTC, datetime
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime

import pytest
from aiosmtpd.controller import Controller
from playwright.sync_api import sync_playwright

from tests.browser.helpers import ARTEFACTS, CHROMIUM_ARGS, Pages, Screenshots, slug
from tests.browser.server import LiveServer, build_template

CHROMIUM = "/usr/bin/chromium"  # Debian's package (scripts/system-deps.sh test); no downloaded builds


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.failed_in_call = report.failed
    return report


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.xdist_group("browser"))


@pytest.fixture(scope="session")
def template_db(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("browser-template"))


def _write_sample_mail(server: LiveServer) -> None:
    """One message in the demo mailbox, as the file e-mail backend writes it, so its pages have content."""
    message = EmailMessage()
    message["Subject"] = "Welcome to Stocktake"
    message["From"] = "Stocktake <noreply@stocktake.example>"
    message["To"] = "member@example.org"
    message["Date"] = format_datetime(datetime(2026, 3, 1, 9, 30, tzinfo=UTC))
    message.set_content(f"Hello,\n\nConfirm your address: {server.url('/accounts/confirm-email/sample/')}\n")
    folder = server.data_dir / "mail"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "welcome.log").write_bytes(message.as_bytes() + b"\n" + b"-" * 79 + b"\n")


@pytest.fixture(scope="session")
def site(template_db, tmp_path_factory):
    """The site as an embedded install runs it: mail is written to files and shown at /dev/mailbox/."""
    server = LiveServer(tmp_path_factory.mktemp("site"), template_db)
    _write_sample_mail(server)
    server.start()
    yield server
    server.stop()


class Inbox:
    """Messages received by the local SMTP server."""

    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()
        self.arrived = threading.Condition(self.lock)

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.original_content or envelope.content, policy=default_policy)
        with self.arrived:
            self.messages.append(message)
            self.arrived.notify_all()
        return "250 Message accepted for delivery"

    def wait_for(self, address: str, timeout: float = 10.0, subject: str = ""):
        """The newest message to `address` (whose subject contains `subject`), waiting up to `timeout`
        seconds for it to arrive."""

        def find():
            found = [
                m
                for m in self.messages
                if address.lower() in (m["To"] or "").lower() and subject.lower() in (m["Subject"] or "").lower()
            ]
            return found[-1] if found else None

        with self.arrived:
            self.arrived.wait_for(find, timeout=timeout)
            message = find()
        assert message is not None, f"no e-mail to {address} about {subject!r} arrived within {timeout} s"
        return message


@pytest.fixture(scope="session")
def smtp_inbox():
    """A real SMTP server (aiosmtpd) in the test process."""
    inbox = Inbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    inbox.port = port
    yield inbox
    controller.stop()


@pytest.fixture(scope="session")
def mail_site(template_db, tmp_path_factory, smtp_inbox):
    """The site sending real mail over SMTP to `smtp_inbox`, for journeys that follow e-mailed links."""
    server = LiveServer(
        tmp_path_factory.mktemp("mail-site"),
        template_db,
        env_overrides={"STOCKTAKE_EMAIL_URL": f"smtp://127.0.0.1:{smtp_inbox.port}"},
    )
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def chromium():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def _shared_contexts(chromium):
    contexts = {}
    yield contexts
    for context in contexts.values():
        context.close()


@pytest.fixture
def screenshots(request):
    folder = ARTEFACTS / slug(request.node.nodeid.split("::", 1)[-1])
    shutil.rmtree(folder, ignore_errors=True)
    return Screenshots(folder)


@pytest.fixture
def pages(request, chromium, screenshots, _shared_contexts):
    """Opens pages (`pages.open(server, path, language=, width=, user=)`) and closes them after the test.
    A test that took no screenshot, or failed, gets one of its last page, so every test leaves one."""
    opened = Pages(chromium, screenshots, _shared_contexts)
    yield opened
    wanted = screenshots.count == 0 or getattr(request.node, "failed_in_call", False)
    if wanted and screenshots.pages and not screenshots.pages[-1].is_closed():
        with contextlib.suppress(Exception):  # a crashed page must not hide the test's own failure
            screenshots.take(screenshots.pages[-1], "end")
    opened.close()
