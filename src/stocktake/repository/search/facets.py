"""Facets: what can be filtered and counted, how a tag becomes an index token and back."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from stocktake.repository.models.entry import EntryType, ProjectStatus


@dataclass(frozen=True)
class Facet:
    name: str  # query parameter and API key
    prefix: str  # token prefix in the index
    label: str


FACETS = [
    Facet("action_line", "al", _("Action line")),
    Facet("sdg", "sdg", _("Sustainable Development Goal")),
    Facet("gdc", "gdc", _("GDC objective")),
    Facet("region", "rg", _("Region")),
    Facet("country", "ct", _("Country")),
    Facet("stakeholder", "st", _("Stakeholder type")),
    Facet("type", "et", _("Type")),
    Facet("status", "ps", _("Status")),
    Facet("year", "yr", _("Year")),
]
BY_NAME = {f.name: f for f in FACETS}
BY_PREFIX = {f.prefix: f for f in FACETS}
COLLECTION_PREFIX = "col"


def token(prefix: str, value) -> str:
    """`sdg`, 4 → `sdg_4`; `al`, `C7.1` → `al_c7_1`; `st`, `civil-society` → `st_civil_society`."""
    return f"{prefix}_{str(value).lower().replace('.', '_').replace('-', '_')}"


DEFAULT_COLLECTION = "stocktaking"
OTHER_COLLECTION_TOKEN = "col__other"  # noqa: S105 - an index token, not a secret


def collection_token(collection: str) -> str:
    """The token under which SearchFacetCount keeps a collection's total."""
    return token(COLLECTION_PREFIX, collection)


def document_collection_tokens(collection: str) -> list[str]:
    """Tokens a document carries for its collection. Documents of the default collection carry none:
    a token present in every document would make each query walk a posting list as long as the
    index. Other collections are marked, and the default collection's queries exclude them."""
    if collection == DEFAULT_COLLECTION:
        return []
    return [OTHER_COLLECTION_TOKEN, collection_token(collection)]


@lru_cache(maxsize=1)
def _reference() -> dict:
    """token → (facet name, public value, sort key, label source). Reference data only changes with a
    migration, so one load per process is enough; labels are resolved per request (language)."""
    from stocktake.taxonomy.models import SDG, ActionLine, Country, GDCObjective, Region, StakeholderType

    ref = {}
    for a in ActionLine.objects.all():
        ref[token("al", a.code)] = ("action_line", a.code, a.sort_key, a)
    for s in SDG.objects.all():
        ref[token("sdg", s.number)] = ("sdg", str(s.number), s.number, s)
    for g in GDCObjective.objects.all():
        ref[token("gdc", g.number)] = ("gdc", str(g.number), g.number, g)
    for r in Region.objects.all():
        ref[token("rg", r.code)] = ("region", r.code, r.order, r)
    for c in Country.objects.all():
        ref[token("ct", c.code)] = ("country", c.code, c.code, c)
    for s in StakeholderType.objects.all():
        ref[token("st", s.code)] = ("stakeholder", s.code, s.order, s)
    for i, (value, label) in enumerate(EntryType.choices):
        ref[token("et", value)] = ("type", value, i, label)
    for i, (value, label) in enumerate(ProjectStatus.choices):
        ref[token("ps", value)] = ("status", value, i, label)
    return ref


@lru_cache(maxsize=16)
def _described(language: str) -> dict[str, tuple[str, str, object, str]]:
    """token → (facet name, value, sort key, label in `language`), built once per language."""
    out = {}
    for tok, (name, value, order, source) in _reference().items():
        if name == "action_line":
            label = source.label
        elif name in {"sdg", "gdc"}:
            label = f"{value}. {source.name}"
        else:
            label = str(source.name if hasattr(source, "name") else source)
        out[tok] = (name, value, order, label)
    return out


def describe(tok: str) -> tuple[str, str, object, str] | None:
    """(facet name, value, sort key, label) of an index token, or None for tokens that are not facets."""
    return describer()(tok)


def describer():
    """`describe` for many tokens in the current language (looked up once, not per token)."""
    described = _described(get_language() or "en")

    def describe_token(tok: str) -> tuple[str, str, object, str] | None:
        if tok.startswith("yr_"):
            year = tok[3:]
            return ("year", year, -int(year), year) if year.isdigit() else None
        return described.get(tok)

    return describe_token


def value_of(tok: str) -> tuple[str, str] | None:
    """(facet name, value) without labels: cheap, for tagging result rows."""
    if tok.startswith("yr_"):
        return ("year", tok[3:])
    found = _reference().get(tok)
    return (found[0], found[1]) if found else None


def filter_token(facet_name: str, value: str) -> str | None:
    facet = BY_NAME.get(facet_name)
    if facet is None or not str(value).strip():
        return None
    return token(facet.prefix, str(value).strip())
