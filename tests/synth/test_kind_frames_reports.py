"""Frames of session reports still left in a message text (``kinds.voiced``): a noun phrase
after a session or a discussion, in the passive, opened by a gerund; a moderator's frame around
a group's; Arabic clauses after "أنّ" whose second word does not agree with the subject.
Sentences of our own (not ``kinds/dev21-frames.yaml``'s), and sentences that must stay."""

from __future__ import annotations

import numpy as np
import pytest

from forum_messages.nlp.base import HashEmbedder
from forum_messages.synth import kind_cues_voice2, kinds
from forum_messages.synth.kind_cues_voice2 import ar_point
from forum_messages.synth.kinds import classify, voiced_text
from forum_messages.synth.text import ExtractiveWriter

REWRITTEN = [
    # a gerund opening a clause: the clause is the subject, singular
    (
        "en",
        "Speakers underlined the importance of consulting ferry crews before timetables change.",
        "Consulting ferry crews before timetables change is important.",
    ),
    (
        "en",
        "Participants highlighted the importance of ensuring that tide tables reach every "
        "harbour office.",
        "Ensuring that tide tables reach every harbour office is important.",
    ),
    # a one-word "-ing" head: a noun, singular
    (
        "en",
        "Delegates stressed the importance of funding for harbour pilots' radios.",
        "Funding for harbour pilots' radios is important.",
    ),
    # the session or the discussion as the subject, an auxiliary before the verb
    (
        "en",
        "The workshop highlighted the importance of shared logs for ferry inspections.",
        "Shared logs for ferry inspections are important.",
    ),
    (
        "en",
        "Panellists had underlined the importance of a tide register for small ports.",
        "A tide register for small ports is important.",
    ),
    # the passive, with or without the speakers
    (
        "en",
        "The importance of radio beacons for fishing boats was stressed by many participants.",
        "Radio beacons for fishing boats are important.",
    ),
    (
        "en",
        "The need for a single calendar of dredging works was highlighted.",
        "A single calendar of dredging works is needed.",
    ),
    # the frame in the verb after the subject: "was described as" -> "is"
    (
        "en",
        "Night ferries to the outer islands were described as the only link that works in winter.",
        "Night ferries to the outer islands are the only link that works in winter.",
    ),
    (
        "en",
        "A shared tide register, kept by the harbour offices, was seen as cheaper than new "
        "sensors.",
        "A shared tide register, kept by the harbour offices, is cheaper than new sensors.",
    ),
    # a group's frame opening the second clause
    (
        "en",
        "Most harbour cranes run on diesel, and the panel argued that the ports should share "
        "electric ones.",
        "Most harbour cranes run on diesel, and the ports should share electric ones.",
    ),
    (
        "en",
        "Ferry tickets sold online are cheaper, but participants cautioned that many islanders "
        "have no bank card and that cash must stay.",
        "Ferry tickets sold online are cheaper, but many islanders have no bank card and cash "
        "must stay.",
    ),
    # a moderator's frame around the group's
    (
        "en",
        "The rapporteur noted that delegates had stressed the importance of grain silo sensors.",
        "Grain silo sensors are important.",
    ),
    (
        "en",
        "As the moderator noted, participants agreed that ferry fares should be published.",
        "Ferry fares should be published.",
    ),
    # emphasis placed on the noun phrase; the urgency or the value of it
    (
        "en",
        "Emphasis was placed on the importance of spare parts for harbour cranes.",
        "Spare parts for harbour cranes are important.",
    ),
    (
        "en",
        "Strong emphasis was put on the need for a night ferry to the islands.",
        "A night ferry to the islands is needed.",
    ),
    (
        "en",
        "Delegates stressed the urgency of repairs to the eastern quay.",
        "Repairs to the eastern quay are urgent.",
    ),
    (
        "en",
        "The panel underlined the value of tide gauges for small harbours.",
        "Tide gauges for small harbours are valuable.",
    ),
    (
        "fr",
        "Les délégués s'accordaient à dire que les quais de pêche manquent de glace.",
        "Les quais de pêche manquent de glace.",
    ),
    (
        "fr",
        "La rapporteuse a noté que les délégués s'accordaient à dire que les ferries partent "
        "trop tôt.",
        "Les ferries partent trop tôt.",
    ),
    (
        "es",
        "Se subrayó la importancia de los registros de mareas para los puertos pequeños.",
        "Los registros de mareas para los puertos pequeños son importantes.",
    ),
    (
        "es",
        "El taller puso de relieve la importancia de la radio costera.",
        "La radio costera es importante.",
    ),
    (
        "es",
        "El relator indicó que los delegados habían destacado la necesidad de un calendario "
        "común de dragados.",
        "Se necesita un calendario común de dragados.",
    ),
    # an infinitive after "l'importance de" / "la importancia de": no gender to read
    (
        "fr",
        "Les délégués ont souligné l'importance d'écouter les pêcheurs, qui connaissent les "
        "marées.",
        "Il est important d'écouter les pêcheurs, qui connaissent les marées.",
    ),
    (
        "es",
        "Los delegados destacaron la importancia de escuchar a los pescadores.",
        "Es importante escuchar a los pescadores.",
    ),
    (
        "fr",
        "Les intervenants avaient souligné le rôle des capitaineries dans la sécurité des ferries.",
        "Les capitaineries jouent un rôle dans la sécurité des ferries.",
    ),
    (
        "ru",
        "Как отметила ведущая, в ходе обсуждения стало ясно, что паромные тарифы нужно "
        "публиковать заранее.",
        "Паромные тарифы нужно публиковать заранее.",
    ),
    # Spanish: the frame's preposition before "que" goes with its second clause too
    (
        "es",
        "Los delegados coincidieron en que los muelles necesitan hielo, y en que los ferris "
        "salen demasiado temprano.",
        "Los muelles necesitan hielo, y los ferris salen demasiado temprano.",
    ),
    # "y en que" with no comma before it: the point's own ("está en X y en que Y"), kept
    (
        "es",
        "Los ponentes insistieron en que el problema está en la financiación de los muelles y "
        "en que nadie controla el gasto.",
        "El problema está en la financiación de los muelles y en que nadie controla el gasto.",
    ),
    # Arabic: the second word after "أنّ" that does not agree with the subject
    (
        "ar",
        "أكد المتحدثون أن الموانئ وحدها لا تستطيع تمويل الرافعات الجديدة.",
        "الموانئ وحدها لا تستطيع تمويل الرافعات الجديدة.",
    ),
    (
        "ar",
        "أشار المشاركون إلى أن معظم البحارة يفضلون الإذاعة على التطبيقات.",
        "معظم البحارة يفضلون الإذاعة على التطبيقات.",
    ),
    (
        "ar",
        "أكد المشاركون أن صيانة الرافعات تتأخر كل شتاء.",
        "صيانة الرافعات تتأخر كل شتاء.",
    ),
]

