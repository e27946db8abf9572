#!/usr/bin/env python3
"""Evaluate the insights models: category/SDG suggestions, near-duplicate detection, latency.

    .venv/bin/python benchmarks/insights.py                      # the project's labelled set
    .venv/bin/python benchmarks/insights.py --data other.jsonl   # any JSONL of the same shape

Each line of the data: {"title", "description", "category_number" (1-18), "sdgs" ([1-17] or
absent/empty), "dup_group" (string shared by copies of one project, or null)}; "id" is optional.

What is trained on what: the suggester is fitted on the taxonomy's label knowledge and on demo
entries (platform data: stocktake.demo.content), never on the evaluation data. The duplicate index
holds --entries synthetic entries (from the demo content generator, deterministic) plus the
evaluation records; each record is then checked against it.

Figures: top1/top3 = category accuracy; sdg_precision/sdg_recall over the suggested SDG sets;
dup_precision/dup_recall over pairs of records (a pair is predicted when either record's check
flags the other; a synthetic entry flagged as a duplicate of a record counts as a false pair);
suggest_ms = mean time of one suggestion; dup_check_ms = mean time of one duplicate check against
the whole index. The last line printed is one JSON object of these figures (null where the data
cannot give one).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from stocktake.insights.engine.base import Document, Example  # noqa: E402
from stocktake.insights.engine.duplicates import CosineDuplicateIndex  # noqa: E402
from stocktake.insights.engine.labels import taxonomy_knowledge  # noqa: E402
from stocktake.insights.engine.lexical import LexicalSuggester  # noqa: E402

DEFAULT_DATA = ROOT / "benchmarks" / "data" / "insights_eval.jsonl"


def load(path: Path) -> list[dict]:
    records = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{number}: not JSON ({exc})") from exc
            if not isinstance(record.get("description"), str):
                raise SystemExit(f"{path}:{number}: a description (text) is required")
            record.setdefault("id", f"r{number}")
            records.append(record)
    if not records:
        raise SystemExit(f"{path}: no records")
    return records


def demo_entries(n: int, seed: int) -> list[dict]:
    """Entries from the demo content generator, or (where it is not installed) a plain
    deterministic stand-in built from the taxonomy's own texts."""
    if n <= 0:
        return []
    try:
        from stocktake.demo import content
    except ImportError:
        return _stand_in_entries(n, seed)
    return list(content.entries(n, seed=seed))


def _stand_in_entries(n: int, seed: int) -> list[dict]:
    knowledge = taxonomy_knowledge()
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        number = rnd.randint(1, 18)
        texts = [t for t in knowledge.category_texts[number] if isinstance(t, str)]
        # Sentences from several categories, so stand-ins are not copies of any one description.
        pools = [knowledge.category_texts[rnd.randint(1, 18)] for _ in range(7)]
        sentences = [rnd.choice(texts)] + [rnd.choice([t for t in pool if isinstance(t, str)]) for pool in pools]
        sdg = rnd.randint(1, 17)
        out.append(
            {
                "title": f"{rnd.choice(texts)[:60]} {i}",
                "description": " ".join(sentences) + f" Reached {rnd.randint(1000, 900000)} people.",
                "action_lines": [knowledge.category_line[number]],
                "sdgs": [sdg],
                "gdc_objectives": [],
            }
        )
    return out


def train(entries: list[dict]) -> LexicalSuggester:
    line_category = taxonomy_knowledge().line_category()
    examples = [
        Example(
            f"{e['title']}. {e['description']}",
            tuple(line_category[c] for c in e["action_lines"] if c in line_category),
            tuple(e.get("sdgs") or ()),
            tuple(e.get("gdc_objectives") or ()),
        )
        for e in entries
    ]
    return LexicalSuggester.fit(examples)


def evaluate_suggestions(suggester, records) -> dict:
    top1 = top3 = labelled = 0
    tp = fp = fn = 0
    sdg_records = 0
    times = []
    per_record = {}
    for r in records:
        started = time.perf_counter()
        result = suggester.suggest(r.get("title") or "", r["description"])
        times.append((time.perf_counter() - started) * 1000)
        gold = r.get("category_number")
        if isinstance(gold, int):
            labelled += 1
            ranked = [s.key for s in result.categories]
            top1 += ranked[:1] == [gold]
            top3 += gold in ranked[:3]
            per_record[r["id"]] = (ranked[:1] == [gold], gold in ranked[:3])
        if r.get("sdgs"):
            sdg_records += 1
            predicted = {s.key for s in result.sdgs}
            gold_sdgs = set(r["sdgs"])
            tp += len(predicted & gold_sdgs)
            fp += len(predicted - gold_sdgs)
            fn += len(gold_sdgs - predicted)
    return {
        "top1": top1 / labelled if labelled else None,
        "top3": top3 / labelled if labelled else None,
        "sdg_precision": tp / (tp + fp) if sdg_records and tp + fp else None,
        "sdg_recall": tp / (tp + fn) if sdg_records and tp + fn else None,
        "suggest_ms": statistics.fmean(times),
        "suggest_p95_ms": sorted(times)[int(0.95 * (len(times) - 1))],
        "labelled": labelled,
        "per_record": per_record,
    }


