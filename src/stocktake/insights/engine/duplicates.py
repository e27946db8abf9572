"""The shipped duplicate index: TF-IDF cosine over stemmed content words, plus agreement on figures.

Why not MinHash/LSH: a reworded copy of a project keeps its rare words (names, places, technical
terms) and its figures, but only about 40 % of its word set, so LSH bands tuned to catch it also
return a large share of unrelated documents in this domain. Instead, candidates are read from the
inverted (column) form of the matrix using the query's rarer words only, which costs time in
proportion to how many documents share those words rather than to the size of the index, and the
best CANDIDATES are then scored exactly over all words (a few milliseconds at 100,000 documents).

Words are hashed (no fixed vocabulary) and document frequencies follow additions and removals, so
an index kept current entry by entry stays as good as a rebuilt one. Boilerplate (runs of words
that five or more documents share: an organisation's standard paragraph, a template sentence) is
left out before comparing.

Score = cosine(words) + FIGURES_WEIGHT × Jaccard(figures), capped at 1. Paraphrases keep "2.4
million workers" or "210,000 specimens"; look-alike projects in the same field do not. The
threshold is calibrated on the dev half of benchmarks/data/insights_eval.jsonl (ids with odd
numbers): precision 1.0 from 0.40 to 0.46 there, and 0.43 is the middle of that plateau;
benchmarks/README.md gives the figures on both halves.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize

from stocktake.insights.engine import text as textmod
from stocktake.insights.engine.base import Document, Match

DUPLICATE_THRESHOLD = 0.43
# Below this a document is not even "similar".
SIMILAR_FLOOR = 0.20
FIGURES_WEIGHT = 0.2
_FIGURE_RE = re.compile(r"\d[\d,.\u00a0\u202f ]*\d|\d")
_TRIVIAL = {str(n) for n in range(0, 13)}
_MERGE_AFTER = 512
# Words are hashed into this many columns, so documents added after a rebuild bring their new
# words with them (a fixed vocabulary would ignore them until the next rebuild).
N_FEATURES = 2**20
# Query words used to find candidates: those in at most this share of the documents (or in at most
# RARE_MIN_DF of them, for small indexes); and how many candidates are then scored exactly.
RARE_FRACTION = 0.02
RARE_MIN_DF = 50
CANDIDATES = 200
# Boilerplate: a run of this many words found in at least BOILERPLATE_MIN_DOCS documents (an
# organisation's standard paragraph, a template sentence) says nothing about which project a text
# describes, so those words are left out before comparing. A project submitted again shares its
# sentences with one or two documents, far below the cut.
BOILERPLATE_RUN = 5
BOILERPLATE_MIN_DOCS = 5


def figures(text: str) -> frozenset[str]:
    """Numbers other than small counts, normalised ("200,000" and "200 000" agree)."""
    out = set()
    for match in _FIGURE_RE.findall(text or ""):
        value = re.sub(r"[,\u00a0\u202f ]", "", match).rstrip(".")
        if value and value not in _TRIVIAL:
            out.add(value)
    return frozenset(out)


def _tokens(doc) -> list[str]:
    """Documents arrive as token lists (boilerplate already taken out); plain text is tokenised."""
    return doc if isinstance(doc, list) else textmod.tokens(doc)


def _shingle_hashes(tokens: list[str]) -> np.ndarray:
    """Stable hashes of the runs of BOILERPLATE_RUN consecutive tokens (crc32: same in every process)."""
    n = len(tokens) - BOILERPLATE_RUN + 1
    if n <= 0:
        return np.zeros(0, dtype=np.int64)
    return np.fromiter(
        (zlib.crc32(" ".join(tokens[i : i + BOILERPLATE_RUN]).encode()) for i in range(n)), dtype=np.int64, count=n
    )


class CosineDuplicateIndex:
    name = "tfidf-cosine-1"

    def __init__(self, threshold: float = DUPLICATE_THRESHOLD):
        self.threshold = threshold
        self.hasher = HashingVectorizer(
            analyzer=_tokens, n_features=N_FEATURES, alternate_sign=False, norm=None, dtype=np.float32
        )
        # Document frequencies, kept up to date as documents come and go, for IDF weights.
        self.df = np.zeros(N_FEATURES, dtype=np.int32)
        self.n_docs = 0
        self.keys: list[str] = []
        self.meta: list[dict] = []
        self.figures: list[frozenset[str]] = []
        self.alive = np.zeros(0, dtype=bool)
        self.position: dict[str, int] = {}
        self._main = sp.csc_matrix((0, N_FEATURES), dtype=np.float32)
        self._tail: list[sp.csr_matrix] = []
        # Each document's hashed words (sorted) and their weights: to score candidates exactly
        # and to undo its document frequencies when it is removed.
        self._rows: list[tuple[np.ndarray, np.ndarray]] = []
        # Hashes of word runs that count as boilerplate, found when the index is built.
        self.boilerplate: frozenset[int] = frozenset()

    # --- building ---------------------------------------------------------------------------
    @classmethod
    def build(cls, docs: Iterable[Document], *, threshold: float = DUPLICATE_THRESHOLD) -> CosineDuplicateIndex:
        """Index the documents, with word weights from all of them."""
        index = cls(threshold)
        docs = list(docs)
        if docs:
            tokens = [textmod.tokens(_joined(d)) for d in docs]
            index.boilerplate = _common_runs(tokens)
            counts = index._counts(docs, tokens)
            index._count_df(counts, +1)
            index._append(docs, counts)
            index._merge()
        return index

    def _counts(self, docs: list[Document], tokens: list[list[str]] | None = None) -> sp.csr_matrix:
        tokens = tokens if tokens is not None else [textmod.tokens(_joined(d)) for d in docs]
        return self.hasher.transform([self._content(t) for t in tokens]).tocsr()

    def _content(self, tokens: list[str]) -> list[str]:
        """The tokens that are not part of a boilerplate run (all of them if nothing else is left)."""
        if not self.boilerplate or len(tokens) < BOILERPLATE_RUN:
            return tokens
        covered = np.zeros(len(tokens), dtype=bool)
        for i, h in enumerate(_shingle_hashes(tokens).tolist()):
            if h in self.boilerplate:
                covered[i : i + BOILERPLATE_RUN] = True
        kept = [t for t, c in zip(tokens, covered.tolist(), strict=True) if not c]
        return kept or tokens

    def _count_df(self, counts: sp.csr_matrix, sign: int) -> None:
        np.add.at(self.df, counts.indices, sign)
        self.n_docs += sign * counts.shape[0]

    def _weigh(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        """Sublinear term frequency × smoothed IDF, rows scaled to unit length."""
        weighted = counts.copy()
        weighted.data = (1.0 + np.log(weighted.data)) * self._idf(weighted.indices)
        return normalize(weighted, copy=False).astype(np.float32)

    def _idf(self, columns: np.ndarray) -> np.ndarray:
        return (np.log((1.0 + self.n_docs) / (1.0 + self.df[columns])) + 1.0).astype(np.float32)

    def __len__(self) -> int:
        return int(self.alive.sum())

    def live_keys(self) -> set[str]:
        """The keys of the documents in the index now (removed ones left out)."""
        return set(self.position)

    def __contains__(self, key: str) -> bool:
        pos = self.position.get(key)
        return pos is not None and bool(self.alive[pos])

    def add(self, docs: Iterable[Document]) -> None:
        """Index documents (replacing earlier versions with the same key)."""
        docs = list(docs)
        if not docs:
            return
        self.remove(d.key for d in docs)
        counts = self._counts(docs)
        self._count_df(counts, +1)
        self._append(docs, counts)
        if sum(m.shape[0] for m in self._tail) >= _MERGE_AFTER:
            self._merge()

    def remove(self, keys: Iterable[str]) -> None:
        for key in keys:
            pos = self.position.pop(key, None)
            if pos is not None and self.alive[pos]:
                self.alive[pos] = False
                np.add.at(self.df, self._rows[pos][0], -1)
                self.n_docs -= 1

    def _append(self, docs: list[Document], counts: sp.csr_matrix) -> None:
        start = len(self.keys)
        for i, doc in enumerate(docs):
            self.keys.append(doc.key)
            self.meta.append(dict(doc.meta))
            self.figures.append(figures(f"{doc.title} {doc.text}"))
            self.position[doc.key] = start + i
        weighted = self._weigh(counts)
        weighted.sort_indices()
        for i in range(len(docs)):
            span = slice(weighted.indptr[i], weighted.indptr[i + 1])
            self._rows.append((weighted.indices[span].astype(np.int32), weighted.data[span].copy()))
        self.alive = np.concatenate([self.alive, np.ones(len(docs), dtype=bool)])
        self._tail.append(weighted)

    def _merge(self) -> None:
        if self._tail:
            self._main = sp.vstack([self._main.tocsr(), *self._tail], format="csc", dtype=np.float32)
            self._tail = []

    # --- querying -----------------------------------------------------------------------------
    def query(
        self,
        title: str,
        text: str,
        *,
        language: str = "en",
        limit: int = 10,
        exclude: Iterable[str] = (),
        floor: float = SIMILAR_FLOOR,
    ) -> list[Match]:
        """Indexed documents scoring at least `floor`, best first; `is_duplicate` at the threshold."""
        q_tokens = self._content(textmod.tokens(f"{title or ''}. {text or ''}"))
        q = self._weigh(self.hasher.transform([q_tokens]).tocsr())
        if q.nnz == 0 or not self.keys:
            return []
        q.sort_indices()
        cols, weights = q.indices, q.data
        eligible = self.alive.copy()
        for key in exclude:
            pos = self.position.get(key)
            if pos is not None:
                eligible[pos] = False
        # Candidates come from the query's rarer words only: reading the postings of words half the
        # documents use would cost time in proportion to the index. A copy shares its rare words
        # (names, places, technical terms) with the original.
        rare = self.df[cols] <= max(RARE_MIN_DF, RARE_FRACTION * self.n_docs)
        partial = self._cosines(cols[rare], weights[rare]) if rare.any() else self._cosines(cols, weights)
        partial[~eligible] = 0.0
        candidates = np.flatnonzero(partial > 0)
        if candidates.size > CANDIDATES:
            candidates = candidates[np.argpartition(-partial[candidates], CANDIDATES)[:CANDIDATES]]
        # Then the exact cosine over all words, for the candidates only.
        scores = {pos: self._exact(cols, weights, pos) for pos in candidates.tolist()}
        # Figures can add at most FIGURES_WEIGHT, so only documents within reach of the floor matter.
        reach = [pos for pos, score in scores.items() if score >= floor - FIGURES_WEIGHT]
        if not reach:
            return []
        query_figures = figures(f"{title} {text}")
        final = {}
        for pos in reach:
            score = scores[pos]
            if query_figures and self.figures[pos]:
                union = query_figures | self.figures[pos]
                score += FIGURES_WEIGHT * len(query_figures & self.figures[pos]) / len(union)
            score = min(1.0, score)
            if score >= floor:
                final[pos] = score
        best = sorted(final, key=lambda p: (-final[p], self.keys[p]))[:limit]
        return [Match(self.keys[p], round(final[p], 4), final[p] >= self.threshold, dict(self.meta[p])) for p in best]

    def _cosines(self, cols: np.ndarray, weights: np.ndarray) -> np.ndarray:
        """Dot products of every indexed document with the query restricted to `cols`."""
        scores = np.asarray(self._main[:, cols] @ weights).ravel() if self._main.shape[0] else np.zeros(0)
        for block in self._tail:
            scores = np.concatenate([scores, np.asarray(block[:, cols] @ weights).ravel()])
        return scores.astype(np.float32)

    def _exact(self, cols: np.ndarray, weights: np.ndarray, pos: int) -> float:
        doc_cols, doc_weights = self._rows[pos]
        _, qi, di = np.intersect1d(cols, doc_cols, assume_unique=True, return_indices=True)
        return float(np.dot(weights[qi], doc_weights[di]))


def _common_runs(tokens: list[list[str]]) -> frozenset[int]:
    """Hashes of the word runs that occur in at least BOILERPLATE_MIN_DOCS documents."""
    per_doc = [np.unique(_shingle_hashes(t)) for t in tokens]
    if len(per_doc) < BOILERPLATE_MIN_DOCS:
        return frozenset()
    values, counts = np.unique(np.concatenate(per_doc), return_counts=True)
    return frozenset(values[counts >= BOILERPLATE_MIN_DOCS].tolist())


def _joined(doc: Document) -> str:
    return f"{doc.title}. {doc.text}"
