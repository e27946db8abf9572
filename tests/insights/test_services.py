"""Fitting, storing, loading offline, and keeping the models current as entries change."""

import socket

import pytest
from django.core.management import call_command
from django.utils import timezone

from stocktake.common.models import AuditLog
from stocktake.contests.models import Category, Edition, Submission, Track
from stocktake.insights import queries, runtime
from stocktake.insights.models import EntrySuggestion
from stocktake.insights.services import indexing
from stocktake.repository.models import Entry
from tests.factories import OrganisationFactory, user_with_role
from tests.insights.factories import (
    FARMING,
    FARMING_TITLE,
    REWORDED,
    REWORDED_TITLE,
    TELEMEDICINE,
    TELEMEDICINE_TITLE,
    published_entry,
)

pytestmark = pytest.mark.django_db


def test_rebuild_command_stores_models_and_audits(settings, capsys):
    published_entry(TELEMEDICINE_TITLE, TELEMEDICINE)
    published_entry(FARMING_TITLE, FARMING, lines=["C7.7"], sdgs=[2])
    call_command("insights", "rebuild")
    folder = settings.DATA_DIR / "insights"
    assert {p.name for p in folder.iterdir()} >= {"suggester.joblib", "duplicates.joblib", "manifest.json"}
    assert "2 documents indexed" in capsys.readouterr().out
    record = AuditLog.objects.get(action="insights.models.rebuild")
    assert record.after["documents"] == 2 and record.after["examples"] == 2
    assert EntrySuggestion.objects.count() == 2
    call_command("insights", "status")
    assert '"documents": 2' in capsys.readouterr().out


def test_stored_models_load_and_work_with_networking_disabled(monkeypatch):
    published_entry(TELEMEDICINE_TITLE, TELEMEDICINE)
    indexing.rebuild()
    runtime.replace(None)

    def no_network(*args, **kwargs):
        raise OSError("networking is disabled in this test")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    models = runtime.get()
    assert models.manifest["documents"] == 1  # loaded from the files, not refitted
    result = models.suggester.suggest(TELEMEDICINE_TITLE, TELEMEDICINE)
    assert result.categories[0].key == 10
    assert models.index.query(REWORDED_TITLE, REWORDED)[0].is_duplicate


def test_rebuild_by_a_person_needs_the_secretariat():
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        indexing.rebuild(user_with_role("moderator"))
    models = indexing.rebuild(user_with_role("secretariat"))
    assert models.manifest["documents"] == 0


def test_publishing_an_entry_indexes_it(load_models, django_capture_on_commit_callbacks):
    load_models()
    with django_capture_on_commit_callbacks(execute=True):
        entry = published_entry(TELEMEDICINE_TITLE, TELEMEDICINE)
    matches = runtime.get().index.query(REWORDED_TITLE, REWORDED)
    assert matches[0].key == f"entry:{entry.public_id}" and matches[0].is_duplicate
    assert EntrySuggestion.objects.get(entry=entry).chosen_lines == ["C7.4"]

    entry.state = Entry.State.REJECTED
    with django_capture_on_commit_callbacks(execute=True):
        entry.save()
    assert runtime.get().index.query(REWORDED_TITLE, REWORDED) == []
    assert not EntrySuggestion.objects.filter(entry=entry).exists()


def test_other_processes_changes_are_caught_up(load_models):
    """A change made elsewhere (no signal in this process) shows after the refresh interval."""
    models = load_models()
    entry = published_entry(TELEMEDICINE_TITLE, TELEMEDICINE)  # no on-commit run: another process's write
    models.checked_at = 0
    assert runtime.refreshed().index.query(REWORDED_TITLE, REWORDED)[0].key == f"entry:{entry.public_id}"
    Entry.objects.filter(pk=entry.pk).update(state=Entry.State.RETURNED, updated_at=timezone.now())
    models.checked_at = 0
    assert runtime.refreshed().index.query(REWORDED_TITLE, REWORDED) == []


def _submission(entry_title, text, *, year, state, organisation=None):
    edition, _ = Edition.objects.get_or_create(year=year, defaults={"name": f"WSIS Prizes {year}"})
    track, _ = Track.objects.get_or_create(edition=edition, slug="main", defaults={"kind": Track.Kind.MAIN})
    category, _ = Category.objects.get_or_create(track=track, number=10, defaults={"names": {"en": "E-health"}})
    return Submission.objects.create(
        track=track,
        category=category,
        organisation=organisation or OrganisationFactory(),
        title=entry_title,
        short_description=text,
        state=state,
        submitted_at=timezone.now(),
    )


def test_warnings_name_near_duplicates_and_earlier_winners(load_models):
    _submission(TELEMEDICINE_TITLE, TELEMEDICINE, year=2024, state=Submission.State.WINNER)
    _submission(FARMING_TITLE, FARMING, year=2026, state=Submission.State.SUBMITTED)
    _submission("Draft", REWORDED, year=2026, state=Submission.State.DRAFT)  # drafts are not indexed
    load_models()
    warnings = queries.duplicate_warnings(REWORDED_TITLE, REWORDED, current_year=2026)
    assert len(warnings) == 1
    assert warnings[0]["kind"] == "submission" and warnings[0]["year"] == 2024
    assert warnings[0]["is_duplicate"] and warnings[0]["previous_winner"]
    assert warnings[0]["title"] == TELEMEDICINE_TITLE  # winners are public


