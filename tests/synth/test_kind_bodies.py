"""The reading of the record's housekeeping and of a body as the subject (``kind_bodies``).

Sentences of our own (not ``kinds/dev22.yaml``'s): a market traders' committee, a mountain huts'
association, a lake's fishing cooperative, a county archive's friends' society."""

from __future__ import annotations

import numpy as np
import pytest

from forum_messages.synth import kind_model
from forum_messages.synth.kind_bodies import body_tells, housekeeping, tells_record
from forum_messages.synth.kind_model import DescriptiveModel
from forum_messages.synth.kind_narration import makes_claim, narrates
from forum_messages.synth.kinds import classify

from .helpers import ScoredModel

HOUSEKEEPING = [
    ("en", "Quorum was reached, with 61 of the 90 stallholders present or represented."),
    ("en", "The minutes of the October meeting were approved as a true record."),
    ("en", "Apologies were received from the market inspector."),
    ("en", "The item on night parking was deferred until the survey is back."),
    ("en", "The next meeting of the committee is set for 3 May at the covered market."),
    ("en", "The motion on stall fees was put to the vote and carried by 44 votes to 9."),
    ("fr", "Le compte rendu de la dernière assemblée a été adopté sans observation."),
    ("fr", "La question des refuges d'hiver est reportée à la session de printemps."),
    ("fr", "La cotisation annuelle a été mise aux voix : 58 pour, 3 contre."),
    ("es", "Se alcanzó el quórum con 75 de los 120 socios de la cofradía."),
    ("es", "La próxima asamblea tendrá lugar el 2 de junio en la lonja."),
    ("es", "Excusaron su asistencia el patrón mayor y la tesorera."),
    ("ru", "Протокол предыдущего собрания утверждён без замечаний."),
    ("ru", "Вопрос о ценах на лицензии отложен до весны."),
    ("ru", "Видеозапись собрания размещена на сайте кооператива."),
    ("zh", "会议纪要经全体成员确认。"),
    ("zh", "关于冬季开放时间的议题推迟至下次会议。"),
    ("zh", "该项预算以52票赞成、4票反对获得通过。"),
    ("ar", "اكتمل النصاب القانوني بحضور ستين عضوا."),
    ("ar", "أُرجئ البت في رسوم الاشتراك إلى الاجتماع المقبل."),
    # an output to be published after the meeting
    ("en", "The survey's results will be posted on the market's website after the summer."),
    ("fr", "Les comptes de l'association seront publiés sur son site en avril."),
    ("es", "Las cuentas se publicarán en el tablón de la lonja."),
    ("ru", "Итоги голосования будут опубликованы на сайте кооператива."),
    ("zh", "投票结果将在合作社网站上公布。"),
    ("ar", "ستنشر نتائج التصويت على موقع الجمعية."),
]

BODIES = [
    ("en", "The Friends' Society approved its accounts for the year."),
    ("en", "The Archive's reading room committee will publish the new opening hours in June."),
    ("fr", "L'Association des gardiens de refuge publiera le calendrier des ouvertures en mars."),
    ("es", "La Cofradía de Pescadores publicará las capturas del año en su boletín."),
    ("ru", "Ассоциация владельцев приютов опубликует отчёт о сезоне в апреле."),
    ("zh", "渔业合作社将于下月在公告栏公布全年捕捞量。"),
    ("ar", "اعتمدت جمعية أصدقاء الأرشيف برنامج زياراتها."),
]

#: points that look like them: a body making a claim, a finding with figures about the world,
#: a vote told as a fact about the world
LOOKALIKES = [
    ("en", "The market authority should publish its fee schedule before each season."),
    ("en", "The Fisheries Agency found that catches fell by a third in ten years."),
    ("en", "Most traders would vote for longer opening hours if the parking were free."),
    ("en", "Quorum rules make it too easy for a handful of members to block any change."),
    ("fr", "L'Association doit publier ses comptes avant l'assemblée."),
    ("fr", "L'Office a constaté que la fréquentation des refuges a doublé depuis 2015."),
    ("es", "La Cofradía debería publicar las capturas de cada barco."),
    ("es", "La Federación advirtió que los precios del pescado no cubren el gasoil."),
    ("ru", "Ассоциация должна публиковать отчёты о каждом приюте."),
    ("ru", "Управление установило, что улов сократился на треть."),
    ("zh", "渔业合作社应当公布每条渔船的捕捞量。"),
    ("zh", "档案馆认为，数字化可以保护最脆弱的文件。"),
    ("ar", "يجب على الجمعية أن تنشر حساباتها قبل الاجتماع."),
    ("ar", "وجدت الوكالة أن المصيد انخفض بمقدار الثلث."),
    ("en", "The catches of every boat should be published on the market's website."),
    ("fr", "Les comptes devraient être publiés avant l'assemblée."),
]


@pytest.mark.parametrize(("lang", "text"), HOUSEKEEPING)
def test_housekeeping_is_read_in_every_language(lang: str, text: str) -> None:
    assert housekeeping(text, lang)
    assert tells_record(text, lang)


@pytest.mark.parametrize(("lang", "text"), BODIES)
def test_a_body_by_its_class_as_the_subject(lang: str, text: str) -> None:
    assert body_tells(text, lang)
    assert tells_record(text, lang)


