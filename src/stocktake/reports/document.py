"""The report as data: everything a report shows is assembled here once, in the requested language,
then rendered to HTML or PDF by the same layouts. Same data in, same document out: rows have fixed
orders and the only date printed comes from the data."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Max
from django.utils import formats, translation
from django.utils.translation import get_language_bidi

from stocktake.reports import queries, texts
from stocktake.reports.queries import CategoryResult, EntryDigest, PrizeWinner, Scope, Tally
from stocktake.taxonomy.models import ActionLine, Region

KINDS = ("global", "regional", "success-stories")
GLOBAL_EXAMPLES_PER_LINE = 5
REGIONAL_EXAMPLES_PER_COUNTRY = 2
TOP_COUNTRIES = 15


@dataclass
class Figure:
    key: str
    title: str
    column: str
    rows: list[Tally]
    total: int
    chart_svg: str = ""
    # The third column: each row's share of the total, or (year on year) the change on the year before.
    third_column: str = ""
    third_values: list[str] = field(default_factory=list)

    @property
    def has_data(self) -> bool:
        return any(r.count for r in self.rows)

    @property
    def table_rows(self) -> list[tuple[Tally, str]]:
        return list(zip(self.rows, self.third_values, strict=True))


def _percent(value: float, signed: bool = False) -> str:
    text = formats.number_format(round(value, 1), decimal_pos=1) + " %"
    return ("+" + text) if signed and value > 0 else text


def _third_column(figure: Figure, labels: dict[str, str]) -> None:
    if figure.key == "years":
        figure.third_column = labels["change"]
        figure.third_values = ["—"] + [
            _percent(100.0 * (row.count - prev.count) / prev.count, signed=True) if prev.count else "—"
            for prev, row in zip(figure.rows, figure.rows[1:], strict=False)
        ]
    else:
        figure.third_column = labels["share"]
        figure.third_values = [_percent(100.0 * r.count / figure.total if figure.total else 0.0) for r in figure.rows]


@dataclass
class Example:
    title: str
    organisation: str
    countries: str
    status: str
    tags: str
    description: str
    prize: str = ""


@dataclass
class CountryGroup:
    code: str
    name: str
    examples: list[Example]


@dataclass
class Chapter:
    code: str
    title: str
    count: int
    is_sub_line: bool
    examples: list[Example] = field(default_factory=list)
    groups: list[CountryGroup] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return "line-" + self.code.lower().replace(".", "-")


@dataclass
class Report:
    kind: str
    year: int
    language: str
    rtl: bool
    title: str
    subtitle: str
    as_of: date
    as_of_text: str
    region: str = ""
    region_name: str = ""
    include_champions: bool = False
    # Prize results not yet announced and left out of this report.
    prizes_withheld: bool = False
    total: int = 0
    empty_message: str = ""
    introduction: list[str] = field(default_factory=list)
    key_figures: list[tuple[str, int]] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    chapters: list[Chapter] = field(default_factory=list)
    prize_totals: dict[str, int] = field(default_factory=dict)
    prizes: list[CategoryResult] = field(default_factory=list)
    stories: list[PrizeWinner] = field(default_factory=list)
    annex: list[EntryDigest] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)

    @property
    def chapter_tree(self) -> list[tuple[Chapter, list[Chapter]]]:
        """Chapters with their sub-lines (C7.1 … C7.8 under C7), for the table of contents."""
        tree: list[tuple[Chapter, list[Chapter]]] = []
        for chapter in self.chapters:
            if chapter.is_sub_line and tree:
                tree[-1][1].append(chapter)
            else:
                tree.append((chapter, []))
        return tree

    @property
    def file_stem(self) -> str:
        parts = ["wsis-stocktaking", self.kind, str(self.year)]
        if self.region:
            parts.append(self.region.lower())
        return "-".join([*parts, self.language])


Progress = Callable[[str], None]

# Steps reported to a progress bar, by kind.
STEPS = {"global": 6, "regional": 6, "success-stories": 2}


def _as_of(scope: Scope) -> date:
    """The date a report is 'as of': the last publication in the year (any region), else 31 December."""
    latest = queries.published_entries(Scope(scope.year, None, scope.collection)).aggregate(m=Max("published_at"))["m"]
    return latest.date() if latest else date(scope.year, 12, 31)


def assemble(
    kind: str,
    year: int,
    *,
    region: str | None = None,
    language: str = "en",
    include_champions: bool = False,
    include_unannounced: bool = False,
    progress: Progress | None = None,
) -> Report:
    """The report's content. Prize results that are not announced yet are left out unless
    include_unannounced (the secretariat preparing the book for the ceremony)."""
    if kind not in KINDS:
        raise ValueError(kind)
    step = progress or (lambda _name: None)
    with translation.override(language):
        region_obj = Region.objects.get(code=region) if region else None
        scope = Scope(year=year, region=region if kind == "regional" else None)
        as_of = _as_of(scope)
        title, subtitle = texts.title_for(kind, year, region_obj.name if region_obj else "")
        report = Report(
            kind=kind,
            year=year,
            language=language,
            rtl=get_language_bidi(),
            title=title,
            subtitle=subtitle,
            as_of=as_of,
            as_of_text=formats.date_format(as_of, "DATE_FORMAT"),
            region=region or "",
            region_name=region_obj.name if region_obj else "",
            include_champions=include_champions,
            prizes_withheld=not include_unannounced and queries.results_embargoed(year),
            labels=texts.labels(),
        )
        if kind == "success-stories":
            _assemble_stories(report, step)
        else:
            _assemble_stocktaking(report, scope, step)
    return report


def _assemble_stories(report: Report, step: Progress) -> None:
    step("stories")
    report.introduction = texts.introduction("success-stories", report.year, 0, report.as_of_text)
    if not report.prizes_withheld:
        report.stories = queries.success_stories(report.year, include_champions=report.include_champions)
    report.total = len(report.stories)
    step("layout")


def _assemble_stocktaking(report: Report, scope: Scope, step: Progress) -> None:
    step("figures")
    report.total = queries.total_entries(scope)
    report.introduction = texts.introduction(
        report.kind, report.year, report.total, report.as_of_text, report.region_name
    )
    if report.total == 0 and report.kind == "regional":
        report.empty_message = texts.empty_region(report.region_name, report.year)
    by_line = queries.entries_by_action_line(scope)
    prize_totals = queries.submission_totals(report.year, scope.region)
    if report.prizes_withheld:
        prize_totals = prize_totals | {"champions": None, "winners": None}
    labels = texts.key_figure_labels()
    report.key_figures = [
        (labels["entries"], report.total),
        (labels["organisations"], queries.count_organisations(scope)),
        (labels["countries"], queries.count_countries(scope)),
        (labels["action_lines"], sum(1 for t in by_line if t.count and "." not in t.key)),
    ]
    if queries.main_track(report.year) is not None:
        report.key_figures.append((labels["submissions"], prize_totals["received"]))
    names = texts.figure_texts()
    sources = [
        ("action_lines", by_line),
        ("sdgs", queries.entries_by_sdg(scope)),
        ("gdc", queries.entries_by_gdc_objective(scope)),
        ("regions", queries.entries_by_region(scope)),
        ("stakeholders", queries.entries_by_stakeholder_type(scope)),
        ("countries", queries.top_countries(scope, TOP_COUNTRIES)),
        ("status", queries.entries_by_status(scope)),
        ("years", queries.entries_by_year(scope)),
    ]
    for key, rows in sources:
        if key == "regions" and scope.region:
            continue  # one region: the table would be a single row
        if key == "years" and len(rows) < 2:
            continue  # nothing to compare with
        title, column = names[key]
        figure = Figure(key, title, column, rows, report.total)
        _third_column(figure, report.labels)
        report.figures.append(figure)

    step("entries")
    digests = queries.entry_digests(scope)
    # Unannounced results must not show through the choice or the marking of examples either.
    ranks = {} if report.prizes_withheld else queries.prize_ranks(report.year)

    step("chapters")
    counts = {t.key: t.count for t in by_line}
    lines = list(ActionLine.objects.order_by("sort_key"))
    chosen: list[tuple[Chapter, list[EntryDigest]]] = []
    for line in lines:
        codes = {line.code, *(c.code for c in lines if c.parent_id == line.pk)}
        chapter = Chapter(line.code, line.name, counts.get(line.code, 0), is_sub_line=line.parent_id is not None)
        if scope.region:
            groups = queries.select_examples_by_country(
                digests, codes, scope.region, ranks, REGIONAL_EXAMPLES_PER_COUNTRY
            )
            chosen.append((chapter, [d for _c, _n, items in groups for d in items]))
            chapter.groups = [CountryGroup(code, name, items) for code, name, items in groups]
        else:
            examples = queries.select_examples(digests, codes, ranks, GLOBAL_EXAMPLES_PER_LINE)
            chosen.append((chapter, examples))
            chapter.examples = examples
        report.chapters.append(chapter)
    descriptions = queries.entry_descriptions(sorted({d.id for _c, items in chosen for d in items}))
    markers = {0: report.labels["prize_winner_marker"], 1: report.labels["prize_champion_marker"]}

    def example(d: EntryDigest) -> Example:
        return Example(
            title=d.title,
            organisation=d.organisation,
            countries=d.country_names or report.labels["international"],
            status=d.status_label,
            tags=d.tags,
            description=descriptions.get(d.id, ""),
            prize=markers.get(ranks.get(d.id, 9), ""),
        )

    for chapter, _items in chosen:
        chapter.examples = [example(d) for d in chapter.examples]
        for group in chapter.groups:
            group.examples = [example(d) for d in group.examples]

    step("prizes")
    report.prize_totals = prize_totals
    if not report.prizes_withheld:
        report.prizes = queries.prize_results(report.year, scope.region)

    step("annex")
    report.annex = digests
