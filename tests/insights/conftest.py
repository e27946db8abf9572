import pytest

from stocktake.insights import runtime
from stocktake.insights.engine.lexical import LexicalSuggester


@pytest.fixture(scope="session")
def label_suggester():
    """The suggester fitted on the taxonomy alone (fitting takes a second or two; do it once)."""
    return LexicalSuggester.fit()


@pytest.fixture(autouse=True)
def isolated_models(settings, tmp_path):
    """Every test starts with no models loaded and its own DATA_DIR for stored ones."""
    settings.DATA_DIR = tmp_path
    runtime.replace(None)
    yield
    runtime.replace(None)


@pytest.fixture
def load_models(label_suggester):
    """Index what is in the database now, with the taxonomy-only suggester, as this process's models
    (a rebuild without refitting the suggester)."""
    from django.utils import timezone

    from stocktake.insights.engine.duplicates import CosineDuplicateIndex
    from stocktake.insights.services import indexing

    def load():
        docs = [
            indexing.entry_document(e, lines) for e, lines, _, _ in indexing._entry_rows(indexing.published_entries())
        ]
        docs += [indexing.submission_document(s) for s in indexing._submission_rows(indexing.indexed_submissions())]
        models = runtime.Models(label_suggester, CosineDuplicateIndex.build(docs), timezone.now())
        runtime.replace(models)
        return models

    return load
