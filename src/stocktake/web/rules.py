"""Named permission rules for the web app's own actions."""

import rules

# A signed-in person chooses the interface language for their own account.
rules.add_perm("web.set_own_language", rules.is_authenticated)
