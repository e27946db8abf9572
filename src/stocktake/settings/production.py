"""Production settings: the base settings with every deployment safeguard switched on.

Use with DJANGO_SETTINGS_MODULE=stocktake.settings.production. The secret key must come from the
environment here; nothing is generated on disk.
"""

from django.core.exceptions import ImproperlyConfigured

from stocktake.settings import *  # noqa: F403
from stocktake.settings import env

DEBUG = False
SECRET_KEY = env.str("STOCKTAKE_SECRET_KEY", default="")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("STOCKTAKE_SECRET_KEY must be set to a random string of 50+ characters.")

SECURE_SSL_REDIRECT = env.bool("STOCKTAKE_SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("STOCKTAKE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
WHITENOISE_USE_FINDERS = False
STORAGES["staticfiles"]["BACKEND"] = "whitenoise.storage.CompressedManifestStaticFilesStorage"  # noqa: F405
# The demo mailbox lists every mail written to files, confirmation links included: never in production.
DEMO_MAILBOX = False
# The demo timeline deletes and rebuilds a whole prize edition: never in production.
DEMO_TIMELINE = False
