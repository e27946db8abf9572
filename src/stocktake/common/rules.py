import rules

from stocktake.accounts.rules import is_secretariat

rules.add_perm("common.review_outbox", is_secretariat)
