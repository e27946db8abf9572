"""Reports benchmark: time and peak memory to build the global report (PDF with charts) for 1,000 and
10,000 published entries, and all six regional reports.

    python benchmarks/reports.py                 # embedded SQLite in a temporary directory
    python benchmarks/reports.py --database-url postgres://postgres@127.0.0.1:5432/st_bench_reports

Entries are synthetic but shaped like the real repository (1–3 countries, 1–3 action lines,
1–3 SDGs, some GDC objectives, a few Arabic and Chinese titles), plus 10 % in the year before so the
year-on-year table has data. Peak memory is the larger maximum resident set size of this process and
of the Typst child process that lays out each PDF. The last line is one JSON object with global_1000_s, global_10000_s,
regional_all_s (six regional PDFs at 10,000 entries) and peak_mb, plus the six regional PDFs at
1,000 entries, the CPU seconds of each (which do not depend on how busy the machine is) and the
load average.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
YEAR = 2026
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
    "community",
    "centres",
    "libraries",
    "agriculture",
    "market",
    "weather",
    "alerts",
    "climate",
    "water",
    "energy",
    "solar",
    "education",
    "coding",
    "innovation",
    "startups",
    "identity",
    "registration",
]
NON_LATIN_TITLES = ["منصة الخدمات الرقمية للمجتمعات الريفية", "数字技能培训中心", "Цифровые навыки для сельских школ"]


def setup(database_url: str | None) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    data_dir = tempfile.mkdtemp(prefix="stocktake-bench-reports-")
    os.environ["STOCKTAKE_DATA_DIR"] = data_dir
    if database_url:
        os.environ["STOCKTAKE_DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "stocktake.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def add_entries(n: int, year: int, rng: random.Random, start: int) -> None:
    """Bulk-insert n published entries with their tags (as the repository's demo loader does)."""
    from django.utils import timezone

    from stocktake.accounts.models import Organisation
    from stocktake.repository.models import Entry
    from stocktake.taxonomy.models import SDG, ActionLine, Country, GDCObjective, Region, StakeholderType

    countries = list(Country.objects.select_related("region").order_by("code"))
    lines = list(ActionLine.objects.order_by("sort_key"))
    sdgs = list(SDG.objects.order_by("number"))
    gdcs = list(GDCObjective.objects.order_by("number"))
    international = Region.objects.get(code="INT")
    types = list(StakeholderType.objects.order_by("order"))
    orgs = list(Organisation.objects.order_by("pk"))
    if not orgs:
        Organisation.objects.bulk_create(
            Organisation(
                name=f"Organisation {i}",
                slug=f"organisation-{i}",
                stakeholder_type=rng.choice(types),
                country=rng.choice(countries) if i % 10 else None,
            )
            for i in range(400)
        )
        orgs = list(Organisation.objects.order_by("pk"))
    entries = []
    for i in range(start, start + n):
        title = rng.choice(NON_LATIN_TITLES) if i % 97 == 0 else " ".join(rng.sample(WORDS, 6)).capitalize()
        entries.append(
            Entry(
                organisation=rng.choice(orgs),
                state=Entry.State.PUBLISHED,
                title=f"{title} {i}",
                description="<p>" + " ".join(rng.choice(WORDS) for _ in range(150)) + ".</p>",
                status=rng.choice(["planned", "ongoing", "ongoing", "completed"]),
                year=year,
                published_at=timezone.make_aware(datetime.datetime(year, 1 + i % 12, 1 + i % 28, 10)),
                external_key=f"bench-{i}",
            )
        )
    Entry.objects.bulk_create(entries, batch_size=1000)
    saved = list(Entry.objects.filter(external_key__in=[e.external_key for e in entries]).order_by("pk"))
    rows = {"countries": [], "regions": [], "action_lines": [], "sdgs": [], "gdc_objectives": []}
    for e in saved:
        chosen = rng.sample(countries, rng.choice([0, 1, 1, 1, 2, 3]))
        for c in chosen:
            rows["countries"].append(Entry.countries.through(entry_id=e.pk, country_id=c.pk))
        for r in {c.region_id for c in chosen} or {international.pk}:
            rows["regions"].append(Entry.regions.through(entry_id=e.pk, region_id=r))
        for line in rng.sample(lines, rng.randint(1, 3)):
            rows["action_lines"].append(Entry.action_lines.through(entry_id=e.pk, actionline_id=line.pk))
        for s in rng.sample(sdgs, rng.randint(1, 3)):
            rows["sdgs"].append(Entry.sdgs.through(entry_id=e.pk, sdg_id=s.pk))
        for g in rng.sample(gdcs, rng.randint(0, 2)):
            rows["gdc_objectives"].append(Entry.gdc_objectives.through(entry_id=e.pk, gdcobjective_id=g.pk))
    for name, items in rows.items():
        getattr(Entry, name).through.objects.bulk_create(items, batch_size=5000)


CPU = {"total": 0.0}


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the Typst layout runs in a child)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed_build(kind: str, region: str | None = None) -> tuple[float, int]:
    """Wall-clock seconds of one PDF build; its CPU seconds are added to CPU["last"]."""
    from stocktake.reports.builder import produce

    cpu = cpu_seconds()
    start = time.perf_counter()
    result = produce(kind, YEAR, region=region, fmt="pdf")
    CPU["last"] = cpu_seconds() - cpu
    return time.perf_counter() - start, len(result.content)


