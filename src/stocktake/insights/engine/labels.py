"""Label knowledge: what each category, action line, SDG and GDC objective is about, in words.

It comes from the taxonomy's own data files (descriptions, keywords, sub-topic names and aliases,
written for this project) and from insights/data/category_phrases.json (typical phrases per prize
category, also written for this project). No text from other sites is used.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from stocktake.taxonomy.loader import DATA_DIR as TAXONOMY_DATA

PHRASES_FILE = Path(__file__).resolve().parent.parent / "data" / "category_phrases.json"
_SENTENCE_RE = re.compile(r"(?<=[.;:])\s+")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_RE.split(text or "") if s.strip()]


@dataclass
class LabelKnowledge:
    # category number -> action line code ("C7.4" for category 10)
    category_line: dict[int, str] = field(default_factory=dict)
    category_names: dict[int, str] = field(default_factory=dict)
    line_names: dict[str, str] = field(default_factory=dict)
    line_parent: dict[str, str | None] = field(default_factory=dict)
    # action line code -> [(subtopic key "C5/legal-measures", English name)]
    subtopics: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    sdg_names: dict[int, str] = field(default_factory=dict)
    gdc_names: dict[int, str] = field(default_factory=dict)
    # Training texts per label: short passages, each one sample. A passage is English text, or a
    # (text, language) pair for the taxonomy's names in the other shipped languages.
    category_texts: dict[int, list[str | tuple[str, str]]] = field(default_factory=dict)
    sdg_texts: dict[int, list[str | tuple[str, str]]] = field(default_factory=dict)
    gdc_texts: dict[int, list[str | tuple[str, str]]] = field(default_factory=dict)

    def line_category(self) -> dict[str, int]:
        return {line: number for number, line in self.category_line.items()}


def _translations(*names: dict) -> list[tuple[str, str]]:
    """The non-English names, so that a text in another UN language meets at least these words."""
    return [(text, lang) for mapping in names for lang, text in sorted(mapping.items()) if lang != "en" and text]


def _load(name: str):
    return json.loads((TAXONOMY_DATA / name).read_text(encoding="utf-8"))


@cache
def taxonomy_knowledge() -> LabelKnowledge:
    """The label knowledge shipped with the code (English texts)."""
    k = LabelKnowledge()
    lines = {a["code"]: a for a in _load("action_lines.json")}
    for code, line in lines.items():
        k.line_names[code] = line["short_name"]["en"]
        k.line_parent[code] = line.get("parent")
        k.subtopics[code] = [(f"{code}/{s['slug']}", s["name"]["en"]) for s in line.get("subtopics", [])]
    phrases = json.loads(PHRASES_FILE.read_text(encoding="utf-8"))
    for cat in _load("prize_categories.json"):
        number, code = cat["number"], cat["action_line"]
        line = lines[code]
        k.category_line[number] = code
        k.category_names[number] = cat["name"]["en"]
        texts = [cat["name"]["en"], line["short_name"]["en"], *line.get("aliases", [])]
        texts += sentences(cat.get("description", "")) + sentences(line.get("description", ""))
        texts += [s["name"]["en"] for s in line.get("subtopics", [])]
        texts += phrases.get(str(number), [])
        texts += _translations(cat["name"], line["short_name"], *(s["name"] for s in line.get("subtopics", [])))
        k.category_texts[number] = texts
    for sdg in _load("sdgs.json"):
        k.sdg_names[sdg["number"]] = sdg["name"]["en"]
        k.sdg_texts[sdg["number"]] = [
            sdg["name"]["en"],
            *sentences(sdg.get("description", "")),
            *sdg["keywords"],
            *_translations(sdg["name"]),
        ]
    for gdc in _load("gdc_objectives.json"):
        k.gdc_names[gdc["number"]] = gdc["name"]["en"]
        k.gdc_texts[gdc["number"]] = [
            gdc["name"]["en"],
            *sentences(gdc.get("description", "")),
            *gdc["keywords"],
            *_translations(gdc["name"]),
        ]
    return k
