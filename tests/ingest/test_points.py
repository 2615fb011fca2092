"""Consultation answers and campaign texts cut into point-sized statements."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from forum_messages.ingest.campaigns import CampaignFinder, gather, rough
from forum_messages.ingest.consultation import Reject, Response
from forum_messages.ingest.points import points, split


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (  # two sentences, two points
            "Public libraries need stable funding for free internet access. "
            "Rural schools should get broadband before the next school year.",
            None,
            [
                "Public libraries need stable funding for free internet access.",
                "Rural schools should get broadband before the next school year.",
            ],
        ),
        (  # a sentence pointing back stays with the one before
            "Les bibliothèques ont besoin d'un financement stable. Cela leur permet d'ouvrir "
            "le soir. Les écoles rurales doivent être raccordées avant la rentrée.",
            "fr",
            [
                "Les bibliothèques ont besoin d'un financement stable. Cela leur permet "
                "d'ouvrir le soir.",
                "Les écoles rurales doivent être raccordées avant la rentrée.",
            ],
        ),
        (  # list markers open the item they number
            "1. Los gobiernos deben financiar la banda ancha rural. "
            "2. Las escuelas deben enseñar competencias digitales.",
            "es",
            [
                "1. Los gobiernos deben financiar la banda ancha rural.",
                "2. Las escuelas deben enseñar competencias digitales.",
            ],
        ),
        (  # a short first piece opens the next; a short one after closes the one before
            "Strongly agree. Governments must fund community networks now. Yes. (12)",
            None,
            ["Strongly agree. Governments must fund community networks now. Yes. (12)"],
        ),
        (  # an abbreviation is no cut
            "Правительства должны финансировать сельские сети. Т.е. школы должны получить "
            "интернет до конца года.",
            "ru",
            [
                "Правительства должны финансировать сельские сети.",
                "Т.е. школы должны получить интернет до конца года.",
            ],
        ),
        (
            "各国政府应当资助农村可负担的宽带。学校必须教授老年人数字技能。 (6)",
            "zh",
            ["各国政府应当资助农村可负担的宽带。", "学校必须教授老年人数字技能。 (6)"],
        ),
        (
            "يجب على الحكومات تمويل شبكات الإنترنت الريفية. "
            "يجب على المدارس تعليم المهارات الرقمية.",
            "ar",
            [
                "يجب على الحكومات تمويل شبكات الإنترنت الريفية.",
                "يجب على المدارس تعليم المهارات الرقمية.",
            ],
        ),
        (  # the runs of a copy's addition apart in the copy: a cut at " … "
            "My town has had no mobile signal since the storm. … and report on progress "
            "every year.",
            None,
            [
                "My town has had no mobile signal since the storm.",
                "and report on progress every year.",
            ],
        ),
        ("One point, said once.", None, ["One point, said once."]),
        ("Yes. No.", None, ["Yes. No."]),
    ],
)
def test_points_of_an_answer(text: str, language: str | None, expected: list[str]) -> None:
    found = points(text, language)
    assert found == expected
    # each point is a stretch of the answer as written
    assert all(p in text for p in found)


def test_split_keeps_an_answer_of_fewer_points_whole() -> None:
    text = "Libraries need funding. Schools need laptops. Towns need fibre to every home."
    assert len(split(text, None, 3)) == 3
    assert split(text, None, 4) == [text]


def test_rough_wordings() -> None:
    assert rough("SCHOOLS MUST TEACH DIGITAL SKILLS.")
    assert rough("Schools must teach digital skills . Towns need fibre .")
    assert not rough("Schools must teach digital skills. Towns need fibre.")
    assert not rough("学校必须教授数字技能。")  # no capitals to speak of


def test_a_campaign_is_worded_by_its_first_plain_copy() -> None:
    plain = "Schools must teach digital skills. Towns need fibre to every home."
    finder: CampaignFinder[str] = CampaignFinder()
    finder.add("a", plain.upper())
    finder.add("b", plain.replace(".", " ."))
    finder.add("c", plain)
    finder.add("d", plain.upper())
    (group,) = finder.finish()
    assert group.text == plain and group.members == ["a", "b", "c", "d"]


CAMPAIGN = (
    "Public libraries need stable funding for free internet access. "
    "Rural schools should get broadband before the next school year."
)
LONG = (
    "Older people need free digital skills courses in every town. "
    "Satellite links cost too much on the islands. "
    "Platforms should publish how they moderate content in local languages."
)


def _rows() -> list[Response | Reject]:
    rows: list[Response | Reject] = [
        Response(f"r{i}", (("Q1", CAMPAIGN),), {}, "f.csv", i + 2) for i in range(3)
    ]
    added = CAMPAIGN + " My town has had no mobile signal since the storm. Buses need wifi too."
    rows.append(Response("r3", (("Q1", added),), {}, "f.csv", 5))
    rows.append(Response("s1", (("Q1", LONG), ("Q2", "Short answer here.")), {}, "f.csv", 6))
    return rows


def test_answers_and_additions_are_statements_a_point() -> None:
    c = gather(_rows(), least=2)
    by_id = {st.id: st for st in c.corpus.statements}
    long = c.placed.statements(("s1", "Q1"))
    assert [by_id[i].text for i in long] == [
        "Older people need free digital skills courses in every town.",
        "Satellite links cost too much on the islands.",
        "Platforms should publish how they moderate content in local languages.",
    ]
    # one session for the response, its statements numbered in order, all of its Q1
    assert [(by_id[i].session, by_id[i].index, by_id[i].location.field) for i in long] == [
        ("s1", 0, "Q1"),
        ("s1", 1, "Q1"),
        ("s1", 2, "Q1"),
    ]
    assert c.placed[("s1", "Q1")] == long[0]
    assert [by_id[i].text for i in c.placed.statements(("s1", "Q2"))] == ["Short answer here."]
    # what a copy adds, cut into its points, each an addition of the copy's response
    extra = c.placed.statements(("r3", "Q1"))
    assert [(by_id[i].text, by_id[i].addition) for i in extra] == [
        ("My town has had no mobile signal since the storm.", True),
        ("Buses need wifi too.", True),
    ]
    # each answer once, however many statements it is
    assert list(c.placed) == [("r3", "Q1"), ("s1", "Q1"), ("s1", "Q2")] and len(c.placed) == 3
    assert c.placed.statements(("nobody", "Q1")) == []


def test_answers_can_be_kept_whole() -> None:
    c = gather(_rows(), least=0)
    texts = [st.text for st in c.corpus.statements]
    assert LONG in texts and len(c.placed.statements(("s1", "Q1"))) == 1
    # by default an answer of two points or more is cut (``--answer-points 0``, or
    # ``answer_points: 0`` in the edition, keeps them whole)
    assert (
        [st.text for st in gather(_rows()).corpus.statements]
        == [st.text for st in gather(_rows(), least=2).corpus.statements]
        != texts
    )
    # a campaign's text is cut whatever ``least`` says: it stands for all its copies
    assert len(c.campaigns[0].points) == 2


def test_the_ledgers_give_each_point_and_its_message(tmp_path: Path) -> None:
    from forum_messages.edition import load_edition
    from forum_messages.export import write_outputs
    from forum_messages.export.consultation import stage_consultation
    from forum_messages.nlp.base import HashEmbedder
    from forum_messages.nlp.language import UNLanguageDetector
    from forum_messages.synth.pipeline import Components, run_pipeline
    from forum_messages.synth.settings import Settings

    c = gather(_rows(), least=2)
    comps = Components(embedder=HashEmbedder(), detector=UNLanguageDetector())
    draft = run_pipeline(c.corpus, load_edition("igf2025"), Settings(), components=comps)
    write_outputs(draft, tmp_path, ("json",), staged=lambda: stage_consultation(c, draft, tmp_path))
    text = (tmp_path / "responses.jsonl").read_text(encoding="utf-8")
    lines = [json.loads(x) for x in text.splitlines()]
    assert [(line["id"], line["column"]) for line in lines] == [
        ("r0", "Q1"),
        ("r1", "Q1"),
        ("r2", "Q1"),
        ("r3", "Q1"),
        ("s1", "Q1"),
        ("s1", "Q2"),
    ]
    where = {a.id: a.message for a in draft.statements}
    reason = {nr.statement: nr.reason for nr in draft.not_reflected}

    def said(entry: dict[str, str]) -> None:  # a message, or why not, as the draft says
        ident = entry["statement"]
        assert entry.get("message") == where[ident] and entry.get("not_reflected") == reason.get(
            ident
        )

    # a copy names its campaign, whose points (and their messages) campaigns.json says once
    copy = lines[0]
    assert copy == {"id": "r0", "column": "Q1", "campaign": c.campaigns[0].id}
    added = lines[3]
    assert [p["statement"] for p in added["addition"]["points"]] == c.placed.statements(
        ("r3", "Q1")
    )
    long = lines[4]
    assert "statement" not in long
    assert [p["statement"] for p in long["points"]] == c.placed.statements(("s1", "Q1"))
    for p in (*added["addition"]["points"], *long["points"]):
        said(p)
    short = lines[5]
    assert short["statement"] == c.placed[("s1", "Q2")] and "points" not in short
    said(short)
    summary = json.loads((tmp_path / "campaigns.json").read_text(encoding="utf-8"))
    (camp,) = summary["campaigns"]
    assert [(p["statement"], p["text"]) for p in camp["points"]] == list(c.campaigns[0].points)
    for p in camp["points"]:  # each point of the campaign's text, in the text's order
        said(p)
    assert summary["counts"]["statements"] == len(c.corpus.statements) == 2 + 2 + 3 + 1
