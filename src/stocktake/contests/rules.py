"""Named permission rules for the prizes; services check each one in exactly one place."""

import rules

from stocktake.accounts.rules import is_confirmed, is_org_member, is_secretariat


@rules.predicate
def is_submission_member(user, submission) -> bool:
    return submission is not None and is_org_member(user, submission.organisation)


rules.add_perm("contests.manage_edition", is_secretariat)
rules.add_perm("contests.submit_for_organisation", is_confirmed & (is_org_member | is_secretariat))
rules.add_perm("contests.change_submission", is_confirmed & (is_submission_member | is_secretariat))
rules.add_perm("contests.view_submission", is_submission_member | is_secretariat)
rules.add_perm("contests.return_submission", is_secretariat)
rules.add_perm("contests.moderate_profile", is_secretariat)


@rules.predicate
def demo_timeline_on() -> bool:
    from django.conf import settings

    return bool(getattr(settings, "DEMO_TIMELINE", False))


# Rebuilding the demo's live edition at another stage (settings.DEMO_TIMELINE; never in production).
rules.add_perm("contests.switch_demo_stage", is_secretariat & demo_timeline_on)
