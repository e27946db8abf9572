"""scripts/translations_todo.py lists what is left; scripts/apply_translations.py writes it back."""

import json
import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[2]
PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && n%100<10 ? 1 : 2);\\n"

#: web/templates/web/home.html
msgid "Home"
msgstr ""

#: web/views.py
#, python-format
msgid "Hello %(name)s,"
msgstr ""

#: web/views.py
#, fuzzy
msgid "Log in"
msgstr "Войти?"

#: web/views.py
#, python-format
msgid "%(count)d entry"
msgid_plural "%(count)d entries"
msgstr[0] ""
msgstr[1] ""
msgstr[2] ""

#: web/views.py
msgctxt "verb"
msgid "Register"
msgstr ""

#: web/views.py
msgid "About"
msgstr "О проекте"
"""


def run(script: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / script), *args], capture_output=True, text=True, check=False
    )


APP_PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

#: coordination/views.py
msgid "Campaigns"
msgstr ""

#: coordination/views.py
msgid "Home"
msgstr ""
"""


def make_locale(tmp_path: Path) -> Path:
    """A package folder with the project's catalogue and one app's own, as under src/stocktake."""
    src = tmp_path / "stocktake"
    for folder, text in [(src / "locale", PO), (src / "coordination" / "locale", APP_PO)]:
        (folder / "ru" / "LC_MESSAGES").mkdir(parents=True)
        (folder / "ru" / "LC_MESSAGES" / "django.po").write_text(text, encoding="utf-8")
    return src


def test_todo_lists_untranslated_and_fuzzy_strings_with_plural_slots(tmp_path):
    locale = make_locale(tmp_path)
    result = run("translations_todo.py", "--src", str(locale), "--check")
    assert result.returncode == 1
    todo = json.loads(result.stdout)["ru"]
    assert [item["msgid"] for item in todo] == [
        "Home",
        "Hello %(name)s,",
        "Log in",
        "%(count)d entry",
        "Register",
        "Campaigns",
    ]
    assert todo[0]["catalogues"] == ["locale/ru/LC_MESSAGES/django.po", "coordination/locale/ru/LC_MESSAGES/django.po"]
    fuzzy = next(item for item in todo if item["msgid"] == "Log in")
    assert fuzzy["fuzzy"] is True and fuzzy["msgstr"] == "Войти?"
    plural = next(item for item in todo if "msgid_plural" in item)
    assert plural["msgstr_plural"] == {"0": "", "1": "", "2": ""}
    assert next(item for item in todo if item["msgid"] == "Register")["msgctxt"] == "verb"
    assert todo[0]["used_in"] == ["web/templates/web/home.html"]


def test_filled_in_todo_is_written_back(tmp_path):
    locale = make_locale(tmp_path)
    todo = json.loads(run("translations_todo.py", "--src", str(locale)).stdout)
    answers = {
        "Campaigns": "Кампании",
        "Home": "Главная",
        "Hello %(name)s,": "Здравствуйте, %(name)s!",
        "Log in": "Войти",
        "Register": "Зарегистрироваться",
    }
    for item in todo["ru"]:
        if "msgstr_plural" in item:
            item["msgstr_plural"] = {"0": "%(count)d запись", "1": "%(count)d записи", "2": "%(count)d записей"}
        else:
            item["msgstr"] = answers[item["msgid"]]
    done = tmp_path / "done.json"
    done.write_text(json.dumps(todo, ensure_ascii=False), encoding="utf-8")
    result = run("apply_translations.py", str(done), "--src", str(locale))
    assert result.returncode == 0, result.stderr
    po = polib.pofile(str(locale / "locale" / "ru" / "LC_MESSAGES" / "django.po"))
    app_po = polib.pofile(str(locale / "coordination" / "locale" / "ru" / "LC_MESSAGES" / "django.po"))
    assert not po.untranslated_entries() and not po.fuzzy_entries()
    assert app_po.find("Campaigns").msgstr == "Кампании"
    assert app_po.find("Home").msgstr == "Главная"  # a string in both catalogues goes into both
    assert po.find("Log in").msgstr == "Войти"
    assert po.find("%(count)d entry").msgstr_plural[2] == "%(count)d записей"
    assert po.find("Register", msgctxt="verb").msgstr == "Зарегистрироваться"
    assert po.find("About").msgstr == "О проекте"  # untouched
    assert run("translations_todo.py", "--src", str(locale), "--check").returncode == 0


def test_a_plain_mapping_is_accepted_and_bad_translations_write_nothing(tmp_path):
    locale = make_locale(tmp_path)
    po_path = locale / "locale" / "ru" / "LC_MESSAGES" / "django.po"
    before = po_path.read_text(encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps({"ru": {"Home": "Главная", "Hello %(name)s,": "Здравствуйте!", "Nope": "Нет"}}), encoding="utf-8"
    )
    result = run("apply_translations.py", str(bad), "--src", str(locale))
    assert result.returncode == 1
    assert "placeholders differ" in result.stderr and "not in the catalogue" in result.stderr
    assert po_path.read_text(encoding="utf-8") == before

    good = tmp_path / "good.json"
    good.write_text(
        json.dumps({"ru": {"Home": "Главная", "verb\u0004Register": "Зарегистрироваться"}}), encoding="utf-8"
    )
    assert run("apply_translations.py", str(good), "--src", str(locale)).returncode == 0
    po = polib.pofile(str(po_path))
    assert po.find("Home").msgstr == "Главная"
    assert po.find("Register", msgctxt="verb").msgstr == "Зарегистрироваться"
