#!/usr/bin/env python3
"""Validate benchmarks/data/insights_eval.jsonl (standard library only).

Usage: python3 check_eval.py [path/to/insights_eval.jsonl]

Exits with status 1 and a message on the first failed check; otherwise prints
summary counts and "OK".
"""

import json
import os
import re
import sys
from collections import Counter

FIELDS = {
    "id": str,
    "title": str,
    "description": str,
    "category_number": int,
    "sdgs": list,
    "dup_group": (str, type(None)),
}
MIN_PER_CATEGORY = 12
MIN_WORDS, MAX_WORDS = 60, 260
ID_RE = re.compile(r"^e\d{4}$")


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "insights_eval.jsonl")
    records = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                fail(f"line {lineno}: empty line")
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                fail(f"line {lineno}: invalid JSON ({e})")
            if not isinstance(obj, dict):
                fail(f"line {lineno}: not a JSON object")
            if set(obj) != set(FIELDS):
                fail(f"line {lineno}: fields {sorted(obj)} != {sorted(FIELDS)}")
            for key, typ in FIELDS.items():
                # bool is a subclass of int: reject it explicitly
                if not isinstance(obj[key], typ) or isinstance(obj[key], bool):
                    fail(f"line {lineno}: field {key!r} has type {type(obj[key]).__name__}")
            if not ID_RE.match(obj["id"]):
                fail(f"line {lineno}: bad id {obj['id']!r}")
            if not obj["title"].strip():
                fail(f"line {lineno}: empty title")
            if not 1 <= obj["category_number"] <= 18:
                fail(f"line {lineno}: category_number {obj['category_number']} not in 1..18")
            sdgs = obj["sdgs"]
            if not 1 <= len(sdgs) <= 4:
                fail(f"line {lineno}: {len(sdgs)} SDGs (expected 1-4)")
            if any(not isinstance(s, int) or isinstance(s, bool) or not 1 <= s <= 17 for s in sdgs):
                fail(f"line {lineno}: SDGs must be integers 1..17: {sdgs}")
            if len(set(sdgs)) != len(sdgs):
                fail(f"line {lineno}: duplicate SDGs {sdgs}")
            if obj["dup_group"] is not None and not obj["dup_group"].strip():
                fail(f"line {lineno}: empty dup_group string (use null)")
            words = len(obj["description"].split())
            if not MIN_WORDS <= words <= MAX_WORDS:
                fail(f"line {lineno} ({obj['id']}): description has {words} words (expected {MIN_WORDS}-{MAX_WORDS})")
            records.append(obj)

    if not records:
        fail("no records")
    ids = Counter(r["id"] for r in records)
    dupe_ids = [i for i, c in ids.items() if c > 1]
    if dupe_ids:
        fail(f"duplicate ids: {dupe_ids[:10]}")

    cats = Counter(r["category_number"] for r in records)
    for c in range(1, 19):
        if cats[c] < MIN_PER_CATEGORY:
            fail(f"category {c} has {cats[c]} items (< {MIN_PER_CATEGORY})")

    groups = Counter(r["dup_group"] for r in records if r["dup_group"] is not None)
    singletons = [g for g, n in groups.items() if n < 2]
    if singletons:
        fail(f"dup_group(s) with a single member: {singletons}")

    words = sorted(len(r["description"].split()) for r in records)
    sizes = Counter(groups.values())
    in_groups = sum(groups.values())
    cross_cat = sum(1 for g in groups if len({r["category_number"] for r in records if r["dup_group"] == g}) > 1)

    print(f"file: {path}")
    print(f"records: {len(records)}")
    print("per category: " + ", ".join(f"{c}:{cats[c]}" for c in range(1, 19)))
    print(
        f"dup groups: {len(groups)} (sizes: "
        + ", ".join(f"{n} members x{k}" for n, k in sorted(sizes.items()))
        + f"); records in groups: {in_groups}; groups spanning >1 category: {cross_cat}"
    )
    print(f"records with dup_group null: {len(records) - in_groups}")
    print(f"description words: min {words[0]}, median {words[len(words) // 2]}, max {words[-1]}")
    sdg_counts = Counter(s for r in records for s in r["sdgs"])
    print("SDG tags: " + ", ".join(f"{s}:{sdg_counts[s]}" for s in range(1, 18)))
    print("OK")


if __name__ == "__main__":
    main()
