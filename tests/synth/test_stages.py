"""Each synthesis stage on its own, with the real embedder where meaning matters."""

from __future__ import annotations

import numpy as np
import pytest

from forum_messages.edition import load_edition
from forum_messages.model import Frameworks, Tag
from forum_messages.nlp.base import HashEmbedder
from forum_messages.nlp.keyphrases import keyphrases
from forum_messages.synth.labels import KeyphraseLabeller, TopicText, headline, join_titles
from forum_messages.synth.procedural import ProceduralFilter
from forum_messages.synth.tags import FrameworkTagger
from forum_messages.synth.themes import NearestThemeAssigner, theme_texts
from forum_messages.synth.topics import SilhouetteTopicFinder, topic_target


def test_keyphrases_in_english_and_chinese() -> None:
    en = keyphrases(
        [
            "Governments should fund cybersecurity capacity building in developing countries.",
            "Cybersecurity capacity building needs regional CERT cooperation.",
        ],
        "en",
    )
    assert en[0][0].lower() == "cybersecurity capacity building"
    zh = keyphrases(["发展中国家需要网络安全能力建设。", "能力建设应覆盖各国应急响应小组。"], "zh")
    assert "能力建设" in [p for p, _ in zh]


def test_framework_line_format() -> None:
    line = Frameworks(gdc=("1", "2"), wsis=("C2", "C4"), sdg=("4", "9")).line()
    assert line == "[GDC 1, 2 - WSIS C2, C4 - SDGs 4, 9]"
    assert Frameworks(sdg=("16",)).line() == "[SDGs 16]"
    assert Frameworks().line() == ""


def test_theme_texts_use_every_language() -> None:
    texts = theme_texts(load_edition("igf2025").theme("access"))
    assert any("Universal Access" in t for t in texts)
    assert any("普遍" in t for t in texts)


@pytest.mark.slow
def test_nearest_theme_in_any_language(use_embedder) -> None:  # type: ignore[no-untyped-def]
    ed = load_edition("igf2025")
    texts = [
        "Ransomware attacks on hospitals show the need for national CERTs.",
        "Las redes comunitarias llevan conectividad asequible a zonas rurales.",
        "人工智能的能耗和数据中心的用水需要透明披露。",
        "Le mandat du FGI devrait devenir permanent lors de l'examen du SMSI+20.",
    ]
    x = use_embedder.embed(texts)
    result = NearestThemeAssigner().run(x, [None] * 4, ed, use_embedder)
    assert result.theme == ["trust", "access", "innovation", "cooperation"]
    assert all(result.inferred) and all(0.25 < c <= 1 for c in result.confidence)
    kept = NearestThemeAssigner().run(x[:1], ["access"], ed, use_embedder)
    assert kept.theme == ["access"] and kept.confidence == [1.0] and kept.inferred == [False]


def test_what_every_statement_shares_does_not_decide_the_theme() -> None:
    """Statements lean towards one theme's profile through what they all share (the forum's
    register); with their common mean taken out, each goes to its own subject."""
    ed = load_edition("igf2025")
    profiles = np.eye(4, 8, dtype=np.float32)  # one axis per theme
    shared = np.array([0.55, 0, 0, 0, 0.84, 0, 0, 0])  # leans to the first theme
    rows = []
    for n in range(24):
        own = np.zeros(8)
        own[1 + n % 3] = 0.45  # the subject: themes 2-4
        own[5 + n % 3] = 0.1 * (n % 4)  # and something of its own
        rows.append(shared + own)
    x = np.asarray(rows) / np.linalg.norm(rows, axis=1, keepdims=True)
    keys = list(ed.theme_keys())
    plain = NearestThemeAssigner(center=0, items=0).run(
        x, [None] * 24, ed, HashEmbedder(), profiles
    )
    assert set(plain.theme) == {keys[0]}
    # synthetic axes: the edition's items (embedded by the hash embedder) are left out
    centred = NearestThemeAssigner(items=0).run(x, [None] * 24, ed, HashEmbedder(), profiles)
    assert centred.theme == [keys[1 + n % 3] for n in range(24)]
    # topicality (used to tell procedural statements) is measured on the statements as given
    assert np.allclose(centred.similarity, plain.similarity)
    # a handful of statements is not a background: their mean is left in
    few = NearestThemeAssigner(items=0).run(x[:5], [None] * 5, ed, HashEmbedder(), profiles)
    assert set(few.theme) == {keys[0]}


