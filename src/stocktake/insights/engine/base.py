"""The small interface every insights model keeps, so a better model can replace either one.

A suggester turns a title and description into ranked labels with scores and evidence; a
duplicate index answers "which indexed documents are near-copies of this text?". Both are plain
Python objects with no Django dependency: they are fitted by `stocktake insights rebuild` (and by
the benchmark), pickled under DATA_DIR, and must give the same answer for the same input.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class Suggestion:
    """One suggested label: `key` is a category number, an action-line code ("C7.4"), a sub-topic
    key ("C5/legal-measures"), an SDG number or a GDC objective number."""

    key: int | str
    score: float  # 0–1, comparable within one list
    evidence: tuple[str, ...] = ()  # phrases of the text that drove it


@dataclass(frozen=True)
class Suggestions:
    categories: tuple[Suggestion, ...]
    action_lines: tuple[Suggestion, ...]
    subtopics: tuple[Suggestion, ...]
    sdgs: tuple[Suggestion, ...]
    gdc_objectives: tuple[Suggestion, ...]
    model: str = ""

    def top_category(self) -> int | None:
        return self.categories[0].key if self.categories else None


@dataclass(frozen=True)
class Example:
    """A labelled text the platform owns (a published entry), used as training data."""

    text: str
    categories: tuple[int, ...] = ()
    sdgs: tuple[int, ...] = ()
    gdc_objectives: tuple[int, ...] = ()
    language: str = "en"


@dataclass(frozen=True)
class Document:
    """What the duplicate index holds about one entry or submission."""

    key: str  # "entry:<public id>" or "submission:<public id>"
    title: str
    text: str
    language: str = "en"
    meta: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Match:
    key: str
    score: float  # 0–1
    is_duplicate: bool
    meta: dict = field(default_factory=dict, compare=False, hash=False)


class Suggester(Protocol):
    name: str

    def suggest(self, title: str, description: str, *, language: str = "en") -> Suggestions: ...


class DuplicateIndex(Protocol):
    name: str
    threshold: float

    def __len__(self) -> int: ...

    def add(self, docs: Iterable[Document]) -> None: ...

    def remove(self, keys: Iterable[str]) -> None: ...

    def query(
        self, title: str, text: str, *, language: str = "en", limit: int = 10, exclude: Iterable[str] = ()
    ) -> list[Match]: ...
