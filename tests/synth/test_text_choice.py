"""Which source's text a message shows and what is stitched to it (docs/quality.md, steps 30
and 31): no second sentence that says the first again, none from a call asking another thing
than the first, a source in the output language rather than a text left in another language,
and the measures of ``evaluate`` that count them."""

from __future__ import annotations

import pytest

from forum_messages.evaluation.material import Answer
from forum_messages.evaluation.realistic import says_twice, text_sources, two_points
from forum_messages.model import Ledger, Message, SourceRef
from forum_messages.nlp.base import HashEmbedder
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.same_point import FEATURES, PairFeatures
from forum_messages.synth.text import ExtractiveWriter, _Terms, content_share, content_words

SEATS = "Regional IGFs should reserve voting seats for young people on their organising committees."
SEATS_AGAIN = "Young delegates need voting seats on the committees that organise regional IGFs."
LAPTOPS = "Refurbished laptops should be given to rural schools."
NO_COMPUTERS = "Rural schools lack computers, and pupils share one old machine between forty."


def test_content_words_cut_inflections_and_drop_stop_words() -> None:
    assert content_words("The funds were funded by the fund.", "en") == {"funds", "funde", "fund"}
    assert content_share("Funding for the networks.", "Networks need funds.", "en") == 0.5
    assert content_share("社区网络需要资金。", "社区网络需要频谱。", "zh") == pytest.approx(2 / 3)
    assert content_share("", "Networks need funds.", "en") == 0.0


def _stitching(**kw: float) -> ExtractiveWriter:
    """A writer that would stitch any sentence of the other statement (the novelty,
    relevance and companion bars out of the way), as the restatement bars allow."""
    return ExtractiveWriter(novelty_below=0.99, relevance_above=-1, companion_above=-1, **kw)


def test_a_sentence_saying_the_first_again_is_not_stitched(use_embedder) -> None:  # type: ignore[no-untyped-def]
    texts = [SEATS, SEATS_AGAIN]
    x = use_embedder.embed(texts)
    assert content_share(SEATS_AGAIN, SEATS, "en") >= 0.5
    assert float(x[0] @ x[1]) >= 0.6  # the same call, reworded
    off = _stitching(restate_share=9.0).write_all(
        [[0, 1]], x, texts, ["en"] * 2, "en", use_embedder
    )
    assert off[0].text == f"{SEATS} {SEATS_AGAIN}"
    on = _stitching().write_all([[0, 1]], x, texts, ["en"] * 2, "en", use_embedder)
    assert on[0].text == SEATS


def test_a_sentence_adding_the_situation_to_a_call_is_still_stitched(use_embedder) -> None:  # type: ignore[no-untyped-def]
    texts = [LAPTOPS, NO_COMPUTERS]
    x = use_embedder.embed(texts)
    assert content_share(NO_COMPUTERS, LAPTOPS, "en") < 0.5
    out = _stitching().write_all([[0, 1]], x, texts, ["en"] * 2, "en", use_embedder)
    assert out[0].text == f"{LAPTOPS} {NO_COMPUTERS}"


FUNDS_ES = [
    "Los fondos de servicio universal deben financiar las redes comunitarias de las zonas rurales.",
    "Los fondos de servicio universal tienen que financiar a las redes comunitarias en las zonas "
    "rurales.",
]
FUNDS_EN = "Universal service funds should pay for rural community networks."
OTHER_EN = "Fund community networks."  # about as far from the Spanish as another point


def test_a_source_in_the_output_language_making_the_point_is_shown(use_embedder) -> None:  # type: ignore[no-untyped-def]
    texts = [*FUNDS_ES, FUNDS_EN]
    langs = ["es", "es", "en"]
    x = use_embedder.embed(texts)
    # no bonus for the output language: the Spanish statements are nearer the centre
    plain = ExtractiveWriter(language_bonus=0.0, language_same_point=9.0)
    assert langs[plain.representative([0, 1, 2], x, texts, langs, "en")] == "es"
    writer = ExtractiveWriter(language_bonus=0.0)
    assert writer.representative([0, 1, 2], x, texts, langs, "en") == 2
    written = writer.write_all([[0, 1, 2]], x, texts, langs, "en", use_embedder)[0]
    assert written.text == FUNDS_EN and written.translated
    # ... but not one that tells who said what when the one chosen does not
    said = [False, False, True]
    assert langs[writer.representative([0, 1, 2], x, texts, langs, "en", said)] == "es"


