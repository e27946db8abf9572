"""Counting words the way people count them (and the way the form's live counter does, in
static/contests/questionnaire.js): runs separated by white space that contain at least one
letter or digit. "e-health" is one word; a lone dash or bullet is none."""

import re

_TOKEN = re.compile(r"\S+")
_WORDISH = re.compile(r"[^\W_]", re.UNICODE)


def count_words(text: str | None) -> int:
    return sum(1 for token in _TOKEN.findall(text or "") if _WORDISH.search(token))
