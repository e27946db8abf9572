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


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", (text or "").translate(_TURKISH))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped.casefold())


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
    words = _WORD.findall(fold(text))
    if any(ord(ch) >= 0x3040 for w in words for ch in w):
        return [t for w in words for t in _split_cjk(w)]
    return words


def normalise(text: str) -> str:
    return " ".join(tokens(text))


def sort_key(title: str) -> str:
    """Title order that ignores case, accents and leading punctuation."""
    return normalise(title)[:200]
