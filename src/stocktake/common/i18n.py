from django.conf import settings
from django.utils.translation import get_language


def localized(names: dict | None, language: str | None = None) -> str:
    """Pick the text for the active language from a {language: text} mapping, falling back to English."""
    if not names:
        return ""
    lang = (language or get_language() or settings.LANGUAGE_CODE).lower()
    return names.get(lang) or names.get(lang.split("-")[0]) or names.get("en") or next(iter(names.values()))
