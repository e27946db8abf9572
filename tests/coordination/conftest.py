import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Argon2 is deliberately slow; these tests create many users and never test hashing."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def english_by_default():
    """A page requested in Turkish leaves Turkish active in the thread; start every test in English."""
    with translation.override("en"):
        yield
