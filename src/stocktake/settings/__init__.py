"""Settings for Stocktake.

Every setting an operator may change comes from an environment variable named STOCKTAKE_*; the
README's configuration table lists them. Defaults give a working embedded install (SQLite in
./var) so that `make demo` needs nothing prepared.
"""

import secrets
from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

env = environ.Env()

SRC_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(env.str("STOCKTAKE_DATA_DIR", default=str(Path.cwd() / "var"))).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env.bool("STOCKTAKE_DEBUG", default=False)


def _secret_key() -> str:
    """Take the key from the environment; an embedded install keeps a generated one in DATA_DIR."""
    if key := env.str("STOCKTAKE_SECRET_KEY", default=""):
        return key
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env.list("STOCKTAKE_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("STOCKTAKE_CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env.str("STOCKTAKE_SITE_URL", default="http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rules.apps.AutodiscoverRulesConfig",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "allauth",
    "allauth.account",
    "django_tasks",
    "django_tasks_db",
    "stocktake.common",
    "stocktake.taxonomy",
    "stocktake.accounts",
    "stocktake.repository",
    "stocktake.contests",
    "stocktake.judging",
    "stocktake.voting",
    "stocktake.reports",
    "stocktake.coordination",
    "stocktake.insights",
    "stocktake.api",
    "stocktake.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Token-authenticated votes skip the rest of the stack (see the module for what it keeps).
    "stocktake.voting.middleware.VoteFastPathMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "stocktake.web.middleware.AccountLanguageMiddleware",
    "stocktake.common.middleware.RequestContextMiddleware",
    "stocktake.api.problems.ProblemDetailsMiddleware",
]

ROOT_URLCONF = "stocktake.urls"
WSGI_APPLICATION = "stocktake.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SRC_DIR / "web" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "stocktake.web.context_processors.site",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
DATABASES = {"default": env.db_url("STOCKTAKE_DATABASE_URL", default=f"sqlite:///{DATA_DIR / 'stocktake.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers go on while one writer commits; IMMEDIATE takes the write lock up front so
    # concurrent writers queue on busy_timeout instead of failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
    }
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("STOCKTAKE_DB_CONN_MAX_AGE", default=60))
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    if env.bool("STOCKTAKE_DB_PREPARED_STATEMENTS", default=True):
        # Django binds parameters on the client and never prepares; this only lets the few hot
        # statements that ask for it (common/db.py `fetch_prepared`) be prepared on the server.
        # Turn it off behind a pooler in transaction mode (PgBouncer before 1.21).
        DATABASES["default"].setdefault("OPTIONS", {})["prepare_threshold"] = 1_000_000
if test_url := env.str("STOCKTAKE_TEST_DATABASE_NAME", default=""):
    DATABASES["default"]["TEST"] = {"NAME": test_url}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and background tasks --------------------------------------------------------------
REDIS_URL = env.str("STOCKTAKE_REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
            # Several sites (or a benchmark next to a site) can share one Redis.
            "KEY_PREFIX": env.str("STOCKTAKE_CACHE_KEY_PREFIX", default="stocktake"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

TASKS = {
    "default": {
        "BACKEND": env.str("STOCKTAKE_TASK_BACKEND", default="django_tasks_db.DatabaseBackend"),
    }
}
# `stocktake serve` also runs the scheduler, which every SCHEDULER_INTERVAL seconds queues the
# periodic work (outbox delivery, prize deadline reminders, campaign reminders) for the worker.
SCHEDULER_ENABLED = env.bool("STOCKTAKE_SCHEDULER", default=True)
SCHEDULER_INTERVAL = env.int("STOCKTAKE_SCHEDULER_INTERVAL", default=300)
# Days before a prize submission deadline on which owners of unsubmitted drafts are reminded.
PRIZE_REMINDER_DAYS = env.list("STOCKTAKE_PRIZE_REMINDER_DAYS", cast=int, default=[7, 1])

# --- Accounts ----------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "stocktake.accounts.backends.SecretariatAdminBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "web:dashboard"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Stocktake] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if not DEBUG and SITE_URL.startswith("https") else "http"
ACCOUNT_ADAPTER = "stocktake.accounts.adapter.AccountAdapter"
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    # Per address, and per IP so one network cannot mass-mail confirmations (generous for offices).
    "confirm_email": "1/3m/key,100/h/ip",
    "reset_password": "20/m/ip,5/m/key",
}
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
FORMS_URLFIELD_ASSUME_HTTPS = True  # Django 6's default, opted into now
# Vote casting, counted in the cache (exact across processes with Redis): "N/period/user|ip", comma-separated.
VOTING_RATE_LIMITS = {"cast_vote": env.str("STOCKTAKE_VOTE_RATE_LIMITS", default="30/m/user,600/m/ip")}
# How long each app process may reuse a voting phase and nominee list when casting votes.
VOTING_BALLOT_CACHE_SECONDS = 5

# --- Internationalisation -------------------------------------------------------------------------
LANGUAGE_CODE = env.str("STOCKTAKE_LANGUAGE_CODE", default="en")
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("ar", _("Arabic")),
    ("zh-hans", _("Simplified Chinese")),
    ("ru", _("Russian")),
    ("tr", _("Turkish")),
]
LOCALE_PATHS = [SRC_DIR / "locale"]
USE_I18N = True
# Times are stored in UTC; deadlines are shown and enforced in Geneva time unless an edition says
# otherwise.
USE_TZ = True
TIME_ZONE = env.str("STOCKTAKE_TIME_ZONE", default="Europe/Zurich")

# --- Static and media files -------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STOCKTAKE_STATIC_ROOT", default=str(DATA_DIR / "static")))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise expects it even before collectstatic
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("STOCKTAKE_MEDIA_ROOT", default=str(DATA_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# --- E-mail ---------------------------------------------------------------------------------------
if email_url := env.str("STOCKTAKE_EMAIL_URL", default=""):
    vars().update(env.email_url("STOCKTAKE_EMAIL_URL"))
else:
    # An embedded install writes each mail to a file, and the demo mailbox page shows them.
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = str(DATA_DIR / "mail")
# The /dev/mailbox/ page lists mail written by the file backend (embedded installs only).
DEMO_MAILBOX = env.bool("STOCKTAKE_DEMO_MAILBOX", default=True)
# The secretariat's /dev/timeline/ page rebuilds the demo's live prize edition at another stage.
DEMO_TIMELINE = env.bool("STOCKTAKE_DEMO_TIMELINE", default=True)
DEFAULT_FROM_EMAIL = env.str("STOCKTAKE_FROM_EMAIL", default="Stocktake <noreply@stocktake.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- API --------------------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "stocktake.api.pagination.PageNumberPagination",
    "PAGE_SIZE": 20,
    "EXCEPTION_HANDLER": "stocktake.api.problems.exception_handler",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}
if DEBUG:
    REST_FRAMEWORK["DEFAULT_RENDERER_CLASSES"].append("rest_framework.renderers.BrowsableAPIRenderer")
SPECTACULAR_SETTINGS = {
    "TITLE": "Stocktake API",
    "DESCRIPTION": "Open data and submission API for the stocktaking repository and prizes.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    # Served from our own static files: the docs page must work without reaching a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# --- Repository -----------------------------------------------------------------------------------
# Word limits of an entry's description, checked when it is submitted (drafts may be shorter).
REPOSITORY_DESCRIPTION_WORDS = (
    env.int("STOCKTAKE_REPOSITORY_DESCRIPTION_MIN_WORDS", default=30),
    env.int("STOCKTAKE_REPOSITORY_DESCRIPTION_MAX_WORDS", default=3000),
)
# Facet counts and result order from a per-process snapshot of the index (bitmaps and stored
# orders; fast on large result sets) rather than from SQL over the rows; see repository/search.
REPOSITORY_SEARCH_FACET_BITMAPS = env.bool("STOCKTAKE_REPOSITORY_SEARCH_FACET_BITMAPS", default=True)
REPOSITORY_MAX_IMAGES = env.int("STOCKTAKE_REPOSITORY_MAX_IMAGES", default=5)
REPOSITORY_IMAGE_MAX_BYTES = env.int("STOCKTAKE_REPOSITORY_IMAGE_MAX_BYTES", default=5 * 1024 * 1024)

# --- Security -----------------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("STOCKTAKE_LOG_LEVEL", default="WARNING")},
}
