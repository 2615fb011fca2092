"""Drafting takeaways and calls to action from a transcript."""

from __future__ import annotations

from pathlib import Path

import pytest

from forum_messages.ingest.transcript import parse_transcript, read_transcript
from forum_messages.nlp.base import HashEmbedder
from forum_messages.synth.takeaway_cues import (
    CALL_CUES,
    CHATTER,
    NUMBERED_LEAD,
    SIGNPOST,
    is_call,
)
from forum_messages.synth.takeaways import TakeawayDrafter, candidates, strip_filler

DATA = Path(__file__).parent / "data"


def test_items_are_said_by_the_turns_they_cite(use_embedder) -> None:  # type: ignore[no-untyped-def]
    transcript = read_transcript(DATA / "ws7.txt")
    drafted = TakeawayDrafter(use_embedder).draft(transcript, "en")
    assert 3 <= len(drafted.takeaways) <= 6
    assert 1 <= len(drafted.calls) <= 3
    turns = {t.position: t for t in transcript.turns}
    for item in drafted.takeaways + drafted.calls:
        own = [
            c
            for c in item.cites
            if item.text.rstrip(".").casefold() in turns[c.turn].text.casefold()
        ]
        assert own, item  # the text is a sentence of a cited turn
        for cite in item.cites:
            assert turns[cite.turn].speaker == cite.speaker
            assert not turns[cite.turn].chair
    assert all(CALL_CUES.search(i.text) for i in drafted.calls)
    texts = [i.text for i in drafted.takeaways]
    # the point two speakers made about technicians from the village cites both
    village = next(i for i in drafted.takeaways if "technicians" in i.text)
    assert {c.speaker for c in village.cites} == {"ANA PEREZ", "LINA HASSAN"}
    assert not any("recording" in t or "Thank" in t for t in texts)
    again = TakeawayDrafter(use_embedder).draft(read_transcript(DATA / "ws7.txt"), "en")
    assert again == drafted


def test_summary_descriptions_are_dropped(use_embedder) -> None:  # type: ignore[no-untyped-def]
    transcript = read_transcript(DATA / "summary.txt")
    drafted = TakeawayDrafter(use_embedder).draft(transcript, "en")
    items = [i.text for i in drafted.takeaways + drafted.calls]
    assert not any("focused on" in t for t in items)
    assert "Shared digital identity systems lower the cost of public services" in " ".join(items)
    assert any(t.startswith("Governments should publish open standards") for t in items)
    assert all(c.speaker == "" for i in drafted.takeaways for c in i.cites)


def test_candidates_skip_chair_questions_thanks_and_fragments() -> None:
    t = parse_transcript(
        ">> CHAIR: Data protection authorities need far more staff to enforce the law today.\n"
        ">> ANA: Thank you so much for inviting me to this wonderful panel today.\n"
        "Do we really believe that data protection authorities have enough staff?\n"
        "Yes, exactly.\n"
        "So, I think that data protection authorities need far more staff to enforce the law.\n",
        "x.txt",
    )
    found = candidates(t, "en")
    assert [c.text for c in found] == [
        "Data protection authorities need far more staff to enforce the law."
    ]
    assert found[0].speaker == "ANA" and found[0].turn == 2


@pytest.mark.parametrize(
    "text",
    [
        "Regulators should open the spectrum.",
        "We call on donors to fund local networks.",
        "Il faut financer les réseaux communautaires.",
        "Es necesario financiar las redes comunitarias.",
        "Hay que abrir el espectro.",
        "政府应当开放频谱资源。",
        "يجب تمويل الشبكات المجتمعية.",
        "Необходимо финансировать сетевые сообщества.",
    ],
)
def test_calls_to_action_in_six_languages(text: str) -> None:
    assert CALL_CUES.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Community networks connect villages.",
        "Les réseaux communautaires relient les villages.",
        "数据跨境流动带来了新的机遇。",
    ],
)
def test_statements_of_fact_are_not_calls(text: str) -> None:
    assert not CALL_CUES.search(text)


def test_fillers_and_chatter() -> None:
    assert strip_filler("So, I think that we need open data.") == "We need open data."
    assert strip_filler("Bueno, yo creo que hay que actuar.") == "Hay que actuar."
    assert strip_filler("Social media matter.") == "Social media matter."
    assert CHATTER.search("Merci beaucoup pour cette question.")
    assert CHATTER.search("谢谢主持人。")
    assert not CHATTER.search("Platforms should publish their data.")


def test_nothing_to_draft_from_chair_only() -> None:
    t = parse_transcript(">> MODERATOR: Welcome, we will now start the session.\n", "x.txt")
    drafted = TakeawayDrafter(HashEmbedder()).draft(t, "en")
    assert drafted.takeaways == () and drafted.calls == ()


def test_introductions_and_lead_ins() -> None:
    t = parse_transcript(
        ">> A: Soy Beatriz, trabajo en una organización de migrantes en Chile.\n"
        "Lo que nosotros pedimos es muy simple: toda decisión automática debe poder ser "
        "revisada por una persona.\n"
        "Agrego que la formación tiene que ser práctica y pagada por las empresas.\n",
        "x.txt",
    )
    assert [c.text for c in candidates(t, "es")] == [
        "Toda decisión automática debe poder ser revisada por una persona.",
        "La formación tiene que ser práctica y pagada por las empresas.",
    ]


