import json

import pytest

from stocktake.taxonomy import loader
from stocktake.taxonomy.models import SDG, ActionLine, Country, GDCObjective, PrizeCategory, Region, StakeholderType

pytestmark = pytest.mark.django_db
LANGS = ["en", "fr", "es", "ar", "zh-hans", "ru", "tr"]


def test_action_lines_have_eleven_lines_and_eight_c7_sub_lines():
    top = ActionLine.objects.filter(parent__isnull=True)
    assert [a.code for a in top] == [f"C{i}" for i in range(1, 12)]
    c7 = ActionLine.objects.get(code="C7")
    assert [a.code for a in c7.children.order_by("order")] == [f"C7.{i}" for i in range(1, 9)]
    codes_in_reading_order = list(ActionLine.objects.values_list("code", flat=True))
    assert codes_in_reading_order.index("C7.8") < codes_in_reading_order.index("C8")


def test_eighteen_prize_categories_follow_the_action_lines():
    cats = list(PrizeCategory.objects.select_related("action_line"))
    assert [c.number for c in cats] == list(range(1, 19))
    expected = [f"C{i}" for i in range(1, 7)] + [f"C7.{i}" for i in range(1, 9)] + ["C8", "C9", "C10", "C11"]
    assert [c.action_line.code for c in cats] == expected


def test_counts_of_other_lists():
    assert SDG.objects.count() == 17
    assert GDCObjective.objects.count() == 5
    assert set(Region.objects.filter(is_itu_region=True).values_list("code", flat=True)) == {
        "AFR",
        "AMS",
        "ARB",
        "ASP",
        "CIS",
        "EUR",
    }
    assert Region.objects.filter(is_itu_region=False).get().code == "INT"
    assert StakeholderType.objects.filter(code="government").exists()


def test_every_un_member_and_observer_maps_to_exactly_one_itu_region():
    members = set(json.loads((loader.DATA_DIR / "un_members.json").read_text()))
    observers = set(json.loads((loader.DATA_DIR / "un_observers.json").read_text()))
    assert len(members) == 193
    assert observers == {"PS", "VA"}
    countries = {c.code: c for c in Country.objects.select_related("region")}
    for code in members | observers:
        assert code in countries, f"{code} has no country row"
        assert countries[code].region.is_itu_region, f"{code} is not mapped to an ITU region"
    # every ITU region has countries; none is mapped to "International"
    per_region = {r.code: r.countries.count() for r in Region.objects.all()}
    assert per_region["INT"] == 0
    assert all(n > 0 for code, n in per_region.items() if code != "INT")
    assert countries["TR"].region.code == "EUR"
    assert countries["EG"].region.code == "ARB"
    assert countries["KZ"].region.code == "CIS"


@pytest.mark.parametrize("model", [ActionLine, PrizeCategory, SDG, GDCObjective, StakeholderType, Region, Country])
def test_names_exist_in_every_shipped_language(model):
    for obj in model.objects.all():
        missing = [lang for lang in LANGS if not obj.names.get(lang)]
        assert not missing, f"{obj} lacks names in {missing}"


def test_sync_is_idempotent():
    before = Country.objects.count(), ActionLine.objects.count(), PrizeCategory.objects.count()
    loader.sync()
    assert (Country.objects.count(), ActionLine.objects.count(), PrizeCategory.objects.count()) == before
