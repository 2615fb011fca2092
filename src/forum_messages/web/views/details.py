"""The edition's details page: name, year, dates, place, drafting language and themes in
forms, checked by the edition file's own loader (services/editiondetails.py)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages as flash
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from forum_messages.errors import ForumMessagesError
from forum_messages.model import UN_LANGUAGES
from forum_messages.web.models import Draft
from forum_messages.web.services import editiondetails
from forum_messages.web.services.editiondetails import Details, ThemeDetails
from forum_messages.web.services.translating import NAMES
from forum_messages.web.views.common import edition_or_404, requires
from forum_messages.web.views.forms import chars, choice, flag, number, posted

MAX_THEMES = 100
TITLE = 300
DESCRIPTION = 3000


def _theme_fields(prefix: str) -> dict[str, forms.Field]:
    out: dict[str, forms.Field] = {f"{prefix}-key": chars(40, strip=True)}
    for lang in UN_LANGUAGES:
        out[f"{prefix}-title-{lang}"] = chars(TITLE)
        out[f"{prefix}-description-{lang}"] = chars(DESCRIPTION)
    return out


class DetailsForm(forms.Form):
    """Fixed fields, then ``theme-N-...`` for each of the ``themes`` shown, and ``theme-new-...``
    for a theme to add."""

    year = number(1900, 2200)
    start = chars(10, strip=True)
    end = chars(10, strip=True)
    language = choice(UN_LANGUAGES)
    themes = number(0, MAX_THEMES)
    seen = chars(40)  # the fingerprint of the edition file the form was made from

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for lang in UN_LANGUAGES:
            self.fields[f"name-{lang}"] = chars(TITLE)
            self.fields[f"place-{lang}"] = chars(TITLE)
        count = self.data.get("themes", "0")
        n = int(count) if count.isascii() and count.isdigit() else 0
        for i in range(min(n, MAX_THEMES)):
            self.fields.update(_theme_fields(f"theme-{i}"))
            self.fields[f"theme-{i}-remove"] = flag()
        self.fields.update(_theme_fields("theme-new"))


def _texts(form: dict[str, Any], prefix: str) -> dict[str, str]:
    return {lang: form[f"{prefix}-{lang}"] for lang in UN_LANGUAGES}


def _from_form(form: dict[str, Any], shown: list[ThemeDetails]) -> Details:
    themes = []
    for i in range(min(form["themes"] or 0, len(shown))):
        p = f"theme-{i}"
        themes.append(
            ThemeDetails(
                key=shown[i].key,  # the keys of existing themes are not edited
                title=_texts(form, f"{p}-title"),
                description=_texts(form, f"{p}-description"),
                fixed=True,
                remove=form[f"{p}-remove"],
            )
        )
    new = ThemeDetails(
        key=form["theme-new-key"],
        title=_texts(form, "theme-new-title"),
        description=_texts(form, "theme-new-description"),
    )
    if new.key or any(new.title.values()) or any(new.description.values()):
        themes.append(new)
    return Details(
        name=_texts(form, "name"),
        place=_texts(form, "place"),
        year=form["year"],
        start=form["start"],
        end=form["end"],
        language=form["language"],
        themes=themes,
    )


def _page(request: HttpRequest, ed: Any, details: Details, status: int = 200) -> HttpResponse:
    used = {lang for texts in (details.name, details.place) for lang, t in texts.items() if t}
    for th in details.themes:
        used |= {lang for lang, t in th.title.items() if t}
    ctx = {
        "edition": ed,
        "d": details,
        "themes": [th for th in details.themes if th.fixed],
        "new": next((th for th in details.themes if not th.fixed), ThemeDetails(key="")),
        "languages": [(lang, NAMES[lang]) for lang in UN_LANGUAGES],
        "open": used | {details.language},
        "drafted": Draft.objects.filter(edition=ed).exists(),
    }
    return render(request, "fm/staff/details.html", ctx, status=status)


@requires("manage_editions")
def edition_details(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    current = editiondetails.details_of(ed)
    if request.method != "POST":
        return _page(request, ed, current)
    form = posted(request, DetailsForm)
    details = _from_form(form, [t for t in current.themes if t.fixed])
    try:
        ed = editiondetails.save_details(ed, details, form["seen"])
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
        return _page(request, ed, details, status=400)
    flash.success(request, _("The edition's details are saved."))
    return redirect("fm:edition_details", slug=slug)