def test_a_comma_before_the_conjunction() -> None:
    assert strip_filler("Я считаю, что школы должны учить детей.") == "Школы должны учить детей."
    assert strip_filler("I think, that schools matter.") == "Schools matter."


def test_arabic_and_russian_transcripts_are_drafted() -> None:
    t = parse_transcript(
        ">> الميسر: مرحبا بكم، الكلمة لسارة.\n"
        ">> سارة: يجب على الحكومات أن تمول الشبكات المجتمعية في القرى النائية بشكل مستدام.\n"
        "الشبكات المجتمعية تربط القرى التي تتجاهلها الشركات الكبرى منذ سنوات طويلة.\n"
        ">> Иван: Необходимо обучать местных техников, чтобы сети работали годами без помощи.\n",
        "x.txt",
    )
    drafted = TakeawayDrafter(HashEmbedder()).draft(t, "ar")
    calls = [i.text for i in drafted.calls]
    # both calls are calls (how many are kept depends on how likely each is, relative to the
    # best), the statement of fact is the takeaway
    assert calls and all(
        text.startswith(("يجب على الحكومات", "Необходимо обучать")) for text in calls
    )
    assert [i.text for i in drafted.takeaways] == [
        "الشبكات المجتمعية تربط القرى التي تتجاهلها الشركات الكبرى منذ سنوات طويلة."
    ]
    assert all(c.speaker != "الميسر" for i in drafted.calls for c in i.cites)
    russian = parse_transcript(
        ">> Иван: Необходимо обучать местных техников, чтобы сети работали годами без помощи.\n"
        "Сельские сети соединяют деревни, которые крупные операторы годами обходят стороной.\n",
        "y.txt",
    )
    drafted = TakeawayDrafter(HashEmbedder()).draft(russian, "ru")
    assert [i.text for i in drafted.calls] == [
        "Необходимо обучать местных техников, чтобы сети работали годами без помощи."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Я хотела бы вернуться к теме школ, о которой говорили раньше.",
        "На этом я остановлюсь, потому что время уже заканчивается.",
        "Мой вопрос к представителю платформы о жалобах детей.",
        "وأريد أن أعود إلى ما قاله الزميل عن البيانات المفتوحة.",
        "سأتوقف هنا لأن الوقت قد انتهى تقريباً.",
        "سؤالي موجه إلى ممثل الوزارة عن الأرشيف.",
    ],
)
def test_russian_and_arabic_signposts(text: str) -> None:
    assert SIGNPOST.search(text)


def test_russian_and_arabic_points_are_kept() -> None:
    for text in ("Школы должны учить детей цифровой грамотности.", "الشبكات المجتمعية تربط القرى."):
        assert not SIGNPOST.search(text)
    assert NUMBERED_LEAD.sub("", "Второе, что я хочу подчеркнуть: школы должны учить детей.") == (
        "школы должны учить детей."
    )
    assert NUMBERED_LEAD.sub("", "النقطة الثانية مهمة: على الحكومات أن تفتح البيانات.") == (
        "على الحكومات أن تفتح البيانات."
    )
    assert CALL_CUES.search("على الشركات أن تدعم المجتمعات التي تنتج المحتوى.")
    assert CALL_CUES.search("علينا أن نتعاون في جمع البيانات.")
    assert not CALL_CUES.search("الشركات تدعم المجتمعات التي تنتج المحتوى.")


def test_a_negation_is_not_a_filler() -> None:
    # "No", "Yes", "Right" and "Look" open a sentence as fillers only before a comma
    assert strip_filler("No one should be denied food.") == "No one should be denied food."
    assert strip_filler("No sabemos cuántas empresas la usan.") == (
        "No sabemos cuántas empresas la usan."
    )
    assert strip_filler("Right to repair is the key.") == "Right to repair is the key."
    assert strip_filler("No, I think that schools matter.") == "Schools matter."
    assert strip_filler("Look, spectrum is expensive.") == "Spectrum is expensive."


@pytest.mark.parametrize(
    "text",
    [
        "Some countries require that all data must be stored locally.",
        "We do not have to choose between safety and rights.",
        "No tenemos que elegir entre seguridad y derechos.",
        "一些国家出于安全的考虑，要求数据必须在本地存储和处理。",
        "我们并不是要把数据锁起来，我们支持数据流动。",
    ],
)
def test_reported_and_denied_obligations_are_not_calls(text: str) -> None:
    assert CALL_CUES.search(text) and not is_call(text)


def test_calls_that_mention_a_requirement_stay_calls() -> None:
    assert is_call("Regulators should require that operators publish their coverage maps.")
    assert is_call("企业必须加强数据安全，发生数据泄露时及时通报监管机构。")


def test_chinese_openings_and_stances_are_dropped() -> None:
    assert strip_filler("所以，数据流动很重要。") == "数据流动很重要。"
    assert strip_filler("我认为数据流动很重要。") == "数据流动很重要。"
    assert strip_filler("那些国家的规则不同。") == "那些国家的规则不同。"  # 那 begins 那些
    assert strip_filler("第一次会议很重要。") == "第一次会议很重要。"
    assert strip_filler("أعتقد أن البيانات مهمة جدا.") == "البيانات مهمة جدا."
    assert strip_filler("I agree with Amina that spectrum is expensive.") == (
        "Spectrum is expensive."
    )
    assert strip_filler("Estoy de acuerdo en que deberíamos publicar el consumo.") == (
        "Deberíamos publicar el consumo."
    )
    assert strip_filler("Я согласна с Анной, что дети молчат.") == "Дети молчат."
