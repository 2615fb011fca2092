"""Sub-topic titles from the policy-topic vocabulary: evidence by words, in any language."""

from __future__ import annotations

import pytest

from forum_messages.synth import topic_vocab
from forum_messages.synth.labels import join_titles
from forum_messages.synth.title_form import bare_word, faulty
from forum_messages.synth.topic_vocab import (
    choose,
    evidence,
    policy_topics,
    share_word,
    titles_of,
)


def _found(messages: list[list[str]], language: str) -> dict[str, int]:
    return {titles_of([ev], language)[0]: len(ev.messages) for ev in evidence(messages, language)}


def test_every_topic_has_a_title_in_the_six_languages() -> None:
    topics = policy_topics()
    assert len(topics) >= 90
    for topic in topics:
        assert set(topic.titles) == {"en", "fr", "es", "ru", "zh", "ar"}, topic.titles
        assert all(t[:1] == t[:1].upper() for t in topic.titles.values() if t[:1].isalpha())


def test_evidence_is_found_by_words_in_any_language() -> None:
    messages = [
        ["Community networks bring people in rural areas online."],
        ["Les réseaux communautaires ont besoin d'accès au spectre."],
        ["يجب دعم الشبكات المجتمعية."],  # with the article
        ["وللشبكات المجتمعية دور."],  # with a conjunction and a preposition
        ["社区网络需要频谱。"],
        ["Сети сообществ нуждаются в поддержке."],
    ]
    found = _found(messages, "zh")
    assert found["社区网络"] == 6
    # plural and inflected forms; a "*" inside a wording stands for any ending of its word
    assert _found([["Subsea cables were cut."]], "en") == {"Subsea cables": 1}
    assert "Точки обмена интернет-трафиком" in _found(
        [["Региональные точки обмена трафиком удерживают местный трафик."]], "ru"
    )
    # an acronym only as written: "AI" is not the French "ai"
    assert "Artificial intelligence" not in _found([["J'ai dit non."]], "en")
    assert "Artificial intelligence" in _found([["AI needs rules."]], "en")
    # nothing is found by meaning alone
    assert _found([["Funding for the national initiative is uncertain."]], "zh") == {
        "可持续资金": 1
    }


def _choose(found: list[dict[str, set[int]]], sizes: list[int]) -> list[str | None]:
    """``choose`` over hand-made evidence (English titles), every title as near as another."""
    index = {t.titles["en"]: i for i, t in enumerate(policy_topics())}
    from forum_messages.synth.topic_vocab import Evidence

    evidenced = [
        sorted(
            (Evidence(index[title], frozenset(ms)) for title, ms in f.items()),
            key=lambda e: (-len(e.messages), e.topic),
        )
        for f in found
    ]
    return choose(
        evidenced,
        sizes,
        "en",
        lambda k, title: 0.0,
        lambda title: title != "Ransomware",  # as a title used above would be
        lambda a, b: join_titles(a, b, "en"),
    )


def test_a_topic_titles_a_sub_topic_only_when_two_messages_show_it() -> None:
    # found in one message of three: not a title; in two: a title
    assert _choose([{"Subsea cables": {0}}], [3]) == [None]
    assert _choose([{"Subsea cables": {0, 2}}], [3]) == ["Subsea cables"]
    # a single message needs its one message
    assert _choose([{"Subsea cables": {0}}], [1]) == ["Subsea cables"]
    # a refused title is never used
    assert _choose([{"Ransomware": {0, 1}}], [2]) == [None]


def test_siblings_never_share_a_title_and_the_better_fit_keeps_it() -> None:
    found = [
        {"Subsea cables": {0, 1}, "Critical infrastructure": {0, 1}},
        {"Subsea cables": {0, 1, 2}},
    ]
    assert _choose(found, [2, 3]) == ["Critical infrastructure", "Subsea cables"]


def test_two_topics_are_joined_when_the_first_leaves_messages_uncovered() -> None:
    found = [{"Subsea cables": {0, 1}, "Internet exchange points": {2, 3}}]
    assert _choose(found, [5]) == ["Subsea cables and Internet exchange points"]
    # two topics that each fit one message title a sub-topic together (equally near: the
    # vocabulary's order decides)
    assert _choose([{"Universal service funds": {0}, "Gender digital divide": {1}}], [2]) == [
        "Gender digital divide and universal service funds"
    ]
    # a title already joined takes no third part
    found = [{"Data protection and privacy": {0, 1}, "Internet exchange points": {2, 3}}]
    assert _choose(found, [5]) == ["Data protection and privacy"]


