"""One vote validity setting: Track.settings["vote_validity"] ("all_categories" / "each_vote").

Before, the contests defaults named it `voting_requires_all_categories` (True/False) while the
voting app read `vote_validity`, defaulting to "each_vote". The old key is converted where a row
has it (an explicit `vote_validity` wins: it is what voting applied). A main track whose vote has
already opened and that named no rule was counted under "each_vote"; that is written down, so the
new main-track default (all categories) does not change a rule that is frozen."""

from django.db import migrations
from django.utils import timezone

OLD_KEY, KEY = "voting_requires_all_categories", "vote_validity"


def forwards(apps, schema_editor):
    Track = apps.get_model("contests", "Track")
    Phase = apps.get_model("contests", "Phase")
    opened = set(
        Phase.objects.filter(kind="voting", starts_at__lte=timezone.now()).values_list("track_id", flat=True)
    )
    for track in Track.objects.all():
        settings = dict(track.settings or {})
        changed = False
        if OLD_KEY in settings:
            old = settings.pop(OLD_KEY)
            settings.setdefault(KEY, "all_categories" if old else "each_vote")
            changed = True
        if KEY not in settings and track.kind == "main" and track.pk in opened:
            settings[KEY] = "each_vote"
            changed = True
        if changed:
            track.settings = settings
            track.save(update_fields=["settings"])


def backwards(apps, schema_editor):
    Track = apps.get_model("contests", "Track")
    for track in Track.objects.all():
        settings = dict(track.settings or {})
        if KEY in settings and OLD_KEY not in settings:
            settings[OLD_KEY] = settings[KEY] == "all_categories"
            track.settings = settings
            track.save(update_fields=["settings"])


class Migration(migrations.Migration):
    dependencies = [("contests", "0005_individual_entrants")]

    operations = [migrations.RunPython(forwards, backwards)]
