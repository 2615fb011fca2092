"""Good files in every accepted shape, one table: what each reader must accept."""

from __future__ import annotations

import pytest

from forum_messages.ingest import load_reports

from .conftest import Writer, make_edition

WS = '{"session": "WS 1", "title": "T", "key_takeaways": ["A"], "calls_to_action": ["B"]}'
NRI = '{"nri": "Chad IGF", "kind": "national", "messages": ["M"]}'

# (case, file name, content, expected [(session, kind, text)])
GOOD = [
    ("jsonl", "a.jsonl", WS + "\n\n" + NRI + "\n", "ABM"),
    ("ndjson", "a.ndjson", WS + "\n", "AB"),
    ("json list", "a.json", f"[{WS}, {NRI}]", "ABM"),
    ("json one record", "a.json", WS, "AB"),
    ("json mapping", "a.json", f'{{"sessions": [{WS}], "nri_reports": [{NRI}]}}', "ABM"),
    ("json only nris", "a.json", f'{{"nri_reports": [{NRI}], "meta": {{"year": 2025}}}}', "M"),
    (
        "json keys as titles",
        "a.json",
        '{"Session": "WS 1", "Key Takeaways": ["A"], "Calls to Action": ["B"]}',
        "AB",
    ),
    (
        "json organizers",
        "a.json",
        '{"session": "WS 1", "organizers": [{"name": "X", "regional_group": "WEOG"}], '
        '"key_takeaways": ["A"], "calls_to_action": ["B"]}',
        "AB",
    ),
    (
        "yaml list",
        "a.yaml",
        "- session: WS 1\n  key_takeaways: [A]\n  calls_to_action: [B]\n"
        "- nri: Chad IGF\n  messages:\n    - M\n",
        "ABM",
    ),
    (
        "yml one record",
        "a.yml",
        "session: WS 1\nkey_takeaways:\n  - A\ncalls_to_action:\n  - B\n",
        "AB",
    ),
    (
        "yaml mapping",
        "a.yaml",
        "sessions:\n  - session: 'WS 1'\n    key_takeaways: [A, B]\nnri_reports: []\n",
        "AB",
    ),
    (
        "yaml anchors",
        "a.yaml",
        "- &base\n  session: WS 1\n  key_takeaways: [A]\n"
        "- <<: *base\n  session: WS 2\n  key_takeaways: [B]\n",
        "AB",
    ),
    ("yaml number code", "a.yaml", "session: 2025\nkey_takeaways: [A]\n", "A"),
    ("csv", "a.csv", "session,key_takeaways,calls_to_action\nWS 1,A,B\n", "AB"),
    ("tsv", "a.tsv", "nri\tmessages\nChad IGF\tM\n", "M"),
    (
        "markdown",
        "a.md",
        "---\nsession: WS 1\n---\n## Key Takeaways\n- A\n## Calls to Action\n- B\n",
        "AB",
    ),
    ("markdown extension", "a.markdown", "---\nnri: Chad IGF\n---\n# Messages\nM\n", "M"),
]


@pytest.mark.parametrize(
    ("name", "content", "texts"), [pytest.param(*c[1:], id=c[0]) for c in GOOD]
)
def test_good_file(write: Writer, name: str, content: str, texts: str) -> None:
    corpus = load_reports([write(name, content)], make_edition())
    assert "".join(s.text for s in corpus.statements) == texts
    for statement in corpus.statements:
        assert statement.location.line >= 1
        assert statement.session in corpus.session_map()


def test_session_defaults(write: Writer) -> None:
    corpus = load_reports(
        [
            write(
                "a.jsonl",
                '{"session": "WS #5", "key_takeaways": ["A"]}\n'
                '{"session": "Open Forum #9", "key_takeaways": ["A"]}\n'
                '{"session": "Main Session 2", "key_takeaways": ["A"]}\n'
                '{"session": "Town Hall", "key_takeaways": ["A"]}\n'
                '{"nri": "Chad IGF", "messages": ["A"]}\n',
            )
        ]
    )
    assert [(s.title, s.type, s.theme, s.language, s.organisers) for s in corpus.sessions] == [
        ("", "Workshop", None, None, ()),
        ("", "Open Forum", None, None, ()),
        ("", "Main Session", None, None, ()),
        ("", "", None, None, ()),
        ("Chad IGF", "NRI report", None, None, ()),
    ]
    assert corpus.sessions[-1].nri_kind is None and corpus.sessions[-1].country is None


def test_json_lines_are_exact(write: Writer) -> None:
    content = (
        '{\n  "sessions": [\n    {\n      "session": "WS 1",\n      "key_takeaways": [\n'
        '        "A",\n        "B"\n      ]\n    }\n  ]\n}\n'
    )
    corpus = load_reports([write("a.json", content)])
    assert corpus.sessions[0].location.line == 3
    assert [s.location.line for s in corpus.statements] == [6, 7]


def test_yaml_lines_are_exact(write: Writer) -> None:
    content = "# comment\nsessions:\n  - session: WS 1\n    key_takeaways:\n      - A\n      - B\n"
    corpus = load_reports([write("a.yaml", content)])
    assert corpus.sessions[0].location.line == 3
    assert [s.location.line for s in corpus.statements] == [5, 6]
