"""Prize results of an edition's main track (the WSIS Prizes) as reports show them."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from stocktake.contests.models import Category, Phase, Submission, Track

State = Submission.State
# Received: everything that reached the secretariat and was not withdrawn.
RECEIVED = [
    State.SUBMITTED,
    State.RETURNED,
    State.INELIGIBLE,
    State.NOT_NOMINATED,
    State.NOMINATED,
    State.FINALIST,
    State.CHAMPION,
    State.WINNER,
]
NOMINATED = [State.NOMINATED, State.FINALIST, State.CHAMPION, State.WINNER]
FINALISTS = [State.FINALIST, State.CHAMPION, State.WINNER]
RANK = {State.WINNER: 0, State.CHAMPION: 1, State.FINALIST: 2, State.NOMINATED: 3}


@dataclass
class PrizeWinner:
    submission_id: int
    entry_id: int | None
    state: str
    state_label: str
    title: str
    organisation: str
    country: str
    category_number: int
    category: str
    short_description: str = ""
    answers: list[tuple[str, str]] = field(default_factory=list)
    # The full description of the repository entry the submission is based on, if any.
    project_description: str = ""


@dataclass
class CategoryResult:
    number: int
    name: str
    winners: list[PrizeWinner] = field(default_factory=list)
    champions: list[PrizeWinner] = field(default_factory=list)


def main_track(year: int) -> Track | None:
    return Track.objects.filter(edition__year=year, kind=Track.Kind.MAIN).select_related("edition").first()


def results_announced(year: int, at=None) -> bool:
    """Winners and champions are confidential until the announcement phase of the edition's main
    track starts. An edition without that phase (imported history) counts as announced."""
    track = main_track(year)
    if track is None:
        return False
    phase = Phase.objects.filter(track=track, kind=Phase.Kind.ANNOUNCEMENT).first()
    return phase is None or phase.starts_at <= (at or timezone.now())


def results_embargoed(year: int, at=None) -> bool:
    """An edition exists and its results are still confidential."""
    return main_track(year) is not None and not results_announced(year, at)


def _submissions(year: int, region: str | None) -> QuerySet:
    qs = Submission.objects.filter(track__edition__year=year, track__kind=Track.Kind.MAIN)
    if region:
        qs = qs.filter(
            Q(organisation__country__region__code=region)
            | Q(organisation__isnull=True, entrant_country__region__code=region)
        )
    return qs


def submission_totals(year: int, region: str | None = None) -> dict[str, int]:
    """Projects received, nominated, finalists, champions and winners of the edition."""
    counts = dict(_submissions(year, region).values("state").annotate(n=Count("pk")).values_list("state", "n"))
    return {
        "received": sum(counts.get(s, 0) for s in RECEIVED),
        "nominated": sum(counts.get(s, 0) for s in NOMINATED),
        "finalists": sum(counts.get(s, 0) for s in FINALISTS),
        "champions": counts.get(State.CHAMPION, 0),
        "winners": counts.get(State.WINNER, 0),
    }


def prize_ranks(year: int) -> dict[int, int]:
    """Entry id → best prize standing of the edition (0 winner … 3 nominated), for choosing examples."""
    ranks: dict[int, int] = {}
    rows = _submissions(year, None).filter(state__in=list(RANK), entry__isnull=False).values_list("entry_id", "state")
    for entry_id, state in rows:
        ranks[entry_id] = min(ranks.get(entry_id, 9), RANK[state])
    return ranks


def _answer_label(key: str) -> str:
    from stocktake.reports.texts import answer_label

    return answer_label(key)


def _winner(s: Submission, with_text: bool) -> PrizeWinner:
    country = s.country.name if s.country else ""
    answers = []
    if with_text and isinstance(s.answers, dict):
        for key in sorted(s.answers):
            value = s.answers[key]
            if isinstance(value, str) and value.strip():
                answers.append((_answer_label(key), value.strip()))
    return PrizeWinner(
        submission_id=s.pk,
        entry_id=s.entry_id,
        state=s.state,
        state_label=str(s.get_state_display()),
        title=s.title,
        organisation=s.entrant_name,
        country=country,
        category_number=s.category.number,
        category=s.category.name,
        short_description=s.short_description.strip() if with_text else "",
        answers=answers,
    )


def _ordered(qs: QuerySet) -> list[Submission]:
    items = list(qs.select_related("organisation__country", "entrant", "entrant_country", "category__prize_category"))
    items.sort(key=lambda s: (s.category.number, RANK.get(s.state, 9), s.title.casefold(), str(s.public_id)))
    return items


def prize_results(year: int, region: str | None = None) -> list[CategoryResult]:
    """Winners and champions of each category, in category order; empty before any is announced."""
    chosen = _ordered(_submissions(year, region).filter(state__in=[State.WINNER, State.CHAMPION]))
    if not chosen:
        return []
    by_category: dict[int, list[Submission]] = defaultdict(list)
    for s in chosen:
        by_category[s.category_id].append(s)
    track = main_track(year)
    categories = Category.objects.filter(track=track).select_related("prize_category").order_by("number")
    results = []
    for category in categories:
        result = CategoryResult(category.number, category.name)
        for s in by_category.get(category.pk, []):
            (result.winners if s.state == State.WINNER else result.champions).append(_winner(s, False))
        results.append(result)
    return results


def success_stories(year: int, include_champions: bool = False, region: str | None = None) -> list[PrizeWinner]:
    """The winners (and, when asked, the champions) with their full texts, by category."""
    from stocktake.reports.queries.entries import entry_descriptions

    states = [State.WINNER, State.CHAMPION] if include_champions else [State.WINNER]
    stories = [_winner(s, True) for s in _ordered(_submissions(year, region).filter(state__in=states))]
    descriptions = entry_descriptions([w.entry_id for w in stories if w.entry_id], max_words=None)
    for story in stories:
        story.project_description = descriptions.get(story.entry_id, "")
    return stories
