"""A message text that tells who said what, given as what was said (``text_clause.reported``,
``text.REPORTED_CLAUSE``; docs/quality.md, step 63): the question a speaker was asked and the
speaker dropped when the clause stands alone, in six languages; the sentence kept as written
when the clause would not, and nothing but the text changes."""

from __future__ import annotations

import pytest

from forum_messages.synth import text as text_mod
from forum_messages.synth.text import ExtractiveWriter, clean_sentence
from forum_messages.synth.text_clause import reported, told_case

#: (language, sentence as written, the text with "asked")
ASKED = [
    (
        "en",
        "Asked about the ferry route that the islands have asked for since 2015, the port "
        "authority's deputy head, Sigrun Dahl, said that the only vessel able to dock there "
        "is booked by the fish farms until spring, and that no tender has been launched.",
        "The only vessel able to dock there is booked by the fish farms until spring, and no "
        "tender has been launched.",
    ),
    (
        "zh",
        "在回答关于电价的问题时，电网公司的规划负责人指出，一个新建数据中心预订的容量已超过附近三个镇的总用电量。",
        "一个新建数据中心预订的容量已超过附近三个镇的总用电量。",
    ),
    (
        "ar",
        "وردًا على سؤال عن موعد التشغيل، أوضح مدير المشروع أن الكابل البحري الجديد سيصل إلى "
        "الميناء قبل نهاية العام المقبل.",
        "الكابل البحري الجديد سيصل إلى الميناء قبل نهاية العام المقبل.",
    ),
]


@pytest.mark.parametrize(("lang", "written", "clause"), ASKED)
def test_an_asked_speakers_clause_is_the_text(
    lang: str, written: str, clause: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_mod, "REPORTED_CLAUSE", "off")
    assert clean_sentence(written, lang) == written  # as shipped: the frame kept
    monkeypatch.setattr(text_mod, "REPORTED_CLAUSE", "asked")
    assert clean_sentence(written, lang) == clause


@pytest.mark.parametrize(
    ("lang", "written", "clause"),
    [
        (
            "en",
            "Asked whether the fund would outlast the election, the deputy minister said that "
            "the budget is written into law until 2029.",
            "The budget is written into law until 2029.",
        ),
        (
            "fr",
            "Interrogée sur les délais, la rapporteuse a répondu que la carte des zones "
            "blanches sera publiée en juin.",
            "La carte des zones blanches sera publiée en juin.",
        ),
        (
            "es",
            "Preguntado por los costos, el coordinador respondió que la red comunitaria "
            "cobra tres dólares al mes por hogar.",
            "La red comunitaria cobra tres dólares al mes por hogar.",
        ),
        (
            "ru",
            "Отвечая на вопрос о сроках, представитель министерства сообщил, что закон "
            "о доступе к данным будет принят до конца года.",
            "Закон о доступе к данным будет принят до конца года.",
        ),
    ],
)
def test_the_clause_read_directly_gives_what_was_said(lang: str, written: str, clause: str) -> None:
    # leads the kinds step takes off itself (a short English one, French, Spanish, Russian):
    # the reading gives the same clause on its own
    assert reported(written, lang, True, "asked") == clause


@pytest.mark.parametrize(
    ("lang", "written"),
    [
        # the clause says "her" of the speaker: with the speaker gone, of nobody
        (
            "en",
            "Asked about enforcement, the commissioner admitted that her office has only "
            "two technical staff.",
        ),
        (
            "ru",
            "Отвечая на вопрос о бюджете, директор сообщил, что его агентство получает "
            "вдвое меньше, чем пять лет назад.",
        ),
        ("zh", "在被问及资金时，协调人表示，她的团队只有两名全职人员。"),
        # the speaker's part too long to be a speaker
        (
            "en",
            "Asked about funding, the coordinator of the forum, who has organised every "
            "edition since the first one in a borrowed hall with volunteers and no budget at "
            "all, said that the forum runs on less than five thousand dollars a year.",
        ),
        # too short to be a point
        ("en", "Asked about the deadline, the minister said that it holds."),
    ],
)
def test_a_clause_that_would_not_stand_alone_is_kept_as_written(lang: str, written: str) -> None:
    assert reported(written, lang, True, "said") is None


