"""The image editor of a published entry in Chromium: upload with a text alternative, edit, move by
keyboard-reachable buttons, and an accessible page, while the public page keeps its images."""

import io

from PIL import Image
from playwright.sync_api import expect

from tests.browser.helpers import assert_accessible

TITLE = "Solar-powered rural connectivity kiosks"


def _png(path, colour):
    out = io.BytesIO()
    Image.new("RGB", (160, 120), colour).save(out, "PNG")
    path.write_bytes(out.getvalue())
    return path


def test_image_editor_of_a_published_entry(site, pages, tmp_path):
    page = pages.open(site, "/my/entries/", user="member", screenshot=False)
    with page.expect_navigation():
        page.get_by_role("link", name=TITLE).click()
    edit_url = page.url
    assert page.locator("#id_image").count() == 1, site.log()[-3000:]
    public_url = edit_url.replace("/my/entries/", "/entries/")

    # Without a text alternative the browser (and, behind it, the server) refuses the upload.
    page.locator("#id_image").set_input_files(str(_png(tmp_path / "kiosk.png", (30, 120, 200))))
    page.get_by_role("button", name="Upload image").click()
    assert page.url == edit_url  # the required field kept the form from being sent
    page.locator("#id_alt_text").fill("A solar kiosk beside a village school")
    page.locator("#id_caption").fill("Photo: the project team")
    # Each action is a form post: wait for the navigation it starts, not for the current page's load.
    with page.expect_navigation():
        page.get_by_role("button", name="Upload image").click()
    page.locator("#id_image").set_input_files(str(_png(tmp_path / "map.png", (200, 180, 40))))
    page.locator("#id_alt_text").fill("Map of the districts served")
    with page.expect_navigation():
        page.get_by_role("button", name="Upload image").click()

    expect(page.locator(".image-card")).to_have_count(2)
    # Keyboard: reach the second image's "Move earlier" button by Tab and press it.
    move = page.get_by_role("button", name="Move earlier image 2")
    move.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator(".image-card img").first).to_have_attribute("alt", "Map of the districts served")
    pages.screenshots.take(page, "entry-image-editor")
    assert_accessible(page, "entry image editor", report_to=pages.screenshots.folder)

    # The public page still shows the approved version, without the new images.
    public = pages.open(site, public_url.removeprefix(site.base_url), screenshot=False)
    assert public.locator("img[alt='A solar kiosk beside a village school']").count() == 0
    assert "Version 2 is in progress" not in public.content()  # anonymous visitors are not told
