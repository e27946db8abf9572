"""Loads the reference lists in taxonomy/data/ into the database.

Called from a data migration (with historical models) and from `stocktake taxonomy sync`. Rows are
matched on their natural key and updated in place, so running it again changes nothing.
"""

import gettext
import json
from functools import cache
from pathlib import Path

import pycountry

DATA_DIR = Path(__file__).resolve().parent / "data"
LANGUAGES = ["en", "fr", "es", "ar", "zh-hans", "ru", "tr"]
# pycountry's gettext catalogues are named by locale.
_PYCOUNTRY_LOCALES = {"fr": "fr", "es": "es", "ar": "ar", "zh-hans": "zh_CN", "ru": "ru", "tr": "tr"}


def load_json(name: str):
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


@cache
def _country_translators():
    out = {}
    for lang, locale in _PYCOUNTRY_LOCALES.items():
        out[lang] = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale], fallback=True)
    return out


def country_names(code: str) -> dict:
    country = pycountry.countries.get(alpha_2=code)
    english = getattr(country, "common_name", None) or country.name
    names = {"en": english}
    for lang, translator in _country_translators().items():
        # The catalogues are keyed by the official short name, not the common one.
        names[lang] = translator.gettext(country.name)
    return names


def _get_models(apps):
    if apps is None:
        from django.apps import apps as global_apps

        apps = global_apps
    return {
        name: apps.get_model("taxonomy", name)
        for name in [
            "ActionLine",
            "Subtopic",
            "PrizeCategory",
            "SDG",
            "GDCObjective",
            "StakeholderType",
            "Region",
            "Country",
        ]
    }


def sync(apps=None) -> None:
    m = _get_models(apps)

    for item in load_json("stakeholder_types.json"):
        m["StakeholderType"].objects.update_or_create(
            code=item["code"], defaults={"order": item["order"], "names": item["name"]}
        )
    for item in load_json("regions.json"):
        m["Region"].objects.update_or_create(
            code=item["code"],
            defaults={"order": item["order"], "names": item["name"], "is_itu_region": item.get("is_itu_region", True)},
        )

    lines = load_json("action_lines.json")
    by_code = {}
    for item in sorted(lines, key=lambda i: i["parent"] is not None):
        parent = by_code.get(item["parent"]) if item["parent"] else None
        sort_key = (parent.sort_key + item["order"]) if parent else item["order"] * 10
        key = item.get("key") or item["code"].lower()
        obj, _ = m["ActionLine"].objects.update_or_create(
            code=item["code"],
            defaults={
                "key": key,
                "parent": parent,
                "order": item["order"],
                "sort_key": sort_key,
                "names": item["name"],
                "short_names": item.get("short_name") or {},
                "aliases": item.get("aliases", []),
                "description": item.get("description", ""),
            },
        )
        by_code[item["code"]] = obj
        for sub in item.get("subtopics", []):
            m["Subtopic"].objects.update_or_create(action_line=obj, slug=sub["slug"], defaults={"names": sub["name"]})

    for item in load_json("prize_categories.json"):
        m["PrizeCategory"].objects.update_or_create(
            number=item["number"],
            defaults={
                "action_line": by_code[item["action_line"]],
                "names": item["name"],
                "description": item.get("description", ""),
            },
        )
    for item in load_json("sdgs.json"):
        m["SDG"].objects.update_or_create(
            number=item["number"],
            defaults={
                "names": item["name"],
                "colour": item.get("colour", ""),
                "description": item.get("description", ""),
                "keywords": item.get("keywords", []),
            },
        )
    for item in load_json("gdc_objectives.json"):
        m["GDCObjective"].objects.update_or_create(
            number=item["number"],
            defaults={
                "names": item["name"],
                "description": item.get("description", ""),
                "keywords": item.get("keywords", []),
            },
        )

    regions = {r.code: r for r in m["Region"].objects.all()}
    members = set(load_json("un_members.json"))
    observers = set(load_json("un_observers.json"))
    for code, region_code in load_json("countries.json").items():
        country = pycountry.countries.get(alpha_2=code)
        status = "member" if code in members else "observer" if code in observers else "other"
        m["Country"].objects.update_or_create(
            code=code,
            defaults={
                "iso3": country.alpha_3,
                "region": regions[region_code],
                "un_status": status,
                "names": country_names(code),
            },
        )
