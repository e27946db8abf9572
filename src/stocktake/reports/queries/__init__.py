"""Reads behind every figure of a report. Each number printed in a report comes from one named
function here, so tests can check it against the database."""

from stocktake.reports.queries.entries import (
    EntryDigest,
    annex_entries,
    entry_descriptions,
    entry_digests,
    select_examples,
    select_examples_by_country,
)
from stocktake.reports.queries.prizes import (
    CategoryResult,
    PrizeWinner,
    prize_ranks,
    prize_results,
    results_announced,
    results_embargoed,
    submission_totals,
    success_stories,
)
from stocktake.reports.queries.scope import Scope, available_years, data_fingerprint, published_entries
from stocktake.reports.queries.statistics import (
    Tally,
    count_countries,
    count_organisations,
    entries_by_action_line,
    entries_by_gdc_objective,
    entries_by_region,
    entries_by_sdg,
    entries_by_stakeholder_type,
    entries_by_status,
    entries_by_year,
    top_countries,
    total_entries,
)

__all__ = [
    "CategoryResult",
    "EntryDigest",
    "PrizeWinner",
    "Scope",
    "Tally",
    "annex_entries",
    "available_years",
    "count_countries",
    "count_organisations",
    "data_fingerprint",
    "entries_by_action_line",
    "entries_by_gdc_objective",
    "entries_by_region",
    "entries_by_sdg",
    "entries_by_stakeholder_type",
    "entries_by_status",
    "entries_by_year",
    "entry_descriptions",
    "entry_digests",
    "prize_ranks",
    "prize_results",
    "published_entries",
    "results_announced",
    "results_embargoed",
    "select_examples",
    "select_examples_by_country",
    "submission_totals",
    "success_stories",
    "top_countries",
    "total_entries",
]
