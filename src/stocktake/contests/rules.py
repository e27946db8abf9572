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
