"""Turning a title and description into tokens, the same way for documents and queries.

One normaliser for every language the platform ships: Turkish dotted/dotless i are folded first
(casefold alone turns "İ" into "i̇"), then NFKD with combining marks stripped, then casefold.
Words are stemmed with the Snowball stemmer of the text's language where one exists, so that
"connectivity"/"connected" and "agricultural"/"agriculture" meet. Chinese has no spaces between
words, so runs of CJK characters are cut into overlapping character bigrams.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

import snowballstemmer

_TAG_RE = re.compile(r"<[^>]+>")
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_TURKISH = str.maketrans({"İ": "i", "I": "ı", "ı": "i"})

# Snowball stemmers for the platform's languages (Chinese has none and needs none).
_STEMMER_NAMES = {
    "en": "english",
    "fr": "french",
    "es": "spanish",
    "ru": "russian",
    "ar": "arabic",
    "tr": "turkish",
}

# Function words, and words every project description uses whatever it is about: they say nothing
# about the topic or about which project this is.
STOPWORDS = frozenset(
    """
a about above across after again against all almost also although always among an and another any
are around as at be because been before being below between both but by can could did do does doing
done during each either else even ever every few for from further had has have having he her here
hers him his how however i if in into is it its itself just least less many may me might more most
much must my near neither no nor not now of off often on once one only or other others our ours out
over own per rather same several she should since so some such than that the their theirs them then
there these they this those through thus to too under until up upon us very via was we were what
when where whether which while who whom whose why will with within without would yet you your yours
le la les de des du un une et en au aux pour par sur dans est sont avec ce cette qui que el los las
del y por para con una uno es su sus al lo se que
""".split()  # noqa: SIM905 - a word list is easier to read as text
)

# Words so common in this domain's descriptions that they carry no signal about the project.
DOMAIN_STOPWORDS = frozenset(
    """
project projects programme programmes program initiative initiatives use used using uses new
including include includes also well based provide provides provided providing support supports
supported supporting help helps helped through across number numbers year years first two three make
made making work works worked working first since now more over one
""".split()  # noqa: SIM905 - a word list is easier to read as text
)


def normalise(text: str) -> str:
    """Plain, comparable text: tags removed, Turkish i folded, accents stripped, case folded."""
    text = _TAG_RE.sub(" ", text or "").translate(_TURKISH)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold()


@lru_cache(maxsize=8)
def _stemmer(language: str):
    name = _STEMMER_NAMES.get((language or "en").split("-")[0], "english")
    return snowballstemmer.stemmer(name)


@lru_cache(maxsize=200_000)
def _stem(word: str, language: str) -> str:
    return _stemmer(language).stemWord(word)


def words(text: str) -> list[str]:
    """Normalised word forms, unstemmed (used for explanations shown to people)."""
    return _WORD_RE.findall(normalise(text))


def tokens(text: str, language: str = "en", *, domain_stopwords: bool = True) -> list[str]:
    """Stemmed content tokens in order. CJK runs become character bigrams."""
    out: list[str] = []
    normalised = normalise(text)
    for match in _WORD_RE.finditer(normalised):
        word = match.group(0).replace("’", "'")
        if _CJK_RE.search(word):
            for run in _CJK_RE.findall(word):
                out.extend(run[i : i + 2] for i in range(max(1, len(run) - 1)))
            continue
        if word.endswith("'s"):
            word = word[:-2]
        if len(word) < 2 or word in STOPWORDS or word.isdigit():
            continue
        if domain_stopwords and word in DOMAIN_STOPWORDS:
            continue
        out.append(_stem(word, language))
    return out


def analyse(text: str, language: str = "en") -> list[str]:
    """Features for the vector models: stemmed words and adjacent word pairs."""
    toks = tokens(text, language)
    return toks + [f"{a} {b}" for a, b in itertools.pairwise(toks)]


def shingles(text: str, language: str = "en") -> set[str]:
    """The set of stemmed content words, for MinHash: rewording keeps most of them."""
    return set(tokens(text, language))
