import pytest


@pytest.fixture(autouse=True)
def _no_ballot_cache(settings):
    # Tests change phases and nominees between votes; the per-process cache would hide that.
    settings.VOTING_BALLOT_CACHE_SECONDS = 0