def test_said_reads_one_persons_words_only_when_the_kinds_step_marks_them() -> None:
    told = (
        "The representative of a rural operator claimed that shared towers cut the cost of a "
        "site by a third."
    )
    assert reported(told, "en", True, "asked") is None  # no question asked
    assert reported(told, "en", True, "said") == "Shared towers cut the cost of a site by a third."
    assert reported(told, "en", False, "said") is None  # the kinds step reads no speaker
    assert reported(told, "en", True, "off") is None
    with pytest.raises(ValueError, match="REPORTED_CLAUSE"):
        reported(told, "en", True, "on")


def test_only_the_text_changes(use_embedder, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    written = ASKED[0][1]
    texts = [written]
    x = use_embedder.embed(texts)
    writer = ExtractiveWriter()
    monkeypatch.setattr(text_mod, "REPORTED_CLAUSE", "off")
    off = writer.write_all([[0]], x, texts, ["en"], "en", use_embedder, written=texts)
    monkeypatch.setattr(text_mod, "REPORTED_CLAUSE", "asked")
    on = writer.write_all([[0]], x, texts, ["en"], "en", use_embedder, written=texts)
    assert off[0].text == written
    assert on[0].text == ASKED[0][2]
    assert (on[0].representative, on[0].language) == (off[0].representative, off[0].language)


CASES = [
    (
        "en",
        "The workshop heard from a village health worker, Mr. Tomas Ilunga, who described a "
        "farmer who rode two hours to a clinic whose records system was down, and who was sent "
        "home without his test results.",
        "A farmer rode two hours to a clinic whose records system was down, and was sent home "
        "without his test results.",
    ),
    (
        "es",
        "La moderadora relató el caso de una maestra de Cochabamba que pagó de su bolsillo los "
        "datos móviles de sus alumnos durante todo un semestre.",
        "Una maestra de Cochabamba pagó de su bolsillo los datos móviles de sus alumnos durante "
        "todo un semestre.",
    ),
    (
        "fr",
        "Une infirmière de Ziguinchor a raconté l'histoire d'une patiente qui a fait trois heures "
        "de route pour une ordonnance que la pharmacie ne pouvait pas lire.",
        "Une patiente a fait trois heures de route pour une ordonnance que la pharmacie ne "
        "pouvait pas lire.",
    ),
]


@pytest.mark.parametrize(("lang", "written", "case"), CASES)
def test_the_case_a_speaker_told_is_read_with_the_speaker_dropped(
    lang: str, written: str, case: str
) -> None:
    assert told_case(written, lang) == case


def test_a_case_that_is_the_object_of_its_clause_is_not_read() -> None:
    # "a school that they built": the school is what they built, not who acted
    assert (
        told_case("She gave the example of a school that they built with no water.", "en") is None
    )
    assert (
        told_case("El alcalde contó el caso de una red que la cooperativa instaló.", "es") is None
    )
    assert told_case("The minister described how the plan would connect schools.", "en") is None


def test_a_message_of_accounts_only_shows_the_case(
    use_embedder, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    plain = "Clinics need records systems that keep working when the network is down."
    texts = [
        CASES[0][1],
        "A nurse told of a mother who lost a week of pay waiting for a scan.",
        plain,
    ]
    langs = ["en"] * 3
    x = use_embedder.embed(texts)
    writer = ExtractiveWriter()
    args = (x, texts, langs, "en", use_embedder)
    monkeypatch.setattr(text_mod, "ACCOUNT_CASE", False)
    off = writer.write_all([[0]], *args, avoid=[True, True, False], written=texts)
    assert off[0].text == CASES[0][1]
    monkeypatch.setattr(text_mod, "ACCOUNT_CASE", True)
    on = writer.write_all([[0]], *args, avoid=[True, True, False], written=texts)
    assert on[0].text == CASES[0][2]
    assert on[0].representative == off[0].representative == 0
    # an account weighed down by the learned readings counts as one; a plain source does not
    both = writer.write_all(
        [[0, 1]], *args, avoid=[True, False, False], soft=[0, 0.1, 0], written=texts
    )
    assert both[0].text in (CASES[0][2], told_case(texts[1], "en"))
    mixed = writer.write_all([[0, 2]], *args, avoid=[True, True, False], written=texts)
    assert mixed[0].representative == 2 and mixed[0].text == plain
    # the case read only for a message of accounts: a marked source shown beside a plain one
    # (no other in the output language) keeps its text
    alone = writer.write_all([[0, 2]], *args, avoid=[False, True, False], written=texts)
    assert alone[0].text in (CASES[0][1], plain)


def test_the_verb_of_a_later_sentence_is_not_read() -> None:
    two = (
        "Rural clinics lost their records twice last year. The nurse said that the backup "
        "drive had been stolen from the district office."
    )
    assert reported(two, "en", True, "said") is None
    told = "Budgets fell. The nurse told of a mother who lost a week of pay waiting for a scan."
    assert told_case(told, "en") is None
    # a title's full stop ends no sentence
    titled = "The workshop heard from Ms. Amina Sow, who told of a mother who lost a week of pay."
    assert told_case(titled, "en") == "A mother lost a week of pay."


def test_an_account_split_at_a_title_is_read_whole(
    use_embedder, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    told = (
        "Participants heard from a school librarian, Ms. Rehana Qadir, who described a girl "
        "who walked five kilometres to the library each evening to send her applications."
    )
    texts = [told]
    x = use_embedder.embed(texts)
    monkeypatch.setattr(text_mod, "ACCOUNT_CASE", True)
    out = ExtractiveWriter().write_all([[0]], x, texts, ["en"], "en", use_embedder, [True], texts)
    assert out[0].text == (
        "A girl walked five kilometres to the library each evening to send her applications."
    )


@pytest.mark.parametrize(
    ("lang", "written"),
    [
        # the speaker was the clause's subject, left out as the language may
        (
            "es",
            "Preguntada por el proyecto, la alcaldesa respondió que presentará el plan de "
            "conectividad escolar en marzo.",
        ),
        (
            "ru",
            "Отвечая на вопрос о сети, учительница рассказала, что научилась настраивать "
            "школьный маршрутизатор по видеоурокам.",
        ),
        ("zh", "在被问及下一步计划时，该公司负责人表示，将在明年为偏远乡村学校免费开通宽带服务。"),
        # a word saying "his" of the speaker
        (
            "ar",
            "وردًا على سؤال عن التمويل، قال الوزير إن بلاده خصصت ميزانية جديدة لربط المدارس "
            "الريفية بالإنترنت.",
        ),
    ],
)
def test_a_clause_whose_subject_went_with_the_speaker_is_kept_as_written(
    lang: str, written: str
) -> None:
    assert reported(written, lang, True, "asked") is None


def test_a_case_named_by_the_speakers_own_words_is_not_read() -> None:
    # "her country" is the speaker's: dropped with her
    said = (
        "Panelist Dr Ines Mora described a scoring tool used by the welfare office in her "
        "country that wrongly flagged thousands of families."
    )
    assert told_case(said, "en") is None


def test_a_chinese_clause_naming_the_speakers_body_is_kept_as_written() -> None:
    body = "在被问及下一步时，协会负责人表示，该协会成员银行去年拦截了约三成的可疑转账。"
    assert reported(body, "zh", True, "asked") is None
    should = "在被问及下一步时，协会负责人表示，政府应该为偏远乡村学校免费开通宽带服务。"
    assert reported(should, "zh", True, "asked") == "政府应该为偏远乡村学校免费开通宽带服务。"
