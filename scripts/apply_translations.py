#!/usr/bin/env python3
"""Write translations from a JSON file into the project's .po catalogues.

    .venv/bin/python scripts/apply_translations.py done.json [--src DIR]

The JSON maps a language code (as in src/stocktake/locale/, e.g. zh_Hans) to either
- the list that scripts/translations_todo.py prints, with msgstr / msgstr_plural filled in, or
- a plain object {msgid: translation}; a plural is a list of forms, and a msgid with a context is
  written "context\\u0004msgid" (gettext's own convention).

Each translation goes into every catalogue of that language that holds the string (the project's
and any app's own), replacing what was there and clearing the fuzzy flag. Nothing is written for a
language when any of its translations is unknown to the catalogue, empty, or drops or invents a
placeholder (%(name)s, %s, {name}); the problems are listed and the exit code is 1. Run `make install`
(or `make messages`) afterwards to compile the .mo files.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
from translations_todo import SRC, catalogues

PLACEHOLDER = re.compile(r"%\([A-Za-z_][A-Za-z0-9_]*\)[sdif]|%[sdif]|\{[A-Za-z_][A-Za-z0-9_]*\}")
CONTEXT_SEPARATOR = "\x04"


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def normalise(items) -> list[dict]:
    """Both accepted shapes as a list of {msgid, msgctxt?, msgstr | msgstr_plural}."""
    if isinstance(items, list):
        return items
    normalised = []
    for key, value in items.items():
        context, _sep, msgid = key.rpartition(CONTEXT_SEPARATOR)
        item = {"msgid": msgid}
        if _sep:
            item["msgctxt"] = context
        if isinstance(value, list):
            item["msgstr_plural"] = {str(i): form for i, form in enumerate(value)}
        else:
            item["msgstr"] = value
        normalised.append(item)
    return normalised


def apply(pos: list[polib.POFile], items: list[dict]) -> tuple[int, list[str]]:
    index: dict[tuple, list[polib.POEntry]] = {}
    for po in pos:
        for entry in po:
            if not entry.obsolete:
                index.setdefault((entry.msgctxt, entry.msgid), []).append(entry)
    problems, changes = [], []
    for item in items:
        key = (item.get("msgctxt"), item["msgid"])
        entries = index.get(key)
        if not entries:
            problems.append(f"not in the catalogue: {item['msgid']!r}")
            continue
        entry = entries[0]
        if entry.msgid_plural:
            forms = {int(k): v for k, v in (item.get("msgstr_plural") or {}).items()}
            if not forms or not all(v.strip() for v in forms.values()):
                problems.append(f"missing plural forms: {item['msgid']!r}")
                continue
            expected = set(placeholders(entry.msgid)) | set(placeholders(entry.msgid_plural))
            if any(not set(placeholders(v)) <= expected for v in forms.values()):
                problems.append(f"placeholders differ: {item['msgid']!r}")
                continue
            changes.extend((each, forms) for each in entries)
        else:
            text = item.get("msgstr", "")
            if not text.strip():
                problems.append(f"empty translation: {item['msgid']!r}")
                continue
            if placeholders(text) != placeholders(entry.msgid):
                problems.append(f"placeholders differ: {item['msgid']!r} -> {text!r}")
                continue
            changes.extend((each, text) for each in entries)
    if problems:
        return 0, problems
    for entry, value in changes:
        if isinstance(value, dict):
            entry.msgstr_plural = value
        else:
            entry.msgstr = value
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
            entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
    return len(changes), []


def gettext_layout(path: Path) -> None:
    """Rewrap the file the way gettext's own tools (and so `make messages`) write it, so that applying
    translations and re-extracting strings do not rewrap each other's lines back and forth."""
    text = path.read_text(encoding="utf-8")
    if text.startswith("#\n"):  # polib's stand-in for an empty header comment; gettext writes none
        path.write_text(text[2:], encoding="utf-8")
    if msgcat := shutil.which("msgcat"):
        subprocess.run([msgcat, "--no-wrap", "--output-file", str(path), str(path)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("translations", type=Path, help="JSON file of translations")
    parser.add_argument("--src", type=Path, default=SRC, help="the package folder holding the catalogues")
    args = parser.parse_args(argv)
    data = json.loads(args.translations.read_text(encoding="utf-8"))
    found = catalogues(args.src)
    failed = False
    for code, items in data.items():
        if code not in found:
            print(f"{code}: no catalogue under {args.src}", file=sys.stderr)
            failed = True
            continue
        pos = {path: polib.pofile(str(path), wrapwidth=0) for path in found[code]}
        count, problems = apply(list(pos.values()), normalise(items))
        if problems:
            failed = True
            print(f"{code}: nothing written, {len(problems)} problem(s):", file=sys.stderr)
            for problem in problems:
                print(f"  {problem}", file=sys.stderr)
            continue
        left = 0
        for path, po in pos.items():
            po.save(str(path))
            gettext_layout(path)
            left += len(po.untranslated_entries()) + len(po.fuzzy_entries())
        print(f"{code}: {count} translation(s) written, {left} still to translate")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
