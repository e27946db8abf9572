"""Named permission rules for expert review."""

import rules

from stocktake.accounts.rules import is_secretariat


@rules.predicate
def is_the_reviewer(user, reviewer) -> bool:
    return reviewer is not None and getattr(user, "is_authenticated", False) and reviewer.user_id == user.pk


@rules.predicate
def holds_unconflicted_assignment(user, assignment) -> bool:
    if assignment is None or not getattr(user, "is_authenticated", False) or assignment.reviewer.user_id != user.pk:
        return False
    submission = assignment.submission
    if submission.entrant_id == user.pk:
        return False  # an expert never scores their own individual entry
    if submission.organisation_id and submission.organisation.memberships.filter(user=user).exists():
        return False
    return not assignment.submission.conflicts.filter(reviewer_id=assignment.reviewer_id).exists()


rules.add_perm("judging.manage_panel", is_secretariat)
rules.add_perm("judging.respond_to_invitation", is_the_reviewer)
rules.add_perm("judging.declare_conflict", is_the_reviewer | is_secretariat)
rules.add_perm("judging.score", holds_unconflicted_assignment)
