from dataclasses import dataclass, field

from stocktake.reports import demo
from stocktake.reports.models import ReportBuild
from tests.factories import user_with_role


@dataclass
class Ctx:
    users: dict
    logs: list = field(default_factory=list)

    def log(self, message):
        self.logs.append(message)


def test_demo_queues_builds_once(report_data):
    ctx = Ctx(users={"secretariat": user_with_role("secretariat")})
    demo.load(ctx)
    rows = set(ReportBuild.objects.values_list("kind", "year", "region", "format", "state"))
    assert rows == {
        ("global", 2026, "", "pdf", "queued"),
        ("global", 2026, "", "html", "queued"),
        ("regional", 2026, "AFR", "pdf", "queued"),
        ("regional", 2026, "EUR", "pdf", "queued"),
        ("success-stories", 2026, "", "pdf", "queued"),
    }
    demo.load(ctx)
    assert ReportBuild.objects.count() == 5


def test_demo_without_entries_does_nothing(db):
    ctx = Ctx(users={"secretariat": user_with_role("secretariat")})
    demo.load(ctx)
    assert not ReportBuild.objects.exists()
