import pytest

from forum_messages.nlp.base import HashEmbedder
from forum_messages.synth import kind_cues_voice15 as voice15
from forum_messages.synth.text import ExtractiveWriter, clean_sentence, list_items


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


@pytest.mark.parametrize(
    ("raw", "lang", "clean"),
    [
        # a list separator is no sentence's end
        (
            "Regulators should publish spectrum maps;",
            "en",
            "Regulators should publish spectrum maps.",
        ),
        ("各国应公开频谱使用情况；", "zh", "各国应公开频谱使用情况。"),
        (
            "Les États doivent publier les cartes de couverture :",
            "fr",
            "Les États doivent publier les cartes de couverture.",
        ),
        # a field's label goes; a particular of the record (language, topic) is no sentence
        (
            "Tema: las radios comunitarias necesitan frecuencias;",
            "es",
            "Las radios comunitarias necesitan frecuencias.",
        ),
        (
            "Recommendation: regulators should publish spectrum maps",
            "en",
            "Regulators should publish spectrum maps.",
        ),
        ("Язык: русский", "ru", ""),
        ("Language: English", "en", ""),
        ("主题：数字包容", "zh", ""),
        # a sentence that only looks like one keeps its colon's text
        (
            "Spectrum at 3.5 GHz should be shared: 2 operators agreed.",
            "en",
            "Spectrum at 3.5 GHz should be shared: 2 operators agreed.",
        ),
    ],
)
def test_list_residue_and_field_labels_are_cleaned(raw: str, lang: str, clean: str) -> None:
    assert clean_sentence(raw, lang) == clean


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "关于网络诈骗治理的建议： 1.建立跨部门协作机制； 2.加强面向老年人的公众教育；",
            ["建立跨部门协作机制；", "加强面向老年人的公众教育；"],
        ),
        (
            "Recomendaciones del foro: 1) crear un fondo de acceso; 2) medir la calidad real.",
            ["crear un fondo de acceso;", "medir la calidad real."],
        ),
        (
            "Подростки проводят в сети по шесть часов в день. (1) Школам нужны уроки цифровой "
            "гигиены. (2) Родителям нужны понятные инструменты.",
            [
                "Подростки проводят в сети по шесть часов в день.",
                "Школам нужны уроки цифровой гигиены.",
                "Родителям нужны понятные инструменты.",
            ],
        ),
        # numbers out of order, or one number alone, are not a list
        ("Article 5. States must 2. publish data.", ["Article 5. States must 2. publish data."]),
        ("Step 1. Map the gaps first.", ["Step 1. Map the gaps first."]),
    ],
)
def test_a_numbered_list_is_split_into_its_items(text: str, items: list[str]) -> None:
    assert list_items(text) == items


def test_a_message_text_from_an_nri_list_keeps_neither_heading_nor_numbers() -> None:
    emb = HashEmbedder()
    texts = ["关于网络诈骗治理的建议： 1.建立跨部门协作机制； 2.加强面向老年人的公众教育；"]
    out = ExtractiveWriter().write_all([[0]], emb.embed(texts), texts, ["zh"], "zh", emb)[0]
    assert out.text == "建立跨部门协作机制。加强面向老年人的公众教育。"


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        (
            "The network recommends (1) that registries publish abuse data; (2) that "
            "registrars verify bulk buyers; and (3) that both report yearly.",
            "en",
            "The network recommends that registries publish abuse data; that registrars "
            "verify bulk buyers; and that both report yearly.",
        ),
        (
            "El grupo pide 1) publicar los datos, 2) abrir el espectro y 3) financiar redes.",
            "es",
            "El grupo pide publicar los datos, abrir el espectro y financiar redes.",
        ),
        ("会议建议（1）加强区域合作；（2）公开处置数据。", "zh", "加强区域合作；公开处置数据。"),
    ],
)
def test_numbers_inside_one_sentence_are_dropped_not_split(
    text: str, lang: str, written: str
) -> None:
    assert [clean_sentence(s, lang) for s in list_items(text)] == [written]


