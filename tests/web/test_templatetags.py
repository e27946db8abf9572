from django.template import Context, Template
from django.utils import translation


def render(source: str, **context) -> str:
    return Template("{% load stocktake_web %}" + source).render(Context(context))


def test_lang_attrs_mark_text_in_another_language():
    assert render("<p {% lang_attrs code %}>", code="ar") == '<p lang="ar" dir="rtl">'
    assert render("<p {% lang_attrs code %}>", code="zh-hans") == '<p lang="zh-hans" dir="ltr">'
    assert render("<p {% lang_attrs code %}>", code="fr-CA") == '<p lang="fr-CA" dir="ltr">'
    assert render("<p {% lang_attrs code %}>", code="") == "<p >"
    assert render("<p {% lang_attrs code %}>", code="xx") == "<p >"
    assert render("<p {% lang_attrs code %}>", code='"><script>') == "<p >"


def test_language_name_is_in_the_interface_language():
    with translation.override("en"):
        assert render("{{ code|language_name }}", code="ar") == "Arabic"
    with translation.override("fr"):
        assert render("{{ code|language_name }}", code="ar") == "arabe"
    with translation.override("tr"):
        assert render("{{ code|language_name }}", code="zh-hans") == "Basitleştirilmiş Çince"
    assert render("{{ code|language_name }}", code="xx") == "xx"
