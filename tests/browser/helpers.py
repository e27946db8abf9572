"""Helpers shared by the browser tests: opening pages as a given person in a given language and
width, screenshots as artefacts, axe-core checks and layout measurements."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from tests.browser.seed import PASSWORD, USERS
from tests.browser.server import ROOT, LiveServer

ARTEFACTS = ROOT / "test-output" / "browser"
LANGUAGE_COOKIE = "django_language"  # Django's default LANGUAGE_COOKIE_NAME
PHONE, DESKTOP = 375, 1280
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-")[:120] or "page"


@dataclass
class Screenshots:
    """Saves numbered full-page PNG screenshots of one test under test-output/browser/<test>/."""

    folder: Path
    count: int = 0
    pages: list = field(default_factory=list)

    def take(self, page, name: str) -> Path:
        self.count += 1
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{self.count:02d}-{slug(name)}.png"
        page.screenshot(path=str(path), full_page=True)
        return path


class Pages:
    """Opens browser pages on a live server.

    `open()` uses one browser context per signed-in person for the whole session (a fresh context costs
    more than a page), so it is for pages a test only looks at; the language is set by cookie before each
    visit. A test that changes state (logs in or out, registers) takes its own `new_context()`."""

    def __init__(self, browser, screenshots: Screenshots, shared: dict):
        self.browser = browser
        self.screenshots = screenshots
        self.shared = shared
        self.own_contexts = []

    def new_context(self, *, width: int = DESKTOP, language: str | None = None, server: LiveServer | None = None):
        """A fresh browser context with nobody signed in, closed after the test."""
        context = self.browser.new_context(viewport={"width": width, "height": 800}, locale="en-GB")
        context.set_default_timeout(10_000)
        if language:
            context.add_cookies([{"name": LANGUAGE_COOKIE, "value": language, "url": server.base_url}])
        self.own_contexts.append(context)
        return context

    def new_page(self, context=None, **kwargs):
        page = (context or self.new_context(**kwargs)).new_page()
        self.screenshots.pages.append(page)
        return page

    def open(
        self,
        server: LiveServer,
        path: str,
        *,
        language: str = "en",
        width: int = DESKTOP,
        user: str | None = None,
        status: int = 200,
        screenshot: bool = True,
    ):
        """Visit `path` as `user` (a key of seed.USERS, or nobody) in `language` at `width` CSS pixels."""
        context = self._shared_context(server, user)
        context.add_cookies([{"name": LANGUAGE_COOKIE, "value": language, "url": server.base_url}])
        page = context.new_page()
        page.set_viewport_size({"width": width, "height": 800})
        self.screenshots.pages.append(page)
        response = page.goto(server.url(path))
        assert response is not None and response.status == status, (
            f"{path}: HTTP {response.status if response else None}, expected {status}"
        )
        if screenshot:
            self.screenshots.take(page, f"{path}-{language}-{width}")
        return page

    def _shared_context(self, server: LiveServer, user: str | None):
        key = (server.base_url, user)
        if key not in self.shared:
            context = self.browser.new_context(locale="en-GB")
            context.set_default_timeout(10_000)
            if user:
                login_page = context.new_page()
                log_in(login_page, server, user)
                login_page.close()
            self.shared[key] = context
        return self.shared[key]

    def close(self) -> None:
        for page in self.screenshots.pages:
            if not page.is_closed():
                page.close()
        for context in self.own_contexts:
            context.close()
        self.own_contexts.clear()


def log_in(page, server: LiveServer, user: str, password: str = PASSWORD) -> None:
    """Log in through the real login form as a seeded user (a key of seed.USERS) or an e-mail address."""
    email = USERS[user][0] if user in USERS else user
    page.goto(server.url("/accounts/login/"))
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(password)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert "/accounts/login/" not in page.url, f"login as {email} failed: {page.url}"


# --- axe-core ----------------------------------------------------------------------------------------
BLOCKING_IMPACTS = ("serious", "critical")


@cache
def _axe_source() -> str:
    # axe-core's own build, as shipped inside the axe-playwright-python wheel (no npm, no download).
    return (resources.files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")


def axe_violations(
    page, impacts: tuple[str, ...] = BLOCKING_IMPACTS, report_to: Path | None = None, name: str = "axe"
) -> list[dict]:
    """Run axe-core (all WCAG 2.1 A/AA rules and best practices) on the page; violations of the given
    impacts. With `report_to`, every violation of any impact is written there as <name>.json too."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(_axe_source())
    results = page.evaluate(
        """() => axe.run(document, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
            resultTypes: ['violations'],
        })"""
    )
    if report_to is not None:
        report_to.mkdir(parents=True, exist_ok=True)
        (report_to / f"{slug(name)}.json").write_text(json.dumps(results["violations"], indent=1), encoding="utf-8")
    return [v for v in results["violations"] if v.get("impact") in impacts]


def describe_violations(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"- [{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"][:5]:
            lines.append(f"    at {' '.join(node['target'])}: {node.get('failureSummary', '').splitlines()[-1:]}")
    return "\n".join(lines)


def assert_accessible(page, label: str = "", report_to: Path | None = None) -> None:
    """Fail with a readable list when axe-core finds serious or critical violations; with `report_to`,
    keep axe's full findings (minor and moderate too) next to the screenshots."""
    violations = axe_violations(page, report_to=report_to, name=f"axe-{label}")
    assert not violations, f"axe-core on {label or page.url}:\n{describe_violations(violations)}"


# --- layout ------------------------------------------------------------------------------------------
def horizontal_overflow(page) -> int:
    """How many CSS pixels the page is wider than the viewport (0 when nothing sticks out)."""
    return page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")


def elements_sticking_out(page) -> list[str]:
    """The elements whose box reaches past the viewport, to say what overflowed."""
    return page.evaluate(
        r"""() => {
            const width = document.documentElement.clientWidth;
            const out = [];
            for (const el of document.body.querySelectorAll('*')) {
                const box = el.getBoundingClientRect();
                if (box.width && (box.right > width + 1 || box.left < -1)) {
                    const name = typeof el.className === 'string' ? el.className.trim() : '';
                    const classes = name ? '.' + name.split(/\s+/).join('.') : '';
                    out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + classes);
                }
            }
            return out.slice(0, 10);
        }"""
    )
