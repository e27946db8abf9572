"""Keeps the models current as entries and submissions change, without the repository or contests
apps having to know about insights. Runs after the transaction commits, when the entry's tags are
saved too; a failure here is logged and never undoes or blocks the owner's change."""

import logging

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from stocktake.contests.models import Submission
from stocktake.repository.models import Entry

logger = logging.getLogger(__name__)


@receiver(post_save, sender=Entry, dispatch_uid="insights-index-entry")
def entry_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    pk = instance.pk
    transaction.on_commit(lambda: _safely(_index_entry, pk))


@receiver(post_save, sender=Submission, dispatch_uid="insights-index-submission")
def submission_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    pk = instance.pk
    transaction.on_commit(lambda: _safely(_index_submission, pk))


def _index_entry(pk):
    from stocktake.insights.services import index_entry

    entry = Entry.objects.select_related("organisation").filter(pk=pk).first()
    if entry is not None:
        index_entry(entry)


def _index_submission(pk):
    from stocktake.insights.services import index_submission

    submission = (
        Submission.objects.select_related("track__edition", "category", "organisation", "entrant", "entry")
        .filter(pk=pk)
        .first()
    )
    if submission is not None:
        index_submission(submission)


def _safely(func, pk):
    try:
        func(pk)
    except Exception:
        logger.exception("Could not update the insights index for %s", pk)
