"""Who may build reports. Reading them is public: they only show published entries and announced
results."""

import rules

from stocktake.accounts.rules import is_secretariat

rules.add_perm("reports.build_report", is_secretariat)
rules.add_perm("reports.view_builds", is_secretariat)
