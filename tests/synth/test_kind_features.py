"""The cue features beside the embeddings of the learned description model."""

from __future__ import annotations

import numpy as np
import pytest

from forum_messages.synth.kind_features import SCALE, cue_features

EVENT, POLICY, LABEL, PEOPLE, TURN, DIGIT, LENGTH = range(7)


@pytest.mark.parametrize(
    ("text", "on"),
    [
        ("Agenda: welcome, two panels and questions from the floor.", {EVENT, LABEL}),
        ("Intervenants : Mme Awa Diop et M. Paul Roy.", {EVENT, LABEL, PEOPLE}),
        ("流程：开幕致辞、主旨演讲、问答。", {EVENT, LABEL}),
        ("Please unmute yourself when you are ready.", {TURN}),
        ("Спасибо, давайте перейдём к вопросам.", {TURN}),
        ("Governments should publish 3 reports a year.", {POLICY, DIGIT}),
        ("Ms Lina Haddad described her work.", {PEOPLE}),
    ],
)
def test_each_cue_is_on_only_where_its_words_are(text: str, on: set[int]) -> None:
    row = cue_features([text])[0]
    flags = {i for i in range(LENGTH) if row[i] > 0}
    assert flags == on
    assert set(np.unique(row[:LENGTH])) <= {0.0, SCALE}


def test_length_grows_with_the_words_and_is_bounded() -> None:
    short, long_, huge = cue_features(["Two words.", "word " * 20, "word " * 200])[:, LENGTH]
    assert 0 < short < long_ < huge == SCALE


@pytest.mark.parametrize(
    ("text", "on"),
    [
        # 应 in a word that is no modal, a modal in an indirect question: no call
        ("与会者对人工智能在教育中的应用表现出浓厚兴趣。", {EVENT}),
        ("电力供应不稳定的地区很难参加线上会议。", {EVENT}),
        ("嘉宾们讨论了平台是否应当承担更多责任。", {EVENT}),
        ("Участники спорили, нужно ли маркировать контент, созданный ИИ.", {EVENT}),
        # a modal is a call wherever it stands
        ("平台应公开推荐算法的主要参数。", {POLICY}),
        ("平台应对算法推荐承担更多透明义务。", {POLICY}),
        ("青年论坛理应获得稳定资助。", {EVENT, POLICY}),
        ("Платформы должны маркировать контент, созданный ИИ.", {POLICY}),
        ("Нужно ли говорить, что отчёты должны выходить вовремя.", {EVENT, POLICY}),
    ],
)
def test_a_modal_in_a_word_or_a_question_is_no_call(text: str, on: set[int]) -> None:
    row = cue_features([text])[0]
    assert {i for i in (EVENT, POLICY) if row[i] > 0} == on


@pytest.mark.parametrize(
    "text",
    [
        "工作坊以一段关于偏远山区网络接入的短片开场。",
        "本场对话在网上同步直播，配有中英文字幕。",
        "各位嘉宾探讨了算法治理的难点。",
        "Секция была организована совместно двумя университетами.",
        "Слушатели задали вопросы о сроках принятия законопроекта.",
        "Дискуссия была посвящена защите детей в сети.",
    ],
)
def test_the_names_and_doings_of_a_meeting_are_event_words(text: str) -> None:
    assert cue_features([text])[0][EVENT] > 0


@pytest.mark.parametrize(
    "text",
    [
        "农村地区的宽带资费仍然是城市的两倍以上。",
        "Тарифы на мобильный интернет в сёлах остаются слишком высокими.",
    ],
)
def test_points_without_the_event_have_no_event_word(text: str) -> None:
    assert cue_features([text])[0][EVENT] == 0
