"""The shipped suggester: TF-IDF features and logistic regression, fitted on label knowledge and
on the platform's own published entries.

Why this model: it runs on numpy/scikit-learn on one CPU core in a few milliseconds, needs no
download, is deterministic, and every score can be explained by the phrases of the text that
weigh most for it. Every short passage of label knowledge (a sentence of a description, one
keyword) is a training sample of its label; a published entry is a sample of each of its labels.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from stocktake.insights.engine import text as textmod
from stocktake.insights.engine.base import Example, Suggestion, Suggestions
from stocktake.insights.engine.labels import LabelKnowledge, taxonomy_knowledge

# How many SDGs / objectives to suggest at most, and how close to the best one a further one
# must score to be suggested too.
MAX_SDGS = 3
MAX_GDCS = 2
RELATIVE_CUTOFF = 0.4
EVIDENCE_PHRASES = 4
# Vocabulary: the most frequent words and word pairs, at most this many (keeps the stored model
# small).
MAX_FEATURES = 60_000
# Names in the other UN languages are short and many; at full weight they pull English texts
# around (measured on the dev half: top-1 down 2-3 points), so they count less.
TRANSLATION_WEIGHT = 0.3


class _Head:
    """One label family (categories, SDGs or GDC objectives): a logistic regression."""

    def __init__(self, labels: list[int | str], model: LogisticRegression):
        self.labels = labels
        self.model = model

    @classmethod
    def fit(cls, X, y: list, weights: list[float]) -> _Head:
        model = LogisticRegression(C=10.0, max_iter=1000, tol=1e-3, random_state=0)
        model.fit(X, np.asarray(y), sample_weight=np.asarray(weights))
        return cls([_plain(c) for c in model.classes_], model)

    def scores(self, q) -> np.ndarray:
        return self.model.predict_proba(q)[0]

    def contributions(self, q, class_index: int) -> list[tuple[int, float]]:
        """Features of q that push towards the class, strongest first."""
        coef = self.model.coef_[class_index]
        pairs = [(int(f), float(v * coef[f])) for f, v in zip(q.indices, q.data, strict=True)]
        return sorted((p for p in pairs if p[1] > 0), key=lambda p: (-p[1], p[0]))


def _plain(value):
    return value.item() if hasattr(value, "item") else value


class LexicalSuggester:
    name = "lexical-tfidf-lr-1"

    def __init__(self, knowledge: LabelKnowledge, vectorizer: TfidfVectorizer, heads: dict[str, _Head], trained_on):
        self.knowledge = knowledge
        self.vectorizer = vectorizer
        self.heads = heads
        self.trained_on = trained_on  # {"label_passages": n, "examples": n}
        self._features = vectorizer.get_feature_names_out()

    # --- fitting ------------------------------------------------------------------------------
    @classmethod
    def fit(cls, examples: Iterable[Example] = (), knowledge: LabelKnowledge | None = None) -> LexicalSuggester:
        knowledge = knowledge or taxonomy_knowledge()
        examples = list(examples)
        families = {
            "category": knowledge.category_texts,
            "sdg": knowledge.sdg_texts,
            "gdc": knowledge.gdc_texts,
        }
        # Each distinct text is analysed once; a sample refers to its row.
        rows: dict[str, int] = {}
        samples: dict[str, tuple[list[int], list, list[float]]] = {f: ([], [], []) for f in families}

        def row(text: str | tuple[str, str]) -> int:
            return rows.setdefault(text, len(rows))

        for family, texts_by_label in families.items():
            refs, labels, weights = samples[family]
            for label in sorted(texts_by_label):
                for passage in texts_by_label[label]:
                    refs.append(row(passage))
                    labels.append(label)
                    weights.append(1.0 if isinstance(passage, str) else TRANSLATION_WEIGHT)
        for ex in examples:
            text = ex.text if ex.language == "en" else (ex.text, ex.language)
            for family, keys in (("category", ex.categories), ("sdg", ex.sdgs), ("gdc", ex.gdc_objectives)):
                refs, labels, weights = samples[family]
                for key in sorted(set(keys)):
                    refs.append(row(text))
                    labels.append(key)
                    # An entry with several labels counts once in total, not once per label.
                    weights.append(1.0 / len(set(keys)))
        analysed = [textmod.analyse(t) if isinstance(t, str) else textmod.analyse(*t) for t in rows]
        vectorizer = TfidfVectorizer(
            analyzer=_analyse, sublinear_tf=True, dtype=np.float32, min_df=1, max_features=MAX_FEATURES
        )
        matrix = vectorizer.fit_transform(analysed)
        heads = {}
        # One BLAS thread: on a small machine shared with the web processes, more threads only
        # fight each other (measured: 3-4x slower fits under load).
        with threadpool_limits(limits=1):
            for family, (refs, labels, weights) in samples.items():
                heads[family] = _Head.fit(matrix[refs], labels, weights)
        passages = sum(len(v) for f in families.values() for v in f.values())
        return cls(knowledge, vectorizer, heads, {"label_passages": passages, "examples": len(examples)})

    # --- suggesting ---------------------------------------------------------------------------
    def suggest(self, title: str, description: str, *, language: str = "en") -> Suggestions:
        text = f"{title or ''}. {description or ''}"
        q = self.vectorizer.transform([textmod.analyse(text, language)])
        if q.nnz == 0:
            return Suggestions((), (), (), (), (), model=self.name)
        surface = _surface_forms(text, language)
        categories = self._ranked("category", q, surface)
        sdgs = _cut(self._ranked("sdg", q, surface), MAX_SDGS)
        gdcs = _cut(self._ranked("gdc", q, surface), MAX_GDCS)
        lines = self._action_lines(categories)
        subtopics = self._subtopics(lines, q, surface)
        return Suggestions(tuple(categories), tuple(lines), tuple(subtopics), tuple(sdgs), tuple(gdcs), self.name)

    def _ranked(self, family: str, q, surface: dict[str, str]) -> list[Suggestion]:
        head = self.heads[family]
        probs = head.scores(q)
        order = sorted(range(len(probs)), key=lambda i: (-probs[i], str(head.labels[i])))
        out = []
        for rank, i in enumerate(order):
            evidence = self._evidence(head, q, i, surface) if rank < 5 else ()
            out.append(Suggestion(head.labels[i], round(float(probs[i]), 4), evidence))
        return out

    def _evidence(self, head: _Head, q, class_index: int, surface: dict[str, str]) -> tuple[str, ...]:
        phrases: list[str] = []
        seen_words: set[str] = set()
        for feature, _ in head.contributions(q, class_index):
            stems = self._features[feature].split(" ")
            if all(s in seen_words for s in stems):
                continue
            phrase = " ".join(surface.get(s, s) for s in stems)
            phrases.append(phrase)
            seen_words.update(stems)
            if len(phrases) == EVIDENCE_PHRASES:
                break
        return tuple(phrases)

    def _action_lines(self, categories: list[Suggestion]) -> list[Suggestion]:
        """Action lines follow from the categories, one each (C7's sub-lines C7.1–C7.8 stand for
        C7 plus that sub-line)."""
        out = [Suggestion(self.knowledge.category_line[s.key], s.score, s.evidence) for s in categories]
        return sorted(out, key=lambda s: (-s.score, s.key))

    def _subtopics(self, lines: list[Suggestion], q, surface: dict[str, str]) -> list[Suggestion]:
        """Sub-topics of the two most likely action lines, by how much of their name the text uses."""
        weights = dict(zip(q.indices.tolist(), q.data.tolist(), strict=True))
        vocab = self.vectorizer.vocabulary_
        out = []
        for line in lines[:3]:
            for key, name in self.knowledge.subtopics.get(line.key, []):
                stems = list(dict.fromkeys(textmod.tokens(name)))
                hits = [s for s in stems if vocab.get(s) in weights]
                if not stems or not hits:
                    continue
                strength = sum(weights[vocab[s]] for s in hits) / len(stems)
                out.append(
                    Suggestion(
                        key,
                        round(float(line.score * min(1.0, 3 * strength)), 4),
                        tuple(surface.get(s, s) for s in hits),
                    )
                )
        return sorted(out, key=lambda s: (-s.score, s.key))[:5]


def _analyse(doc) -> list[str]:
    """Texts are analysed here; fitting passes lists it has analysed already."""
    return doc if isinstance(doc, list) else textmod.analyse(doc)


def _cut(ranked: list[Suggestion], limit: int) -> list[Suggestion]:
    """The best label, then further ones scoring at least RELATIVE_CUTOFF of it."""
    if not ranked:
        return []
    best = ranked[0].score
    return [s for i, s in enumerate(ranked[:limit]) if i == 0 or s.score >= RELATIVE_CUTOFF * best]


def _surface_forms(text: str, language: str) -> dict[str, str]:
    """stem -> the first word of the text that has it, to show people words rather than stems."""
    out: dict[str, str] = {}
    for word in textmod.words(text):
        for token in textmod.tokens(word, language):
            out.setdefault(token, word)
    return out
