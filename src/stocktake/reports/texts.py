"""The fixed wording of the reports. Every sentence is translatable; the report is written in the
language active while it is assembled (the requested language)."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# Questionnaire answers that the Success Stories book prints under their own headings.
ANSWER_LABELS = {
    "impact": gettext_lazy("Impact"),
    "qualitative_impact": gettext_lazy("Qualitative impact"),
    "quantitative_impact": gettext_lazy("Quantitative impact"),
    "results": gettext_lazy("Results"),
    "partnerships": gettext_lazy("Partnerships"),
    "challenges": gettext_lazy("Challenges"),
    "future": gettext_lazy("Future perspectives"),
    "challenges_and_future": gettext_lazy("Challenges and future perspectives"),
    "goals": gettext_lazy("Goals"),
    "timeframe": gettext_lazy("Timeframe"),
    "added_value": gettext_lazy("Added value"),
    "linkages": gettext_lazy("Links with the action line, the SDGs and the GDC"),
    "replication": gettext_lazy("Potential for replication"),
    "sustainability": gettext_lazy("Sustainability"),
    "community_empowerment": gettext_lazy("Community empowerment"),
    "description": gettext_lazy("Description"),
}


def answer_label(key: str) -> str:
    if key in ANSWER_LABELS:
        return str(ANSWER_LABELS[key])
    return key.replace("_", " ").replace("-", " ").strip().capitalize()


def labels() -> dict[str, str]:
    """Headings and captions used by both the HTML and the PDF layouts."""
    return {
        "contents": _("Contents"),
        "page": _("Page"),
        "summary": _("Summary"),
        "key_figures": _("Key figures"),
        "statistics": _("Statistics"),
        "chapters": _("Action lines and project examples"),
        "prizes": _("WSIS Prizes results"),
        "annex": _("Annex: every project in this report"),
        "count": _("Entries"),
        "share": _("Share"),
        "change": _("Change on the year before"),
        "winner": _("Winner"),
        "winners": _("Winners"),
        "champions": _("Champions"),
        "category": _("Category"),
        "organisation": _("Organisation"),
        "country": _("Country"),
        "countries": _("Countries"),
        "status": _("Status"),
        "tags": _("Tags"),
        "title": _("Title"),
        "project": _("Project"),
        "international": _("International"),
        "entries_in_chapter": _("Entries under this action line"),
        "no_examples": _("No published entry is tagged with this action line."),
        "no_prizes": _("The results of this edition have not been announced yet."),
        "no_stories": _("No winners have been announced for this edition yet."),
        "received": _("Projects received"),
        "nominated": _("Nominated"),
        "finalists": _("Finalists"),
        "prize_winner_marker": _("Prize winner"),
        "prize_champion_marker": _("Prize champion"),
        "chart_note": _("The table below the chart gives the same figures."),
        "short_description": _("Summary of the project"),
        "project_description": _("About the project"),
        "published_by": _("Published by the WSIS Stocktaking platform"),
        "annex_intro": _("Projects are listed by title. Tags are the action lines, SDGs and GDC objectives chosen."),
        "c7": _("ICT applications"),
    }


def title_for(kind: str, year: int, region_name: str = "") -> tuple[str, str]:
    if kind == "global":
        return _("WSIS Stocktaking Report %(year)s") % {"year": year}, _("Global report")
    if kind == "regional":
        return _("WSIS Stocktaking Report %(year)s") % {"year": year}, _("Regional report: %(region)s") % {
            "region": region_name
        }
    return _("WSIS Stocktaking: Success Stories %(year)s") % {"year": year}, _("Winners of the WSIS Prizes")


def introduction(kind: str, year: int, total: int, as_of: str, region_name: str = "") -> list[str]:
    if kind == "success-stories":
        return [
            _(
                "Each year the WSIS Prizes recognise projects that put information and communication "
                "technologies to work for sustainable development. This book tells the stories of the "
                "%(year)s edition's prize winners in their own words, category by category."
            )
            % {"year": year},
            _(
                "The texts come from the questionnaires the organisations completed when they entered the "
                "contest; the secretariat has not edited them."
            ),
        ]
    scope = (
        _("implemented in %(region)s") % {"region": region_name}
        if kind == "regional"
        else _("recorded by stakeholders worldwide")
    )
    return [
        _(
            "This report brings together the %(total)s projects %(scope)s in the WSIS Stocktaking "
            "repository for %(year)s. Governments, international organisations, business, civil society "
            "and academia describe their work there and tag it with the WSIS Action Lines, the "
            "Sustainable Development Goals and the objectives of the Global Digital Compact."
        )
        % {"total": total, "scope": scope, "year": year},
        _(
            "The statistics count the published entries as they stood on %(date)s. An entry carried out "
            "in several countries or regions counts once in each, and an entry may carry several tags, so "
            "the rows of a table can add up to more than the total."
        )
        % {"date": as_of},
        _(
            "Each chapter then presents a selection of projects for one action line. Prize-winning projects "
            "come first, then completed work; the full list is in the annex."
        ),
    ]


def empty_region(region_name: str, year: int) -> str:
    return _("No published entries were recorded for %(region)s in %(year)s, so this report has no figures.") % {
        "region": region_name,
        "year": year,
    }


def figure_texts() -> dict[str, tuple[str, str]]:
    """(title, label-column heading) of each statistics table."""
    return {
        "action_lines": (_("Entries by WSIS Action Line"), _("Action line")),
        "sdgs": (_("Entries by Sustainable Development Goal"), _("SDG")),
        "gdc": (_("Entries by Global Digital Compact objective"), _("GDC objective")),
        "regions": (_("Entries by region"), _("Region")),
        "stakeholders": (_("Entries by stakeholder type"), _("Stakeholder type")),
        "countries": (_("Countries with the most entries"), _("Country")),
        "status": (_("Entries by project status"), _("Status")),
        "years": (_("Entries year on year"), _("Year")),
    }


def key_figure_labels() -> dict[str, str]:
    return {
        "entries": _("Published entries"),
        "organisations": _("Organisations"),
        "countries": _("Countries"),
        "action_lines": _("Action lines covered"),
        "submissions": _("WSIS Prizes submissions"),
    }
