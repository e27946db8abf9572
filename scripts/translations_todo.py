#!/usr/bin/env python3
"""List the interface strings that still need translating, per language, as JSON.

    .venv/bin/python scripts/translations_todo.py [--src DIR] [--language fr ...] > todo.json

It reads every catalogue under src/stocktake: the project's (locale/<language>/LC_MESSAGES/django.po)
and those of apps that keep their own (<app>/locale/...). The output maps each language to a list of
entries: msgid (and msgctxt / msgid_plural where there is one), where the string is used, which
catalogues hold it, and an empty msgstr (or msgstr_plural with one slot per plural form of that
language) to fill in. Fuzzy entries (guessed by gettext) are listed with their guess. Fill in
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
SRC = ROOT / "src" / "stocktake"
SOURCE_LANGUAGE = "en"  # msgids are English; its catalogue exists only to adjust wording


def catalogues(src: Path, languages: list[str] | None = None) -> dict[str, list[Path]]:
    """Every language's catalogues: the project's first, then the apps' own."""
    paths = sorted(src.glob("locale/*/LC_MESSAGES/django.po")) + sorted(src.glob("*/locale/*/LC_MESSAGES/django.po"))
    found: dict[str, list[Path]] = {}
    for path in paths:
        code = path.parent.parent.name
        if code != SOURCE_LANGUAGE:
            found.setdefault(code, []).append(path)
    if languages:
        missing = set(languages) - set(found)
        if missing:
            raise SystemExit(f"no catalogue for: {', '.join(sorted(missing))} (under {src})")
        found = {code: found[code] for code in languages}
    return dict(sorted(found.items()))


def plural_count(po: polib.POFile) -> int:
    forms = po.metadata.get("Plural-Forms", "nplurals=2;")
    try:
        return int(forms.split("nplurals=")[1].split(";")[0])
    except (IndexError, ValueError):
        return 2


def todo(paths: list[Path], src: Path) -> list[dict]:
    """What is left in one language's catalogues; a string in several catalogues is listed once."""
    items: dict[tuple, dict] = {}
    for path in paths:
        po = polib.pofile(str(path))
        for entry in po:
            if entry.obsolete or (entry.translated() and "fuzzy" not in entry.flags):
                continue
            key = (entry.msgctxt, entry.msgid)
            if key in items:
                items[key]["catalogues"].append(str(path.relative_to(src)))
                continue
            items[key] = _item(po, entry)
            items[key]["catalogues"] = [str(path.relative_to(src))]
    return list(items.values())


def _item(po: polib.POFile, entry: polib.POEntry) -> dict:
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
    return item


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, default=SRC, help="the package folder holding the catalogues")
    parser.add_argument("--language", action="append", help="only this language (repeatable)")
    parser.add_argument("--check", action="store_true", help="exit 1 when any string is left to translate")
    args = parser.parse_args(argv)
    result = {code: todo(paths, args.src) for code, paths in catalogues(args.src, args.language).items()}
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    counts = ", ".join(f"{code}: {len(items)}" for code, items in result.items())
    print(f"left to translate: {counts}", file=sys.stderr)
    return 1 if args.check and any(result.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
