"""One person's words told with the reporting verb after them, or after an opening that names
the person's own turn (``synth.kind_cues_reported``), in each language; groups, documents and
plural verbs are not one person. And a call for issues or proposals is no call to action
(``kind_cues_model.POLICY_CUES``). Real behaviour of ``classify``."""

from __future__ import annotations

import pytest

from forum_messages.synth.kind_cues_model import POLICY_CUES
from forum_messages.synth.kinds import DescriptiveModel, classify


def _attribution(text: str, lang: str) -> bool:
    kind = classify(text, lang)
    return kind.attribution and kind.kind != "descriptive"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Repair ships take weeks to reach the Pacific, said the deputy minister."),
        (
            "en",
            '"Open standards are the only protection small firms have," stressed Amara Osei, '
            "who runs a hosting company in Accra.",
        ),
        ("en", "Most rural clinics still have no fixed line, she added."),
        (
            "en",
            "In her opening remarks, the commissioner warned that the cable budget would not "
            "cover a second repair.",
        ),
        ("fr", "« Les écoles rurales attendent toujours la fibre », a souligné le ministre."),
        ("fr", "Les écoles rurales attendent toujours la fibre, a-t-elle ajouté."),
        (
            "fr",
            "« Ce réseau a changé la vie du village », s'est réjoui le maire de la commune.",
        ),
        ("fr", "Les tarifs ont baissé de moitié, estime Mme Diallo."),
        (
            "fr",
            "Dans son allocution, la ministre a rappelé que le haut débit mobile a doublé en "
            "cinq ans.",
        ),
        ("es", "«Aquí nos escuchamos todos», señaló una de las organizadoras."),
        ("es", "Las radios comunitarias necesitan espectro, afirmó la ministra de Ciencia."),
        ("es", "En su intervención, la embajadora señaló que faltan fondos para los cables."),
        (
            "ru",
            "Малым операторам не по силам хранить трафик, заявил на открытии форума "
            "заместитель министра Игорь Белов.",
        ),
        (
            "ru",
            "«Без доверия пользователей платформа не выживет», — подчеркнул руководитель "
            "исследовательского центра Павел Ким.",
        ),
        ("ru", "В своём выступлении министр подчеркнул, что сеть должна быть доступной."),
        ("zh", "小企业难以承担数据存储的成本，该市大数据局局长说。"),
        ("zh", "“乡村学校的网络还是太慢，”她表示。"),
        ("ar", "وأضاف الخطيب خلال كلمته أن تهديدات الإنترنت عابرة للحدود."),
        ("ar", "من جهته، شدد رئيس جمعية الإنترنت المحلية على ضرورة إشراك الشباب."),
        ("ar", "بدورها، لفتت الناشطة ليلى حداد إلى أن النساء يتعرضن للتحرش عبر الإنترنت."),
    ],
)
def test_one_person_told_after_the_words(lang: str, text: str) -> None:
    assert _attribution(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a group, a document or a plural verb
        ("en", "Repair ships take weeks to reach the Pacific, said participants."),
        ("en", "Repair ships take weeks to reach the Pacific, the report said."),
        ("en", "Repair ships take weeks to reach the Pacific, speakers stressed."),
        ("en", "Repair ships take weeks to reach the Pacific, and insurers know it."),
        ("fr", "Les écoles rurales attendent la fibre, ont souligné les participants."),
        ("es", "Las radios comunitarias necesitan espectro, afirmaron los panelistas."),
        ("ru", "Малым операторам не по силам хранить трафик, заявили эксперты."),
        ("zh", "小企业难以承担数据存储的成本，与会代表表示。"),
        ("zh", "小企业难以承担数据存储的成本，专家们表示。"),
        ("ar", "من جهتهم، شدد المشاركون على ضرورة إشراك الشباب."),
    ],
)
def test_groups_and_documents_are_not_one_person(lang: str, text: str) -> None:
    assert not _attribution(text, lang)


def test_a_call_for_issues_is_no_call() -> None:
    assert not POLICY_CUES.search("The call for issues received 83 submissions in ten weeks.")
    assert not POLICY_CUES.search("A call for workshop proposals opens in March.")
    assert POLICY_CUES.search("Speakers called for binding rules on data brokers.")
    assert POLICY_CUES.search("The youth caucus calls on regulators to publish cable maps.")
    # a description with a call for issues is open to the model again
    text = "The call for issues received 83 submissions in ten weeks."
    assert DescriptiveModel.open_to_model(text, classify(text, "en"))
    assert not DescriptiveModel.open_to_model(
        "Regulators called for a cable registry.",
        classify("Regulators called for a cable registry.", "en"),
    )
