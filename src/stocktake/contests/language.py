"""English-only rule. py3langid (an offline, numpy-only fork of langid.py with its model inside
the wheel) restricted to the languages submitters actually write in, which makes it both faster
and more accurate than choosing among 97 languages."""

from __future__ import annotations

import threading

from stocktake.contests.wordcount import count_words

# Languages people submit in besides English: the UN six, Turkish and the large European ones.
CANDIDATE_LANGUAGES = ["en", "fr", "es", "ar", "zh", "ru", "pt", "de", "it", "tr", "id", "sw"]
# Below this many words a guess is unreliable: short answers are not judged.
MIN_WORDS_TO_JUDGE = 12
_lock = threading.Lock()
_identifier = None


def _get_identifier():
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
                identifier.set_languages(CANDIDATE_LANGUAGES)
                _identifier = identifier
    return _identifier


def detect(text: str) -> tuple[str, float]:
    language, probability = _get_identifier().classify(text)
    return language, float(probability)


def is_english(text: str) -> bool:
    """True unless the text is long enough to judge and is confidently in another language."""
    if count_words(text) < MIN_WORDS_TO_JUDGE:
        return True
    language, probability = detect(text)
    return language == "en" or probability < 0.6
