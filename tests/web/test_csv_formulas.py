"""The CSV downloads read with ";" as the separator (Excel set to a French or German list
separator), with ",", with a tab or with "|" (a spreadsheet's import asking for the
separator): no cell may start like a formula, whatever a comment holds after one of them in
its text, and the text stays readable (an apostrophe put in, nothing taken out). Measured
with Python's own csv reader."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from django.test import override_settings
from hypothesis import given, settings
from hypothesis import strategies as st

from forum_messages.web.services import answers

from .conftest import client_for
from .test_answers import add

FORMULA = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "%")
# a cell as a spreadsheet meets it: spaces and line breaks (not tab) and quotes before it do
# not count
LEAD = re.compile(r"""^(?:[^\S\t]|")*""")
HOSTILE = [
    "Ana; -1+1",
    'Nous soutenons; =HYPERLINK("http://evil.example","x")',
    "Apoyamos,@SUM(A1:A9)",
    "Мы за; \"=cmd|' /C calc'!A0\"",
    "我们支持;\t=1+1",
    "ندعم ، ; +1 و, %x",
    'quoted; ""-2+3',
    "a;;=1;,|x",
    "Apoyamos\t=1+1",
    "Nous soutenons |@SUM(A1:A9)",
    "ندعم|\t-1",
    '我们支持 | "+1"',
]
SEPARATORS = (";", ",", "\t", "|")


def cells_read_with(text: str, delimiter: str) -> list[str]:
    return [
        cell
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for cell in row
    ]


def formula_cells(text: str) -> list[str]:
    """The cells of ``text`` (a CSV file) that start like a formula when it is read with
    ";", ",", a tab or "|" as the separator."""
    found = []
    for sep in SEPARATORS:
        for cell in cells_read_with(text, sep):
            if LEAD.sub("", cell).startswith(FORMULA):
                found.append(cell)
    return found


def written(values: list[str], clean: Any) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(["id", *[clean(v) for v in values], "end"])
    return out.getvalue()


def test_quoting_or_a_leading_apostrophe_alone_leaves_formulas_after_a_semicolon() -> None:
    assert formula_cells(written(HOSTILE, answers.neutralise))  # the rule of before
    assert not formula_cells(written(HOSTILE, answers.neutralise_csv))


def restored(text: str) -> str:
    if text.startswith("'") and text[1:].startswith(FORMULA):
        text = text[1:]
    return re.sub(r"""(^|[;,\t|\r\n])((?:[^\S\t\r\n]|")*)'(?=[=+\-@\t|%])""", r"\1\2", text)


TEXT = st.text(alphabet=st.sampled_from([*";,=+-@\t\r\n|%\" 'aé\u00a0ع中\u3000"]), max_size=30)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(TEXT, min_size=1, max_size=4))
def test_no_cell_starts_like_a_formula_with_any_separator(values: list[str]) -> None:
    text = written(values, answers.neutralise_csv)
    assert not formula_cells(text), text
    for v in values:  # only apostrophes put in, where a formula could start
        out = answers.neutralise_csv(v)
        assert out.replace("'", "") == v.replace("'", "")
        if "'" not in v:
            assert restored(out) == v


@override_settings(RATE_LIMIT=0)
def test_the_downloads_mark_a_formula_after_a_semicolon(
    published: Any, users: dict[str, Any]
) -> None:
    for text in HOSTILE:
        add(published, text, name="Ana; =cmd", country="Chile, -1")
    public = client_for(None).get(f"/e/{published.slug}/comments.csv")
    body = b"".join(public.streaming_content).decode("utf-8-sig")  # type: ignore[attr-defined]
    staff = client_for(users["admin"]).get(f"/staff/e/{published.slug}/comments.csv")
    staff_body = b"".join(staff.streaming_content).decode("utf-8-sig")  # type: ignore[attr-defined]
    for got in (body, staff_body):
        assert len(list(csv.reader(io.StringIO(got)))) == len(HOSTILE) + 1
        assert "Ana; '-1+1" in got and "Apoyamos,'@SUM(A1:A9)" in got
        assert not formula_cells(got)
