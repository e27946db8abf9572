"""Parsing what people type into a search box, identically for both engines.

Supported: words (all must match), "quoted phrases", a trailing * for a prefix (`digit*`), and a
leading - to exclude a word. Everything is folded with search.normalise first."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from stocktake.repository.search.normalise import tokens

MAX_TERMS = 12
_PART = re.compile(r'(-?)"([^"]*)"|(-?)(\S+)')


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # more than one → a phrase
    prefix: bool = False
    negated: bool = False


@dataclass
class ParsedQuery:
    terms: list[Term] = field(default_factory=list)

    @property
    def positive(self) -> list[Term]:
        return [t for t in self.terms if not t.negated]

    @property
    def highlight_words(self) -> list[str]:
        return [w for t in self.positive for w in t.words]

    def __bool__(self) -> bool:
        return bool(self.positive)


def parse(text: str) -> ParsedQuery:
    terms: list[Term] = []
    for neg_q, quoted, neg_w, word in _PART.findall(text or ""):
        negated = bool(neg_q or neg_w)
        raw = quoted if quoted or neg_q else word
        prefix = not quoted and raw.endswith("*")
        words = tuple(tokens(raw))
        if not words:
            continue
        terms.append(Term(words, prefix=prefix and len(words) == 1, negated=negated))
        if len(terms) >= MAX_TERMS:
            break
    return ParsedQuery(terms)


def _ordered(parsed: ParsedQuery) -> list[Term]:
    """Positive terms first; a query of exclusions only matches nothing useful, so it is ignored."""
    if not parsed:
        return []
    return parsed.positive + [t for t in parsed.terms if t.negated]


def to_fts5(parsed: ParsedQuery, columns: str = "title_folded body_folded") -> str:
    """FTS5 MATCH syntax over the text columns. Tokens are letters and digits only, so quoting is safe."""
    parts = []
    for term in _ordered(parsed):
        quoted = '"' + " ".join(term.words) + '"' + (" *" if term.prefix else "")
        parts.append(("NOT " if term.negated else "AND " if parts else "") + quoted)
    if not parts:
        return ""
    return "{" + columns + "} : (" + " ".join(parts) + ")"


# PostgreSQL's search vector repeats each title word behind this letter (migration 0010), so a
# title-only match is an index lookup. Queries never produce it: NFKD folds it to "t".
TITLE_MARK = "ᵗ"


def to_tsquery(parsed: ParsedQuery, *, title: bool = False) -> str:
    """PostgreSQL tsquery text (for `to_tsquery('simple', …)`) with the same meaning; `title`
    matches the words in the title only."""
    mark = TITLE_MARK if title else ""
    parts = []
    for term in _ordered(parsed):
        lexemes = [f"'{mark}{w}'" for w in term.words]
        expr = " <-> ".join(lexemes) + (":*" if term.prefix else "")
        if len(lexemes) > 1:
            expr = f"({expr})"
        parts.append(("!" if term.negated else "") + expr)
    return " & ".join(parts)