def test_a_list_after_a_heading_or_a_sentence_is_still_split() -> None:
    assert list_items(
        "Recommendations: 1. Governments should act. 2. Platforms should report."
    ) == [
        "Governments should act.",
        "Platforms should report.",
    ]
    assert list_items("关于网络诈骗治理的建议：（1）加强合作；（2）公开数据。") == [
        "加强合作；",
        "公开数据。",
    ]


@pytest.mark.parametrize(
    ("raw", "lang"),
    [
        (
            "Participants agreed that community networks need spectrum, and urged regulators "
            "to open it.",
            "en",
        ),
        (
            "Ministers stressed that closing digital divides requires financing, not only "
            "declarations, and called for better coordination among donors.",
            "en",
        ),
        (
            "Los participantes señalaron que la brecha digital persiste en zonas rurales y "
            "pidieron más inversión pública.",
            "es",
        ),
        (
            "Les participants ont souligné que la connectivité reste chère, et ont appelé à "
            "réduire les taxes.",
            "fr",
        ),
        (
            "Участники отметили, что цифровой разрыв сохраняется, и призвали увеличить инвестиции.",
            "ru",
        ),
        ("与会者指出，农村地区的数字鸿沟依然存在，并呼吁加大公共投资。", "zh"),
        ("أكد المشاركون أن الفجوة الرقمية ما زالت قائمة، ودعوا إلى زيادة الاستثمار العام.", "ar"),
    ],
)
def test_a_lead_in_whose_second_verb_would_lose_its_subject_is_kept(
    raw: str, lang: str, fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "X, and urged Y" without "Participants agreed that" reads as if X had urged (the guard
    # of a second clause the frame readings leave: ``kind_cues_voice15.SECOND_CLAUSE`` off)
    monkeypatch.setattr(voice15, "SECOND_CLAUSE", False)
    assert clean_sentence(raw, lang) == raw


@pytest.mark.parametrize(
    ("raw", "lang", "text"),
    [
        (
            "Participants agreed that community networks need spectrum, and urged regulators "
            "to open it.",
            "en",
            "Community networks need spectrum. Regulators should open it.",
        ),
        (
            "Участники отметили, что цифровой разрыв сохраняется, и призвали увеличить инвестиции.",
            "ru",
            "Цифровой разрыв сохраняется. Необходимо увеличить инвестиции.",
        ),
        (
            "أكد المشاركون أن الفجوة الرقمية ما زالت قائمة، ودعوا إلى زيادة الاستثمار العام.",
            "ar",
            "الفجوة الرقمية ما زالت قائمة. ينبغي زيادة الاستثمار العام.",
        ),
        # the second clause's frame not read: the guard keeps the lead-in
        (
            "Les participants ont souligné que la connectivité reste chère, et ont appelé à "
            "réduire les taxes.",
            "fr",
            "Les participants ont souligné que la connectivité reste chère, et ont appelé à "
            "réduire les taxes.",
        ),
    ],
)
def test_a_second_verb_read_as_its_own_sentence(
    raw: str, lang: str, text: str, fresh: None
) -> None:
    # the second reported clause read again with the group before it (``kind_cues_voice15``)
    assert clean_sentence(raw, lang) == text


@pytest.mark.parametrize(
    "raw",
    [
        "The network found that handsets cost more than data in most of the countries it surveyed.",
        "The study found that most of the routers they tested still ship with one password.",
    ],
)
def test_a_body_s_lead_in_is_kept_when_the_point_says_it_of_the_body(raw: str) -> None:
    # "the countries it surveyed" without "The network found that": "it" refers to nothing
    assert clean_sentence(raw, "en") == raw


def test_it_of_something_in_the_point_does_not_keep_the_lead_in() -> None:
    assert clean_sentence(
        "Participants agreed that a satellite terminal costs too much once it is imported.", "en"
    ) == ("A satellite terminal costs too much once it is imported.")


def test_a_lead_in_without_a_second_verb_is_still_taken_off() -> None:
    assert clean_sentence(
        "Participants agreed that community networks need spectrum, and that regulators "
        "should open it.",
        "en",
    ) == ("Community networks need spectrum, and regulators should open it.")
    assert clean_sentence(
        "Los participantes señalaron que la brecha digital persiste y que faltan datos.", "es"
    ) == ("La brecha digital persiste y faltan datos.")


def test_a_call_read_wrong_is_kept_as_written() -> None:
    # the frame "call on A and on B to ..." read up to the wrong "to" leaves "should the"
    raw = (
        "We, young people, call on the advisory group and on national delegations to the "
        "review process to include young members with a vote."
    )
    assert clean_sentence(raw, "en") == raw


def test_a_point_left_broken_by_its_reading_is_read_again_from_the_statement(
    use_embedder,  # type: ignore[no-untyped-def]
    fresh: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the writer is given points (frames taken off when the statements were read); one whose
    # frame took the subject of a second verb with it is read again from the statement (the
    # second clause not read as a sentence of its own: ``kind_cues_voice15.SECOND_CLAUSE`` off)
    monkeypatch.setattr(voice15, "SECOND_CLAUSE", False)
    written = [
        "Participants agreed that community networks need spectrum, and urged regulators to "
        "open bands for them.",
        "Community networks need affordable spectrum to reach rural villages.",
        "与会者指出，农村地区的数字鸿沟依然存在，并呼吁加大公共投资。",
    ]
    points = [
        "Community networks need spectrum, and urged regulators to open bands for them.",
        written[1],
        "农村地区的数字鸿沟依然存在，并呼吁加大公共投资。",
    ]
    langs = ["en", "en", "zh"]
    x = use_embedder.embed(points)
    writer = ExtractiveWriter(max_sentences_from=1)
    out = writer.write_all([[0], [1], [2]], x, points, langs, "en", use_embedder, None, written)
    assert [w.text for w in out] == written
    # without the statements as written, the points are as they were
    plain = writer.write_all([[0], [1], [2]], x, points, langs, "en", use_embedder)
    assert [w.text for w in plain] == points


def test_the_guards_off_take_the_lead_in_off_as_before(
    monkeypatch: pytest.MonkeyPatch, fresh: None
) -> None:
    from forum_messages.synth import text

    monkeypatch.setattr(text, "SECOND_VERB", False)
    monkeypatch.setattr(text, "REFERS_BACK", False)
    monkeypatch.setattr(voice15, "SECOND_CLAUSE", False)
    assert clean_sentence(
        "Participants agreed that community networks need spectrum, and urged regulators to "
        "open it.",
        "en",
    ) == ("Community networks need spectrum, and urged regulators to open it.")
    assert clean_sentence(
        "The network found that handsets cost more than data in the countries it surveyed.", "en"
    ) == ("Handsets cost more than data in the countries it surveyed.")


@pytest.mark.parametrize(
    ("raw", "lang"),
    [
        (
            "Le réseau demande que les régulateurs publient des cartes de couverture et que les "
            "opérateurs partagent leurs données.",
            "fr",
        ),
        (
            "La red pide que los reguladores publiquen mapas de cobertura y que los operadores "
            "compartan sus datos.",
            "es",
        ),
        (
            "Сеть просит, чтобы регуляторы публиковали карты покрытия, и чтобы операторы "
            "делились данными.",
            "ru",
        ),
    ],
)
def test_a_call_whose_rewrite_would_leave_a_clause_hanging_is_kept_as_written(
    raw: str, lang: str
) -> None:
    # the call in its modal ("Les régulateurs devraient publier ...") would leave "et que les
    # opérateurs partagent ..." with no "que" to hang on
    assert clean_sentence(raw, lang) == raw


@pytest.mark.parametrize(
    ("raw", "lang", "clean"),
    [
        (  # both clauses keep their modal when the frame goes: nothing hangs
            "Los participantes destacaron que los reguladores deben publicar mapas y que los "
            "operadores deben compartir datos.",
            "es",
            "Los reguladores deben publicar mapas y los operadores deben compartir datos.",
        ),
        (  # the second "that" hangs on the "ينبغي أن" the rewrite gives the first
            "طالب المشاركون بأن تنشر الهيئات التنظيمية خرائط التغطية وأن يتقاسم المشغلون بياناتهم.",
            "ar",
            "ينبغي أن تنشر الهيئات التنظيمية خرائط التغطية وأن يتقاسم المشغلون بياناتهم.",
        ),
    ],
)
def test_a_rewrite_that_leaves_no_clause_hanging_is_kept(raw: str, lang: str, clean: str) -> None:
    assert clean_sentence(raw, lang) == clean


def test_the_hanging_clause_guard_off_shows_the_rewrite(monkeypatch: pytest.MonkeyPatch) -> None:
    from forum_messages.synth import text

    monkeypatch.setattr(text, "ORPHAN_CLAUSE", False)
    assert clean_sentence(
        "La red pide que los reguladores publiquen mapas y que los operadores compartan datos.",
        "es",
    ) == ("Los reguladores deberían publicar mapas y que los operadores compartan datos.")


@pytest.mark.parametrize(
    ("first", "second", "lang"),
    [
        (
            "Recommendation algorithms trained on large markets push the region's own genres "
            "off the playlists its listeners see first.",
            "We want to find our own music on the playlists we open every day.",
            "en",
        ),
        (
            "Школы и медпункты нельзя подключать через одного зарубежного спутникового провайдера.",
            "У нас в трёх сёлах школы подключены через спутник одной иностранной компании.",
            "ru",
        ),
        (
            "Los algoritmos de recomendación relegan los géneros de la región en las listas.",
            "Queremos encontrar nuestra propia música en las listas que abrimos cada día.",
            "es",
        ),
        ("偏远卫生站需要稳定的网络和电力。", "我们村的卫生站每周都停电两三次。", "zh"),
    ],
)
def test_a_sentence_in_a_speaker_s_voice_is_not_added_to_a_text_that_is_not(
    first: str, second: str, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from forum_messages.synth import text

    emb = HashEmbedder()
    texts = [first, second]
    x = emb.embed(texts)
    writer = ExtractiveWriter(
        novelty_below=0.99, relevance_above=-1, companion_above=-1, restate_share=1.01
    )
    # two statements as near the centre as each other: the first is the text's source
    rep = writer.write_all([[0, 1]], x, texts, [lang, lang], lang, emb)[0]
    assert rep.text == first
    monkeypatch.setattr(text, "ONE_VOICE", False)
    both = writer.write_all([[0, 1]], x, texts, [lang, lang], lang, emb)[0]
    joiner = "" if lang == "zh" else " "
    assert both.text == f"{first}{joiner}{second}"  # the guard off: stitched, the voice changing


def test_a_report_s_our_country_and_self_are_no_speaker_s_voice() -> None:
    emb = HashEmbedder()
    texts = ["偏远卫生站需要稳定的网络和电力。", "我国农村卫生站居民的自我保护意识仍然薄弱。"]
    x = emb.embed(texts)
    writer = ExtractiveWriter(
        novelty_below=0.99, relevance_above=-1, companion_above=-1, restate_share=1.01
    )
    out = writer.write_all([[0, 1]], x, texts, ["zh", "zh"], "zh", emb)[0]
    assert out.text == "".join(texts)


def test_a_sentence_in_the_first_person_may_follow_one_in_the_first_person() -> None:
    emb = HashEmbedder()
    texts = [
        "We ask regulators to open spectrum for our community networks.",
        "Our villages also need backhaul at fair prices.",
    ]
    x = emb.embed(texts)
    writer = ExtractiveWriter(
        novelty_below=0.99, relevance_above=-1, companion_above=-1, restate_share=1.01
    )
    out = writer.write_all([[0, 1]], x, texts, ["en", "en"], "en", emb)[0]
    assert out.text.count(".") == 2  # one voice: the second sentence is added


def test_a_source_in_the_first_person_loses_the_text_only_when_the_setting_asks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from forum_messages.synth import text

    emb = HashEmbedder()
    texts = [
        "Many of us turn to health apps because a counsellor is months away.",
        "People turn to health apps because a counsellor is months away.",
    ]
    x = emb.embed(texts)
    writer = ExtractiveWriter(max_sentences_from=1)
    # two sources as near the centre: the first is the text, as before
    assert writer.write_all([[0, 1]], x, texts, ["en", "en"], "en", emb)[0].text == texts[0]
    monkeypatch.setattr(text, "VOICE_PENALTY", 0.1)
    assert writer.write_all([[0, 1]], x, texts, ["en", "en"], "en", emb)[0].text == texts[1]
    # a message of one source keeps its text whatever its voice
    assert writer.write_all([[0]], x, texts, ["en", "en"], "en", emb)[0].text == texts[0]
