"""Frames still left in a message text (``kind_cues_voice4``, ``kinds.voiced``): noun phrases
turned into a clause, narrative preambles, Arabic participles, a phrase of time after a
recommended action; sentences of our own (not ``kinds/dev17.yaml``'s), and sentences that
must stay as they are."""

from __future__ import annotations

import pytest

from forum_messages.synth.kind_cues_voice2 import ar_point
from forum_messages.synth.kinds import classify, voiced, voiced_text

REWRITTEN = [
    # English: a noun phrase, its number read from its head; a role; a warning; an aside
    (
        "en",
        "Participants highlighted the importance of tide gauges for harbour pilots.",
        "Tide gauges for harbour pilots are important.",
    ),
    (
        "en",
        "The moderator stressed the need for a shared calendar of ferry inspections.",
        "A shared calendar of ferry inspections is needed.",
    ),
    (
        "en",
        "Speakers underlined the role of village clerks in birth registration.",
        "Village clerks have a role in birth registration.",
    ),
    # "without which" on X: X said again with a pronoun, not a relative left dangling
    (
        "en",
        "Participants highlighted the importance of ferry logs, without which no inspector can "
        "date a repair.",
        "Ferry logs are important: without them, no inspector can date a repair.",
    ),
    (
        "en",
        "The panel highlighted the importance of a tide register, without which pilots work blind.",
        "A tide register is important: without it, pilots work blind.",
    ),
    (
        "en",
        "And this came up again and again, grain silos need their own power backup.",
        "Grain silos need their own power backup.",
    ),
    # a narrative preamble before a frame
    (
        "en",
        "Opening the workshop, the chair recalled that half of the harbour cranes run on diesel.",
        "Half of the harbour cranes run on diesel.",
    ),
    (
        "en",
        "In her keynote address, the minister noted that ferry tickets sold online are cheaper.",
        "Ferry tickets sold online are cheaper.",
    ),
    # the phrase of time after the recommended action goes after the participle
    (
        "en",
        "The alliance recommends updating the flood register of river ports by 2028.",
        "The flood register of river ports should be updated by 2028.",
    ),
    (
        "en",
        "Speakers proposed creating a tide data portal as a matter of priority.",
        "A tide data portal should be created as a matter of priority.",
    ),
    # Spanish
    (
        "es",
        "Los ponentes destacaron la importancia de los pluviómetros para los agricultores.",
        "Los pluviómetros para los agricultores son importantes.",
    ),
    (
        "es",
        "Las panelistas subrayaron la necesidad de un calendario común de inspecciones.",
        "Se necesita un calendario común de inspecciones.",
    ),
    (
        "es",
        "Los expositores insistieron en la necesidad de formar a los secretarios municipales.",
        "Es necesario formar a los secretarios municipales.",
    ),
    (
        "es",
        "Al cerrar la jornada, la moderadora advirtió que los silos no tienen energía de respaldo.",
        "Los silos no tienen energía de respaldo.",
    ),
    # French: gender from "du" / "de la"; "le rôle des"; a warning; a preamble
    (
        "fr",
        "Les participants ont souligné l'importance de la météo marine pour les pilotes.",
        "La météo marine pour les pilotes est importante.",
    ),
    (
        "fr",
        "Les intervenants ont insisté sur la nécessité d'un calendrier commun des inspections.",
        "Il faut un calendrier commun des inspections.",
    ),
    (
        "fr",
        "Les intervenants ont rappelé le rôle des greffiers dans l'enregistrement des naissances.",
        "Les greffiers jouent un rôle dans l'enregistrement des naissances.",
    ),
    (
        "fr",
        "Les experts ont mis en garde contre les silos sans groupe électrogène, qui perdent "
        "leur grain à chaque coupure.",
        "Les silos sans groupe électrogène perdent leur grain à chaque coupure.",
    ),
    (
        "fr",
        "Dans son allocution, la ministre a rappelé que les billets de ferry vendus en ligne "
        "coûtent moins cher.",
        "Les billets de ferry vendus en ligne coûtent moins cher.",
    ),
    # Russian: "необходимость" before an infinitive; a preamble
    (
        "ru",
        "Выступавшие подчеркнули необходимость обновить реестр речных портов.",
        "Необходимо обновить реестр речных портов.",
    ),
    (
        "ru",
        "Открывая семинар, председатель напомнил, что половина портовых кранов работает на дизеле.",
        "Половина портовых кранов работает на дизеле.",
    ),
    # Chinese: "的重要性", "的作用"; a preamble; an occasion inside the frame
    ("zh", "与会者强调了潮汐观测站对港口引航员的重要性。", "潮汐观测站对港口引航员很重要。"),
    ("zh", "发言者强调了村文书在出生登记中的作用。", "村文书在出生登记中发挥作用。"),
    ("zh", "在闭幕讲话中，部长指出，网上售出的渡轮票更便宜。", "网上售出的渡轮票更便宜。"),
    ("zh", "站长在介绍中解释说，一半港口起重机仍使用柴油。", "一半港口起重机仍使用柴油。"),
    # Arabic: "ضرورة" before a verbal noun; a preamble; a participle's second clause
    (
        "ar",
        "شدد المشاركون على ضرورة تحديث سجل الموانئ النهرية.",
        "ينبغي تحديث سجل الموانئ النهرية.",
    ),
    (
        "ar",
        "وفي كلمتها، أشارت الوزيرة إلى أن تذاكر العبارات المبيعة إلكترونيا أرخص.",
        "تذاكر العبارات المبيعة إلكترونيا أرخص.",
    ),
]

