"""Bad files, one table per reader: each problem names the right file, line and field."""

from __future__ import annotations

import pytest

from forum_messages.errors import ValidationError
from forum_messages.ingest import load_reports, validate_reports

from .conftest import Writer, make_edition

GOOD = '{"session": "WS 1", "key_takeaways": ["A takeaway."]}'
LONG = "x" * 5001

# (case, file name, content, line, field, fragment of the message)
JSONL = [
    ("malformed", "a.jsonl", GOOD + '\n{"session": "WS 2", \n', 2, "", "not valid JSON"),
    (
        "not a list",
        "a.jsonl",
        '{"session": "WS 1", "key_takeaways": "text"}',
        1,
        "key_takeaways",
        "must be a list of texts",
    ),
    (
        "item not text",
        "a.jsonl",
        GOOD + '\n{"session": "WS 2", "key_takeaways": ["ok", 5]}',
        2,
        "key_takeaways",
        "item 2: must be text, not a number",
    ),
    (
        "empty item",
        "a.jsonl",
        '{"session": "WS 1", "calls_to_action": ["  \\t "]}',
        1,
        "calls_to_action",
        "item 1: is empty",
    ),
    (
        "missing session",
        "a.jsonl",
        '{"title": "T", "key_takeaways": ["A"]}',
        1,
        "session",
        "needs 'session'",
    ),
    (
        "empty session",
        "a.jsonl",
        '{"session": " ", "key_takeaways": ["A"]}',
        1,
        "session",
        "is empty",
    ),
    (
        "typo takeaways",
        "a.jsonl",
        '{"session": "WS 1", "key_takeaway": ["A"]}',
        1,
        "key_takeaway",
        "did you mean 'key_takeaways'?",
    ),
    (
        "typo calls",
        "a.jsonl",
        '{"session": "WS 1", "calls_to_actions": ["A"]}',
        1,
        "calls_to_actions",
        "did you mean 'calls_to_action'?",
    ),
    (
        "no statements",
        "a.jsonl",
        GOOD + '\n\n{"session": "WS 9", "title": "T"}',
        3,
        "session",
        "'WS 9' has no statements",
    ),
    (
        "empty lists",
        "a.jsonl",
        '{"session": "WS 9", "key_takeaways": []}',
        1,
        "session",
        "no statements",
    ),
    (
        "unknown language",
        "a.jsonl",
        '{"session": "WS 1", "language": "klingon", "key_takeaways": ["A"]}',
        1,
        "language",
        "accepted: en, fr, es, ar, ru, zh",
    ),
    (
        "unknown group",
        "a.jsonl",
        '{"session": "WS 1", "organisers": [{"name": "A"}, {"name": '
        '"B", "stakeholder_group": "Aliens"}], "key_takeaways": ["A"]}',
        1,
        "organisers",
        "organiser 2 (stakeholder_group): unknown stakeholder group 'Aliens'; valid values: "
        "Government; Intergovernmental Organization; Private Sector",
    ),
    (
        "unknown organiser region",
        "a.jsonl",
        '{"session": "WS 1", "organisers": [{"name": "A", '
        '"region": "Atlantis"}], "key_takeaways": ["A"]}',
        1,
        "organisers",
        "unknown regional group 'Atlantis'; valid values: African Group; Asia-Pacific Group",
    ),
    (
        "organiser without name",
        "a.jsonl",
        '{"session": "WS 1", "organisers": [{"country": "Chile"}], "key_takeaways": ["A"]}',
        1,
        "organisers",
        "name is required",
    ),
    (
        "organisers not a list",
        "a.jsonl",
        '{"session": "WS 1", "organisers": "Jane", "key_takeaways": ["A"]}',
        1,
        "organisers",
        "must be a list of organisers",
    ),
    (
        "nri unknown region",
        "a.jsonl",
        '{"nri": "X IGF", "region": "Mars", "messages": ["M"]}',
        1,
        "region",
        "unknown regional group 'Mars'",
    ),
    (
        "nri with takeaways",
        "a.jsonl",
        '{"nri": "X IGF", "key_takeaways": ["M"]}',
        1,
        "key_takeaways",
        "lists its statements under 'messages'",
    ),
    (
        "session with messages",
        "a.jsonl",
        '{"session": "WS 1", "messages": ["M"]}',
        1,
        "messages",
        "is for NRI reports",
    ),
    (
        "session and nri",
        "a.jsonl",
        '{"session": "WS 1", "nri": "X", "messages": ["M"]}',
        1,
        "nri",
        "not both",
    ),
    (
        "bad nri kind",
        "a.jsonl",
        '{"nri": "X IGF", "kind": "global", "messages": ["M"]}',
        1,
        "kind",
        "valid kinds: national, regional, youth",
    ),
    (
        "too long",
        "a.jsonl",
        '{"session": "WS 1", "key_takeaways": ["ok", "' + LONG + '"]}',
        1,
        "key_takeaways",
        "item 2: is 5,001 characters long; the limit is 5,000",
    ),
    (
        "unknown theme",
        "a.jsonl",
        '{"session": "WS 1", "theme": "Space", "key_takeaways": ["A"]}',
        1,
        "theme",
        "valid theme keys: trust, innovation, access, cooperation",
    ),
    ("not an object", "a.jsonl", GOOD + "\n[1, 2]", 2, "", "needs 'session'"),
    (
        "title not text",
        "a.jsonl",
        '{"session": "WS 1", "title": ["T"], "key_takeaways": ["A"]}',
        1,
        "title",
        "must be text, not a list",
    ),
    (
        "field twice",
        "a.jsonl",
        '{"session": "WS 1", "Key Takeaways": ["A"], "key_takeaways": ["B"]}',
        1,
        "key_takeaways",
        "given twice",
    ),
]
JSON = [
    (
        "malformed",
        "a.json",
        '[\n  {"session": "WS 1",\n   "title": "T"\n   "key_takeaways": []}\n]',
        4,
        "",
        "not valid JSON: Expecting ',' delimiter",
    ),
    (
        "empty item line",
        "a.json",
        '[\n {"session": "WS 1",\n  "key_takeaways": [\n   "A",\n   ""\n  ]}\n]',
        5,
        "key_takeaways",
        "item 2: is empty",
    ),
    (
        "second record",
        "a.json",
        "[\n " + GOOD + ',\n {"session": "WS 2",\n  "language": "xx",\n'
        '  "key_takeaways": ["A"]}\n]',
        4,
        "language",
        "unknown language 'xx'",
    ),
    ("wrong shape", "a.json", '{"foo": 1}', 1, "", "expected a list of reports"),
    (
        "typo of sessions",
        "a.json",
        '{"sesions": [' + GOOD + "]}",
        1,
        "sesions",
        "did you mean 'sessions'?",
    ),
    (
        "sessions not a list",
        "a.json",
        '{"sessions": {"a": 1}}',
        1,
        "sessions",
        "must be a list of reports",
    ),
    (
        "jsonl named json",
        "a.json",
        GOOD + "\n" + GOOD.replace("WS 1", "WS 2"),
        2,
        "",
        "name the file .jsonl",
    ),
    ("too deep", "a.json", "[" * 100_000 + "]" * 100_000, 1, "", "nested too deeply"),
]
YAML = [
    (
        "malformed",
        "a.yaml",
        "- session: WS 1\n  key_takeaways:\n    - A\n   - B\n",
        4,
        "",
        "not valid YAML",
    ),
    (
        "unquoted hash",
        "a.yaml",
        "- session: WS #12\n  key_takeaways: [A]\n",
        1,
        "session",
        'put it in quotes, e.g. "WS #12"',
    ),
    (
        "hash in item",
        "a.yml",
        "- session: WS 1\n  key_takeaways:\n    - Goal #5 matters\n",
        3,
        "key_takeaways",
        "cut to 'Goal'",
    ),
    (
        "text not list",
        "a.yaml",
        "session: WS 1\ntitle: T\nkey_takeaways: Just text\n",
        3,
        "key_takeaways",
        "write it as a list",
    ),
    (
        "yes is not text",
        "a.yaml",
        "session: WS 1\nkey_takeaways:\n  - fine\n  - yes\n",
        4,
        "key_takeaways",
        "item 2: must be text, not true/false (quote it)",
    ),
    (
        "mapping item",
        "a.yaml",
        "session: WS 1\nkey_takeaways:\n  - Note: this breaks\n",
        3,
        "key_takeaways",
        "not a mapping (quote it)",
    ),
    (
        "empty item",
        "a.yaml",
        "session: WS 1\nkey_takeaways:\n  - A\n  -\n",
        4,
        "key_takeaways",
        "item 2: is empty",
    ),
    (
        "typo in list",
        "a.yaml",
        "sessions:\n  - session: WS 1\n    title: T\n    calls_to_actions: [A]\n",
        4,
        "calls_to_actions",
        "did you mean 'calls_to_action'?",
    ),
    (
        "organiser typo",
        "a.yaml",
        "session: WS 1\norganisers:\n  - name: A\n    stakeholder: CSO\nkey_takeaways: [A]\n",
        3,
        "organisers",
        "did you mean 'stakeholder_group'?",
    ),
    (
        "organiser group line",
        "a.yaml",
        "session: WS 1\norganisers:\n  - name: A\n  - name: B\n    country: Chile\n"
        "    regional_group: Mars\nkey_takeaways: [A]\n",
        6,
        "organisers",
        "organiser 2 (region): unknown regional group 'Mars'",
    ),
    (
        "alias bomb",
        "a.yaml",
        "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"{c}: &{c} [{', '.join(['*' + p] * 10)}]\n"
            for p, c in zip("abcdefg", "bcdefgh", strict=True)
        ),
        7,
        "",
        "too many values",
    ),
    ("two documents", "a.yaml", GOOD + "\n---\n" + GOOD, 2, "", "list the reports"),
]
CSV = [
    (
        "unclosed quote",
        "a.csv",
        'session,key_takeaways\nWS 1,"A\nB"\nWS 2,"oops\nWS 3,C\n',
        4,
        "key_takeaways",
        "the quote opened on this line is not closed (the cell runs on to line 5)",
    ),
    (
        "unclosed quote closed further down",  # before: WS 3 was read as WS 2's title
        "a.csv",
        'session,title,key_takeaways\nWS 1,T,"A\nB"\nWS 2,"Datos,X\nWS 3,Cap,Y\nWS 4,Rural",Z\n',
        4,
        "title",
        "runs on to line 6 and takes in line 5, which looks like a row of its own",
    ),
    (
        "a quote not closed on its line",
        "a.csv",
        'session,title,key_takeaways\nWS 1,"数据"跨境,A\n',
        2,
        "",
        "not valid CSV",
    ),
    ("no session column", "a.csv", "title,key_takeaways\nT,A\n", 1, "", "needs a 'session' column"),
    (
        "typo column",
        "a.csv",
        "session,key takeaway\nWS 1,A\n",
        1,
        "key takeaway",
        "did you mean 'key_takeaways'?",
    ),
    (
        "duplicate column",
        "a.csv",
        "session,Title,title\nWS 1,A,B\n",
        1,
        "title",
        "column given twice",
    ),
    (
        "too many cells",
        "a.csv",
        'session,key_takeaways\nWS 1,"A\nB"\nWS 2,A,B\n',
        4,
        "",
        "the row has 3 cells but the header has 2 columns",
    ),
    (
        "empty marker item",
        "a.csv",
        'session,key_takeaways\nWS 1,"- A\n- B"\nWS 2,"- C\n- "\n',
        4,
        "key_takeaways",
        "item 2: is empty",
    ),
    (
        "organiser parts",
        "a.csv",
        "session,organisers,key_takeaways\nWS 1,A | B | C | D | E,K\n",
        2,
        "organisers",
        "more than 4 parts",
    ),
    (
        "numbered group",
        "a.csv",
        "session,organiser_1_name,organiser_2_name,"
        "organiser_2_stakeholder_group,key_takeaway_1\nWS 1,A,B,Martians,K\n",
        2,
        "organiser_2_stakeholder_group",
        "unknown stakeholder group 'Martians'",
    ),
    (
        "numbered too long",
        "a.csv",
        f"session,key_takeaway_1,key_takeaway_2\nWS 1,A,{LONG}\n",
        2,
        "key_takeaway_2",
        "is 5,001 characters long",
    ),
    (
        "cell without header",
        "a.csv",
        "session,,key_takeaways\nWS 1,stray,A\n",
        2,
        "column 2",
        "no column name",
    ),
    (
        "semicolon theme",
        "a.csv",
        "session;theme;key_takeaways\nWS 1;Outer space;A\n",
        2,
        "theme",
        "valid theme keys",
    ),
    (
        "no statements",
        "a.csv",
        "session,title,key_takeaways\nWS 1,T,\n",
        2,
        "session",
        "no statements",
    ),
]
MARKDOWN = [
    ("no front matter", "a.md", "# WS 1\n\n## Key Takeaways\n- A\n", 1, "", "front matter"),
    (
        "front matter not closed",
        "a.md",
        "---\nsession: WS 1\n\n## Key Takeaways\n- A\n",
        1,
        "",
        "not closed",
    ),
    (
        "front matter yaml",
        "a.md",
        "---\nsession: WS 1\ntitle: [unclosed\n---\n- A\n",
        3,
        "",
        "front matter: not valid YAML",
    ),
    (
        "unquoted hash",
        "a.md",
        "---\ntitle: T\nsession: WS #7\n---\n## Key Takeaways\n- A\n",
        3,
        "session",
        "put it in quotes",
    ),
    (
        "no sections",
        "a.md",
        "---\nsession: WS 1\n---\n## Summary\n- A\n",
        2,
        "session",
        "no statements",
    ),
    (
        "empty item",
        "a.md",
        "---\nsession: WS 1\n---\n\n## Calls to Action\n\n- A\n-\n- C\n",
        8,
        "calls_to_action",
        "item 2: is empty",
    ),
    (
        "too long item",
        "a.md",
        f"---\nsession: WS 1\n---\n## Key Takeaways\n- A\n- {LONG}\n",
        6,
        "key_takeaways",
        "5,001 characters",
    ),
    (
        "both places",
        "a.md",
        "---\nsession: WS 1\nkey_takeaways: [A]\n---\n## Key Takeaways\n- B\n",
        5,
        "key_takeaways",
        "both in the front matter (line 3) and as a section",
    ),
    (
        "not a mapping",
        "a.md",
        "---\n- a\n- b\n---\n## Key Takeaways\n- B\n",
        2,
        "",
        "must be a mapping",
    ),
    (
        "nri with takeaways",
        "a.md",
        "---\nnri: Chad IGF\n---\n## Key Takeaways\n- B\n",
        4,
        "key_takeaways",
        "lists its statements under 'messages'",
    ),
]
CASES = [
    pytest.param(*case[1:], id=f"{case[1].split('.')[-1]}: {case[0]}")
    for case in JSONL + JSON + YAML + CSV + MARKDOWN
]


@pytest.mark.parametrize(("name", "content", "line", "field", "fragment"), CASES)
def test_bad_file_is_reported_with_file_line_field(
    write: Writer, name: str, content: str, line: int, field: str, fragment: str
) -> None:
    path = write(name, content)
    report = validate_reports([path], make_edition())
    matching = [p for p in report.problems if fragment in p.message]
    assert matching, f"no problem mentions {fragment!r}: {report.problems}"
    problem = matching[0]
    assert (problem.file, problem.line, problem.field) == (str(path), line, field), problem
    with pytest.raises(ValidationError) as caught:
        load_reports([path], make_edition())
    assert fragment in str(caught.value)
    assert str(path) in str(caught.value)
