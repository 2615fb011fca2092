import pytest

from forum_messages.nlp.base import HashEmbedder
from forum_messages.synth.text import ExtractiveWriter, clean_sentence


@pytest.mark.parametrize(
    ("raw", "lang", "clean"),
    [
        ("1. governments should act", "en", "Governments should act."),
        (
            "The session highlighted that community networks need spectrum.",
            "en",
            "Community networks need spectrum.",
        ),
        (
            "Participants stressed that affordable devices matter for rural users.",
            "en",
            "Affordable devices matter for rural users.",
        ),
        (
            "Les participants ont souligné que les réseaux communautaires ont besoin de spectre.",
            "fr",
            "Les réseaux communautaires ont besoin de spectre.",
        ),
        ("与会者强调，各国应加强网络安全合作", "zh", "各国应加强网络安全合作。"),
        ("Is this enough?", "en", "Is this enough?"),
    ],
)
def test_clean_sentence(raw: str, lang: str, clean: str) -> None:
    assert clean_sentence(raw, lang) == clean


def test_writer_prefers_output_language_and_marks_others() -> None:
    emb = HashEmbedder()
    texts = [
        "Community networks need access to spectrum.",
        "Les réseaux communautaires ont besoin d'accéder au spectre.",
        "社区网络需要获得频谱资源。",
    ]
    langs = ["en", "fr", "zh"]
    x = emb.embed(texts)
    writer = ExtractiveWriter()
    both = writer.write_all([[0, 1], [2]], x, texts, langs, "en", emb)
    assert both[0].text == "Community networks need access to spectrum."
    assert both[0].translated and both[0].language == "en"
    assert both[1].language == "zh" and not both[1].translated


def test_writer_adds_a_complementary_sentence_once() -> None:
    emb = HashEmbedder()
    texts = [
        "Community networks need access to spectrum. Community networks need access to spectrum.",
        "Community networks need access to spectrum and to backhaul at fair prices.",
    ]
    x = emb.embed(texts)
    out = ExtractiveWriter(novelty_below=0.99, relevance_above=-1).write_all(
        [[0, 1]], x, texts, ["en", "en"], "en", emb
    )[0]
    sentences = [s for s in out.text.split(". ") if s]
    assert len(sentences) == len(set(s.rstrip(".") for s in sentences))


def test_a_closing_quote_after_a_full_stop_ends_the_sentence() -> None:
    text = "The motto was “Building Digital Governance Together.”"
    assert clean_sentence(text, "en") == text


def test_a_sentence_telling_who_said_it_is_not_added_to_another_statement() -> None:
    emb = HashEmbedder()
    texts = [
        "Community networks need access to spectrum.",
        "Ms Rivera of the Andes Network said backhaul at fair prices matters as much.",
    ]
    x = emb.embed(texts)
    writer = ExtractiveWriter(novelty_below=0.99, relevance_above=-1, companion_above=-1)
    plain = writer.write_all([[0, 1]], x, texts, ["en", "en"], "en", emb)[0]
    assert "Rivera" in plain.text and "spectrum" in plain.text  # two statements stitched
    guarded = writer.write_all([[0, 1]], x, texts, ["en", "en"], "en", emb, [False, True])[0]
    assert guarded.text == texts[0]
