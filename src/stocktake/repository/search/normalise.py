"""One normaliser for documents and queries, on both backends.

Database tokenisers disagree on Turkish dotted/dotless i, on diacritics and on what a word is, so
text is folded here before either engine sees it: Turkish İ/ı → i, compatibility decomposition,
combining marks stripped, case folded, and everything that is not a letter or digit turned into a
single space; runs of Chinese, Japanese or Korean characters become bigrams. Both engines
then split on spaces only, and a query matches the same documents.
"""

from __future__ import annotations

import re
import unicodedata

_TURKISH = str.maketrans({"İ": "i", "ı": "i", "I": "i"})
_WORD = re.compile(r"[^\W_]+")


# Combining marks of Latin, Greek, Cyrillic, Hebrew, Arabic and general use (after NFKD, accents and
# Arabic short vowels are separate characters that can simply be dropped).
_MARKS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+"
)


def fold(text: str) -> str:
    text = text or ""
    if text.isascii():  # the common case, and much faster
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_TURKISH))
    return unicodedata.normalize("NFC", _MARKS.sub("", decomposed).casefold())


# Han, Hiragana, Katakana and Hangul are written without spaces: index overlapping bigrams, so a
# two-character query word matches inside a longer run (a common approach without a dictionary).
_CJK = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+)")


def _split_cjk(word: str) -> list[str]:
    out = []
    for part in _CJK.split(word):
        if not part:
            continue
        if _CJK.fullmatch(part):
            out.extend([part] if len(part) == 1 else [part[i : i + 2] for i in range(len(part) - 1)])
        else:
            out.append(part)
    return out


def tokens(text: str) -> list[str]:
    folded = fold(text)
    words = _WORD.findall(folded)
    if not folded.isascii() and _CJK.search(folded):
        return [t for w in words for t in _split_cjk(w)]
    return words


def normalise(text: str) -> str:
    return " ".join(tokens(text))


def sort_key(title: str) -> str:
    """Title order that ignores case, accents and leading punctuation."""
    return normalise(title)[:200]
