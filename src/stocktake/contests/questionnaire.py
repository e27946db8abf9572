"""The questions of each track's form, with their word limits. A track's `settings` may override
the limits (e.g. {"min_words": {"partnerships": 80}}); the settings are frozen once the
submission phase opens, so every submitter of an edition meets the same rules."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

TEXT, URL, BOOL, SDGS, GDCS, COUNTRIES, IMAGE = "text", "url", "bool", "sdgs", "gdcs", "countries", "image"


@dataclass(frozen=True)
class Question:
    key: str
    label: str
    help: str = ""
    kind: str = TEXT
    min_words: int = 0
    required: bool = True


MAIN = [
    Question(
        "linkages",
        _("Linkages between the action line, the SDGs and the GDC objectives"),
        _("Explain how the project serves the chosen action line and the goals and objectives you ticked."),
        min_words=40,
    ),
    Question(
        "impact_qualitative", _("Impact: qualitative"), _("Who benefited and how their lives changed."), min_words=50
    ),
    Question(
        "impact_quantitative",
        _("Impact: quantitative"),
        _("Figures with their sources: people reached, services delivered, costs saved."),
        min_words=30,
    ),
    Question("partnerships", _("Partnerships"), _("Partners and what each contributed."), min_words=30),
    Question("challenges", _("Challenges and future perspectives"), min_words=40),
    Question("goals", _("Goals"), min_words=30),
    Question("timeframe", _("Timeframe"), _("Start, main phases and where the project stands now."), min_words=10),
    Question("added_value", _("Added value"), _("What the project does that others did not."), min_words=30),
    Question("results", _("Results"), _("Results achieved, with evidence."), min_words=40),
]

PHOTO = [
    Question(
        "image", _("Photograph"), _("A JPEG or PNG, at least 1200 pixels on its longer side, at most 10 MB."), IMAGE
    ),
    Question("photographer", _("Photographer's name"), min_words=1),
    Question("location", _("Where the photograph was taken"), min_words=1),
    # Its label comes from the track's `entrant_age` setting (see age_question).
    Question("age_confirmed", "", kind=BOOL),
    Question("rights_confirmed", _("I took this photograph and may license it for publication."), kind=BOOL),
]

HEALTHY_AGEING = [
    Question("solution", _("The solution"), _("What it does for people aged 60 and over."), min_words=80),
    Question("older_people_impact", _("Impact on older people"), min_words=60),
    Question("evidence", _("Evidence"), _("Studies, pilots, user numbers."), min_words=40),
    Question("scalability", _("Scalability and sustainability"), min_words=40),
]

YOUTH = [
    Question(
        "video_url", _("Link to the video"), _("Give a video link or upload an image or poster."), URL, required=False
    ),
    Question("image", _("Image or poster"), _("JPEG or PNG, at most 10 MB."), IMAGE, required=False),
    Question("team", _("The youth team"), _("Who made the project and their ages."), min_words=20),
    Question("inclusion_impact", _("Digital inclusion impact"), min_words=50),
    Question("age_confirmed", "", kind=BOOL),
]

SERVICE_DESIGN = [
    Question("service", _("The government digital service"), min_words=80),
    Question("building_blocks", _("Digital public infrastructure and building blocks used"), min_words=40),
    Question("users", _("Users reached and how the service was designed with them"), min_words=40),
    Question("pitch_contact", _("Who will pitch if the service is a finalist"), min_words=2),
]

QUESTIONS = {
    "main": MAIN,
    "photo": PHOTO,
    "healthy-ageing": HEALTHY_AGEING,
    "youth": YOUTH,
    "service-design": SERVICE_DESIGN,
}

# Which of a track's votes count (Track.settings["vote_validity"], read by the voting app, frozen
# once voting opens): every confirmed vote on its own, or a voter's votes only once the voter has
# voted in every category (the rule of past WSIS Prizes editions).
VOTE_VALIDITY_EACH_VOTE = "each_vote"
VOTE_VALIDITY_ALL_CATEGORIES = "all_categories"
VOTE_VALIDITY_RULES = (VOTE_VALIDITY_ALL_CATEGORIES, VOTE_VALIDITY_EACH_VOTE)

# Defaults per track kind; Track.settings overrides any of them.
DEFAULT_SETTINGS = {
    "main": {
        "short_description_words": [150, 200],
        "english_only": True,
        "previous_winners_ineligible": True,
        "one_per_organisation": False,
        "requires_gdc": True,
        "requires_entry": True,
        "vote_validity": VOTE_VALIDITY_ALL_CATEGORIES,
    },
    # Photographers and young people enter on their own as well as through organisations.
    # `entrant_age` is [youngest, oldest or None]: entrants confirm it with a tick box.
    "photo": {
        "short_description_words": [20, 120],
        "english_only": True,
        "requires_entry": False,
        "individual_entrants": True,
        "entrant_age": [18, None],
    },
    "healthy-ageing": {
        "short_description_words": [150, 200],
        "english_only": True,
        "one_per_organisation": True,
        "requires_entry": True,
    },
    # The Youth Prize's age range is not in the published facts we hold: 18–29 is a default the
    # secretariat changes per edition through the track's `entrant_age` setting.
    "youth": {
        "short_description_words": [50, 200],
        "english_only": True,
        "requires_entry": False,
        "individual_entrants": True,
        "entrant_age": [18, 29],
    },
    "service-design": {"short_description_words": [100, 200], "english_only": True, "requires_entry": False},
}


def settings_for(track) -> dict:
    merged = dict(DEFAULT_SETTINGS.get(track.kind, DEFAULT_SETTINGS["main"]))
    merged.update(track.settings or {})
    return merged


def age_bounds(track) -> tuple[int, int | None] | None:
    bounds = settings_for(track).get("entrant_age")
    if not bounds:
        return None
    low, high = ([*list(bounds), None])[:2]
    return int(low), (int(high) if high is not None else None)


def age_label(track) -> str:
    bounds = age_bounds(track) or (18, None)
    low, high = bounds
    if high is None:
        return gettext("I confirm that I am %(min)d years old or older.") % {"min": low}
    return gettext(
        "I confirm that I am, and everyone who made this entry is, between %(min)d and %(max)d years old."
    ) % {
        "min": low,
        "max": high,
    }


def questions_for(track) -> list[Question]:
    overrides = settings_for(track).get("min_words") or {}
    result = []
    for q in QUESTIONS.get(track.kind, MAIN):
        if q.key == "age_confirmed":
            if age_bounds(track) is None:
                continue
            q = Question(q.key, age_label(track), q.help, q.kind, q.min_words, q.required)
        if q.key in overrides:
            q = Question(q.key, q.label, q.help, q.kind, int(overrides[q.key]), q.required)
        result.append(q)
    return result


def text_questions(track) -> list[Question]:
    return [q for q in questions_for(track) if q.kind == TEXT]