@pytest.mark.parametrize(("lang", "text"), LOOKALIKES)
def test_a_claim_is_never_read(lang: str, text: str) -> None:
    assert not tells_record(text, lang)


def test_the_body_must_stand_before_its_verb() -> None:
    # a body named only after the verb, in a language whose subject comes first
    assert not body_tells("Traders approved the plan drawn up by the market authority.", "en")
    # a verb of the meeting's life with no body at all
    assert not body_tells("Everyone went home early because of the snow.", "en")


def test_a_month_called_may_is_no_modal() -> None:
    text = "The next meeting of the committee will take place on 3 May."
    assert makes_claim(text, "en")  # the words of a claim read "may" as a modal
    assert housekeeping(text, "en")
    assert not housekeeping("The next meeting may take place in the spring.", "en")


def test_languages_it_does_not_read() -> None:
    assert not tells_record("Kworum został osiągnięty.", "pl")
    assert not makes_claim("Komitet powinien to opublikować.", "pl")


def test_narration_reads_as_before() -> None:
    # the words of a claim, now shared, still refuse a narration
    assert narrates("The committee visited the covered market.", "en")
    assert not narrates("The committee visited the market and said it must be rebuilt.", "en")
    assert not narrates("Le comité a visité le marché, qui doit être reconstruit.", "fr")


def test_the_setting_is_on_and_recorded() -> None:
    assert kind_model.BODIES is True
    assert DescriptiveModel().params()["bodies"] == kind_model.BODIES_ABOVE
    assert DescriptiveModel().params()["housekeeping"] == kind_model.HOUSEKEEPING_ABOVE
    assert "bodies" not in DescriptiveModel(bodies=False).params()
    assert DescriptiveModel().widened().bodies is False


def test_the_model_sets_aside_what_it_reads_above_the_bar_only() -> None:
    texts = [
        "Apologies were received from the market inspector and the town clerk. #0.25",
        "Apologies were received from the market inspector and the town clerk. #0.15",
        "Совет рыбаков опубликует отчёт о сезоне в апреле. #0.45",
        "Совет рыбаков опубликует отчёт о сезоне в апреле. #0.35",
        "The Fisheries Agency should publish the catches of every boat. #0.6",
    ]
    langs = ["en", "en", "ru", "ru", "en"]
    kinds = [classify(t.split(" #")[0], g) for t, g in zip(texts, langs, strict=True)]
    assert [k.kind for k in kinds] == ["point"] * 5
    x = np.zeros((len(texts), 2))
    off = ScoredModel(neighbours=False, narration=False, bodies=False, course=False)
    on = ScoredModel(neighbours=False, narration=False, bodies=True, course=False)
    assert off.descriptive(x, texts, kinds, None, langs=langs) == [False] * 5  # type: ignore[arg-type]
    # the housekeeping above its bar (0.2), a body above its own (0.4), never a claim
    assert on.descriptive(x, texts, kinds, None, langs=langs) == [True, False, True, False, False]  # type: ignore[arg-type]
    # with no language known, nothing is read
    assert on.descriptive(x, texts, kinds, None) == [False] * 5  # type: ignore[arg-type]


# our own statements, in no labelled set: bodies telling what they will publish, which the
# shipped regression leaves (above the reading's bar, below its own gates), and the same bodies
# with a claim of their own
_LEFT = [
    (
        "en",
        "The Harbour Trust will circulate the dredging timetable to all berth holders next week.",
    ),
    ("fr", "L'Office des refuges diffusera le calendrier des ouvertures en mars."),
    ("es", "La Cofradía de Pescadores publicará las capturas del año en su boletín de marzo."),
    ("zh", "渔业合作社将于下月在公告栏公布全年捕捞量。"),
]
_CLAIMS = [
    ("en", "The Harbour Trust should circulate the dredging timetable to all berth holders."),
    ("fr", "L'Office des refuges doit diffuser le calendrier des ouvertures dès mars."),
    ("ru", "Союз рыбаков должен разослать членам новые правила лова."),
    ("ar", "يجب أن ينشر اتحاد الصيادين جدول مواسم الصيد."),
]


@pytest.mark.slow
def test_the_real_model_sets_aside_what_it_left_only_with_the_reading_on(use_embedder) -> None:  # type: ignore[no-untyped-def]
    items = _LEFT + _CLAIMS
    langs = [g for g, _ in items]
    kinds = [classify(t, g) for g, t in items]
    texts = [k.point or t for k, (_, t) in zip(kinds, items, strict=True)]
    x = np.asarray(use_embedder.embed(texts))
    off = DescriptiveModel(bodies=False, course=False).descriptive(
        x, texts, kinds, use_embedder, langs=langs
    )
    on = DescriptiveModel(bodies=True, course=False).descriptive(
        x, texts, kinds, use_embedder, langs=langs
    )
    n = len(_LEFT)
    assert off[:n] == [False] * n
    assert on[:n] == [True] * n
    # a claim is not read, whatever the model says
    assert on[n:] == off[n:] == [False] * len(_CLAIMS)
    assert not any(tells_record(t, g) for g, t in _CLAIMS)