KEPT = [
    # a noun compound or a gerund and its object: the number cannot be read
    ("en", "Participants highlighted the importance of training centres for harbour pilots."),
    ("en", "Speakers stressed the importance of mapping ports that flood every spring."),
    # a gerund's clause with a comma in it
    ("en", "Speakers underlined the importance of consulting crews, who know the tides."),
    # the importance as the subject of a point; a passive whose agent is no speaker
    ("en", "The importance of radio beacons became clear after the storm."),
    ("en", "The importance of radio beacons was highlighted by the storm of 2019."),
    ("en", "The value of tide gauges became clear after the storm."),
    # one person before a plain point: their words, left whole
    ("en", "As the moderator noted, ferry fares should be published."),
    ("ru", "Как отметила ведущая, паромные тарифы нужно публиковать заранее."),
    # "described as" inside a relative clause, after a pronoun, of the meeting, before a
    # gerund; one person's frame in the second clause
    ("en", "The crane that was described as the oldest in the port has been replaced."),
    ("en", "She was described as the best pilot in the harbour."),
    ("en", "The workshop was described as lively."),
    ("en", "Mobile money was seen as having transformed island markets."),
    ("en", "Ferries are late, and the chair said that the timetable is wrong."),
    # Arabic: an accusative that shows in writing on two words joined by "و" (one plural
    # subject before its verb alone is read: ``kind_cues_voice11.AR_SUBJECT``)
    ("ar", "أكد المشاركون أن البحارين والصيادين يفضلون الإذاعة على التطبيقات."),
    ("ar", "أكد المشاركون أن عددا كبيرا من الرافعات معطل."),
]


