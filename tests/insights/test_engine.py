"""The models themselves: sensible, explained, deterministic suggestions; reworded copies found."""

from stocktake.insights.engine.base import Document, Example
from stocktake.insights.engine.duplicates import CosineDuplicateIndex, figures
from stocktake.insights.engine.lexical import LexicalSuggester
from stocktake.insights.engine.text import normalise, tokens
from tests.insights.factories import FARMING, FARMING_TITLE, REWORDED, REWORDED_TITLE, TELEMEDICINE, TELEMEDICINE_TITLE


def test_health_project_gets_e_health_with_evidence_from_its_text(label_suggester):
    result = label_suggester.suggest(TELEMEDICINE_TITLE, TELEMEDICINE)
    assert result.categories[0].key == 10
    assert result.action_lines[0].key == "C7.4"
    assert 3 in [s.key for s in result.sdgs]
    evidence = " ".join(result.categories[0].evidence)
    assert any(word in evidence for word in ["health", "patients", "hospital", "doctors", "telemedicine"])
    # Scores are probabilities over the 18 categories, best first.
    scores = [s.score for s in result.categories]
    assert scores == sorted(scores, reverse=True)
    assert 0.99 <= sum(scores) <= 1.01


def test_farming_project_gets_e_agriculture(label_suggester):
    result = label_suggester.suggest(FARMING_TITLE, FARMING)
    assert result.categories[0].key == 13
    assert 2 in [s.key for s in result.sdgs]


def test_suggestions_are_deterministic_across_calls_and_fits(label_suggester):
    first = label_suggester.suggest(TELEMEDICINE_TITLE, TELEMEDICINE)
    assert label_suggester.suggest(TELEMEDICINE_TITLE, TELEMEDICINE) == first
    examples = [Example("Mobile clinics and telemedicine for patients", (10,), (3,))]
    assert LexicalSuggester.fit(examples).suggest("x", TELEMEDICINE) == LexicalSuggester.fit(examples).suggest(
        "x", TELEMEDICINE
    )


def test_platform_examples_teach_the_model():
    """A published entry's labels move the suggestion for texts like it."""
    text = "Zorblat quenching workshops for village councils"
    before = LexicalSuggester.fit().suggest("", text)
    after = LexicalSuggester.fit([Example(f"{text} and zorblat registries", (18,), (17,))] * 3).suggest("", text)
    score = {s.key: s.score for s in before.categories}[18]
    assert {s.key: s.score for s in after.categories}[18] > score
    assert after.categories[0].key == 18


def test_text_without_words_gives_no_suggestions(label_suggester):
    result = label_suggester.suggest("", "123 … !!")
    assert result.categories == () and result.sdgs == ()


def test_normaliser_folds_turkish_and_accents():
    assert normalise("İSTANBUL Kırsal Ğ café") == "istanbul kirsal g cafe"
    assert tokens("Connected connectivity") == ["connect", "connect"]
    assert len(tokens("数字图书馆")) == 4  # CJK bigrams


def test_reworded_copy_is_a_duplicate_and_other_project_is_not():
    index = CosineDuplicateIndex.build(
        [
            Document("entry:a", TELEMEDICINE_TITLE, TELEMEDICINE),
            Document("entry:b", FARMING_TITLE, FARMING),
            Document("entry:c", "Open data portal", "The statistics office publishes open datasets on a portal."),
        ]
    )
    matches = index.query(REWORDED_TITLE, REWORDED)
    assert matches[0].key == "entry:a"
    assert matches[0].is_duplicate
    assert all(not m.is_duplicate for m in matches[1:])
    assert "entry:b" not in [m.key for m in matches if m.is_duplicate]


def test_index_add_replace_and_remove():
    index = CosineDuplicateIndex.build([Document("entry:b", FARMING_TITLE, FARMING)])
    index.add([Document("entry:a", TELEMEDICINE_TITLE, TELEMEDICINE)])
    assert index.query(REWORDED_TITLE, REWORDED)[0].key == "entry:a"
    # Re-adding replaces, it does not double.
    index.add([Document("entry:a", TELEMEDICINE_TITLE, TELEMEDICINE)])
    assert len(index) == 2
    assert [m.key for m in index.query(REWORDED_TITLE, REWORDED)].count("entry:a") == 1
    index.remove(["entry:a"])
    assert "entry:a" not in [m.key for m in index.query(REWORDED_TITLE, REWORDED)]
    assert len(index) == 1


def test_exclude_keeps_a_document_from_matching_itself():
    index = CosineDuplicateIndex.build([Document("entry:a", TELEMEDICINE_TITLE, TELEMEDICINE)])
    assert index.query(TELEMEDICINE_TITLE, TELEMEDICINE)[0].score > 0.99
    assert index.query(TELEMEDICINE_TITLE, TELEMEDICINE, exclude=["entry:a"]) == []


def test_figures_agree_across_formats():
    assert figures("38,500 people and 38 500 more in 2024; 3 sites") == {"38500", "2024"}


def test_other_un_languages_meet_the_taxonomy_names(label_suggester):
    """Label knowledge is English first; the taxonomy's names in the other languages still give a
    French or Spanish text a sensible first suggestion."""
    french = label_suggester.suggest(
        "Télémédecine pour les postes de santé ruraux",
        "Les infirmières de 120 postes de santé isolés consultent des médecins par vidéo. Les patients "
        "sont examinés sans voyager.",
        language="fr",
    )
    assert french.categories[0].key == 10
    assert "telemedecine" in french.categories[0].evidence or "sante" in french.categories[0].evidence
    spanish = label_suggester.suggest(
        "Telemedicina para puestos de salud", "Telemedicina y telesalud para pacientes rurales.", language="es"
    )
    assert spanish.categories[0].key == 10


def test_shared_boilerplate_does_not_make_projects_duplicates():
    """Six different projects of one organisation all carry its standard paragraph; that text is
    left out of the comparison, so the projects are not near-duplicates of each other."""
    about = (
        " About us: the Lakeside Digital Trust is a non-profit founded by engineers and teachers. It works "
        "with ministries, municipalities and village committees to bring dependable technology where it "
        "is needed most across the lake region. Its board meets quarterly, its accounts are audited every "
        "year by an independent firm, and its annual reports are published on its website in three languages."
    )
    topics = [
        "Video consultations link rural health posts with hospital specialists.",
        "Weekly text messages give smallholder farmers maize prices.",
        "An incident response team protects banks from ransomware.",
        "The statistics office publishes census tables as open data.",
        "Coding clubs for girls meet in secondary schools.",
        "Solar kiosks charge phones in fishing villages.",
    ]
    docs = [Document(f"entry:{i}", f"Project {i}", text + about) for i, text in enumerate(topics)]
    # The rest of the platform: the trust's words are rare there, so only their repetition across
    # the trust's own entries marks them as boilerplate.
    docs += [Document(f"entry:other{i}", f"Other {i}", f"Alpha{i} beta{i} gamma{i} delta{i}.") for i in range(40)]
    index = CosineDuplicateIndex.build(docs)
    query = "Mobile money agents train market traders in three provinces." + about
    assert [m.key for m in index.query("Traders", query) if m.is_duplicate] == []
    # A reworded copy of one of them is still found.
    copy = "Rural health posts reach hospital specialists through video consultations." + about
    assert index.query("Project 0 again", copy)[0].key == "entry:0"
