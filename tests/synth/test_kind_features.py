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
