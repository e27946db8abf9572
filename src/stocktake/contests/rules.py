"""Named permission rules for the prizes; services check each one in exactly one place."""

import rules

from stocktake.accounts.rules import is_confirmed, is_org_member, is_secretariat


@rules.predicate
def is_submission_member(user, submission) -> bool:
    """A member of the submitting organisation, or the individual entrant."""
    if submission is None or not getattr(user, "is_authenticated", False):
        return False
    if submission.organisation_id is None:
        return submission.entrant_id == user.pk
    return is_org_member(user, submission.organisation)


@rules.predicate
def track_accepts_individuals(user, track) -> bool:
    from stocktake.contests.questionnaire import settings_for

    return track is not None and bool(settings_for(track).get("individual_entrants"))


rules.add_perm("contests.manage_edition", is_secretariat)
rules.add_perm("contests.submit_for_organisation", is_confirmed & (is_org_member | is_secretariat))
rules.add_perm("contests.enter_as_individual", is_confirmed & track_accepts_individuals)
rules.add_perm("contests.change_submission", is_confirmed & (is_submission_member | is_secretariat))
rules.add_perm("contests.view_submission", is_submission_member | is_secretariat)
rules.add_perm("contests.return_submission", is_secretariat)
rules.add_perm("contests.moderate_profile", is_secretariat)
