"""Search and filters for lists of comments (the public answers page and the staff queues):
theme, state, disposition, language and free text, with the number of comments per theme."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Count, QuerySet

from forum_messages.ingest.text import clean_text
from forum_messages.web.models import DISPOSITIONS, Comment, Edition
from forum_messages.web.services import commentindex, pages

UNANSWERED = "none"
MAX_QUERY = 200


@dataclass(frozen=True)
class Filters:
    theme: str = ""
    state: str = ""
    disposition: str = ""  # a disposition kind, or UNANSWERED
    language: str = ""
    q: str = ""

    @classmethod
    def from_query(cls, get: Any, edition: Edition, states: bool = False) -> Filters:
        """The filters a query string asks for; a value that is not one of the choices is
        left out (an old or edited link still shows a page)."""
        themes = {t.key for t in edition.core().themes}
        kinds = {k for k, _l in DISPOSITIONS} | {UNANSWERED}
        langs = {code for code, _n in settings.LANGUAGES}

        def pick(name: str, allowed: set[str]) -> str:
            value = str(get.get(name, ""))
            return value if value in allowed else ""

        return cls(
            theme=pick("theme", themes),
            state=pick("state", {s for s, _l in Comment.STATES}) if states else "",
            disposition=pick("disposition", kinds),
            language=pick("language", langs),
            q=clean_text(str(get.get("q", "")))[:MAX_QUERY],  # no NUL: PostgreSQL refuses it
        )

    def apply(self, qs: QuerySet[Comment], theme: bool = True) -> QuerySet[Comment]:
        if self.theme and theme:
            qs = qs.filter(theme_key=self.theme)
        if self.state:
            qs = qs.filter(state=self.state)
        if self.disposition == UNANSWERED:
            qs = qs.filter(disposition__isnull=True)
        elif self.disposition:
            qs = qs.filter(disposition__kind=self.disposition)
        if self.language:
            qs = qs.filter(language=self.language)
        if self.q:
            qs = qs.filter(commentindex.matching(self.q))
        return qs

    def simple(self) -> bool:
        """Whether these filters, the theme aside, keep only values the kept counts have
        (services/commenttally): a state and "not answered"."""
        return not (self.language or self.q or self.disposition not in ("", UNANSWERED))

    def active(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def query(self, **changes: str) -> str:
        """The query string of these filters (with ``changes``), for links that keep them."""
        values = {f.name: getattr(replace(self, **changes), f.name) for f in fields(self)}
        return urlencode({k: v for k, v in values.items() if v})


@dataclass(frozen=True)
class ThemeCount:
    key: str
    title: str
    count: int
    query: str  # the current filters with this theme chosen


def theme_counts(
    qs: QuerySet[Comment], filters: Filters, edition: Edition, language: str
) -> list[ThemeCount]:
    """Comments per theme among those the other filters keep, in the edition's theme order
    (comments on the whole draft have no theme and are not counted here)."""
    found = dict(
        filters.apply(qs, theme=False)
        .exclude(theme_key="")
        .order_by()  # no ordering columns in the GROUP BY
        .values("theme_key")
        .annotate(n=Count("id"))
        .values_list("theme_key", "n")
    )
    return theme_list(found, filters, edition, language)


def theme_list(
    found: dict[str, int], filters: Filters, edition: Edition, language: str
) -> list[ThemeCount]:
    """The edition's themes in order, each with its number of comments in ``found``."""
    lang = pages.ui_language(language)
    return [
        ThemeCount(
            t.key,
            edition.theme_title(t.key, lang),
            found.get(t.key, 0),
            filters.query(theme=t.key),
        )
        for t in edition.core().themes
    ]


def languages() -> list[tuple[str, str]]:
    return [(code, name) for code, name in settings.LANGUAGES]
