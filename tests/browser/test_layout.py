"""Layout in a real browser: right-to-left Arabic, long Turkish words, phone and desktop widths,
and keyboard access (the skip link)."""

import pytest

from tests.browser.helpers import DESKTOP, PHONE, elements_sticking_out, horizontal_overflow
from tests.browser.pages import PAGES


@pytest.mark.parametrize("language", ["ar", "tr"])
@pytest.mark.parametrize("listed", PAGES, ids=str)
def test_page_fits_phones_and_desktops(site, pages, listed, language):
    page = pages.open(site, listed.path, language=language, width=PHONE, user=listed.user, status=listed.status)
    html = page.locator("html")
    assert html.get_attribute("lang") == language
    assert html.get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    for width in (PHONE, DESKTOP):
        page.set_viewport_size({"width": width, "height": 800})
        if width != PHONE:
            pages.screenshots.take(page, f"{listed.path}-{language}-{width}")
        overflow = horizontal_overflow(page)
        assert overflow <= 0, f"{listed.path} at {width}px is {overflow}px too wide: {elements_sticking_out(page)}"


def test_arabic_mirrors_the_layout(site, pages):
    """In Arabic the brand sits on the right of the header and text starts on the right."""
    page = pages.open(site, "/", language="ar", width=DESKTOP)
    brand = page.locator(".brand").bounding_box()
    assert brand["x"] > DESKTOP / 2
    assert page.evaluate("getComputedStyle(document.querySelector('main h1')).direction") == "rtl"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(site, pages, language):
    page = pages.open(site, "/no-such-page/", language=language, status=404, screenshot=False)
    page.keyboard.press("Tab")
    focused = page.evaluate("() => [document.activeElement.className, document.activeElement.getAttribute('href')]")
    assert focused == ["skip-link", "#main"]
    assert page.locator(".skip-link").is_visible()  # shown while focused, hidden otherwise
    pages.screenshots.take(page, f"skip-link-{language}")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    # The next stop is the first link inside main ("Go to the home page"), not back in the header.
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")


def test_focus_is_visible(site, pages):
    page = pages.open(site, "/about/", screenshot=False)
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", ""), "keyboard focus must be visible"
    pages.screenshots.take(page, "focus-ring")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_header_menu_collapses_on_phones(site, pages, language):
    page = pages.open(site, "/", language=language, width=PHONE)
    toggle = page.locator(".menu-toggle")
    nav = page.get_by_role("navigation", name=page.locator("nav.main-nav").get_attribute("aria-label"))
    assert toggle.is_visible() and toggle.get_attribute("aria-expanded") == "false"
    assert not nav.is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert nav.is_visible() and page.locator("#language-select").is_visible()
    pages.screenshots.take(page, f"menu-open-{language}")
    assert horizontal_overflow(page) <= 0
    page.locator(".main-nav a").first.focus()
    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.classList.contains('menu-toggle')")


def test_header_menu_is_always_open_on_desktops(site, pages):
    page = pages.open(site, "/", width=DESKTOP)
    assert not page.locator(".menu-toggle").is_visible()
    assert page.locator("nav.main-nav").is_visible()


def test_header_menu_is_open_without_javascript(chromium, site, screenshots):
    context = chromium.new_context(viewport={"width": PHONE, "height": 800}, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site.url("/"))
        screenshots.take(page, "no-javascript")
        assert not page.locator(".menu-toggle").is_visible()
        assert page.locator("nav.main-nav").is_visible()
        assert page.locator(".language-form button[type=submit]").is_visible()  # no autosubmit without JS
        assert horizontal_overflow(page) <= 0
    finally:
        context.close()


def test_language_switch_by_keyboard_waits_for_the_button(site, pages):
    """Arrow keys on the language list must not reload the page (WCAG 3.2.2); the button confirms."""
    page = pages.open(site, "/about/", screenshot=False)
    page.locator("#language-select").focus()
    page.keyboard.press("ArrowDown")
    page.wait_for_timeout(300)
    assert page.locator("html").get_attribute("lang") == "en"
    pages.screenshots.take(page, "language-picked")
    picked = page.locator("#language-select").input_value()
    assert picked != "en"
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("html").get_attribute("lang") == picked
    assert page.url.endswith("/about/")
