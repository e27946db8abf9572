"""The interface ships complete in every language: each catalogue of a shipped language (the
project's, src/stocktake/locale, and any app's own <app>/locale) translates every string, has nothing
fuzzy, keeps the placeholders, matches the code (no string missing or left over) and is compiled into
an up-to-date .mo file."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import to_locale

SRC = Path(settings.SRC_DIR)
# Where catalogues live: the project's folder, then every app that keeps its own.
CATALOGUE_DIRS = [SRC / "locale", *sorted(path for path in SRC.glob("*/locale") if path.is_dir())]
SHIPPED = [code for code, _name in settings.LANGUAGES if code != "en"]
PLACEHOLDER = re.compile(r"%\([A-Za-z_][A-Za-z0-9_]*\)[sdif]|%[sdif]|\{[A-Za-z_][A-Za-z0-9_]*\}")


def po_path(folder: Path, code: str) -> Path:
    return folder / to_locale(code) / "LC_MESSAGES" / "django.po"


def catalogue(folder: Path, code: str) -> polib.POFile:
    path = po_path(folder, code)
    assert path.exists(), f"no {code} catalogue in {folder.relative_to(SRC)}: run `make messages`"
    return polib.pofile(str(path))


def live_entries(po: polib.POFile) -> list[polib.POEntry]:
    return [entry for entry in po if not entry.obsolete]


def where(folder: Path) -> str:
    return str(folder.relative_to(SRC))


@pytest.mark.parametrize("code", SHIPPED)
def test_every_string_is_translated_and_none_is_fuzzy(code):
    for folder in CATALOGUE_DIRS:
        entries = live_entries(catalogue(folder, code))
        fuzzy = [entry.msgid for entry in entries if "fuzzy" in entry.flags]
        untranslated = [entry.msgid for entry in entries if not entry.translated() and entry.msgid not in fuzzy]
        assert not untranslated and not fuzzy, (
            f"{code} in {where(folder)}: {len(untranslated)} untranslated, {len(fuzzy)} fuzzy "
            f"(list them with scripts/translations_todo.py --language {to_locale(code)}): {(untranslated + fuzzy)[:10]}"
        )


@pytest.mark.parametrize("code", SHIPPED)
def test_translations_keep_the_placeholders(code):
    wrong = []
    for folder in CATALOGUE_DIRS:
        for entry in live_entries(catalogue(folder, code)):
            if not entry.translated():
                continue
            if entry.msgid_plural:
                expected = set(PLACEHOLDER.findall(entry.msgid)) | set(PLACEHOLDER.findall(entry.msgid_plural))
                if any(not set(PLACEHOLDER.findall(form)) <= expected for form in entry.msgstr_plural.values()):
                    wrong.append(entry.msgid)
            elif sorted(PLACEHOLDER.findall(entry.msgstr)) != sorted(PLACEHOLDER.findall(entry.msgid)):
                wrong.append(entry.msgid)
    assert not wrong, f"{code}: placeholders differ in {wrong}"


def test_catalogues_match_the_code(tmp_path):
    """Extract the strings from a copy of the code as `make messages` does, and compare."""
    copy = tmp_path / "stocktake"
    shutil.copytree(SRC, copy, ignore=shutil.ignore_patterns("locale", "__pycache__", "*.pyc", "*.mo"))
    for folder in CATALOGUE_DIRS:  # empty, so that each app's strings go where `make messages` puts them
        (copy / where(folder)).mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "-l", "en", "--no-obsolete", "-v0"],
        cwd=copy,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "stocktake.settings",
            "STOCKTAKE_DATA_DIR": str(tmp_path / "var"),
            "STOCKTAKE_SECRET_KEY": "x" * 50,
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for folder in CATALOGUE_DIRS:
        extracted_path = po_path(copy / where(folder), "en")
        extracted = (
            {(e.msgctxt, e.msgid) for e in live_entries(polib.pofile(str(extracted_path)))}
            if extracted_path.exists()
            else set()
        )
        for code in ["en", *SHIPPED]:
            shipped = {(e.msgctxt, e.msgid) for e in live_entries(catalogue(folder, code))}
            missing, stale = sorted(extracted - shipped), sorted(shipped - extracted)
            assert not missing and not stale, (
                f"{code} in {where(folder)}: the catalogue is out of date with the code; run `make messages`. "
                f"Missing: {[m for _c, m in missing][:10]}; no longer used: {[m for _c, m in stale][:10]}"
            )


@pytest.mark.parametrize("code", SHIPPED)
def test_compiled_catalogue_is_up_to_date(code):
    for folder in CATALOGUE_DIRS:
        po = catalogue(folder, code)
        mo_path = po_path(folder, code).with_suffix(".mo")
        assert mo_path.exists(), f"{mo_path} is missing: run `make install` (it compiles the .po files)"
        compiled = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in polib.mofile(str(mo_path)) if e.msgid}
        source = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in live_entries(po) if e.translated()}
        assert compiled == source, f"{mo_path} is older than its .po: run `make install`"


# How a language names WSIS and its Prizes, the same way in every catalogue: Russian uses the acronym of
# the UN's Russian texts (ВВУИО) and treats "Премии ВВУИО" as a name (capitalised in every case form);
# Turkish keeps the English acronym and says "WSIS Ödülleri".
WSIS_TERMS = {
    "ru": {"WSIS": re.compile(r"ВВУИО"), "WSIS Prize": re.compile(r"Преми[а-я]* ВВУИО")},
    "tr": {"WSIS": re.compile(r"WSIS"), "WSIS Prize": re.compile(r"WSIS Ödül")},
}
WSIS_SPELLINGS_TO_AVOID = {"ru": re.compile(r"WSIS|преми[а-я]* ВВУИО"), "tr": re.compile(r"WSIS ödül")}


@pytest.mark.parametrize("code", sorted(WSIS_TERMS))
def test_wsis_and_its_prizes_have_one_name_in_each_language(code):
    wrong = []
    for folder in CATALOGUE_DIRS:
        for entry in live_entries(catalogue(folder, code)):
            for text in [entry.msgstr, *entry.msgstr_plural.values()]:
                expected = [term for english, term in WSIS_TERMS[code].items() if english in entry.msgid]
                if any(not term.search(text) for term in expected) or WSIS_SPELLINGS_TO_AVOID[code].search(text):
                    wrong.append(f"{where(folder)}: {text}")
    assert not wrong, f"{code}: WSIS or the WSIS Prizes named differently in {wrong}"


@pytest.mark.django_db
def test_pages_render_in_every_language(client):
    """Django loads the catalogues: the header is translated in each shipped language."""
    for code in SHIPPED:
        response = client.get("/about/", HTTP_ACCEPT_LANGUAGE=code)
        with translation.override(code):
            expected = translation.gettext("Skip to main content")
        assert expected != "Skip to main content", code
        assert expected in response.content.decode(), code