def test_an_output_language_source_far_from_the_chosen_one_is_not_shown(use_embedder) -> None:  # type: ignore[no-untyped-def]
    texts = [*FUNDS_ES, OTHER_EN]
    langs = ["es", "es", "en"]
    x = use_embedder.embed(texts)
    assert float(x[1] @ x[2]) < 0.5
    writer = ExtractiveWriter(language_bonus=0.0)
    assert langs[writer.representative([0, 1, 2], x, texts, langs, "en")] == "es"


def _message(text: str, *ids: str) -> Message:
    sources = tuple(SourceRef(i, f"session {i}", 0.9) for i in ids)
    ledger = Ledger(len(ids), len(ids), 0, {}, {}, {"en": len(ids)}, None)
    return Message("m", text, "en", True, sources, (), ledger)


def test_the_measures_of_a_stitched_text(use_embedder) -> None:  # type: ignore[no-untyped-def]
    texts = {"a": SEATS, "b": SEATS_AGAIN, "c": NO_COMPUTERS, "d": LAPTOPS}
    twice = _message(f"{SEATS} {SEATS_AGAIN}", "a", "b")
    assert text_sources(twice, texts) == ["a", "b"]
    assert says_twice(twice, texts, use_embedder)
    added = _message(f"{LAPTOPS} {NO_COMPUTERS}", "d", "c")
    assert text_sources(added, texts) == ["d", "c"]
    assert not says_twice(added, texts, use_embedder)
    alone = _message(SEATS, "a", "b")
    assert text_sources(alone, texts) == ["a"] and not says_twice(alone, texts, use_embedder)
    answers = {
        "a": Answer(False, "youth-seats", None, False),
        "b": Answer(False, "youth-seats", None, False),
        "c": Answer(False, "school-devices", None, False),
        "d": Answer(False, "school-laptops", None, False),
    }
    assert not two_points(twice, texts, answers)
    assert two_points(added, texts, answers)
    assert not two_points(alone, texts, answers)


BROADBAND = "Governments should give schools reliable broadband before buying tablets for pupils."
TEACHERS = "Governments should train teachers to use digital tools in the classroom."
RURAL = (
    "Governments should connect every rural school to broadband with a guaranteed minimum speed."
)
UNUSED = "Donated tablets often sit unused in classrooms because the connection keeps dropping."
#: the theme's other statements: "governments should" is common in it, its words not rare
THEME = [
    "Governments should publish the spectrum they plan to auction over the next five years.",
    "Governments should require platforms to explain how their ranking systems work.",
    "Governments should fund public libraries so that older people can learn to use online "
    "services.",
    "Regulators should reserve licence-exempt spectrum for community networks in rural areas.",
]


def test_two_calls_asking_two_things_are_not_stitched(use_embedder) -> None:  # type: ignore[no-untyped-def]
    texts = [BROADBAND, TEACHERS, RURAL, UNUSED, *THEME]
    langs = ["en"] * len(texts)
    x = use_embedder.embed(texts)
    terms = TermEvidence(texts, langs)
    # near in meaning by the form of a call and the subject, not by what they ask
    assert float(x[0] @ x[1]) >= 0.5 and terms.cosine(0, 1) < 0.15
    # the same ask in other words shares its rare words ("schools", "broadband")
    assert float(x[0] @ x[2]) >= 0.5 and terms.cosine(0, 2) >= 0.15
    groups = [[0, 1], [0, 2]]
    before = ExtractiveWriter(calls_terms_above=0.0).write_all(
        groups, x, texts, langs, "en", use_embedder
    )
    assert before[0].text == f"{BROADBAND} {TEACHERS}"
    after = ExtractiveWriter().write_all(groups, x, texts, langs, "en", use_embedder)
    assert after[0].text == BROADBAND
    assert after[1].text == f"{BROADBAND} {RURAL}"
    # a finding is not a call: the situation a call answers is added with few words shared
    # (the companion bar lowered to reach it)
    assert terms.cosine(0, 3) < 0.15
    lower = ExtractiveWriter(companion_above=0.4)
    assert lower.write_all([[0, 3]], x, texts, langs, "en", use_embedder)[0].text == (
        f"{BROADBAND} {UNUSED}"
    )


