"""Named permission rules for insights. Suggestions and similarity scores of published entries are
open to everyone (they only re-arrange public data); the secretariat's reports and rebuilding the
models are the secretariat's."""

import rules

from stocktake.accounts.rules import is_secretariat

rules.add_perm("insights.view_reports", is_secretariat)
rules.add_perm("insights.rebuild_models", is_secretariat)
