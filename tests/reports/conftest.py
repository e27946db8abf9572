import pytest
from django.core.cache import cache
from django.utils import translation

from tests.reports import factories as f


@pytest.fixture(autouse=True)
def english():
    """Reports follow the active language; start every test in English whatever ran before."""
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


@pytest.fixture
def report_data(db):
    """A small stocktaking year (2026) with an earlier year, entries in four ITU regions and
    International, one draft that must not count, and prize results."""
    kenya = f.organisation("Kenya ICT Authority", "KE")
    france = f.organisation("Atelier Numérique", "FR", "private-sector")
    egypt = f.organisation("Cairo Digital Society", "EG", "civil-society")
    china = f.organisation("Shenzhen Open Lab", "CN", "academia")
    un = f.organisation("Global Connectivity Alliance", None, "international-organization")
    e = {
        "skills": f.entry(
            "Community digital skills centres", kenya, countries=["KE"], lines=["C4"], status="completed"
        ),
        "elearn": f.entry(
            "Open school platform", france, countries=["FR"], lines=["C7.3"], sdgs=[4, 9], gdcs=[1], day=2
        ),
        "intl": f.entry("Global spectrum toolkit", un, lines=["C11", "C2"], sdgs=[17], day=3),
        "rural": f.entry(
            "مشروع الاتصال الريفي", egypt, countries=["EG", "KE"], lines=["C2"], sdgs=[9], day=4, status="completed"
        ),
        "agri": f.entry("数字乡村平台", china, countries=["CN"], lines=["C7.7", "C7"], sdgs=[2], day=5),
        "kenya2": f.entry("Kenya e-health records", kenya, countries=["KE"], lines=["C7.4"], sdgs=[3], day=6),
        "draft": f.entry("Unpublished draft", kenya, countries=["KE"], lines=["C4"], state="draft"),
        "old": f.entry("Earlier school radio", kenya, countries=["KE"], lines=["C4"], year=2025),
    }
    track = f.main_track(2026)
    subs = {
        "winner": f.submission(
            track,
            4,
            kenya,
            "winner",
            "Community digital skills centres",
            entry=e["skills"],
            answers={"impact": "Forty thousand people trained.", "partnerships": "Libraries and schools."},
        ),
        "champion": f.submission(track, 9, france, "champion", "Open school platform", entry=e["elearn"]),
        "winner9": f.submission(track, 9, egypt, "winner", "Cairo classroom tablets"),
        "submitted": f.submission(track, 4, china, "submitted", "Village broadband"),
        "draft": f.submission(track, 4, un, "draft", "Not yet sent"),
    }
    return {"entries": e, "submissions": subs, "track": track}
