"""A companion lends the representative a sentence only when the same-point pair model puts
the two on one point (``text.COMPANION_POINT``; docs/quality.md, step 68), read with the real
encoder over a theme's statements, as a draft reads them."""

from __future__ import annotations

from forum_messages.synth import text as text_module
from forum_messages.synth.text import ExtractiveWriter

BACKUP = (
    "Судам и самолётам нужна резервная навигация, не зависящая от спутников: наземные "
    "радиомаяки, инерциальные системы и экипажи, которые умеют ими пользоваться."
)
JAMMING = (  # another point: each case of jamming recorded and published
    "Помехи спутниковой навигации на севере стали почти ежедневными: у самолётов пропадает "
    "сигнал при заходе на посадку, у судов «прыгают» координаты, и каждый такой случай должен "
    "фиксироваться и публиковаться, а не замалчиваться."
)
BEACONS = (  # the same point: keep the ground beacons, train crews to land without them
    "Авиационные службы должны сохранить наземные радионавигационные средства и регулярно "
    "тренировать экипажи садиться без спутникового сигнала."
)
#: the rest of a theme on staying connected in the far north
NORTH = [
    "В тундре и на побережье до сих пор есть сотни километров, где нельзя дозвониться даже по "
    "номеру 112; экстренный вызов должен проходить везде, в том числе через спутник.",
    "Оленеводу, который кочует полгода вдали от любой вышки, спутниковый коммуникатор нужен так "
    "же, как нарты, но и устройство, и ежемесячная плата ему не по карману; государство должно "
    "это субсидировать.",
    "Вызов экстренных служб должен проходить из любой точки тундры — через любую доступную "
    "сеть, в том числе спутниковую.",
    "Все сообщения о помехах спутниковой навигации нужно собирать в открытый реестр, доступный "
    "экипажам и диспетчерам.",
    "Оповещения о штормах и о выходе льда должны приходить и на языках коренных народов, а не "
    "только на русском и норвежском.",
    "Спутниковые коммуникаторы с кнопкой SOS должны быть доступны каждой кочевой семье: нужна "
    "государственная программа, которая оплачивает и устройство, и тариф.",
    "Экстренные сообщения МЧС о пурге и ледоходе надо рассылать и на долганском, и на ненецком "
    "языке, иначе старшие в стойбищах их просто не понимают.",
    "Данные о перемещениях оленьих стад с GPS-ошейников принадлежат оленеводам и не могут "
    "использоваться без их согласия.",
    "Дата-центры, которые приходят на север за дешёвой энергией, не должны получать подключение "
    "раньше жителей и местных предприятий.",
]


def _write(writer: ExtractiveWriter, texts: list[str], group: list[int], lang: str, emb) -> str:  # type: ignore[no-untyped-def]
    x = emb.embed(texts)
    kinds = ["key_takeaway"] * len(texts)
    return writer.write_all([group], x, texts, [lang] * len(texts), lang, emb, kinds=kinds)[0].text


def test_a_companion_of_another_point_lends_no_sentence(use_embedder) -> None:  # type: ignore[no-untyped-def]
    texts = [BACKUP, JAMMING, BEACONS, *NORTH]
    before = _write(ExtractiveWriter(companion_point=0.0), texts, [0, 1, 2], "ru", use_embedder)
    assert before == f"{BACKUP} {JAMMING}"  # both companions pass the cosine bar
    assert text_module.COMPANION_POINT > 0 and text_module.COMPANION_GATE == "none"
    assert _write(ExtractiveWriter(), texts, [0, 1, 2], "ru", use_embedder) == BACKUP


def test_a_companion_of_the_same_point_still_lends_its_sentence(use_embedder) -> None:  # type: ignore[no-untyped-def]
    texts = [BACKUP, JAMMING, BEACONS, *NORTH]
    out = _write(ExtractiveWriter(), texts, [0, 2], "ru", use_embedder)
    assert out == f"{BACKUP} {BEACONS}"


def test_filtered_another_companion_of_the_same_point_lends_instead(  # type: ignore[no-untyped-def]
    use_embedder, monkeypatch
) -> None:
    monkeypatch.setattr(text_module, "COMPANION_GATE", "filter")
    texts = [BACKUP, JAMMING, BEACONS, *NORTH]
    out = _write(ExtractiveWriter(), texts, [0, 1, 2], "ru", use_embedder)
    assert out == f"{BACKUP} {BEACONS}"


def test_with_a_few_statements_alone_the_pair_model_is_not_asked(use_embedder) -> None:  # type: ignore[no-untyped-def]
    # no theme to read the pair's features over: the companions lend as before
    texts = [BACKUP, JAMMING, BEACONS]
    assert len(texts) < text_module.COMPANION_POINT_ROWS
    out = _write(ExtractiveWriter(), texts, [0, 1, 2], "ru", use_embedder)
    assert out.startswith(BACKUP) and out != BACKUP


LANDLOCKED = (
    "Les pays sahéliens enclavés paient leur capacité internationale jusqu'à dix fois plus cher "
    "que les pays côtiers ; l'achèvement des interconnexions terrestres régionales est donc une "
    "condition de la baisse des prix."
)
COASTAL = (  # another point: a terrestrial backup for a coast with one landing station
    "Les pays côtiers qui n'ont qu'une station d'atterrissement ont tout intérêt à ce que la "
    "dorsale leur offre un secours terrestre vers d'autres câbles."
)
#: the rest of a theme on connecting the Sahel
SAHEL = [
    "Dans plusieurs pays du Sahel plus de la moitié des villages n'ont aucune couverture mobile "
    "utilisable, et les cartes de couverture publiées par les opérateurs surestiment largement "
    "la réalité vécue par les habitants.",
    "Les autorités de régulation du Niger, du Tchad et du Mali devraient publier des cartes de "
    "couverture vérifiées sur le terrain, village par village.",
    "Les fonds de service universel devraient financer en priorité l'équipement solaire des "
    "sites ruraux partagés.",
    "Les tronçons nationaux de la dorsale sont presque tous posés, mais les interconnexions aux "
    "frontières restent souvent inactives faute d'accords de transit entre opérateurs "
    "historiques.",
    "Une fibre posée mais non allumée ne sert à personne ; la question n'est plus technique mais "
    "commerciale et politique.",
    "Les opérateurs historiques d'Algérie, du Niger, du Mali et du Tchad devraient signer d'ici "
    "2026 des accords d'interconnexion et de transit à prix orientés vers les coûts sur la "
    "dorsale.",
    "Les constellations en orbite basse peuvent desservir des zones que la fibre et les antennes "
    "n'atteindront pas avant longtemps, comme les oasis et les campements nomades.",
    "Les régulateurs du Tchad, du Niger et de la Mauritanie devraient adopter un régime "
    "d'autorisation simple et peu coûteux pour les terminaux satellitaires.",
    "Les sites de télécommunications des provinces fonctionnent au gazole ; leur passage à "
    "l'énergie solaire réduirait les coupures de service et les coûts.",
]


def test_a_companion_of_another_point_lends_nothing(use_embedder) -> None:  # type: ignore[no-untyped-def]
    texts = [LANDLOCKED, COASTAL, *SAHEL]
    before = _write(ExtractiveWriter(companion_point=0.0), texts, [0, 1], "fr", use_embedder)
    assert before == f"{LANDLOCKED} {COASTAL}"
    assert _write(ExtractiveWriter(), texts, [0, 1], "fr", use_embedder) == LANDLOCKED
