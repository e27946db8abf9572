"""How long the prize rules take for one submission when a year already holds N submissions
(the duplicate check compares titles and short descriptions with every other one), and what the
English-only check costs. Uses its own SQLite file under STOCKTAKE_DATA_DIR (default var/bench).

    STOCKTAKE_DATA_DIR=var/bench .venv/bin/python benchmarks/prizes_rules.py [N]

The last line is a JSON object of the figures."""

import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("STOCKTAKE_DATA_DIR", "var/bench")
os.environ["STOCKTAKE_DATABASE_URL"] = f"sqlite:///{Path(os.environ['STOCKTAKE_DATA_DIR']).resolve()}/bench.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "stocktake.settings")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from stocktake.accounts.models import Organisation, Role, RoleAssignment, User  # noqa: E402
from stocktake.contests import language  # noqa: E402
from stocktake.contests.models import Submission  # noqa: E402
from stocktake.contests.services import editions  # noqa: E402
from stocktake.contests.services.submissions import rule_errors  # noqa: E402
from stocktake.taxonomy.models import StakeholderType  # noqa: E402

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1300
WORDS = (
    "digital rural schools broadband teachers health clinics farmers market prices mobile money women "
    "entrepreneurs open data government services cyber security training youth coding libraries radio "
    "community networks solar antennas telemedicine records identity payments cooperatives weather alerts"
)
VOCAB = WORDS.split(" ")


def text(seed: int, n: int) -> str:
    return " ".join(VOCAB[(seed * 7 + i * (seed % 5 + 1)) % len(VOCAB)] for i in range(n))


def main() -> None:
    call_command("migrate", interactive=False, verbosity=0)
    t = time.perf_counter()
    language.detect("warm up the model")
    load_s = time.perf_counter() - t
    with transaction.atomic():
        Submission.objects.all().delete()
        from stocktake.contests.models import Edition

        Edition.objects.filter(year=2099).delete()
        admin, _ = User.objects.get_or_create(email="bench@example.org")
        RoleAssignment.objects.get_or_create(user=admin, role=Role.SECRETARIAT)
        now = timezone.now()
        day = timezone.timedelta(days=1)
        edition = editions.create_edition(admin, year=2099, phases={"submission": (now - day, now + day)})
        track = edition.tracks.get(kind="main")
        categories = list(track.categories.all())
        stype = StakeholderType.objects.first()
        orgs = Organisation.objects.bulk_create(
            [
                Organisation(name=f"Bench org {i}", slug=f"bench-org-{i}-{now.timestamp():.0f}", stakeholder_type=stype)
                for i in range(N)
            ]
        )
        Submission.objects.bulk_create(
            [
                Submission(
                    track=track,
                    category=categories[i % 18],
                    organisation=orgs[i],
                    title=f"{text(i, 6)} {i}",
                    short_description=text(i, 170),
                    state="submitted",
                )
                for i in range(N)
            ]
        )
        probe = Submission(
            track=track,
            category=categories[0],
            organisation=orgs[0],
            title="A new project title",
            short_description=text(N + 7, 170),
        )
        probe.answers = {"linkages": text(3, 60)}
        timings = []
        for _ in range(5):
            t = time.perf_counter()
            rule_errors(probe)
            timings.append((time.perf_counter() - t) * 1000)
        transaction.set_rollback(True)

    samples = [text(i, 150) for i in range(200)]
    t = time.perf_counter()
    for s in samples:
        language.is_english(s)
    per_text_ms = (time.perf_counter() - t) * 1000 / len(samples)
    print(
        json.dumps(
            {
                "submissions": N,
                "rule_check_ms_median": round(statistics.median(timings[1:]), 1),
                "language_model_load_s": round(load_s, 2),
                "language_detect_ms_per_150_words": round(per_text_ms, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