def test_term_cosine_is_the_pair_models_terms() -> None:
    texts = [BROADBAND, RURAL, UNUSED, *THEME, "Il faut connecter les écoles rurales."]
    langs = ["en"] * (len(texts) - 1) + ["fr"]
    terms = TermEvidence(texts, langs)
    pairs = [(0, 1), (0, 2), (1, 2), (0, 3), (0, len(texts) - 1)]
    x = HashEmbedder().embed(texts)
    feats = PairFeatures(x, terms, None, None).pairs(pairs)
    column = FEATURES.index("terms")
    for (a, b), row in zip(pairs, feats, strict=True):
        assert terms.cosine(a, b) == pytest.approx(row[column], abs=1e-6)
    assert terms.cosine(0, len(texts) - 1) == 0.0  # two languages
    assert terms.cosine(0, 1) == terms.cosine(1, 0) > 0.1


def test_a_sentence_asking_again_in_other_words_is_not_stitched(use_embedder) -> None:  # type: ignore[no-untyped-def]
    call = (
        "Regulators should open universal service funds to community networks with a simple "
        "application process."
    )
    again = (
        "The Andean forum calls for universal service funds to be opened to community "
        "networks, with support for women-led projects."
    )
    demand = "Village cooperatives demand a share of universal service money for their networks."
    texts = [call, again, demand]
    x = use_embedder.embed(texts)
    for j in (1, 2):  # below the restatement bars: the words are other words
        assert content_share(texts[j], call, "en") < 0.5 or float(x[0] @ x[j]) < 0.6
    on = _stitching().write_all([[0, 1], [0, 2]], x, texts, ["en"] * 3, "en", use_embedder)
    assert [w.text for w in on] == [call, call]
    # a finding on the same subject still adds to the call
    finding = "Universal service funds sit unspent in many countries while villages stay offline."
    texts = [call, finding]
    x = use_embedder.embed(texts)
    out = _stitching().write_all([[0, 1]], x, texts, ["en"] * 2, "en", use_embedder)
    assert out[0].text == f"{call} {finding}"


#: two calls on the same ministries of the same countries, asking two things
TARIFFS = (
    "The ministries of Benin, Togo and Ghana should publish every quarter the tariffs operators "
    "charge for rural mobile data."
)
DUTIES = (
    "The ministries of Togo, Ghana and Benin should exempt refurbished school laptops from "
    "import duties."
)
#: a call on the first one's subject (the tariffs published), asking more
TARIFFS_MAP = (
    "The ministry of Togo should publish a coverage map for each district next to the tariffs."
)


def test_two_calls_sharing_only_whom_they_ask_are_not_stitched() -> None:
    texts = [TARIFFS, DUTIES, TARIFFS_MAP, *THEME]
    langs = ["en"] * len(texts)
    x = HashEmbedder().embed(texts)
    terms = TermEvidence(texts, langs)
    # the names before the call form are rare in the theme: the term cosine alone lets them by
    assert terms.cosine(0, 1) >= 0.15
    writer = _stitching()
    made = writer.write_all([[0, 1], [0, 2]], x, texts, langs, "en", HashEmbedder())
    assert made[0].text == TARIFFS
    # what is asked shares words with the other ("publish", "tariffs"): stitched
    assert made[1].text == f"{TARIFFS} {TARIFFS_MAP}"


