"""Django settings, read from the environment.

FORUM_MESSAGES_DATA_DIR   data directory (SQLite database, secret key);
                          default ./forum-messages-data
DATABASE_URL              postgres://user:password@host:port/name switches to PostgreSQL
FORUM_MESSAGES_SECRET_KEY secret key; default: generated once and stored in the data dir
FORUM_MESSAGES_DEBUG      1 for Django's debug mode (never in production)
FORUM_MESSAGES_HTTPS      1 when the site is served over HTTPS (behind a TLS proxy): secure
                          cookies, HSTS, redirect to https; `manage.py check --deploy` passes
FORUM_MESSAGES_TRUSTED_PROXY  address of the reverse proxy in front of `serve` (e.g. 127.0.0.1):
                          its X-Forwarded-Proto/For/Host are believed, no one else's
FORUM_MESSAGES_TRUSTED_PROXY_COUNT  how many proxies in a row add to X-Forwarded-For (default 1)
FORUM_MESSAGES_ALLOWED_HOSTS  comma-separated host names (default: localhost names)
FORUM_MESSAGES_RATE_LIMIT comments one address may post per 10 minutes (0: no limit); default 20
FORUM_MESSAGES_LOGIN_LIMIT failed sign-ins per account, and per address, in 15 minutes before
                          sign-ins there are refused for a while (0: no limit); default 10
FORUM_MESSAGES_PUBLIC_CACHE seconds anonymous readers may get a cached public page (default 5)
FORUM_MESSAGES_PAGE_SIZE  messages on one page of the curation overview, of a public theme
                          page, of a version's changes and beside a written theme summary
                          (default 100; 0 is read as 1)
FORUM_MESSAGES_PAGE_BYTES bytes (UTF-8) of message and source text on one page of a public
                          theme page or of the final text, which is cut at whichever of the
                          two bounds comes first, and of a version's whole draft (default
                          100000; a longer message is a page of its own)
FORUM_MESSAGES_EMAIL_HOST SMTP server for mail to commenters, invitations and password resets;
                          unset: no mail is sent
FORUM_MESSAGES_EMAIL_PORT, _USER, _PASSWORD, _USE_TLS (1 for STARTTLS), _FROM (the sender)
FORUM_MESSAGES_LLM_URL    OpenAI-compatible chat endpoint (e.g. http://127.0.0.1:8080/v1) editors
                          may ask for model-written message text; unset: the site offers none
FORUM_MESSAGES_LLM_MODEL  the model's name as that endpoint knows it
FORUM_MESSAGES_LLM_KEY    the endpoint's key, if it needs one (read by the client, never stored)
"""

from __future__ import annotations

import os
from pathlib import Path

from forum_messages.errors import ConfigError
from forum_messages.web.datadir import (
    PRIVATE_DIR,
    PRIVATE_FILE,
    UPLOADS,
    data_dir,
    ensure_data_dir,
    secret_key,
)
from forum_messages.web.dburl import parse_database_url
from forum_messages.web.security import POLICY


def _flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    word = value.strip().lower()
    if word in {"1", "true", "yes", "on"}:
        return True
    if word in {"0", "false", "no", "off", ""}:
        return False
    # a misspelt "ture" was taken as off: HTTPS, say, silently not set
    raise ConfigError(
        f"{name}: '{value.strip()}' is neither on (1, true, yes, on) nor off (0, false, no, off)"
    )


def _count(name: str, default: int) -> int:
    """A whole number of 0 or more from the environment (empty: 0); ConfigError naming the
    setting otherwise (a negative rate limit refused every comment; a word was an internal
    error)."""
    value = os.environ.get(name)
    if value is None:
        return default
    text = value.strip()
    if not text:
        return 0
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 0:
        raise ConfigError(f"{name}: '{text}' is not a whole number of 0 or more (0 turns it off)")
    return number


BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = ensure_data_dir(data_dir())  # private: 0700, its files 0600
DEBUG = _flag("FORUM_MESSAGES_DEBUG")
HTTPS = _flag("FORUM_MESSAGES_HTTPS")
TRUSTED_PROXY = os.environ.get("FORUM_MESSAGES_TRUSTED_PROXY", "").strip()
TRUSTED_PROXY_COUNT = os.environ.get("FORUM_MESSAGES_TRUSTED_PROXY_COUNT", "").strip()
SECRET_KEY = secret_key(DATA_DIR)
ALLOWED_HOSTS = [
    h.strip()
    for h in os.environ.get(
        "FORUM_MESSAGES_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver"
    ).split(",")
    if h.strip()
]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("FORUM_MESSAGES_CSRF_ORIGINS", "").split(",") if o.strip()
]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "forum_messages.web.apps.WebConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "forum_messages.web.security.ContentSecurityPolicy",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "forum_messages.web.urls"
WSGI_APPLICATION = "forum_messages.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "forum_messages.web.views.common.roles",
            ],
        },
    }
]

if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": parse_database_url(os.environ["DATABASE_URL"])}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "forum-messages.sqlite3"),
            "OPTIONS": {
                "timeout": 30,
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "fm:login"
LOGIN_REDIRECT_URL = "fm:dashboard"
LOGOUT_REDIRECT_URL = "fm:home"

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ar", "العربية"),
    ("ru", "Русский"),
    ("zh-hans", "中文"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 5000
FILE_UPLOAD_TEMP_DIR = str(DATA_DIR / UPLOADS)  # large uploads wait here, private
FILE_UPLOAD_PERMISSIONS = PRIVATE_FILE
FILE_UPLOAD_DIRECTORY_PERMISSIONS = PRIVATE_DIR

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CONTENT_SECURITY_POLICY = POLICY  # no script, nothing from other sites (web/security.py)
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 31_536_000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

PUBLIC_CACHE_SECONDS = _count("FORUM_MESSAGES_PUBLIC_CACHE", 5)
# Messages a page of the curation overview or a public theme page holds (790 messages of one
# theme were a page of 1.7 MB).
PAGE_SIZE = max(1, _count("FORUM_MESSAGES_PAGE_SIZE", 100))
# ... and the text they show with their sources (five long sources make a long message).
PAGE_BYTES = max(1, _count("FORUM_MESSAGES_PAGE_BYTES", 100_000))
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

RATE_LIMIT = _count("FORUM_MESSAGES_RATE_LIMIT", 20)
RATE_WINDOW_SECONDS = 600
LOGIN_LIMIT = _count("FORUM_MESSAGES_LOGIN_LIMIT", 10)

# Mail to commenters (services/mailing.py) and staff (services/accounts.py): nothing is sent
# without a host.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("FORUM_MESSAGES_EMAIL_HOST", "").strip()
EMAIL_PORT_SETTING = os.environ.get("FORUM_MESSAGES_EMAIL_PORT", "").strip()  # checked by serve
EMAIL_PORT = int(EMAIL_PORT_SETTING) if EMAIL_PORT_SETTING.isdigit() else 25
EMAIL_HOST_USER = os.environ.get("FORUM_MESSAGES_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("FORUM_MESSAGES_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = _flag("FORUM_MESSAGES_EMAIL_USE_TLS")
EMAIL_TIMEOUT = 15
DEFAULT_FROM_EMAIL = os.environ.get("FORUM_MESSAGES_EMAIL_FROM", "") or "forum-messages@localhost"
MAIL_CONFIGURED = bool(EMAIL_HOST)
if not MAIL_CONFIGURED:  # nothing is ever sent, not even by Django's own views
    EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
PASSWORD_RESET_TIMEOUT = 3 * 24 * 3600  # a reset link works for three days

# Model-written message text (services/writing.py, docs/llm.md): offered only when both are set.
LLM_URL = os.environ.get("FORUM_MESSAGES_LLM_URL", "").strip()
LLM_MODEL = os.environ.get("FORUM_MESSAGES_LLM_MODEL", "").strip()
LLM_CACHE_DIR = DATA_DIR / "llm-cache"  # every call's request and answer (synth/llm/cache.py)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"forum_messages.web": {"handlers": ["console"], "level": "INFO"}},
}
