"""The reverse proxy in front of ``serve``: which proxy waitress believes, and the deploy check.

Behind a TLS proxy, the scheme, the visitor's address and the host name reach the site only as
X-Forwarded-Proto, X-Forwarded-For and X-Forwarded-Host. waitress drops those headers unless
they come from the proxy named by FORUM_MESSAGES_TRUSTED_PROXY; from that proxy it turns them
into the request's scheme, REMOTE_ADDR (what the comment rate limit counts) and host.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core import checks

from forum_messages.errors import ConfigError

PROXY_ENV = "FORUM_MESSAGES_TRUSTED_PROXY"
COUNT_ENV = "FORUM_MESSAGES_TRUSTED_PROXY_COUNT"
HEADERS = ("x-forwarded-proto", "x-forwarded-for", "x-forwarded-host")
MAX_PROXIES = 10

HTTPS_NEEDS_PROXY = (
    "FORUM_MESSAGES_HTTPS=1 is set but no trusted proxy is: the site would not see that "
    "requests came over HTTPS and would redirect every request to itself. Set "
    f"{PROXY_ENV} to the address the TLS proxy connects from (e.g. 127.0.0.1), and "
    f"{COUNT_ENV} if more than one proxy adds to X-Forwarded-For"
)


def proxy_count() -> int:
    """FORUM_MESSAGES_TRUSTED_PROXY_COUNT (default 1), checked."""
    raw = str(settings.TRUSTED_PROXY_COUNT)
    if not raw:
        return 1
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_PROXIES:
        raise ConfigError(f"{COUNT_ENV}={raw!r}: give a whole number from 1 to {MAX_PROXIES}")
    if not settings.TRUSTED_PROXY:
        raise ConfigError(f"{COUNT_ENV} is set but {PROXY_ENV} is not: set both")
    return int(raw)


def waitress_options() -> dict[str, Any]:
    """Keyword arguments for waitress.serve: trust the configured proxy and clear the
    forwarding headers of every other client. Refuses HTTPS without a trusted proxy."""
    count = proxy_count()
    if not settings.TRUSTED_PROXY:
        if settings.HTTPS:
            raise ConfigError(HTTPS_NEEDS_PROXY)
        return {"clear_untrusted_proxy_headers": True}
    return {
        "trusted_proxy": settings.TRUSTED_PROXY,
        "trusted_proxy_count": count,
        "trusted_proxy_headers": set(HEADERS),
        "clear_untrusted_proxy_headers": True,
    }


@checks.register(checks.Tags.security, deploy=True)
def check_proxy(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    """``check --deploy``: HTTPS needs a trusted proxy; the count must be valid."""
    try:
        proxy_count()
    except ConfigError as exc:
        return [checks.Error(str(exc), id="fm.E001")]
    if settings.HTTPS and not settings.TRUSTED_PROXY:
        return [checks.Warning(HTTPS_NEEDS_PROXY, id="fm.W001")]
    return []
