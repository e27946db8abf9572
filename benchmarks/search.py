"""Search benchmark: builds N realistic entries through the import path, then times typical queries.

    python benchmarks/search.py --entries 100000 --backend sqlite
    python benchmarks/search.py --entries 1000000 --backend postgresql --database-url postgres://postgres@127.0.0.1:5432/st_bench

Queries (each run many times after a warm-up, timed through the app's search interface with facet
counts): keyword + two facet filters; facets only; a deep page. Prints p50/p95/p99, the bare
engine's time for the same full-text query (FTS5 MATCH / tsquery, top 20 by rank) and the import
rate. The last line is one JSON object. The database is reused when it already holds N entries.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WORDS = [
    "digital",
    "skills",
    "training",
    "rural",
    "women",
    "youth",
    "farmers",
    "teachers",
    "schools",
    "health",
    "clinics",
    "mobile",
    "money",
    "broadband",
    "fibre",
    "satellite",
    "connectivity",
    "platform",
    "government",
    "services",
    "open",
    "data",
    "cybersecurity",
    "awareness",
    "privacy",
    "inclusion",
    "accessibility",
    "disability",
    "elderly",
    "community",
    "centres",
    "libraries",
    "agriculture",
    "market",
    "prices",
    "weather",
    "alerts",
    "climate",
    "water",
    "sanitation",
    "energy",
    "solar",
    "microgrid",
    "education",
    "curriculum",
    "coding",
    "robotics",
    "innovation",
    "startups",
    "entrepreneurship",
    "incubator",
    "finance",
    "identity",
    "registration",
    "land",
    "records",
    "justice",
    "courts",
    "parliament",
    "transparency",
    "procurement",
    "tax",
    "customs",
    "trade",
    "logistics",
    "postal",
    "addresses",
    "tourism",
    "culture",
    "heritage",
    "languages",
    "media",
    "radio",
    "journalism",
    "misinformation",
    "literacy",
    "research",
    "universities",
    "science",
    "laboratories",
    "telemedicine",
    "maternal",
    "vaccination",
    "records",
    "hospitals",
    "pharmacy",
    "supply",
    "chain",
    "emergency",
    "disaster",
    "early",
    "warning",
    "drones",
    "mapping",
    "geospatial",
    "census",
    "statistics",
    "artificial",
    "intelligence",
    "machine",
    "learning",
    "cloud",
    "infrastructure",
    "spectrum",
    "regulation",
    "policy",
    "strategy",
    "partnership",
    "capacity",
    "network",
    "exchange",
    "interoperability",
    "standards",
    "certification",
    "migration",
    "refugees",
    "employment",
    "jobs",
    "gig",
    "workers",
    "volunteers",
    "mentoring",
    "girls",
    "scholarships",
    "hackathon",
    "challenge",
    "fund",
    "grants",
    "evaluation",
    "impact",
]
FILLER = [
    "the",
    "a",
    "of",
    "and",
    "to",
    "in",
    "for",
    "with",
    "on",
    "by",
    "from",
    "across",
    "through",
    "their",
    "local",
    "national",
    "regional",
    "new",
]
TURKISH = ["kırsal", "İstanbul", "köy", "eğitim", "sağlık", "dijital", "kadın", "gençlik"]


def zipf_choice(rng: random.Random, items: list, s: float = 1.1):
    weights = [1 / (i + 1) ** s for i in range(len(items))]
    return rng.choices(items, weights=weights, k=1)[0]


def make_rows(n: int, org_keys: list[str], countries: list[str], seed: int = 7):
    rng = random.Random(seed)
    vocab = WORDS[:]
    rng.shuffle(vocab)
    weights = [1 / (i + 1) ** 1.05 for i in range(len(vocab))]
    lines = ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11"] + [f"C7.{i}" for i in range(1, 9)]
    types = ["project"] * 6 + ["programme"] * 2 + ["training", "conference", "website", "guideline", "other"]
    for i in range(n):
        words = rng.choices(vocab, weights=weights, k=rng.randint(110, 190))
        for j in range(0, len(words), 7):
            words.insert(j, rng.choice(FILLER))
        if rng.random() < 0.03:
            words.insert(5, rng.choice(TURKISH))
        sentences = [" ".join(words[k : k + 18]).capitalize() + "." for k in range(0, len(words), 18)]
        intl = rng.random() < 0.08
        status = rng.choice(["ongoing", "ongoing", "completed", "planned"])
        start_year = rng.randint(2005, 2025)
        yield {
            "external_key": f"bench-{i}",
            "organisation": rng.choice(org_keys),
            "title": " ".join(rng.choices(vocab, weights=weights, k=6)).capitalize(),
            "description": " ".join(sentences),
            "entry_type": rng.choice(types),
            "status": status,
            "start_date": f"{start_year if status != 'planned' else 2027}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            "end_date": f"{min(start_year + 3, 2025)}-12-31" if status == "completed" else "",
            "is_international": intl,
            "countries": [] if intl else rng.sample(countries, rng.choice([1, 1, 1, 2, 3])),
            "action_lines": sorted({zipf_choice(rng, lines, 0.6) for _ in range(rng.randint(1, 3))}),
            "sdgs": sorted({zipf_choice(rng, list(range(1, 18)), 0.5) for _ in range(rng.randint(1, 4))}),
            "gdc_objectives": sorted({rng.randint(1, 5) for _ in range(rng.randint(0, 2))}),
            "website": f"https://project{i}.example.org",
            "partners": "",
            "language": "en",
            "published_at": f"{rng.randint(2006, 2026)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T10:00:00+00:00",
        }


def setup_django(args) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "stocktake.settings")
    data_dir = ROOT / "var" / "bench"
    data_dir.mkdir(parents=True, exist_ok=True)
    os.environ["STOCKTAKE_DATA_DIR"] = str(data_dir)
    if args.backend == "sqlite":
        os.environ["STOCKTAKE_DATABASE_URL"] = f"sqlite:///{data_dir / f'search-{args.entries}.sqlite3'}"
    else:
        os.environ["STOCKTAKE_DATABASE_URL"] = args.database_url
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def ensure_data(args) -> float | None:
    """Load N entries unless already there; returns the import rate (entries/s) when it loaded."""
    from django.utils.text import slugify

    from stocktake.accounts.models import Organisation, RoleAssignment, User
    from stocktake.repository.models import Entry
    from stocktake.repository.search import indexer
    from stocktake.repository.services.imports import import_entries
    from stocktake.taxonomy.models import Country, StakeholderType

    have = Entry.objects.filter(external_key__startswith="bench-").count()
    if have == args.entries and not args.reload:
        print(f"reusing {have} entries already loaded")
        return None, None, None
    if have:
        print(f"database holds {have} bench entries, not {args.entries}: use a fresh database", file=sys.stderr)
        sys.exit(2)
    actor, _ = User.objects.get_or_create(email="bench@bench.example", defaults={"name": "Bench"})
    RoleAssignment.objects.get_or_create(user=actor, role="secretariat", country=None)
    types = list(StakeholderType.objects.all())
    countries = list(Country.objects.values_list("code", flat=True))
    country_objs = list(Country.objects.all())
    rng = random.Random(3)
    orgs = [
        Organisation(
            name=f"Bench organisation {i}",
            slug=slugify(f"bench-org-{i}"),
            stakeholder_type=rng.choice(types),
            country=rng.choice(country_objs),
            external_key=f"bench-org-{i}",
        )
        for i in range(max(50, args.entries // 200))
    ]
    Organisation.objects.bulk_create(orgs, batch_size=1000, ignore_conflicts=True)
    org_keys = [o.external_key for o in orgs]
    rows = make_rows(args.entries, org_keys, countries)
    # Only the import is timed: rows are generated before each chunk's clock starts.
    wall = cpu = server = 0.0
    done = 0
    while chunk := [row for _, row in zip(range(args.chunk), rows, strict=False)]:
        t0, c0, s0 = time.perf_counter(), time.process_time(), _server_cpu()
        done += _import(actor, chunk, import_entries)
        wall, cpu = wall + time.perf_counter() - t0, cpu + time.process_time() - c0
        server += _server_cpu() - s0
        print(
            f"  imported {done} ({done / wall:.0f}/s wall, {done / cpu:.0f}/s client CPU, "
            f"{done / (cpu + server):.0f}/s client + server CPU)",
            file=sys.stderr,
        )
    elapsed = wall
    indexer.optimise()
    print(
        f"imported {done} entries in {elapsed:.1f} s wall, {cpu:.1f} s CPU of this process, "
        f"{server:.1f} s CPU of its PostgreSQL backend"
    )
    return done / elapsed, done / cpu, done / (cpu + server)


_backend_pid: list[int] = []


def _server_cpu() -> float:
    """CPU seconds of this connection's PostgreSQL backend (same machine: /proc), 0 on SQLite
    (where the engine runs inside this process and its time is already in process_time)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return 0.0
    if not _backend_pid:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            _backend_pid.append(cursor.fetchone()[0])
    fields = Path(f"/proc/{_backend_pid[0]}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _import(actor, chunk, import_entries) -> int:
    report = import_entries(actor, chunk)
    if not report.applied:
        print(json.dumps([r.errors for r in report.invalid[:5]], indent=1), file=sys.stderr)
        sys.exit(1)
    return report.count("create")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def run_queries(args) -> tuple[dict, float]:
    from django.db import connection

    from stocktake.repository.search.engine import PostgresBackend, SearchQuery, SQLiteBackend, search

    rng = random.Random(11)
    common, mid, rare = WORDS[:5], WORDS[30:45], [*WORDS[-20:], "kirsal", "istanbul"]
    regions = ["AFR", "AMS", "ARB", "ASP", "CIS", "EUR"]
    cases = []
    for _ in range(args.repeat):
        cases.append(
            (
                "keyword+2 facets",
                SearchQuery(
                    q=rng.choice(common + mid + rare),
                    filters={"sdg": [str(rng.randint(1, 17))], "region": [rng.choice(regions)]},
                ),
            )
        )
        cases.append(
            (
                "facets only",
                SearchQuery(
                    filters={
                        "action_line": [rng.choice(["C4", "C7", "C2", "C5"])],
                        "year": [str(rng.randint(2010, 2026))],
                    }
                ),
            )
        )
        cases.append(("deep page", SearchQuery(q=rng.choice(mid), page=rng.randint(20, 50))))
        cases.append(("browse", SearchQuery(page=rng.randint(1, 5))))
    for _name, q in cases[:20]:
        search(q)  # warm caches
    timings: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    for name, q in cases:
        s0 = _server_cpu()
        t0, c0 = time.perf_counter(), time.process_time()
        search(q)
        timings.setdefault(name, []).append((time.perf_counter() - t0) * 1000)
        # Client + database CPU: what the query costs whatever else the machine is doing (the
        # /proc figure has 10 ms resolution, so single values are coarse; percentiles are not).
        cpu.setdefault(name, []).append((time.process_time() - c0 + _server_cpu() - s0) * 1000)
    timings["_cpu"] = cpu
    backend = SQLiteBackend() if connection.vendor == "sqlite" else PostgresBackend()
    raw = []
    for word in (common + mid + rare) * 3:
        t0 = time.perf_counter()
        backend.raw(word)
        raw.append((time.perf_counter() - t0) * 1000)
    return timings, statistics.median(raw)


def snapshot_costs() -> dict:
    """What keeping a process's index snapshot current costs: a whole build, the check before a
    search when nothing changed, and the patch after one re-indexed entry and after 1,000."""
    from stocktake.repository.models import Entry
    from stocktake.repository.search import bitmaps, indexer

    def timed(fn) -> float:
        started = time.perf_counter()
        fn()
        return (time.perf_counter() - started) * 1000

    bitmaps.forget()
    build = timed(lambda: bitmaps.current("stocktaking"))
    check = timed(lambda: bitmaps.current("stocktaking"))
    ids = list(
        Entry.objects.filter(external_key__startswith="bench-").order_by("-pk").values_list("pk", flat=True)[:1000]
    )
    indexer.index_entries(ids[:1])
    patch_one = timed(lambda: bitmaps.current("stocktaking"))
    indexer.index_entries(ids)
    patch_many = timed(lambda: bitmaps.current("stocktaking"))
    return {
        "snapshot_build_ms": round(build),
        "snapshot_check_ms": round(check, 2),
        "snapshot_patch_1_ms": round(patch_one, 1),
        "snapshot_patch_1000_ms": round(patch_many),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=10000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/st_bench_search")
    parser.add_argument("--repeat", type=int, default=60, help="queries of each kind")
    parser.add_argument("--chunk", type=int, default=5000, help="rows per import transaction")
    parser.add_argument("--reload", action="store_true")
    args = parser.parse_args()
    setup_django(args)
    import_rate, import_cpu_rate, import_total_cpu_rate = ensure_data(args)
    timings, raw_ms = run_queries(args)
    snapshot = snapshot_costs()
    cpu = timings.pop("_cpu")
    everything = [t for values in timings.values() for t in values]
    for name, values in timings.items():
        print(
            f"{name:18s} p50 {percentile(values, 0.5):7.1f} ms  p95 {percentile(values, 0.95):7.1f} ms  "
            f"p99 {percentile(values, 0.99):7.1f} ms  (n={len(values)});  CPU p50 "
            f"{percentile(cpu[name], 0.5):6.1f} ms  p95 {percentile(cpu[name], 0.95):6.1f} ms"
        )
    cpu = [t for values in cpu.values() for t in values]
    p50 = percentile(everything, 0.5)
    print(f"raw engine top-20 by rank: median {raw_ms:.1f} ms; app p50 / raw = {p50 / raw_ms:.1f}x")
    print(
        f"index snapshot: whole build {snapshot['snapshot_build_ms']} ms, check when unchanged "
        f"{snapshot['snapshot_check_ms']} ms, patch after 1 re-indexed entry {snapshot['snapshot_patch_1_ms']} ms, "
        f"after 1,000 {snapshot['snapshot_patch_1000_ms']} ms"
    )
    load = os.getloadavg()[0]
    print(
        f"CPU time per query (client + database): p50 {percentile(cpu, 0.5):.1f} ms, p95 {percentile(cpu, 0.95):.1f} ms"
    )
    print(f"load average during the run: {load:.1f} on {os.cpu_count()} cores (shared: wall times include queueing)")
    print(
        json.dumps(
            {
                "backend": args.backend,
                "entries": args.entries,
                "p50_ms": round(p50, 1),
                "p95_ms": round(percentile(everything, 0.95), 1),
                "p99_ms": round(percentile(everything, 0.99), 1),
                "raw_fts_ms": round(raw_ms, 2),
                "import_per_s": round(import_rate) if import_rate else None,
                "import_per_cpu_s": round(import_cpu_rate) if import_cpu_rate else None,
                "import_per_total_cpu_s": round(import_total_cpu_rate) if import_total_cpu_rate else None,
                "cpu_p95_ms": round(percentile(cpu, 0.95), 1),
                "load_avg": round(load, 1),
                **snapshot,
            }
        )
    )


if __name__ == "__main__":
    main()
