"""Named permission rules for the repository. Each service function checks exactly one of them."""

import rules

from stocktake.accounts.rules import is_confirmed, is_moderator, is_org_member, is_secretariat


@rules.predicate
def is_entry_owner(user, entry) -> bool:
    """A member of the organisation the entry belongs to."""
    return entry is not None and is_org_member(user, entry.organisation)


@rules.predicate
def is_public_entry(user, entry) -> bool:
    return entry is not None and entry.is_public


# Creating takes the organisation as the object; everything else takes the entry.
rules.add_perm("repository.create_entry", is_confirmed & (is_org_member | is_secretariat))
rules.add_perm("repository.edit_entry", is_confirmed & (is_entry_owner | is_secretariat))
rules.add_perm("repository.submit_entry", is_confirmed & (is_entry_owner | is_secretariat))
rules.add_perm("repository.moderate_entry", is_moderator)
rules.add_perm("repository.view_entry", is_public_entry | is_entry_owner | is_moderator)
rules.add_perm("repository.view_entry_history", is_entry_owner | is_moderator)
rules.add_perm("repository.import_entries", is_secretariat)
