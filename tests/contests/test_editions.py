import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from stocktake.common.models import AuditLog
from stocktake.contests import queries
from stocktake.contests.models import Phase, Track
from stocktake.contests.services import editions
from tests.contests.factories import DAY, make_edition
from tests.factories import UserFactory, user_with_role

pytestmark = pytest.mark.django_db


def test_edition_has_main_track_with_18_categories_and_four_special_tracks():
    edition = make_edition(2027)
    kinds = sorted(edition.tracks.values_list("kind", flat=True))
    assert kinds == sorted(Track.Kind.values)
    main = edition.tracks.get(kind="main")
    assert main.categories.count() == 18
    assert main.categories.get(number=10).prize_category.action_line.code == "C7.4"
    photo = edition.tracks.get(kind="photo")
    assert photo.winners_per_category == 3
    assert set(photo.phases.values_list("kind", flat=True)) == {"submission", "nomination", "announcement"}
    assert "pitch" in edition.tracks.get(kind="service-design").phases.values_list("kind", flat=True)


def test_only_the_secretariat_creates_editions():
    with pytest.raises(PermissionDenied):
        editions.create_edition(UserFactory(), year=2030)


def test_current_phase_at_a_time():
    edition = make_edition(2027)
    main = edition.tracks.get(kind="main")
    now = timezone.now()
    assert queries.current_phase(main, now).kind == "submission"
    assert queries.current_phase(main, now + 15 * DAY).kind == "nomination"
    assert queries.current_phase(main, now + 45 * DAY).kind == "voting"
    assert queries.current_phase(main, now - 30 * DAY) is None
    assert queries.next_phase(main, now).kind == "nomination"
    assert queries.is_phase_open(main, "submission", now)
    assert not queries.is_phase_open(main, "voting", now)


def test_deadline_is_shown_in_geneva_time_with_the_right_offset():
    edition = make_edition(2027)
    winter = queries.geneva_datetime(edition, 2026, 3, 15, 23)
    summer = queries.geneva_datetime(edition, 2026, 3, 29, 23)
    assert winter.astimezone(datetime.UTC).hour == 22  # CET = UTC+1
    assert summer.astimezone(datetime.UTC).hour == 21  # CEST = UTC+2 after the change on 29 March
    assert queries.format_local(winter, edition) == "15 March 2026, 23:00 CET"
    assert queries.format_local(summer, edition) == "29 March 2026, 23:00 CEST"


def test_extending_a_deadline_is_audit_logged_and_keeps_the_original():
    edition = make_edition(2027)
    secretariat = user_with_role("secretariat")
    phase = edition.tracks.get(kind="main").phases.get(kind="submission")
    original = phase.ends_at
    extended = editions.extend_deadline(secretariat, phase, original + 3 * DAY, reason="Many requests")
    assert extended.ends_at == original + 3 * DAY and extended.original_ends_at == original
    log = AuditLog.objects.get(action="contests.phase.extend")
    assert log.extra["reason"] == "Many requests"
    with pytest.raises(ValidationError, match="only be moved later"):
        editions.extend_deadline(secretariat, extended, original)
    # The nomination phase that followed straight on now starts after the new deadline.
    assert edition.tracks.get(kind="main").phases.get(kind="nomination").starts_at > extended.ends_at
    with pytest.raises(ValidationError, match="before the Review and nomination phase ends"):
        editions.extend_deadline(secretariat, extended, original + 30 * DAY)
    with pytest.raises(PermissionDenied):
        editions.extend_deadline(UserFactory(), extended, original + 4 * DAY)


def test_settings_are_frozen_once_their_phase_opened():
    edition = make_edition(2027)  # submission is open, nomination and voting are not
    secretariat = user_with_role("secretariat")
    main = edition.tracks.get(kind="main")
    with pytest.raises(ValidationError, match="frozen"):
        editions.update_track(secretariat, main, settings={"short_description_words": [100, 200]})
    with pytest.raises(ValidationError, match="frozen"):
        editions.add_category(secretariat, main, number=19, names={"en": "New"})
    # Voting rules may still change until voting opens; the nominee count until nomination opens.
    editions.update_track(secretariat, main, settings={"vote_validity": "each_vote"}, nominees_per_category=15)
    main.refresh_from_db()
    assert main.nominees_per_category == 15 and main.settings["vote_validity"] == "each_vote"
    with pytest.raises(ValidationError, match="opened"):
        editions.set_phase(secretariat, main, Phase.Kind.SUBMISSION, timezone.now(), timezone.now() + DAY)
    assert AuditLog.objects.filter(action="contests.track.update").count() == 1


def test_same_country_conflict_rule_is_a_setting_frozen_once_review_opens():
    secretariat = user_with_role("secretariat")
    edition = make_edition(2027)
    editions.update_edition(secretariat, edition, conflict_same_country=True)
    edition.refresh_from_db()
    assert edition.conflict_same_country is True
    assert AuditLog.objects.filter(action="contests.edition.update").exists()
    closed = make_edition(2026, submission_open=False)  # its review phase has opened
    with pytest.raises(ValidationError, match="frozen"):
        editions.update_edition(secretariat, closed, conflict_same_country=True)
