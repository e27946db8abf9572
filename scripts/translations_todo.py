#!/usr/bin/env python3
"""List the interface strings that still need translating, per language, as JSON.

    .venv/bin/python scripts/translations_todo.py [--locale-dir DIR] [--language fr ...] > todo.json

The output maps each language to a list of entries: msgid (and msgctxt / msgid_plural where there is
one), where the string is used, and an empty msgstr (or msgstr_plural with one slot per plural form
of that language) to fill in. Fuzzy entries (guessed by gettext) are listed with their guess. Fill in
the msgstr fields and feed the file to scripts/apply_translations.py. Exit code 0; `--check` makes it
exit 1 when anything is left, for scripts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIR = ROOT / "src" / "stocktake" / "locale"
SOURCE_LANGUAGE = "en"  # msgids are English; its catalogue exists only to adjust wording


def catalogues(locale_dir: Path, languages: list[str] | None) -> dict[str, Path]:
    found = {
        path.parent.parent.name: path
        for path in sorted(locale_dir.glob("*/LC_MESSAGES/django.po"))
        if path.parent.parent.name != SOURCE_LANGUAGE
    }
    if languages:
        missing = set(languages) - set(found)
        if missing:
            raise SystemExit(f"no catalogue for: {', '.join(sorted(missing))} (in {locale_dir})")
        found = {code: found[code] for code in languages}
    return found


def plural_count(po: polib.POFile) -> int:
    forms = po.metadata.get("Plural-Forms", "nplurals=2;")
    try:
        return int(forms.split("nplurals=")[1].split(";")[0])
    except (IndexError, ValueError):
        return 2


def todo(po: polib.POFile) -> list[dict]:
    items = []
    for entry in po:
        if entry.obsolete or (entry.translated() and "fuzzy" not in entry.flags):
            continue
        item = {"msgid": entry.msgid}
        if entry.msgctxt is not None:
            item["msgctxt"] = entry.msgctxt
        if entry.msgid_plural:
            item["msgid_plural"] = entry.msgid_plural
            current = entry.msgstr_plural if "fuzzy" in entry.flags else {}
            item["msgstr_plural"] = {str(i): current.get(i, "") for i in range(plural_count(po))}
        else:
            item["msgstr"] = entry.msgstr if "fuzzy" in entry.flags else ""
        if "fuzzy" in entry.flags:
            item["fuzzy"] = True
        if entry.comment:
            item["comment"] = entry.comment
        item["used_in"] = sorted({path for path, _line in entry.occurrences})
        items.append(item)
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--locale-dir", type=Path, default=LOCALE_DIR)
    parser.add_argument("--language", action="append", help="only this language (repeatable)")
    parser.add_argument("--check", action="store_true", help="exit 1 when any string is left to translate")
    args = parser.parse_args(argv)
    result = {code: todo(polib.pofile(str(path))) for code, path in catalogues(args.locale_dir, args.language).items()}
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    counts = ", ".join(f"{code}: {len(items)}" for code, items in result.items())
    print(f"left to translate: {counts}", file=sys.stderr)
    return 1 if args.check and any(result.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