def evaluate_duplicates(records, background: list[dict]) -> dict:
    docs = [Document(f"bg:{i}", e["title"], e["description"]) for i, e in enumerate(background)]
    docs += [Document(f"rec:{r['id']}", r.get("title") or "", r["description"]) for r in records]
    started = time.perf_counter()
    index = CosineDuplicateIndex.build(docs)
    build_s = time.perf_counter() - started
    predicted: set[frozenset] = set()
    false_background = 0
    times = []
    for r in records:
        key = f"rec:{r['id']}"
        started = time.perf_counter()
        matches = index.query(r.get("title") or "", r["description"], exclude=[key])
        times.append((time.perf_counter() - started) * 1000)
        for m in matches:
            if not m.is_duplicate:
                continue
            if m.key.startswith("bg:"):
                false_background += 1
            else:
                predicted.add(frozenset((r["id"], m.key[4:])))
    groups: dict[str, list[str]] = {}
    for r in records:
        if r.get("dup_group"):
            groups.setdefault(r["dup_group"], []).append(r["id"])
    gold = {frozenset(p) for ids in groups.values() for p in itertools.combinations(ids, 2)}
    tp = len(predicted & gold)
    fp = len(predicted - gold) + false_background
    has_dups = bool(gold)
    return {
        "dup_precision": (tp / (tp + fp) if tp + fp else 1.0) if has_dups else None,
        "dup_recall": tp / len(gold) if has_dups else None,
        "dup_check_ms": statistics.fmean(times),
        "dup_check_p95_ms": sorted(times)[int(0.95 * (len(times) - 1))],
        "index_size": len(index),
        "index_build_s": build_s,
        "gold_pairs": len(gold),
        "predicted_pairs": len(predicted),
        "false_background": false_background,
        "predicted": predicted,
        "gold": gold,
    }


def _halves(records, suggestions, duplicates):
    """Figures on the ids with odd and with even numbers (the duplicate threshold and the model's
    settings were chosen looking at the odd half only)."""
    out = {}
    for name, parity in (("odd (dev)", 1), ("even (held out)", 0)):
        ids = {r["id"] for r in records if r["id"][1:].isdigit() and int(r["id"][1:]) % 2 == parity}
        if not ids:
            continue
        rows = [v for k, v in suggestions["per_record"].items() if k in ids]
        gold = {p for p in duplicates["gold"] if p <= ids}
        pred = {p for p in duplicates["predicted"] if p <= ids}
        out[name] = {
            "records": len(ids),
            "top1": round(sum(a for a, _ in rows) / len(rows), 3) if rows else None,
            "top3": round(sum(b for _, b in rows) / len(rows), 3) if rows else None,
            "dup_pairs": len(gold),
            "dup_precision": round(len(pred & gold) / len(pred), 3) if pred else None,
            "dup_recall": round(len(pred & gold) / len(gold), 3) if gold else None,
        }
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL evaluation file")
    parser.add_argument("--entries", type=int, default=100_000, help="synthetic entries in the duplicate index")
    parser.add_argument("--train-entries", type=int, default=2400, help="demo entries used as platform data")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)

    records = load(args.data)
    print(f"data: {args.data} ({len(records)} records)")
    started = time.perf_counter()
    training = demo_entries(args.train_entries, args.seed)
    suggester = train(training)
    print(
        f"suggester {suggester.name}: {suggester.trained_on['label_passages']} label passages + "
        f"{suggester.trained_on['examples']} demo entries, fitted in {time.perf_counter() - started:.1f} s"
    )
    s = evaluate_suggestions(suggester, records)
    print(f"category: top-1 {_pct(s['top1'])}, top-3 {_pct(s['top3'])} over {s['labelled']} records")
    print(f"SDGs: precision {_pct(s['sdg_precision'])}, recall {_pct(s['sdg_recall'])}")
    print(f"suggestion: {s['suggest_ms']:.1f} ms mean, {s['suggest_p95_ms']:.1f} ms p95")

    # A different seed from the training entries, so the index is not the training data.
    background = demo_entries(args.entries, args.seed + 1)
    d = evaluate_duplicates(records, background)
    print(
        f"duplicate index: {d['index_size']} documents ({args.entries} synthetic + {len(records)} records), "
        f"built in {d['index_build_s']:.1f} s"
    )
    print(
        f"duplicates: precision {_pct(d['dup_precision'])}, recall {_pct(d['dup_recall'])} "
        f"({d['predicted_pairs']} pairs flagged, {d['gold_pairs']} true pairs, "
        f"{d['false_background']} synthetic entries flagged)"
    )
    print(f"duplicate check: {d['dup_check_ms']:.1f} ms mean, {d['dup_check_p95_ms']:.1f} ms p95")
    for name, figures in _halves(records, s, d).items():
        print(f"half {name}: {json.dumps(figures)}")

    result = {
        "top1": _r(s["top1"]),
        "top3": _r(s["top3"]),
        "sdg_precision": _r(s["sdg_precision"]),
        "sdg_recall": _r(s["sdg_recall"]),
        "dup_precision": _r(d["dup_precision"]),
        "dup_recall": _r(d["dup_recall"]),
        "suggest_ms": round(s["suggest_ms"], 2),
        "dup_check_ms": round(d["dup_check_ms"], 2),
    }
    print(json.dumps(result))
    return 0


def _pct(value) -> str:
    return "n/a" if value is None else f"{100 * value:.1f} %"


def _r(value):
    return None if value is None else round(value, 4)


if __name__ == "__main__":
    sys.exit(main())