@pytest.mark.slow
def test_procedural_statements_are_recognised(use_embedder) -> None:  # type: ignore[no-untyped-def]
    ed = load_edition("igf2025")
    texts = [
        "Participants thanked the organisers and the session closed on time.",
        "Les diapositives de la présentation seront mises en ligne après la séance.",
        "Governments should publish transparency reports on internet shutdowns.",
    ]
    x = use_embedder.embed(texts)
    sims = NearestThemeAssigner().run(x, [None] * 3, ed, use_embedder).similarity
    flags = ProceduralFilter().run(x, sims, use_embedder)
    assert flags.tolist() == [True, True, False]


@pytest.mark.slow
def test_framework_tags_for_clear_cases(use_embedder) -> None:  # type: ignore[no-untyped-def]
    tagger = FrameworkTagger(use_embedder)
    cases = {
        ("wsis", "C5"): "National CERTs need funding to respond to ransomware and cybercrime.",
        ("sdg", "5"): "Closing the gender digital divide requires skills programmes for women.",
        (
            "gdc",
            "5",
        ): "International governance of artificial intelligence needs a scientific panel.",
        ("sdg", "4"): "Schools need connectivity and teachers need digital skills training.",
    }
    for (fw, item), text in cases.items():
        centre = use_embedder.embed([text])[0]
        tags = tagger.tag(centre, [text])
        ids = [t.id for t in tags if t.framework == fw]
        assert item in ids, (text, tags)


def test_theme_line_keeps_items_with_weight() -> None:
    tagger = FrameworkTagger.__new__(FrameworkTagger)
    tagger.line_share = 0.4
    from forum_messages.taxonomy import load_taxonomies

    tagger.__dict__["items"] = [it for t in load_taxonomies().values() for it in t.items]
    tagged = [
        ((Tag("gdc", "3", 0.5), Tag("wsis", "C5", 0.6), Tag("sdg", "16", 0.5)), 4),
        ((Tag("wsis", "C10", 0.4), Tag("sdg", "9", 0.3)), 1),
        ((Tag("wsis", "C2", 0.5), Tag("sdg", "9", 0.5)), 3),
    ]
    line = tagger.theme_line(tagged)
    assert line.gdc == ("3",)
    assert line.wsis == ("C2", "C5")  # framework order, C10 too light
    assert line.sdg == ("9", "16")


def test_topic_count_comes_from_the_data() -> None:
    rng = np.random.default_rng(3)
    centres = rng.normal(size=(3, 24))
    pts = np.repeat(centres, 6, axis=0) + rng.normal(scale=0.1, size=(18, 24))
    pts /= np.linalg.norm(pts, axis=1, keepdims=True)
    # 18 messages would make five or six sub-topics, but three tight subjects win clearly
    labels, scores = SilhouetteTopicFinder(max_topics=8).run(pts.astype(np.float32))
    assert len(set(labels)) == 3 and scores
    assert labels == [labels[i - i % 6] for i in range(18)]


def test_topic_count_follows_the_theme_size() -> None:
    expected = {1: 1, 2: 1, 3: 2, 4: 2, 5: 3, 9: 3, 10: 4, 16: 4, 17: 5, 30: 6, 49: 7, 80: 7}
    assert {n: topic_target(n) for n in expected} == expected
    assert topic_target(30, max_topics=4) == 4
    rng = np.random.default_rng(5)
    for n in (3, 6, 12, 20):
        # messages on loosely related subjects: no clear structure, so the size decides
        pts = rng.normal(size=(n, 24))
        pts /= np.linalg.norm(pts, axis=1, keepdims=True)
        labels, _scores = SilhouetteTopicFinder().run(pts.astype(np.float32))
        target = topic_target(n)
        assert target <= len(set(labels)) <= target + 1, n
    assert SilhouetteTopicFinder().run(pts[:2].astype(np.float32))[0] == [0, 0]
    assert len(set(SilhouetteTopicFinder(max_topics=1).run(pts.astype(np.float32))[0])) == 1