def test_a_second_topic_of_one_message_more_is_joined_only_to_a_first_of_half(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the first fits two of three: the third message's topic names no share of them
    found = [{"Child online protection": {0, 1}, "Age assurance": {2}}]
    assert _choose(found, [3]) == ["Child online protection"]
    # a first fitting half (one of two) takes the second fitting the other
    found = [{"Child online protection": {0}, "Age assurance": {1}}]
    assert _choose(found, [2]) == ["Child online protection and age assurance"]
    # three of five with a second fitting the other two: each names a share
    found = [{"Child online protection": {0, 1, 2}, "Age assurance": {3, 4}}]
    assert _choose(found, [5]) == ["Child online protection and age assurance"]
    monkeypatch.setattr(topic_vocab, "SHARE_JOIN_RULE", False)
    found = [{"Child online protection": {0, 1}, "Age assurance": {2}}]
    assert _choose(found, [3]) == ["Child online protection and age assurance"]


def test_a_second_topic_sharing_a_word_with_the_first_is_not_joined() -> None:
    # "Youth participation and inclusive participation in policy processes" says it twice:
    # the first topic titles alone, the next topic is not taken instead
    found = [
        {
            "Youth participation": {0, 1, 2},
            "Inclusive participation in policy processes": {3, 4, 5},
            "Sustainable funding": {4, 5},
        }
    ]
    assert _choose(found, [7]) == ["Youth participation"]
    found = [{"Child online protection": {0, 1}, "Child sexual abuse material": {2, 3}}]
    assert _choose(found, [4]) == ["Child online protection"]
    # without the shared word the same evidence makes a pair
    found = [{"Child online protection": {0, 1}, "Age assurance": {2, 3}}]
    assert _choose(found, [4]) == ["Child online protection and age assurance"]
    # two topics of one message each: one sharing a word gives way to the next
    # (equally near: the vocabulary's order decides, "Child online protection" first)
    found = [
        {
            "Child online protection": {0},
            "Child sexual abuse material": {1},
            "Internet standards": {1},
        }
    ]
    assert _choose(found, [2]) == ["Child online protection and Internet standards"]


def test_shared_words_are_content_words_in_each_language() -> None:
    assert share_word("Participation des jeunes", "Participation inclusive", "fr")
    assert not share_word("Protection des enfants", "Protection des données", "zh")
    assert share_word("Защита детей в интернете", "Защита персональных данных", "ru")
    # function words and the Arabic article do not count; the word itself does
    assert not share_word("Cables of the sea", "Data of the state", "en")
    assert share_word("الأمن السيبراني", "والأمن الغذائي", "ar")
    assert not share_word("Subsea cables", "Satellite connectivity", "en")
    # a modifier common to many of the vocabulary's titles repeats no subject
    assert not share_word("Digital public infrastructure", "Digital identity", "en")
    assert not share_word("Protection des données", "Flux transfrontières de données", "fr")
    assert share_word("Youth participation", "Inclusive participation", "en")


def test_school_connectivity_is_found_in_the_six_languages() -> None:
    messages = [
        ["Public school connectivity programmes must reach indigenous communities."],
        ["Ministries should map the connectivity of schools and publish it as open data."],
        ["La connectivité des écoles rurales reste faible."],
        ["Подключение школ к интернету в сёлах отстаёт."],
        ["偏远地区的学校联网仍然滞后。"],
        ["يجب ربط المدارس الريفية بالإنترنت."],
    ]
    assert _found(messages, "es")["Conectividad escolar"] == 6
    # education in general is not school connectivity
    assert "School connectivity" not in _found([["Teachers need training on AI."]], "en")


@pytest.mark.parametrize(
    ("phrase", "language", "fragment"),
    [
        ("Digital divide requires", "en", True),
        ("women remain", "en", True),
        ("adapt the toolkit", "en", True),
        ("Producing misleading content", "en", True),
        ("accessible", "en", True),
        ("Countries", "en", True),
        ("Governments and operators", "en", True),
        ("Authors", "en", True),
        ("Community networks", "en", False),
        ("Human rights online", "en", False),
        ("Capacity building", "en", False),
        ("Skilled cybersecurity professionals", "en", False),
        ("Maps show", "en", True),
        ("Compran estos minerales", "es", True),
        ("Use datos biométricos", "es", True),
        ("Permettent de documenter", "fr", True),
        ("Retirer du débat", "fr", True),
        ("Réseaux communautaires", "fr", False),
        ("Civil puede generar", "es", True),
        ("Brecha digital", "es", False),
        ("Работают ли каналы", "ru", True),
        ("Безопасность детей", "ru", False),
        ("建设支持", "zh", True),
        ("数字鸿沟", "zh", False),
        ("الحكومات والمشغلين", "ar", True),
        ("الفجوة الرقمية", "ar", False),
    ],
)
def test_fragments_of_sentences_are_told_from_subjects(
    phrase: str, language: str, fragment: bool
) -> None:
    assert faulty(phrase, language) is fragment


@pytest.mark.parametrize(
    ("word", "language", "bare"),
    [
        ("Border", "en", True),
        ("Maps", "en", True),
        ("Encryption", "en", False),
        ("Cybercrime", "en", False),  # a wording of the topic vocabulary
        ("Energy", "en", False),
        ("IPv6", "en", False),
        ("Border security", "en", False),
        ("Incidents", "fr", True),
        ("Cybersécurité", "fr", False),
        ("Persona", "es", True),
        ("Vigilancia", "es", False),
        ("Региона", "ru", True),
        ("ЕАЭС", "ru", False),
        ("Безопасность", "ru", False),
    ],
)
def test_a_bare_word_naming_no_subject_is_told(word: str, language: str, bare: bool) -> None:
    assert bare_word(word, language) is bare


def test_the_titles_own_words_are_told_from_other_wordings() -> None:
    messages = [["We need data protection laws."], ["Privacy matters."], ["Personal data is sold."]]
    (found,) = [e for e in evidence(messages, "en") if e.messages]
    assert titles_of([found], "en") == ["Data protection and privacy"]
    assert found.messages == {0, 1, 2}
    assert found.literal == {0, 1}  # "personal data" shows the topic but is not the title


def test_the_index_finds_what_each_wording_finds_alone() -> None:
    from forum_messages.synth.topic_match import Index, occurs, prepare, wording

    sources = ["cable", "subsea cable*", "защит* данных", "AI", "社区网络", "الشبكات المجتمعية"]
    wordings = [wording(s) for s in sources]
    index = Index(wordings, list(range(len(wordings))))
    for raw in [
        "Subsea cables and AI.",
        "Les câbles; J'ai dit.",
        "Нужна защита персональных данных и защиту данных.",
        "社区网络需要频谱。",
        "وللشبكات المجتمعية دور.",
        "cablegram",
    ]:
        text = prepare(raw)
        alone = {i for i, w in enumerate(wordings) if occurs(w, text)}
        assert index.found(text) == alone, raw
    assert index.found(prepare("Subsea cables and AI.")) == {0, 1, 3}
    assert index.found(prepare("cablegram")) == set()


def test_the_sibling_whose_messages_evidence_a_topic_less_gives_way() -> None:
    # a sub-topic of eleven messages, ten of them on AI, and a sibling of one message on it:
    # the one message's full share does not take the topic from the ten
    ai = set(range(10))
    found = [
        {"Artificial intelligence": ai, "Small businesses": {3, 4}},
        {"Artificial intelligence": {0}},
    ]
    assert _choose(found, [11, 1]) == ["Artificial intelligence", None]
    # the weaker sibling keeps its own topic when the stronger one takes another
    found = [{"Subsea cables": {0, 1, 2, 3}, "Artificial intelligence": {0, 1, 2}}, found[1]]
    assert _choose(found, [4, 1]) == ["Subsea cables", "Artificial intelligence"]
    # it keeps the topic when giving way would cover no more messages: the stronger sibling
    # has another topic for two of its five messages
    found = [
        {"AI governance": {0, 1, 2}, "Subsea cables": {3, 4}},
        {"Artificial intelligence": {0}},
    ]
    assert _choose(found, [5, 1]) == ["Subsea cables", "Artificial intelligence"]


@pytest.mark.parametrize(
    ("text", "language", "title"),
    [
        ("The global fleet of repair ships is small and ageing.", "en", "Subsea cables"),
        ("A second landing station would spread the risk.", "en", "Subsea cables"),
        (
            "Il faut collecter des données ventilées par sexe.",
            "fr",
            "Fracture numérique entre les sexes",
        ),
        (
            "Countries that import second-hand equipment need collection schemes.",
            "en",
            "Electronic waste",
        ),
        (
            "AI supply chains need labour standards for data workers.",
            "en",
            "Future of work and platform work",
        ),
        ("Donors should fund salaries for incident responders.", "zh", "网络安全事件响应"),
        (
            "Sign language interpretation and live captioning remain inconsistent.",
            "fr",
            "Accessibilité pour les personnes handicapées",
        ),
        (
            "Les débats devraient être sous-titrés et traduits en langue des signes.",
            "es",
            "Accesibilidad para las personas con discapacidad",
        ),
        (
            "Las sesiones necesitan intérpretes de lengua de señas.",
            "en",
            "Accessibility for persons with disabilities",
        ),
        ("Нужен перевод на язык жестов и субтитры.", "zh", "残障人士的无障碍"),
        ("会议应提供手语翻译和实时字幕。", "ar", "إمكانية الوصول للأشخاص ذوي الإعاقة"),
        ("توفير مترجمي لغة الإشارة في الجلسات.", "ru", "Доступность для людей с инвалидностью"),
    ],
)
def test_wordings_added_for_titles(text: str, language: str, title: str) -> None:
    assert title in _found([[text]], language)


def test_a_keyphrase_pair_never_says_a_word_twice() -> None:
    from forum_messages.nlp.base import HashEmbedder
    from forum_messages.synth.labels import KeyphraseLabeller

    pool = ["sexe sur l'accès", "ventilées par sexe", "usage d'Internet"]
    vecs = HashEmbedder().embed(pool)
    labeller = KeyphraseLabeller(max_pair_similarity=1.1)  # nearness aside
    assert not labeller._joinable(pool, vecs, 0, 1, "fr")
    assert labeller._joinable(pool, vecs, 0, 2, "fr")