@pytest.mark.parametrize(
    ("lang", "said", "point"), [*REWRITTEN, *((lang, said, None) for lang, said in KEPT)]
)
def test_the_text_a_message_states(lang: str, said: str, point: str | None) -> None:
    """The frame taken off, or (``point`` None) the kinds step's point left as it is (the
    sentence whole, frame and all)."""
    kind = classify(said, lang)
    assert kind.kind != "descriptive"
    assert voiced_text(kind.point, lang, kind.cuts) == (point or said)


def test_the_second_word_counts_only_where_it_may_agree() -> None:
    # a definite subject: "وحدها" and "أيضا" carry no case of its
    assert ar_point("أكد المشاركون أن ", "الموانئ أيضا تحتاج إلى رافعات.") == (
        "الموانئ أيضا تحتاج إلى رافعات."
    )
    # the definite genitive of a construct is the same without "أنّ"
    assert ar_point("أكد المشاركون أن ", "بعض المهندسين غادروا الميناء.") == (
        "بعض المهندسين غادروا الميناء."
    )
    # after "هناك" the noun is the subject: an accusative that shows, refused as before
    assert ar_point("أكد المشاركون أن ", "هناك مهندسين غادروا الميناء.") is None
    # a definite subject whose adjective shows the accusative plural: refused
    assert ar_point("أكد المشاركون أن ", "المهندسين الجدد غادروا الميناء.") is None


def test_off_settings_give_the_sentence_back(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kind_cues_voice2, "AGREEMENT", False)
    monkeypatch.setattr(kinds, "LEADS_AROUND", False)
    monkeypatch.setattr(kinds, "AND_PREP_THAT", False)
    kinds.clear_caches()
    said = "أكد المتحدثون أن الموانئ وحدها لا تستطيع تمويل الرافعات الجديدة."
    assert voiced_text(classify(said, "ar").point, "ar") == said
    said = (
        "Как отметила ведущая, в ходе обсуждения стало ясно, что паромные тарифы нужно "
        "публиковать заранее."
    )
    assert voiced_text(classify(said, "ru").point, "ru") == said
    said = "Los delegados coincidieron en que los muelles necesitan hielo, y en que faltan grúas."
    assert classify(said, "es").point == "Los muelles necesitan hielo, y en que faltan grúas."


def test_a_frame_left_is_told_from_a_point() -> None:
    # a noun phrase whose rewrite is refused, an Arabic frame whose cut is refused
    said = "Participants highlighted the importance of training crews to read tide tables."
    assert kinds.frame_left(said, "en")
    assert kinds.frame_left("رأى المشاركون أن البحارين يفضلون الإذاعة على التطبيقات.", "ar")
    # the importance as the subject of a point, a plain point, a rewritten text
    assert not kinds.frame_left("The importance of tide tables became clear in 2019.", "en")
    assert not kinds.frame_left("Crews should be trained to read tide tables.", "en")
    assert not kinds.frame_left("Tide tables for small ports are important.", "en")


def test_the_frame_penalty_lets_a_plain_statement_show_the_message() -> None:
    framed = "Participants highlighted the importance of training crews to read tide tables."
    plain = "Ferry crews need training in reading tide tables."
    other = "Tide tables should be posted in every harbour office."
    texts, langs = [framed, plain, other], ["en"] * 3
    # the framed statement nearest the group's centre, the plain one a little further
    x = np.array([[1.0, 0.0, 0.0], [0.9, 0.43589, 0.0], [0.9, 0.0, 0.43589]], dtype=np.float32)
    off = ExtractiveWriter().representative([0, 1, 2], x, texts, langs, "en")
    assert off == 0
    on = ExtractiveWriter(frame_penalty=0.1)
    written = on.write_all([[0, 1, 2]], x, texts, langs, "en", HashEmbedder(3))
    assert written[0].representative == 1
    # a message of one statement keeps its only text
    alone = on.write_all([[0]], x, texts, langs, "en", HashEmbedder(3))
    assert alone[0].representative == 0 and alone[0].text == framed