@pytest.mark.slow
def test_titles_are_in_the_output_language_and_distinct(use_embedder) -> None:  # type: ignore[no-untyped-def]
    groups = [
        ["Community networks need spectrum.", "Community networks bring rural connectivity."],
        ["Internet shutdowns harm the economy.", "Internet shutdowns violate human rights."],
    ]
    topics = [TopicText(g, use_embedder.embed(g).mean(axis=0) / 1.0) for g in groups]
    titles = KeyphraseLabeller().run(topics, "en", ["broadband", "cybercrime"], [], use_embedder)
    assert "ommunity networks" in titles[0][0]
    assert "shutdowns" in titles[1][0].lower()
    # a sub-topic with no statement in the output language still gets a title in it
    zh_only = [TopicText([], use_embedder.embed(["互联网关闭损害经济。"])[0])]
    title = KeyphraseLabeller().run(
        zh_only, "en", ["internet shutdowns", "e-waste"], [], use_embedder
    )[0][0]
    assert title == "Internet shutdowns"


def test_join_titles_per_language() -> None:
    assert join_titles("spectrum", "licensing", "en") == "Spectrum and licensing"
    assert join_titles("频谱", "许可", "zh") == "频谱与许可"
    assert join_titles("open source", "Manufacturers", "en") == "Open source and manufacturers"
    assert join_titles("WSIS+20", "Global Digital Compact", "en") == (
        "WSIS+20 and Global Digital Compact"
    )
    assert join_titles("data", "CERTs", "en") == "Data and CERTs"
    # a later word in capitals is an acronym, not a proper name: the phrase goes lowercase
    assert join_titles("DNS", "Внедрение IPv6", "ru") == "DNS и внедрение IPv6"
    assert join_titles("Fonds", "Points d'échange Internet", "fr") == (
        "Fonds et points d'échange Internet"
    )
    assert join_titles("Subsea cables", "West Africa", "en") == "Subsea cables and West Africa"
    assert join_titles("Fonds", "Examen du SMSI+20", "fr") == "Fonds et examen du SMSI+20"


@pytest.mark.slow
def test_shipped_framework_vectors_are_current(use_embedder) -> None:  # type: ignore[no-untyped-def]
    from forum_messages.synth.tags import (
        compute_item_vectors,
        load_shipped_vectors,
        texts_digest,
    )

    texts = FrameworkTagger(use_embedder).item_texts()
    shipped = load_shipped_vectors(use_embedder.name, texts_digest(texts))
    assert shipped is not None, (
        "a taxonomy file changed: regenerate the shipped vectors with "
        ".venv/bin/python -c 'from forum_messages.synth.tags import write_shipped_vectors; "
        "from forum_messages.nlp.use import USEEmbedder; write_shipped_vectors(USEEmbedder())'"
    )
    assert np.allclose(shipped, compute_item_vectors(use_embedder, texts), atol=1e-4)
    assert load_shipped_vectors("another-embedder", texts_digest(texts)) is None


@pytest.mark.parametrize(
    ("phrase", "ok"),
    [
        ("community networks", True),
        ("Human rights online", True),
        ("Local languages", True),
        ("family planning", True),
        ("people who speak", False),
        ("sharply limits", False),
        ("world roughly", False),
        ("small", False),
        ("digital", False),
        ("Regulators", True),
    ],
)
def test_headline_rejects_clauses_adverbs_and_lone_adjectives(phrase: str, ok: bool) -> None:
    assert headline(phrase) is ok


