#!/usr/bin/env python3
"""Consistency checker for the Stocktake taxonomy reference data.

Run from anywhere:  python3 check_data.py
Needs pycountry (pip install pycountry==26.2.16) to confirm that every country code is a
real ISO 3166-1 alpha-2 code. Exits non-zero and lists every problem found.
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ["en", "fr", "es", "ar", "zh-hans", "ru", "tr"]
ITU_REGIONS = ["AFR", "AMS", "ARB", "ASP", "CIS", "EUR"]
REGION_CODES = [*ITU_REGIONS, "INT"]
STAKEHOLDER_CODES = [
    "government",
    "private-sector",
    "civil-society",
    "academia",
    "international-organization",
    "technical-community",
    "other",
]
TOP_LEVEL = [f"C{i}" for i in range(1, 12)]
C7_SUBLINES = {
    "C7.1": "e-government",
    "C7.2": "e-business",
    "C7.3": "e-learning",
    "C7.4": "e-health",
    "C7.5": "e-employment",
    "C7.6": "e-environment",
    "C7.7": "e-agriculture",
    "C7.8": "e-science",
}
PRIZE_TO_LINE = {
    1: "C1",
    2: "C2",
    3: "C3",
    4: "C4",
    5: "C5",
    6: "C6",
    7: "C7.1",
    8: "C7.2",
    9: "C7.3",
    10: "C7.4",
    11: "C7.5",
    12: "C7.6",
    13: "C7.7",
    14: "C7.8",
    15: "C8",
    16: "C9",
    17: "C10",
    18: "C11",
}
# Judgement calls on ITU-D membership that must not drift silently (see countries_notes.md).
PINNED_REGIONS = {
    # Arab League members counted in ITU-D's Arab States region, not in Africa
    "DZ": "ARB",
    "EG": "ARB",
    "LY": "ARB",
    "MA": "ARB",
    "TN": "ARB",
    "SD": "ARB",
    "MR": "ARB",
    "SO": "ARB",
    "DJ": "ARB",
    "KM": "ARB",
    "PS": "ARB",
    "SS": "AFR",
    "TR": "EUR",
    "IL": "EUR",
    "CY": "EUR",
    "VA": "EUR",
    "GE": "EUR",
    "MD": "EUR",
    "UA": "EUR",
    "IR": "ASP",
    "AF": "ASP",
    "MN": "ASP",
    "PW": "ASP",
}
CIS_MEMBERS = {"AM", "AZ", "BY", "KZ", "KG", "RU", "TJ", "TM", "UZ"}
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
HEX_RE = re.compile(r"^#[0-9A-F]{6}$")
# A translation in these languages must contain at least one character of the right script.
SCRIPT_RE = {
    "ar": re.compile(r"[\u0600-\u06FF]"),
    "zh-hans": re.compile(r"[\u4E00-\u9FFF]"),
    "ru": re.compile(r"[\u0400-\u04FF]"),
}
FILES = [
    "action_lines.json",
    "prize_categories.json",
    "sdgs.json",
    "gdc_objectives.json",
    "stakeholder_types.json",
    "regions.json",
    "countries.json",
    "un_members.json",
    "un_observers.json",
]

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    path = HERE / name
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    canonical = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if text != canonical:
        err(f"{name}: not in canonical form (UTF-8, indent=2, ensure_ascii=False, trailing newline)")
    return data


def check_i18n(where, value):
    if not isinstance(value, dict):
        err(f"{where}: expected an object keyed by language, got {type(value).__name__}")
        return
    if sorted(value) != sorted(LANGS):
        err(f"{where}: languages {sorted(value)} != {sorted(LANGS)}")
    for lang in LANGS:
        s = value.get(lang)
        if not isinstance(s, str) or not s.strip():
            err(f"{where}[{lang}]: missing or empty")
            continue
        if s != s.strip() or "  " in s:
            err(f"{where}[{lang}]: stray whitespace in {s!r}")
        if lang in SCRIPT_RE and not SCRIPT_RE[lang].search(s):
            err(f"{where}[{lang}]: {s!r} contains no {lang} script")


def check_keys(where, obj, expected):
    if not isinstance(obj, dict):
        err(f"{where}: expected object")
        return False
    if set(obj) != set(expected):
        err(f"{where}: keys {sorted(obj)} != {sorted(expected)}")
    return True


def check_words(where, text, lo, hi):
    if not isinstance(text, str) or not text.strip():
        err(f"{where}: empty description")
        return
    n = len(text.split())
    if not lo <= n <= hi:
        err(f"{where}: {n} words, expected {lo}-{hi}")


def check_keywords(where, kws, lo, hi):
    if not isinstance(kws, list) or not all(isinstance(k, str) and k.strip() for k in kws):
        err(f"{where}: keywords must be a list of non-empty strings")
        return
    if not lo <= len(kws) <= hi:
        err(f"{where}: {len(kws)} keywords, expected {lo}-{hi}")
    lowered = [k.lower() for k in kws]
    if len(set(lowered)) != len(lowered):
        err(f"{where}: duplicate keywords")


def check_action_lines(lines):
    fields = ["code", "parent", "order", "key", "name", "short_name", "aliases", "subtopics", "description"]
    if not isinstance(lines, list):
        err("action_lines.json: expected a list")
        return set()
    codes = [a.get("code") for a in lines if isinstance(a, dict)]
    if len(codes) != len(set(codes)):
        err("action_lines.json: duplicate codes")
    top = [a for a in lines if isinstance(a, dict) and a.get("parent") is None]
    subs = [a for a in lines if isinstance(a, dict) and a.get("parent") is not None]
    if [a["code"] for a in top] != TOP_LEVEL:
        err(f"action_lines.json: top-level codes {[a['code'] for a in top]} != {TOP_LEVEL}")
    if [a.get("order") for a in top] != list(range(1, 12)):
        err("action_lines.json: top-level order must be 1..11")
    if {a["code"]: a.get("key") for a in subs} != C7_SUBLINES:
        err(f"action_lines.json: C7 sub-lines/keys {[(a['code'], a.get('key')) for a in subs]} wrong")
    for a in subs:
        if a.get("parent") != "C7":
            err(f"action_lines.json {a['code']}: parent must be C7")
    if sorted(a.get("order") for a in subs) != list(range(1, 9)):
        err("action_lines.json: C7 sub-line order must be 1..8")
    for a in subs:
        if a.get("order") != int(a["code"].split(".")[1]):
            err(f"action_lines.json {a['code']}: order does not match code")
    keys = [a.get("key") for a in lines if isinstance(a, dict)]
    if len(keys) != len(set(keys)):
        err("action_lines.json: duplicate keys")
    all_aliases = {}
    for a in lines:
        code = a.get("code", "?")
        w = f"action_lines.json {code}"
        if not check_keys(w, a, fields):
            continue
        if not isinstance(a["key"], str) or not SLUG_RE.match(a["key"]):
            err(f"{w}: key {a['key']!r} is not a slug")
        check_i18n(f"{w}.name", a["name"])
        check_i18n(f"{w}.short_name", a["short_name"])
        if not isinstance(a["aliases"], list) or not a["aliases"]:
            err(f"{w}: aliases must be a non-empty list")
        else:
            for alias in a["aliases"]:
                if not isinstance(alias, str) or not alias.strip():
                    err(f"{w}: empty alias")
                    continue
                low = alias.strip().lower()
                if low in all_aliases and all_aliases[low] != code:
                    err(f"{w}: alias {alias!r} also used by {all_aliases[low]}")
                elif low in all_aliases:
                    err(f"{w}: alias {alias!r} repeated")
                all_aliases[low] = code
        subtopics = a["subtopics"]
        if not isinstance(subtopics, list):
            err(f"{w}: subtopics must be a list")
            subtopics = []
        lo, hi = (0, 6) if code == "C7" else (3, 6)
        if not lo <= len(subtopics) <= hi:
            err(f"{w}: {len(subtopics)} subtopics, expected {lo}-{hi}")
        slugs = []
        for i, s in enumerate(subtopics):
            sw = f"{w}.subtopics[{i}]"
            if not check_keys(sw, s, ["slug", "name"]):
                continue
            if not isinstance(s["slug"], str) or not SLUG_RE.match(s["slug"]):
                err(f"{sw}: slug {s['slug']!r} is not a slug")
            slugs.append(s["slug"])
            check_i18n(f"{sw}.name", s["name"])
        if len(slugs) != len(set(slugs)):
            err(f"{w}: duplicate subtopic slugs")
        check_words(f"{w}.description", a["description"], 80, 140)
    return set(codes)


def check_prizes(cats, line_codes):
    if not isinstance(cats, list) or len(cats) != 18:
        err("prize_categories.json: expected a list of 18 categories")
        return
    for i, c in enumerate(cats, start=1):
        w = f"prize_categories.json #{i}"
        if not check_keys(w, c, ["number", "action_line", "name", "description"]):
            continue
        if c["number"] != i:
            err(f"{w}: number {c['number']} out of sequence")
        if c["action_line"] not in line_codes:
            err(f"{w}: unknown action line {c['action_line']}")
        if PRIZE_TO_LINE.get(c["number"]) != c["action_line"]:
            err(f"{w}: category {c['number']} should map to {PRIZE_TO_LINE.get(c['number'])}")
        if c["action_line"] == "C7":
            err(f"{w}: must point at a C7 sub-line, not C7")
        check_i18n(f"{w}.name", c["name"])
        check_words(f"{w}.description", c["description"], 60, 120)


def check_numbered(name, items, count, lo, hi, kw_lo, kw_hi, extra=()):
    if not isinstance(items, list) or len(items) != count:
        err(f"{name}: expected a list of {count}")
        return
    for i, it in enumerate(items, start=1):
        w = f"{name} #{i}"
        if not check_keys(w, it, ["number", "name", "description", "keywords", *extra]):
            continue
        if it["number"] != i:
            err(f"{w}: number {it['number']} out of sequence")
        check_i18n(f"{w}.name", it["name"])
        check_words(f"{w}.description", it["description"], lo, hi)
        check_keywords(w, it["keywords"], kw_lo, kw_hi)


def check_sdgs(sdgs):
    check_numbered("sdgs.json", sdgs, 17, 60, 100, 15, 30, extra=("colour",))
    colours = [s.get("colour") for s in sdgs if isinstance(s, dict)]
    for i, c in enumerate(colours, start=1):
        if not isinstance(c, str) or not HEX_RE.match(c):
            err(f"sdgs.json #{i}: colour {c!r} is not #RRGGBB (upper case)")
    if len(set(colours)) != len(colours):
        err("sdgs.json: duplicate colours")


def check_coded(name, items, codes, extra=()):
    if not isinstance(items, list):
        err(f"{name}: expected a list")
        return
    if [it.get("code") for it in items] != codes:
        err(f"{name}: codes {[it.get('code') for it in items]} != {codes}")
    if [it.get("order") for it in items] != list(range(1, len(items) + 1)):
        err(f"{name}: order must be 1..{len(items)}")
    for it in items:
        w = f"{name} {it.get('code')}"
        if check_keys(w, it, ["code", "order", "name", *extra]):
            check_i18n(f"{w}.name", it["name"])


def check_countries(countries, members, observers):
    try:
        import pycountry
    except ImportError:
        err("pycountry is not installed: pip install pycountry==26.2.16")
        pycountry = None
    if not isinstance(countries, dict):
        err("countries.json: expected an object code -> region")
        return
    if not isinstance(members, list) or len(members) != 193:
        err(f"un_members.json: expected 193 codes, got {len(members) if isinstance(members, list) else '?'}")
    if len(set(members)) != len(members):
        err("un_members.json: duplicate codes")
    if members != sorted(members):
        err("un_members.json: codes should be sorted")
    if observers != ["PS", "VA"]:
        err(f"un_observers.json: expected ['PS', 'VA'], got {observers}")
    if set(members) & set(observers):
        err("members and observers overlap")
    expected = set(members) | set(observers)
    if set(countries) != expected:
        err(f"countries.json: missing {sorted(expected - set(countries))}, extra {sorted(set(countries) - expected)}")
    if list(countries) != sorted(countries):
        err("countries.json: keys should be sorted")
    for code, region in countries.items():
        if region not in ITU_REGIONS:
            err(f"countries.json {code}: region {region!r} is not an ITU region")
        if pycountry is not None and pycountry.countries.get(alpha_2=code) is None:
            err(f"countries.json {code}: not an ISO 3166-1 alpha-2 code")
    for code, region in PINNED_REGIONS.items():
        if countries.get(code) != region:
            err(f"countries.json {code}: expected {region} (pinned), got {countries.get(code)}")
    cis = {c for c, r in countries.items() if r == "CIS"}
    if cis != CIS_MEMBERS:
        err(f"countries.json: CIS region is {sorted(cis)}, expected {sorted(CIS_MEMBERS)}")
    unused = set(ITU_REGIONS) - set(countries.values())
    if unused:
        err(f"countries.json: regions never used: {sorted(unused)}")
    return {r: sum(1 for v in countries.values() if v == r) for r in ITU_REGIONS}


def main():
    missing = [f for f in FILES if not (HERE / f).exists()]
    if missing:
        print("Missing files:", ", ".join(missing))
        return 1
    data = {f: load(f) for f in FILES}
    line_codes = check_action_lines(data["action_lines.json"])
    check_prizes(data["prize_categories.json"], line_codes)
    check_sdgs(data["sdgs.json"])
    check_numbered("gdc_objectives.json", data["gdc_objectives.json"], 5, 50, 90, 10, 30)
    check_coded("stakeholder_types.json", data["stakeholder_types.json"], STAKEHOLDER_CODES)
    check_coded("regions.json", data["regions.json"], REGION_CODES, extra=("is_itu_region",))
    for r in data["regions.json"]:
        if r.get("is_itu_region") is not (r.get("code") != "INT"):
            err(f"regions.json {r.get('code')}: is_itu_region must be {r.get('code') != 'INT'}")
    per_region = check_countries(data["countries.json"], data["un_members.json"], data["un_observers.json"])
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print(" -", e)
        return 1
    lines = data["action_lines.json"]
    print("OK")
    print(
        f"  action lines: {sum(1 for a in lines if a['parent'] is None)} top-level + "
        f"{sum(1 for a in lines if a['parent'])} C7 sub-lines, "
        f"{sum(len(a['subtopics']) for a in lines)} subtopics"
    )
    print(
        f"  prize categories: {len(data['prize_categories.json'])}, SDGs: {len(data['sdgs.json'])}, "
        f"GDC objectives: {len(data['gdc_objectives.json'])}"
    )
    print(f"  stakeholder types: {len(data['stakeholder_types.json'])}, regions: {len(data['regions.json'])}")
    print(
        f"  countries: {len(data['countries.json'])} ({len(data['un_members.json'])} members + "
        f"{len(data['un_observers.json'])} observers); per region: {per_region}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
