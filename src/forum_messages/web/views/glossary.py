"""A translation's glossary edited as a table, imported from YAML, downloaded as YAML."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages as flash
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from forum_messages.errors import ForumMessagesError
from forum_messages.translation.glossary import MAX_ENTRIES, MAX_GLOSSARY_BYTES, MAX_NOTE
from forum_messages.web.models import Translation
from forum_messages.web.services import glossarytable, translating
from forum_messages.web.services.glossarytable import Row
from forum_messages.web.views.common import requires
from forum_messages.web.views.forms import chars, flag, number, posted
from forum_messages.web.views.translate import _row

EMPTY_ROWS = 5  # blank rows offered for new terms
CELL = 5000  # a cell with several variants; the glossary reader sets the real limits


class TableForm(forms.Form):
    """``rows`` rows of ``row-N-term``, ``-translations``, ``-forbidden``, ``-note``,
    ``-remove``."""

    rows = number(0, MAX_ENTRIES + EMPTY_ROWS)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        count = self.data.get("rows", "0")
        n = int(count) if count.isascii() and count.isdigit() else 0
        for i in range(min(n, MAX_ENTRIES + EMPTY_ROWS)):
            for cell in ("term", "translations", "forbidden"):
                self.fields[f"row-{i}-{cell}"] = chars(CELL)
            self.fields[f"row-{i}-note"] = chars(MAX_NOTE * 2)
            self.fields[f"row-{i}-remove"] = flag()


class ImportForm(forms.Form):
    yaml = chars(MAX_GLOSSARY_BYTES)
    file = forms.FileField(required=False)


def _page(request: HttpRequest, row: Translation, rows: list[Row], status: int = 200) -> Any:
    blank = Row("", "", "", "")
    ctx = {
        "edition": row.edition,
        "row": row,
        "pair": glossarytable.pair_of(row),
        "name": translating.NAMES[row.language],
        "rows": [*rows, *[blank] * EMPTY_ROWS],
        "separator": glossarytable.SEPARATOR,
    }
    return render(request, "fm/translate/glossary.html", ctx, status=status)


@requires("manage_editions")
def glossary(request: HttpRequest, slug: str, lang: str) -> HttpResponse:
    row = _row(request, slug, lang)
    try:
        rows = glossarytable.rows_of(row)
    except ForumMessagesError as exc:  # saved before it was checked: start from YAML
        flash.error(request, str(exc))
        rows = []
    return _page(request, row, rows)


def _save(row: Translation, text: str) -> int:
    """Save a glossary text once it is checked; how many terms it has."""
    n = len(glossarytable.check(text, row))  # InputError naming the entry
    row.glossary = text
    row.save(update_fields=["glossary"])
    return n


@requires("manage_editions")
@require_POST
def glossary_table(request: HttpRequest, slug: str, lang: str) -> HttpResponse:
    row = _row(request, slug, lang)
    form = posted(request, TableForm)
    rows, problems = [], []
    for i in range(form["rows"] or 0):
        r = Row(*(form[f"row-{i}-{c}"] for c in ("term", "translations", "forbidden", "note")))
        if form[f"row-{i}-remove"]:
            continue
        if not r.term.strip() and (r.translations.strip() or r.forbidden.strip() or r.note):
            problems.append(_("row %(n)s: the term is empty") % {"n": i + 1})
        rows.append(r)
    text = glossarytable.yaml_of(glossarytable.pair_of(row), rows)
    try:
        if problems:
            raise ForumMessagesError("glossary: " + "; ".join(problems))
        n = _save(row, text)
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
        return _page(request, row, [r for r in rows if any(r.__dict__.values())], status=400)
    flash.success(
        request,
        ngettext("Glossary saved: %(n)s term.", "Glossary saved: %(n)s terms.", n) % {"n": n},
    )
    return redirect("fm:glossary", slug=slug, lang=lang)


@requires("manage_editions")
@require_POST
def glossary_import(request: HttpRequest, slug: str, lang: str) -> HttpResponse:
    """A YAML glossary (typed or a file) replaces the table, once checked."""
    row = _row(request, slug, lang)
    form = posted(request, ImportForm)
    text = form["yaml"]
    try:
        if form["file"] is not None:
            raw = form["file"].read(MAX_GLOSSARY_BYTES + 1)
            if len(raw) > MAX_GLOSSARY_BYTES:
                raise ForumMessagesError(f"glossary: larger than {MAX_GLOSSARY_BYTES // 2**20} MB")
            text = raw.decode("utf-8-sig")
        n = _save(row, text)
    except UnicodeDecodeError:
        flash.error(request, _("The glossary file is not UTF-8; save it as UTF-8."))
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
    else:
        done = ngettext("Glossary imported: %(n)s term.", "Glossary imported: %(n)s terms.", n)
        flash.success(request, done % {"n": n})
    return redirect("fm:glossary", slug=slug, lang=lang)


@requires("manage_editions")
def glossary_download(request: HttpRequest, slug: str, lang: str) -> HttpResponse:
    row = _row(request, slug, lang)
    resp = HttpResponse(row.glossary, content_type="application/yaml; charset=utf-8")
    name = f"{row.edition.slug}-glossary-{glossarytable.pair_of(row)}.yaml"
    resp["Content-Disposition"] = f'attachment; filename="{name}"'
    return resp