@pytest.mark.parametrize(
    ("phrase", "language", "ok"),
    [
        ("Mondial", "fr", False),
        ("Électorale", "fr", False),
        ("Déchets électroniques", "fr", True),
        ("Mundial", "es", False),
        ("Zonas rurales", "es", True),
        ("Родительского контроля", "ru", False),
        ("языках", "ru", False),
        ("Родительский контроль", "ru", True),
        ("Грамотность", "ru", True),
        ("ИИ", "ru", True),
        ("捐款每年", "zh", False),
        ("海缆维修", "zh", True),
        ("ولسرقة رموز", "ar", False),
        ("للأطفال", "ar", False),
        ("حرية التعبير", "ar", True),
        ("ولاية المنتدى", "ar", True),
    ],
)
def test_headline_in_other_languages(phrase: str, language: str, ok: bool) -> None:
    assert headline(phrase, language) is ok


def test_titles_never_name_the_event() -> None:
    from forum_messages.synth.labels import event_words, generic

    words = event_words(["Internet Governance Forum 2025", "Lillestrøm, Norway"])
    for phrase in ("IGF", "Internet Governance Forum and norway", "Norway", "互联网治理论坛"):
        assert generic(phrase, words), phrase
    for phrase in ("Subsea cables", "Information integrity", "数据跨境流动"):
        assert not generic(phrase, words), phrase


def test_a_sub_topic_title_fits_more_than_one_of_its_messages() -> None:
    """The best phrase fits one message only: it is joined with one that fits another, or a
    phrase fitting both takes its place; a phrase can fit by its words or by its meaning."""
    labeller = KeyphraseLabeller()
    axes = np.eye(5, dtype=np.float32)
    cables = (["Subsea cables need more repair ships."], axes[0])
    repair = (["Cable repair takes weeks in West Africa."], axes[1])
    topic = TopicText(["..."], axes[2], (cables, repair))
    pool = ["subsea cables", "repair ships", "cable repair", "outages", "landing stations"]
    vecs = np.stack([axes[3], axes[3], axes[4], axes[1], axes[4]])  # "outages" means repair's
    fits = labeller.fits(pool, vecs, topic)
    assert fits == [{0}, {0}, {1}, {1}, set()]
    # the best phrase is kept and joined with the first that brings a second message
    assert labeller._covering([0, 1, 2, 3], pool, vecs, topic) == ([0, 1, 2, 3], 2)
    # a phrase inside the other is not joined to it: then the first phrase that fits both
    both = ["subsea cables", "cables", "cable"]
    vecs2 = np.stack([axes[3], axes[3], axes[3]])
    assert labeller._covering([0, 1, 2], both, vecs2, topic) == ([2], None)
    # a phrase that fits both already is kept as it is; one message asks nothing
    assert labeller._covering([2, 0], both, vecs2, topic) == ([2, 0], None)
    alone = TopicText(["..."], axes[2], (cables,))
    assert labeller._covering([0, 1], pool, vecs, alone) == ([0, 1], None)


@pytest.mark.slow
def test_descriptions_of_housekeeping_read_as_the_sessions_organisation(use_embedder) -> None:  # type: ignore[no-untyped-def]
    # statements already known to make no point: thanks and logistics in four languages are
    # the session's organisation, a session's focus or speakers stay descriptions
    texts = [
        "Участники поблагодарили хозяев встречи за тёплый приём и устный перевод.",
        "与会者感谢东道国政府提供的会场和周到安排。",
        "La reunión empezó tarde porque falló la conexión de los ponentes remotos.",
        "The moderator thanked the panellists, and the slides will be posted on the session page.",
        "The session examined how regulators in West Africa assign spectrum to community networks.",
        "Speakers included a regulator, two network operators and a researcher from Brazil.",
    ]
    x = use_embedder.embed(texts)
    flags = ProceduralFilter().housekeeping(x, use_embedder)
    assert flags.tolist() == [True, True, True, True, False, False]


@pytest.mark.slow
def test_a_venue_complaint_is_procedural_a_remote_participation_point_is_not(use_embedder) -> None:  # type: ignore[no-untyped-def]
    ed = load_edition("igf2025")
    texts = [
        "The conference centre's wireless network kept dropping, so online speakers were cut off.",
        "Meeting organisers should budget for captioning and give remote speakers the floor first.",
    ]
    x = use_embedder.embed(texts)
    sims = NearestThemeAssigner().run(x, [None] * 2, ed, use_embedder).similarity
    assert ProceduralFilter().run(x, sims, use_embedder).tolist() == [True, False]
