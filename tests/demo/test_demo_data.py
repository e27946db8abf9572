import pytest
from django.core.management import call_command

from stocktake.accounts.models import Organisation, RoleAssignment, User
from stocktake.repository.models import Entry, EntryVersion
from stocktake.taxonomy.models import ActionLine, Region

pytestmark = pytest.mark.django_db


def test_demo_is_deterministic_and_idempotent():
    call_command("demo", entries=150, verbosity=0)
    first = sorted(Entry.objects.values_list("external_key", "title"))
    counts = (User.objects.count(), Organisation.objects.count(), Entry.objects.count(), EntryVersion.objects.count())
    call_command("demo", entries=150, verbosity=0)
    assert sorted(Entry.objects.values_list("external_key", "title")) == first
    assert (
        User.objects.count(),
        Organisation.objects.count(),
        Entry.objects.count(),
        EntryVersion.objects.count(),
    ) == (counts)


def test_demo_covers_roles_regions_and_action_lines():
    call_command("demo", entries=400, verbosity=0)
    assert set(RoleAssignment.objects.values_list("role", flat=True)) == {
        "secretariat",
        "moderator",
        "expert",
        "focal_point",
    }
    assert RoleAssignment.objects.get(role="focal_point").country.code == "TR"
    assert Entry.objects.filter(state="published", current_version__isnull=False).count() == 400
    for region in Region.objects.all():
        assert region.entries.exists(), region.code
    used_lines = set(ActionLine.objects.filter(entries__isnull=False).values_list("code", flat=True))
    assert used_lines >= {f"C{i}" for i in range(1, 12) if i != 7} | {f"C7.{i}" for i in range(1, 9)}
    assert Organisation.objects.filter(country__code="TR", stakeholder_type__code="government").count() >= 23
    for entry in Entry.objects.order_by("?")[:20]:
        assert entry.description.startswith("<p>")
        assert entry.regions.exists()
