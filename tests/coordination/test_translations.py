"""The campaign pages and e-mails ship in Turkish: every message is translated and the compiled
catalogue that Django reads matches its source."""

import re
import subprocess
from pathlib import Path

import stocktake.coordination

LOCALE = Path(stocktake.coordination.__file__).parent / "locale" / "tr" / "LC_MESSAGES"


def test_every_message_has_a_turkish_translation():
    text = (LOCALE / "django.po").read_text(encoding="utf-8")
    entries = [e for e in text.split("\n\n") if "msgid" in e and not e.lstrip().startswith('msgid ""\nmsgstr ""\n"')]
    untranslated = [e for e in entries if re.search(r'^msgstr(\[\d\])? ""\n?$', e.strip(), re.M) or "fuzzy" in e]
    assert len(entries) > 200
    assert untranslated == []


def test_compiled_catalogue_is_up_to_date(tmp_path):
    subprocess.run(["msgfmt", "-o", str(tmp_path / "django.mo"), str(LOCALE / "django.po")], check=True)
    assert (tmp_path / "django.mo").read_bytes() == (LOCALE / "django.mo").read_bytes()