KEPT = [
    # the importance, the need or the role as the subject; a clause or a gerund as X
    ("en", "The importance of tide gauges became clear after the storm of 2018."),
    ("en", "Speakers highlighted the importance of training harbour pilots to read tide data."),
    ("en", "Participants highlighted the importance of data that ports already collect."),
    ("en", "The role of village clerks has grown since birth registration went online."),
    # a relative clause on X after its comma would dangle once X is the subject
    (
        "en",
        "Speakers underlined the role of harbour masters in dredging, most of whom were never "
        "consulted.",
    ),
    (
        "es",
        "Los ponentes destacaron la importancia de los pluviómetros, sin los cuales los "
        "agricultores siembran a ciegas.",
    ),
    (
        "fr",
        "Les participants ont souligné l'importance du registre des quais, sans lequel aucune "
        "réparation ne peut être datée.",
    ),
    (
        "fr",
        "Les intervenants ont souligné le rôle des capitaineries dans le dragage, dont les "
        "budgets ont baissé.",
    ),
    # a preamble before no frame, or a place before a frame (content, not a preamble)
    ("en", "In its first year, the tide portal answered forty thousand queries."),
    ("en", "Opening the harbour at night doubled the number of ferries."),
    ("en", "In Mombasa, the chair recalled that half of the cranes run on diesel."),
    # a pronoun that named the speaker would dangle
    (
        "en",
        "Speaking for the dockers, Ms Amina Odhiambo said that her union lost half its members.",
    ),
    # French: "des" and "de l'" give no gender; Spanish: a definite article after "necesidad"
    ("fr", "Les participants ont souligné l'importance des marées pour les pilotes."),
    ("fr", "Les participants ont souligné l'importance de l'heure des marées."),
    ("es", "Los ponentes subrayaron la necesidad de la transparencia portuaria."),
    ("es", "En su primer año, el portal de mareas respondió cuarenta mil consultas."),
    # Russian: "важность" before a genitive; Chinese: X with "的"; Arabic: "أهمية"
    ("ru", "Эксперты подчеркнули важность речных портов для сёл."),
    ("zh", "了解港口的重要性需要时间。"),
    ("ar", "شدد المشاركون على أهمية الموانئ النهرية للقرى."),
    ("ar", "وفي عامها الأول، أجابت بوابة المد والجزر عن أربعين ألف استفسار."),
]


@pytest.mark.parametrize(
    ("lang", "said", "point"), [*REWRITTEN, *((lang, said, None) for lang, said in KEPT)]
)
def test_the_text_a_message_states(lang: str, said: str, point: str | None) -> None:
    """The frame taken off, or (``point`` None) the kinds step's point left as it is."""
    kind = classify(said, lang)
    if kind.kind != "descriptive":
        assert voiced_text(kind.point, lang, kind.cuts) == (point or kind.point)


def test_the_phrase_of_time_is_not_pulled_into_the_subject() -> None:
    # before: "The harbour map by 2028 should be updated."
    said = "The network recommends updating the harbour map by 2028."
    assert voiced(said, "en") == "The harbour map should be updated by 2028."
    said = "Speakers proposed creating a ferry register within the next six months."
    assert voiced(said, "en") == "A ferry register should be created within the next six months."
    # a phrase that is the object's own stays in the subject
    said = "The network recommends updating the map of river ports in the delta."
    assert voiced(said, "en") == "The map of river ports in the delta should be updated."


def test_arabic_participles_after_the_frame() -> None:
    # "، مشيرين إلى أن" / "، معتبرات أن" make a second clause where its subject stands
    assert (
        ar_point("أكد المشاركون أن ", "الموانئ مزدحمة، مشيرين إلى أن الرافعات قديمة.")
        == "الموانئ مزدحمة، والرافعات قديمة."
    )
    assert (
        ar_point("قالت المتحدثات إن ", "العبارات متأخرة، معتبرات أن الجداول غير دقيقة.")
        == "العبارات متأخرة، والجداول غير دقيقة."
    )
    # an indefinite subject after the participle's "أن": the frame stays
    rest = "الموانئ مزدحمة، مشيرين إلى أن رافعات كثيرة معطلة."
    assert ar_point("أكد المشاركون أن ", rest) is None
