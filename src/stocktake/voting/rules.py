"""Named permission rules of the voting app."""

import rules

from stocktake.accounts.rules import is_confirmed, is_expert, is_secretariat

# Anyone whose e-mail address is confirmed is a voter; there is no stored voter role.
rules.add_perm("voting.cast_vote", is_confirmed)
rules.add_perm("voting.review_votes", is_secretariat)
rules.add_perm("voting.invalidate", is_secretariat)
rules.add_perm("voting.publish_results", is_secretariat)
# The expert group chooses the winners; the secretariat may record its decision.
rules.add_perm("voting.select_winners", is_expert | is_secretariat)