def test_an_ask_named_before_the_other_call_form_is_shared() -> None:
    # "familias" is what the first asks about and who asks in the second: one subject, though
    # the words after the two call forms share nothing
    texts = [
        "Las escuelas deben formar a las familias en el uso seguro de los videojuegos.",
        "Las familias piden talleres sobre redes sociales en las escuelas.",
        *THEME,
    ]
    langs = ["es", "es"] + ["en"] * len(THEME)
    terms = _Terms()
    assert not terms.asked_terms(0, texts, langs) & terms.asked_terms(1, texts, langs)
    assert terms.get(texts, langs).cosine(0, 1) >= 0.15
    assert ExtractiveWriter()._calls_apart(0, 1, texts, langs, terms) is False


# A message of two accounts (marked) and a plain point on public access, in four languages.
ACCOUNTS_AND_POINT = [
    "A librarian in Kampala said the queue for the library computers goes round the block "
    "when exam results come out.",
    "A librarian in Montevideo said the library computers are full every Saturday when exam "
    "results come out.",
    "Public libraries need more computers because young people queue for them when exam "
    "results come out.",
    "Les bibliothèques publiques ont besoin de plus d'ordinateurs car les jeunes font la queue.",
]
ACCOUNT_LANGS = ["en", "en", "en", "fr"]


def test_an_account_is_never_the_text_beside_a_plain_point_only_with_the_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from forum_messages.synth import text

    emb = HashEmbedder()
    x = emb.embed(ACCOUNTS_AND_POINT)
    marked = [True, True, False, False]
    # with no penalty for a marked source, the account nearest the centre is the text
    writer = ExtractiveWriter(max_sentences_from=1, attribution_penalty=0.0)
    monkeypatch.setattr(text, "PLAIN_FIRST", False)
    assert writer.representative([0, 1, 2], x, ACCOUNTS_AND_POINT, ACCOUNT_LANGS, "en", marked) == 0
    monkeypatch.setattr(text, "PLAIN_FIRST", True)
    assert writer.representative([0, 1, 2], x, ACCOUNTS_AND_POINT, ACCOUNT_LANGS, "en", marked) == 2
    # the learned readings' penalty bars a source as a mark does
    soft = [0.09, 0.09, 0.0, 0.0]
    assert (
        writer.representative(
            [0, 1, 2], x, ACCOUNTS_AND_POINT, ACCOUNT_LANGS, "en", None, None, soft
        )
        == 2
    )
    # a message of accounts only keeps the text it had
    assert writer.representative([0, 1], x, ACCOUNTS_AND_POINT, ACCOUNT_LANGS, "en", marked) == 0
    # the one plain source in another language is not preferred to a text in the output one
    assert writer.representative([0, 1, 3], x, ACCOUNTS_AND_POINT, ACCOUNT_LANGS, "en", marked) == 0
    monkeypatch.setattr(text, "PLAIN_FIRST", False)
    assert writer.representative([0, 1, 3], x, ACCOUNTS_AND_POINT, ACCOUNT_LANGS, "en", marked) == 0


def test_with_the_real_encoder_a_plain_point_beats_accounts_nearer_the_centre(  # type: ignore[no-untyped-def]
    use_embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from forum_messages.synth import text

    texts = [
        "La bibliotecaria Rosario Techera contó que en su pueblo los jóvenes hacen cola los "
        "sábados para usar las computadoras de la biblioteca.",
        "La bibliotecaria Marta Ibáñez contó que en su barrio los jóvenes hacen cola cada "
        "tarde para usar las computadoras de la biblioteca.",
        "Las bibliotecas públicas necesitan más computadoras y conexión para los jóvenes sin "
        "acceso en casa.",
    ]
    langs = ["es", "es", "es"]
    x = use_embedder.embed(texts)
    writer = ExtractiveWriter(max_sentences_from=1, attribution_penalty=0.0)
    marked = [True, True, False]
    monkeypatch.setattr(text, "PLAIN_FIRST", False)
    off = writer.write_all([[0, 1, 2]], x, texts, langs, "es", use_embedder, marked)
    monkeypatch.setattr(text, "PLAIN_FIRST", True)
    on = writer.write_all([[0, 1, 2]], x, texts, langs, "es", use_embedder, marked)
    assert off[0].representative in (0, 1)
    assert on[0].representative == 2
    assert on[0].text.startswith("Las bibliotecas públicas")
