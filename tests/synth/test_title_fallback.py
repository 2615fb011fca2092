"""A sub-topic whose messages no phrase fits two of is titled by the policy topic the
vocabulary finds in it as a whole, not by a phrase that fits one message."""

from __future__ import annotations

from forum_messages.nlp.base import HashEmbedder
from forum_messages.synth.labels import KeyphraseLabeller, TopicText


def _topic(embedder: HashEmbedder, messages: list[list[str]]) -> TopicText:
    texts = [t for m in messages for t in m]
    centres = [(m, embedder.embed(m).mean(axis=0)) for m in messages]
    return TopicText(texts, embedder.embed(texts).mean(axis=0), tuple(centres))


def _titles(messages: list[list[str]]) -> list[str]:
    embedder = HashEmbedder()
    networks = [
        ["Community networks bring connectivity to remote villages."],
        ["Community networks need affordable spectrum licences."],
    ]
    topics = [_topic(embedder, networks), _topic(embedder, messages)]
    return [title for title, _, _ in KeyphraseLabeller().run(topics, "en", [], [], embedder)]


def test_a_policy_topic_found_in_the_whole_titles_it_before_a_phrase_of_one_message() -> None:
    found = [
        ["Damaged submarine cables left the island offline for weeks."],
        ["The repair ship sailed late.", "Crews on the repair ship lacked spare parts."],
    ]
    assert _titles(found) == ["Community networks", "Subsea cables"]


def test_without_one_a_phrase_still_titles_it() -> None:
    none = [
        ["Fishermen lost their catch when the harbour flooded."],
        ["The supply barge sailed late.", "Crews on the supply barge lacked spare parts."],
    ]
    title = _titles(none)[1]
    assert title == "Supply barge"


def test_a_sub_topic_with_no_phrase_of_its_own_is_titled_by_nearness_not_a_number() -> None:
    # no phrase occurs in two of its statements: before, its title was its number ("2")
    embedder = HashEmbedder()
    networks = [
        ["Community networks bring connectivity to remote villages."],
        ["Community networks need affordable spectrum licences."],
    ]
    apart = [
        ["Fishermen lost their catch when the harbour flooded."],
        ["Bakers raised bread prices after the drought."],
    ]
    topics = [_topic(embedder, networks), _topic(embedder, apart)]
    out = KeyphraseLabeller().run(topics, "en", ["Food security"], [], embedder)
    title, _, candidates = out[1]
    assert not title.isdigit() and title != out[0][0]
    # a title by nearness alone is evidenced by none of its messages: it gives way to any
    # other sub-topic with the same heading (synth/distinct.py)
    assert candidates[0].title == title and candidates[0].evidence == 0


def test_a_bare_word_gives_way_to_a_subject_found_in_as_many_messages() -> None:
    embedder = HashEmbedder()
    crossing = [
        ["Border crossings need shared digital identity checks."],
        ["Delays at border crossings hurt small traders who sell online."],
    ]
    topic = _topic(embedder, crossing)
    pool = ["Border", "Maps", "Border crossings", "Small traders"]
    # "Border crossings" occurs in both messages, as "Border" does: it goes first
    assert KeyphraseLabeller._not_bare([0, 1, 2, 3], pool, topic, "en") == [2, 0, 1, 3]
    # a subject found in fewer of the messages than the bare word leaves the order alone
    assert KeyphraseLabeller._not_bare([0, 1, 3], pool, topic, "en") == [0, 1, 3]
    # a first phrase that names a subject is kept
    assert KeyphraseLabeller._not_bare([2, 0], pool, topic, "en") == [2, 0]
