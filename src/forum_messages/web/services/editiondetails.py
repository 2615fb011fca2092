"""An edition's details (name, year, dates, place, drafting language, themes) edited in forms.

The edition file stays the one description of an edition: a saved form rewrites it, and the
result is checked by the same loader as an uploaded file (``edition.parse_edition``), so a
form accepts exactly what a file would. Keys the forms do not show (intro, stakeholder
groups, settings, a theme's issue areas and seeds...) are kept as they were.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from django.db import transaction
from django.utils.text import slugify

from forum_messages.edition import parse_edition
from forum_messages.errors import EditionError
from forum_messages.model import UN_LANGUAGES, pick
from forum_messages.web.models import Draft, Edition, Session
from forum_messages.web.models.inputs import stored_data
from forum_messages.web.services import versions

#: What the errors of a form name as their "file".
FORM_NAME = "edition details"


@dataclass
class ThemeDetails:
    key: str
    title: dict[str, str] = field(default_factory=dict)
    description: dict[str, str] = field(default_factory=dict)
    fixed: bool = False  # already in the edition: its key is shown, not edited
    remove: bool = False


@dataclass
class Details:
    name: dict[str, str]
    place: dict[str, str]
    year: int | None
    start: str
    end: str
    language: str
    themes: list[ThemeDetails]


def _plain(value: Any) -> Any:
    """YAML data as plain dicts, lists and strings (dates written as YYYY-MM-DD)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return value.isoformat()
    return value


def _data(edition: Edition) -> dict[str, Any]:
    data = _plain(stored_data(edition.spec_yaml, edition.source or edition.slug))
    return data if isinstance(data, dict) else {}


def _texts(value: Any) -> dict[str, str]:
    if isinstance(value, str):
        return {"en": value}
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items() if isinstance(v, str)}
    return {}


def details_of(edition: Edition) -> Details:
    """What the forms show: the edition file's values."""
    data = _data(edition)
    raw_dates = data.get("dates")
    dates: dict[str, Any] = raw_dates if isinstance(raw_dates, dict) else {}
    themes = [
        ThemeDetails(
            key=str(t.get("key", "")),
            title=_texts(t.get("title")),
            description=_texts(t.get("description")),
            fixed=True,
        )
        for t in data.get("themes") or []
        if isinstance(t, dict)
    ]
    year = data.get("year")
    return Details(
        name=_texts(data.get("name")),
        place=_texts(data.get("place")),
        year=year if isinstance(year, int) else None,
        start=str(dates.get("start", "")),
        end=str(dates.get("end", "")),
        language=str(data.get("language", "en")),
        themes=themes,
    )


def _kept(texts: dict[str, str]) -> dict[str, str]:
    """The texts given, in the UN order, empty ones left out."""
    return {lang: texts[lang].strip() for lang in UN_LANGUAGES if texts.get(lang, "").strip()}


def _set(data: dict[str, Any], key: str, value: Any) -> None:
    if value:
        data[key] = value
    else:
        data.pop(key, None)


def _check_themes(edition: Edition, before: list[str], after: list[str], language: str) -> None:
    """Themes may be added until the draft is made; a theme that reports or a draft use stays;
    a draft keeps the language it is written in."""
    draft = Draft.objects.filter(edition=edition).first()
    if draft is not None and language != draft.language:
        raise EditionError(
            f"{FORM_NAME}: field 'language': the draft is written in '{draft.language}'; "
            "the drafting language can no longer change"
        )
    if draft is not None:
        if set(after) != set(before):
            raise EditionError(
                f"{FORM_NAME}: field 'themes': the draft is made, so themes can no longer be "
                "added or removed (their titles and descriptions can still change)"
            )
        return
    gone = set(before) - set(after)
    used = set(
        Session.objects.filter(edition=edition, theme__in=gone).values_list("theme", flat=True)
    )
    if used:
        raise EditionError(
            f"{FORM_NAME}: field 'themes': imported reports use the theme(s) "
            f"{', '.join(sorted(used))}; they cannot be removed"
        )


def new_key(theme: ThemeDetails) -> str:
    """The key typed, or one made from the theme's first title."""
    if theme.key.strip():
        return theme.key.strip()
    title = pick(_kept(theme.title), "en")
    return slugify(title)[:40].strip("-_")


@transaction.atomic
def save_details(edition: Edition, details: Details, seen: str | None = None) -> Edition:
    """Write ``details`` into the edition file, check it as a file is checked, and save it;
    the draft's theme titles (in the drafting language) follow. Raises EditionError naming
    each field that is not accepted; nothing is changed then. ``seen`` is the
    ``versions.fingerprint`` of the edition file the form was made from: when the file was
    saved since (another editor's details, a new file), nothing is saved either."""
    edition = Edition.objects.select_for_update().get(pk=edition.pk)
    if versions.changed_since(seen, edition.spec_yaml):
        raise EditionError(
            f"{FORM_NAME}: the edition's details changed after you opened the page (someone "
            "else saved them); nothing was saved. Your entries are kept in the form below: "
            "saving them again replaces the other save; open the page again to see it"
        )
    data = _data(edition)
    _set(data, "name", _kept(details.name))
    _set(data, "place", _kept(details.place))
    data["year"] = details.year
    start, end = details.start.strip(), details.end.strip()
    _set(data, "dates", {"start": start, "end": end} if start or end else None)
    data["language"] = details.language
    old = {str(t.get("key")): t for t in data.get("themes") or [] if isinstance(t, dict)}
    themes: list[dict[str, Any]] = []
    for th in details.themes:
        if th.remove:
            continue
        key = new_key(th)
        spec = dict(old.get(key, {}))  # what the form does not show is kept
        spec.update(key=key, title=_kept(th.title))
        _set(spec, "description", _kept(th.description))
        themes.append(spec)
    data["themes"] = themes
    keys = [str(t["key"]) for t in themes]
    if len(set(keys)) != len(keys):
        raise EditionError(f"{FORM_NAME}: field 'themes': two themes have the same key")
    core = parse_edition(data, FORM_NAME)
    _check_themes(edition, list(old), keys, core.language)
    edition.spec_yaml = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    edition.title = pick(core.name, core.language)
    edition.language = core.language
    edition.save(update_fields=["spec_yaml", "title", "language"])
    draft = Draft.objects.filter(edition=edition).first()
    if draft is not None:
        for row in draft.themes.all():
            ts = core.theme(row.key)
            row.title = pick(ts.title, draft.language)
            row.description = pick(ts.description, draft.language) if ts.description else ""
            row.save(update_fields=["title", "description"])
    return edition
