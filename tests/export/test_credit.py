"""A translation's credit lines (``Draft.credit``) in the Markdown, HTML and JSON outputs."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable

import jsonschema
import pytest

from forum_messages.export.common import credit_lines, label
from forum_messages.export.html import render_html
from forum_messages.export.jsondoc import render_json
from forum_messages.export.markdown import render_markdown
from forum_messages.model import Draft

from .conftest import make_draft
from .test_html import Page
from .test_jsondoc import SCHEMA_PATH

CREDIT = ("Traduit par les bénévoles du Youth IGF Paris", "Relu par Jeanne Martin")


def _credited(lang: str = "fr", credit: tuple[str, ...] = CREDIT) -> Draft:
    return dataclasses.replace(make_draft(lang), credit=credit)


def test_markdown_shows_each_line_after_the_intro_before_the_contents() -> None:
    out = render_markdown(_credited())
    lines = out.splitlines()
    tag = f"**{label('translation', 'fr')}**"
    assert tag == "**Traduction :**"
    first = lines.index(f"{tag} {CREDIT[0]}")  # the label once, on the first line
    shown = [first, lines.index(CREDIT[1], first)]
    assert sum(line.startswith(tag) for line in lines) == 1
    intro = next(
        i
        for i, line in enumerate(lines)
        if line.startswith("La réunion « FGI 2025 » (23–27 juin) s'est tenue")
    )
    contents = lines.index('## <a id="contents"></a>Table des matières')
    assert intro < shown[0] < shown[1] < contents


def test_markdown_credit_is_inert() -> None:
    out = render_markdown(_credited("en", ("Translated by <b>*us*</b>",)))
    assert "**Translation:** Translated by \\<b\\>\\*us\\*\\</b\\>" in out


def test_html_shows_each_line_escaped() -> None:
    out = render_html(_credited("fr", (*CREDIT, "<script>alert(1)</script> & co")))
    assert "<script" not in out
    page = Page(out)
    assert not page.errors
    credits = page.find("p", "credit")
    lines = (*CREDIT, "<script>alert(1)</script> & co")
    assert [text for _t, _a, text in credits] == [f"Traduction : {lines[0]}", *lines[1:]]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in out
    assert out.index('class="credit"') < out.index('id="contents"')


def test_arabic_label() -> None:
    out = render_html(_credited("ar", ("ترجمة متطوعي المبادرة",)))
    assert f"<strong>{label('translation', 'ar')}</strong>" in out


def test_json_lists_the_lines_as_given() -> None:
    credit = (*CREDIT, "  spaced   out ")
    data = json.loads(render_json(_credited("fr", credit)))
    assert data["credit"] == list(credit)
    assert json.loads(render_json(make_draft("fr")))["credit"] == []
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)


@pytest.mark.parametrize("render", [render_markdown, render_html])
def test_no_credit_no_label(render: Callable[[Draft], str]) -> None:
    for lang in ("en", "fr", "ar"):
        draft = make_draft(lang)
        assert draft.credit == ()
        out = render(draft)
        assert label("translation", lang) not in out
        assert out == render(_credited(lang, ("", "   ")))  # blank lines show nothing


def test_credit_lines() -> None:
    assert credit_lines(["  a \n b ", "", "c", "a b", " "]) == ("a b", "c")