def test_details_of_non_public_submissions_are_withheld(load_models):
    _submission(TELEMEDICINE_TITLE, TELEMEDICINE, year=2026, state=Submission.State.SUBMITTED)
    load_models()
    [public] = queries.duplicate_warnings(REWORDED_TITLE, REWORDED, current_year=2026)
    assert public["is_duplicate"] and public["title"] != TELEMEDICINE_TITLE and public["public_id"] is None
    [secretariat] = queries.duplicate_warnings(REWORDED_TITLE, REWORDED, current_year=2026, privileged=True)
    assert secretariat["title"] == TELEMEDICINE_TITLE


def test_duplicate_clusters_of_a_year_include_earlier_editions(load_models):
    old = _submission(TELEMEDICINE_TITLE, TELEMEDICINE, year=2025, state=Submission.State.NOMINATED)
    new = _submission(REWORDED_TITLE, REWORDED, year=2026, state=Submission.State.SUBMITTED)
    _submission(FARMING_TITLE, FARMING, year=2026, state=Submission.State.SUBMITTED)
    load_models()
    clusters = queries.duplicate_clusters(2026)
    assert len(clusters) == 1
    assert {m["public_id"] for m in clusters[0]} == {str(old.public_id), str(new.public_id)}
    assert queries.duplicate_clusters(2020) == []


def test_disagreement_lists_entries_tagged_against_the_model(load_models):
    models = load_models()
    mistagged = published_entry(TELEMEDICINE_TITLE, TELEMEDICINE, lines=["C9"], sdgs=[3])
    fine = published_entry(FARMING_TITLE, FARMING, lines=["C7.7"], sdgs=[2])
    indexing.store_entry_suggestions(models, Entry.objects.all())
    listed = list(queries.disagreements())
    assert [s.entry_id for s in listed] == [mistagged.pk]
    assert listed[0].suggested_line == "C7.4" and listed[0].chosen_rank >= 4
    assert EntrySuggestion.objects.get(entry=fine).chosen_rank == 1


def test_entry_tagged_with_c7_only_agrees_with_any_sub_line(load_models):
    models = load_models()
    entry = published_entry(TELEMEDICINE_TITLE, TELEMEDICINE, lines=["C7"])
    indexing.store_entry_suggestions(models, Entry.objects.filter(pk=entry.pk))
    assert EntrySuggestion.objects.get(entry=entry).chosen_rank == 1


def test_saving_entries_before_any_model_exists_fits_nothing(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        entry = published_entry(TELEMEDICINE_TITLE, TELEMEDICINE)
    assert runtime.available() is None  # no fit was forced by the save
    # The first use fits from the database and finds the entry.
    assert runtime.get().index.query(REWORDED_TITLE, REWORDED)[0].key == f"entry:{entry.public_id}"


def test_sync_after_a_bulk_change_updates_and_stores_the_index_for_every_process():
    """Deleted rows leave nothing to catch up from, and bulk writes send no signal: the sync is
    what brings the index in step, here and, through the stored index, in other processes."""
    gone = _submission(TELEMEDICINE_TITLE, TELEMEDICINE, year=2026, state=Submission.State.SUBMITTED)
    kept = _submission(FARMING_TITLE, FARMING, year=2025, state=Submission.State.WINNER)
    indexing.rebuild()
    running_elsewhere = runtime._load()  # another app process, loaded before the change
    gone_key, kept_key = f"submission:{gone.public_id}", f"submission:{kept.public_id}"
    assert {gone_key, kept_key} <= runtime.get().index.live_keys()

    track, category = gone.track, gone.category
    Submission.objects.filter(pk=gone.pk).delete()
    Submission.objects.bulk_create(
        [
            Submission(
                track=track,
                category=category,
                organisation=OrganisationFactory(),
                title=REWORDED_TITLE,
                short_description=REWORDED,
                state=state,
                submitted_at=timezone.now(),
            )
            for state in (Submission.State.SUBMITTED, Submission.State.WITHDRAWN)
        ]
    )
    new, withdrawn = (f"submission:{s.public_id}" for s in Submission.objects.filter(track=track).order_by("state"))
    indexing.sync_submissions(removed=[gone.public_id], current=Submission.objects.filter(track=track))

    expected = {kept_key, new}
    assert runtime.get().index.live_keys() == expected
    matches = runtime.get().index.query(REWORDED_TITLE, REWORDED)
    assert [m.key for m in matches if m.is_duplicate] == [new]
    assert runtime._load().index.live_keys() == expected  # what a process started now loads
    assert runtime.get().manifest["documents"] == 2

    runtime.replace(running_elsewhere)
    assert running_elsewhere.index.live_keys() == {gone_key, kept_key}
    running_elsewhere.checked_at = 0
    assert runtime.refreshed().index.live_keys() == expected
    assert withdrawn not in runtime.refreshed().index


def test_a_process_keeps_its_models_while_the_stored_ones_are_unchanged():
    published_entry(TELEMEDICINE_TITLE, TELEMEDICINE)
    indexing.rebuild()
    models = runtime.get()
    models.checked_at = 0
    assert runtime.refreshed() is models  # no reload without a newer save
