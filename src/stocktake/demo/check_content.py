"""Self-check for stocktake.demo.content (pure Python; run: python3 src/stocktake/demo/check_content.py).

Asserts determinism, word-count bounds, unique keys and titles, field validity and coverage
(every action line >= 4% of entries, every ITU region, every stakeholder type, >= 90 countries),
times entries(20000) and prints a few samples.
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))  # .../src

from stocktake.demo import content as C  # noqa: E402

DATA = HERE.parent / "taxonomy" / "data"


# Fallback ISO -> ITU region mapping for the countries the demo uses (used if countries.json is absent).
def _codes(text: str) -> list[str]:
    return text.split()


FALLBACK_REGIONS = {
    **dict.fromkeys(
        _codes("KE NG GH ZA ET UG TZ RW SN CI CM BW ZM ZW MZ MW NA BJ BF ML NE TG MG MU CD AO SL LR GM LS CV"), "AFR"
    ),
    **dict.fromkeys(_codes("BR MX CO PE AR CL EC BO PY UY GT HN CR PA DO JM TT CA US SV BB HT"), "AMS"),
    **dict.fromkeys(_codes("EG MA TN DZ JO LB SA AE OM QA BH KW SD MR PS IQ DJ KM SO LY YE"), "ARB"),
    **dict.fromkeys(
        _codes("IN ID PH BD PK VN TH MY LK NP CN JP KR AU NZ FJ PG KH LA MN BT MV IR SG TL WS VU TO"), "ASP"
    ),
    **dict.fromkeys(_codes("KZ UZ KG TJ TM AZ AM BY RU"), "CIS"),
    **dict.fromkeys(
        _codes("TR PL BG RO UA MD GE DE FR ES IT PT GB IE NL BE CH AT SE NO FI DK")
        + _codes("EE LV LT CZ SK HU RS HR SI AL MK GR CY MT"),
        "EUR",
    ),
}
REGIONS = {"AFR", "AMS", "ARB", "ASP", "CIS", "EUR"}
ENTRY_TYPES = {"project", "programme", "training", "conference", "website", "guideline", "other"}
PRIZE_BOUNDS = {
    "short_description": (150, 200),
    "linkages": (40, 90),
    "impact_qualitative": (50, 100),
    "impact_quantitative": (30, 80),
    "partnerships": (30, 80),
    "challenges": (40, 90),
    "future": (30, 80),
    "goals": (30, 60),
    "timeframe": (10, 30),
    "added_value": (30, 70),
    "results": (40, 90),
}
N = int(os.environ.get("CHECK_N", "20000"))


def words(text: str) -> int:
    return len(text.split())


def load_regions() -> dict[str, str]:
    path = DATA / "countries.json"
    if path.exists():
        raw = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(raw, dict) and all(isinstance(v, str) for v in raw.values()):
            return raw
    return FALLBACK_REGIONS


def load_subtopics() -> dict[str, set[str]] | None:
    path = DATA / "action_lines.json"
    if not path.exists():
        return None
    return {
        a["code"]: {s["slug"] for s in a.get("subtopics", [])} for a in json.loads(path.read_text(encoding="utf-8"))
    }


def check_organisations(regions: dict[str, str]) -> dict[str, dict]:
    orgs = C.organisations()
    assert orgs == C.organisations() == C.ORGANISATIONS, "organisations() is not deterministic"
    assert 290 <= len(orgs) <= 350, len(orgs)
    keys = [o["key"] for o in orgs]
    assert len(set(keys)) == len(keys), "duplicate organisation keys"
    assert len({o["name"] for o in orgs}) == len(orgs), "duplicate organisation names"
    types = Counter(o["stakeholder_type"] for o in orgs)
    assert set(types) == set(C.STAKEHOLDER_TYPES), types
    countries = {o["country"] for o in orgs if o["country"]}
    assert len(countries) >= 90, len(countries)
    assert {regions[c] for c in countries} == REGIONS
    for o in orgs:
        assert set(o) == {"key", "name", "stakeholder_type", "country", "website", "verified"}, o
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", o["key"]), o["key"]
        assert o["website"].startswith("https://") and o["website"].endswith(".example"), o["website"]
        assert isinstance(o["verified"], bool)
        if o["stakeholder_type"] == "international-organization":
            assert o["country"] is None, o
        else:
            assert o["country"] in regions, o
    print(f"organisations: {len(orgs)} in {len(countries)} countries; types {dict(types)}")
    return {o["key"]: o for o in orgs}


def check_turkiye() -> None:
    tr = C.TURKIYE_ORGANISATIONS
    assert len(tr) == 22, len(tr)
    assert len({o["key"] for o in tr}) == 22 and len({o["email"] for o in tr}) == 22
    for o in tr:
        assert set(o) == {"key", "name", "name_tr", "contact_name", "email", "stakeholder_type", "country"}, o
        assert o["stakeholder_type"] == "government" and o["country"] == "TR"
        assert o["email"].endswith(".gov.tr.example") and re.fullmatch(r"[a-z.]+@[a-z.]+", o["email"]), o["email"]
        assert "Türkiye" in o["name"], o["name"]
    assert sum(o["name"].startswith("Ministry of") for o in tr) == 17
    fp = C.TURKIYE_FOCAL_POINT
    assert fp["org_name"] == "Information and Communication Technologies Authority (BTK)"
    assert fp["name_tr"] == "Bilgi Teknolojileri ve İletişim Kurumu" and fp["email"].endswith(".example")
    print(f"Türkiye: {len(tr)} recipients; focal point {fp['contact_name']} <{fp['email']}>")


def check_entries(orgs: dict[str, dict], regions: dict[str, str], subtopics: dict[str, set[str]] | None) -> list[dict]:
    t0, c0 = time.perf_counter(), time.process_time()
    entries = list(C.entries(N))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"entries({N}): {wall:.2f}s wall, {cpu:.2f}s CPU")
    if N >= 20000:
        assert cpu < 5.0, f"entries({N}) took {cpu:.2f}s of CPU time"
    assert len(entries) == N
    assert list(C.entries(300)) == entries[:300], "entries(300) is not a prefix of entries(N) / not deterministic"
    assert list(C.entries(300)) == list(C.entries(300)), "entries() is not deterministic"
    assert list(C.entries(50, seed=7)) == list(C.entries(50, seed=7))
    assert list(C.entries(50, seed=7)) != entries[:50], "seed has no effect"

    keys = [e["key"] for e in entries]
    assert len(set(keys)) == N, "duplicate entry keys"
    titles = [e["title"].lower() for e in entries]
    assert len(set(titles)) == N, "duplicate titles"

    primary = Counter()
    any_line = Counter()
    regions_seen, countries_seen, types_seen = Counter(), set(), Counter()
    status_seen, etype_seen, year_seen = Counter(), Counter(), Counter()
    international = 0
    descs = set()
    for e in entries:
        assert set(e) == {
            "key",
            "org_key",
            "title",
            "description",
            "entry_type",
            "status",
            "start_date",
            "end_date",
            "countries",
            "action_lines",
            "subtopics",
            "sdgs",
            "gdc_objectives",
            "partners",
            "website",
            "year",
            "language",
        }, sorted(e)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["key"]), e["key"]
        assert e["org_key"] in orgs, e["org_key"]
        assert 4 <= words(e["title"]) <= 12, e["title"]
        d = e["description"]
        paragraphs = d.split("\n\n")
        assert 90 <= words(d) <= 260, (words(d), d)
        assert 2 <= len(paragraphs) <= 4 and all(p.strip() for p in paragraphs), d
        assert "{" not in d and "}" not in d and "  " not in d, d
        descs.add(d)
        assert e["entry_type"] in ENTRY_TYPES
        assert e["status"] in ("planned", "ongoing", "completed")
        start = date.fromisoformat(e["start_date"])
        end = date.fromisoformat(e["end_date"]) if e["end_date"] else None
        if e["status"] == "ongoing":
            assert end is None and start <= date(2026, 11, 1), e
        elif e["status"] == "completed":
            assert end is not None and start < end <= date(2026, 11, 1), e
        else:
            assert start >= date(2026, 12, 1), e
            assert end is None or end > start
        assert 2019 <= e["year"] <= 2026 and e["language"] == "en"
        assert len(set(e["countries"])) == len(e["countries"])
        for c in e["countries"]:
            assert c in regions, c
            regions_seen[regions[c]] += 1
            countries_seen.add(c)
        international += not e["countries"]
        lines = e["action_lines"]
        assert 1 <= len(lines) <= 3 and len(set(lines)) == len(lines) and all(x in C.ACTION_LINES for x in lines), lines
        primary[lines[0]] += 1
        for x in lines:
            any_line[x] += 1
        for s in e["subtopics"]:
            assert any(s in C.SUBTOPICS[x] for x in lines), (s, lines)
            if subtopics is not None:
                assert any(s in subtopics.get(x, ()) for x in lines), (s, lines)
        assert (
            1 <= len(e["sdgs"]) <= 4 and all(1 <= g <= 17 for g in e["sdgs"]) and len(set(e["sdgs"])) == len(e["sdgs"])
        )
        assert len(e["gdc_objectives"]) <= 2 and all(1 <= g <= 5 for g in e["gdc_objectives"])
        assert e["partners"] and isinstance(e["partners"], str)
        assert e["website"].startswith("https://") and ".example" in e["website"], e["website"]
        types_seen[orgs[e["org_key"]]["stakeholder_type"]] += 1
        status_seen[e["status"]] += 1
        etype_seen[e["entry_type"]] += 1
        year_seen[e["year"]] += 1

    assert len(descs) == N, "duplicate descriptions"
    assert set(primary) == set(C.ACTION_LINES), set(C.ACTION_LINES) - set(primary)
    for code in C.ACTION_LINES:
        share = primary[code] / N
        assert share >= 0.04, f"{code} is only {share:.1%} of entries"
    assert set(regions_seen) == REGIONS, regions_seen
    assert set(types_seen) == set(C.STAKEHOLDER_TYPES), types_seen
    assert len(countries_seen) >= 90, len(countries_seen)
    assert set(status_seen) == {"planned", "ongoing", "completed"}
    assert set(etype_seen) == ENTRY_TYPES
    assert set(year_seen) == set(range(2019, 2027))
    share_int = international / N
    assert 0.05 <= share_int <= 0.12, share_int

    print(
        "primary action lines:", ", ".join(f"{k} {v / N:.1%}" for k, v in sorted(primary.items(), key=lambda kv: kv[1]))
    )
    print("regions (country mentions):", dict(regions_seen), f"| international {share_int:.1%}")
    print("stakeholder types:", dict(types_seen))
    print("status:", dict(status_seen), "| entry types:", dict(etype_seen))
    print("years:", dict(sorted(year_seen.items())), f"| countries in entries: {len(countries_seen)}")
    wc = sorted(words(e["description"]) for e in entries)
    print(f"description words: min {wc[0]}, median {wc[len(wc) // 2]}, max {wc[-1]}")
    return entries


def check_prizes(entries: list[dict]) -> None:
    sample = entries[:: max(1, len(entries) // 2500)]
    for e in sample:
        p = C.prize_submission(e, 11)
        assert p == C.prize_submission(e, 11), "prize_submission is not deterministic"
        assert set(p) == set(PRIZE_BOUNDS), sorted(p)
        for field, (lo, hi) in PRIZE_BOUNDS.items():
            n = words(p[field])
            assert lo <= n <= hi, (field, n, e["key"], p[field])
            assert "{" not in p[field], p[field]
        assert re.search(r"\d", p["impact_quantitative"]), p["impact_quantitative"]
    assert C.prize_submission(sample[0], 1) != C.prize_submission(sample[0], 2)
    # Works for entries of the Türkiye recipients too (used by the coordination demo).
    e = dict(sample[0], org_key=C.TURKIYE_ORGANISATIONS[0]["key"], countries=["TR"])
    p = C.prize_submission(e, 3)
    assert all(PRIZE_BOUNDS[f][0] <= words(p[f]) <= PRIZE_BOUNDS[f][1] for f in PRIZE_BOUNDS)
    print(f"prize_submission: {len(sample)} submissions within all word bounds")


def check_specials() -> None:
    profiles = C.women_in_tech_profiles()
    assert profiles == C.women_in_tech_profiles()
    assert 25 <= len(profiles) <= 35 and len({p["key"] for p in profiles}) == len(profiles)
    for p in profiles:
        assert 60 <= words(p["bio"]) <= 120, (words(p["bio"]), p["bio"])
        assert p["pledge"] == "" or 20 <= words(p["pledge"]) <= 50, p["pledge"]
        assert p["expertise"] and p["country"] in C.COUNTRIES and p["name"] and p["title"] and p["organisation"]
    photos = C.photo_contest_entries()
    assert photos == C.photo_contest_entries() and 10 <= len(photos) <= 14
    assert len({p["key"] for p in photos}) == len(photos)
    for p in photos:
        assert 30 <= words(p["caption"]) <= 60, (words(p["caption"]), p["title"])
    print(f"women in tech: {len(profiles)} profiles; photo contest: {len(photos)} entries")


def classifier_sanity(entries: list[dict]) -> None:
    """A tiny naive Bayes on description words: the primary action line must be learnable."""
    train, test = entries[:6000], entries[6000:8000]
    if len(test) < 500:
        return
    tok = re.compile(r"[a-z][a-z-]+")
    counts: dict[str, Counter] = defaultdict(Counter)
    docs = Counter()
    for e in train:
        counts[e["action_lines"][0]].update(tok.findall(e["description"].lower()))
        docs[e["action_lines"][0]] += 1
    totals = {k: sum(v.values()) for k, v in counts.items()}
    vocab = len(set().union(*counts.values()))
    ok = 0
    for e in test:
        ws = tok.findall(e["description"].lower())
        best = max(
            counts,
            key=lambda k: math.log(docs[k]) + sum(math.log((counts[k][w] + 1) / (totals[k] + vocab)) for w in ws),
        )
        ok += best == e["action_lines"][0]
    acc = ok / len(test)
    print(f"naive Bayes accuracy on the primary action line: {acc:.1%}")
    assert acc >= 0.7, acc


def main() -> None:
    regions = load_regions()
    for iso, c in C.COUNTRIES.items():
        assert regions.get(iso) == c["region"], (iso, regions.get(iso), c["region"])
    subtopics = load_subtopics()
    if subtopics is not None:
        for code, slugs in C.SUBTOPICS.items():
            assert set(slugs) <= subtopics.get(code, set()), (code, set(slugs) - subtopics.get(code, set()))
    orgs = check_organisations(regions)
    check_turkiye()
    entries = check_entries(orgs, regions, subtopics)
    check_prizes(entries)
    check_specials()
    classifier_sanity(entries)
    for e in (entries[0], entries[1]):
        print("\n--- sample entry ---")
        print(json.dumps(e, ensure_ascii=False, indent=2))
    p = C.prize_submission(entries[1], 2026)
    print("\n--- prize submission (short description) for the second sample ---")
    print(p["short_description"])
    print("\nALL CHECKS PASSED")


if __name__ == "__main__":
    main()