def peak_mb() -> float:
    """The larger of this process's and the Typst child processes' peak resident set size."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=None, help="default: a fresh SQLite file in a temp directory")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    setup(args.database_url)
    from stocktake.repository.models import Entry

    if Entry.objects.exists():
        sys.exit("The benchmark needs an empty database.")
    rng = random.Random(args.seed)
    figures = {}

    add_entries(1000, YEAR, rng, 0)
    add_entries(100, YEAR - 1, rng, 100_000)
    seconds, size = timed_build("global")
    figures["global_1000_s"] = round(seconds, 2)
    figures["global_1000_cpu_s"] = round(CPU["last"], 2)
    print(
        f"global report, 1,000 entries: {seconds:.2f} s ({CPU['last']:.2f} s CPU), {size / 1e6:.1f} MB PDF, "
        f"peak RSS {peak_mb():.0f} MB"
    )

    regional = regional_cpu = 0.0
    for code in ["AFR", "AMS", "ARB", "ASP", "CIS", "EUR"]:
        seconds, size = timed_build("regional", code)
        regional += seconds
        regional_cpu += CPU["last"]
    figures["regional_all_1000_s"] = round(regional, 2)
    figures["regional_all_1000_cpu_s"] = round(regional_cpu, 2)
    print(f"six regional reports, 1,000 entries: {regional:.2f} s ({regional_cpu:.2f} s CPU)")

    add_entries(9000, YEAR, rng, 1000)
    add_entries(900, YEAR - 1, rng, 101_000)
    seconds, size = timed_build("global")
    figures["global_10000_s"] = round(seconds, 2)
    figures["global_10000_cpu_s"] = round(CPU["last"], 2)
    print(
        f"global report, 10,000 entries: {seconds:.2f} s ({CPU['last']:.2f} s CPU), {size / 1e6:.1f} MB PDF, "
        f"peak RSS {peak_mb():.0f} MB"
    )

    regional = regional_cpu = 0.0
    for code in ["AFR", "AMS", "ARB", "ASP", "CIS", "EUR"]:
        seconds, size = timed_build("regional", code)
        regional += seconds
        regional_cpu += CPU["last"]
        print(f"  regional {code}: {seconds:.2f} s ({CPU['last']:.2f} s CPU), {size / 1e6:.1f} MB PDF")
    figures["regional_all_s"] = round(regional, 2)
    figures["regional_all_cpu_s"] = round(regional_cpu, 2)
    print(f"six regional reports, 10,000 entries: {regional:.2f} s ({regional_cpu:.2f} s CPU)")
    figures["peak_mb"] = round(peak_mb(), 1)
    figures["entries"] = 10000
    # Wall-clock times depend on what else the machine runs; the load average says how busy it was.
    figures["load_avg_1m"] = round(os.getloadavg()[0], 2)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
