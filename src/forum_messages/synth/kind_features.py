"""Cue features beside the embeddings for the learned description model (``kind_model``).

Embeddings carry what a statement is about more than how it is said; a description and a point
about meetings can sit close together. These few features, in the six languages, carry how it
is said: whether it speaks of the event at all, whether it asks for something, a label before a
colon ("Agenda:", "Intervenants :", "流程："), named people and titles, the speaker's own turn
(first and second person, "please", "thank you"), its length and figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from forum_messages.synth.kind_cues_model import EVENT_CUES, POLICY_CUES

_I = re.IGNORECASE

#: The scale of a feature that is on, against unit-length embeddings of 512 numbers.
SCALE = 0.5

_LABEL = re.compile(r"^\s*[^\s:：.。]{1,25}(?:\s[^\s:：.。]{1,20}){0,2}\s*[:：]\s*\S")
_TITLE = re.compile(
    r"\b(?:mr|mrs|ms|dr|prof|professor|mme|mlle|sr|sra|dra|г-н|г-жа|д-р|профессор)\b\.?|"
    r"\bM\.\s|(?:السيد|السيدة|الدكتور|الدكتورة|البروفيسور)|(?:先生|女士|博士|教授)",
    _I,
)
_NAME = re.compile(r"(?<=[^\s.!?:;])\s+(?-i:[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]+)")
_TURN = re.compile(
    r"\b(?:i|i'm|i'll|let me|let's|you|please|thank you|thanks|je|nous|vous|merci|"
    r"yo|nosotros|ustedes|usted|gracias|por favor|vamos|я|мы|вы|вас|пожалуйста|спасибо|"
    r"давайте)\b|(?:我们|大家|请|谢谢|让我们)|(?:نحن|أدعو|يرجى|يُرجى|شكرا|شكرًا|تفضل|فلن|لنا)",
    _I,
)
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w+")


def cue_features(texts: Sequence[str]) -> np.ndarray:
    """One row of seven features per text, each 0 or ``SCALE`` (length: up to ``SCALE``)."""
    rows = []
    for t in texts:
        words = len(_WORD.findall(t)) or len(t) // 2
        names = len(_NAME.findall(t))
        rows.append(
            [
                bool(EVENT_CUES.search(t)),
                bool(POLICY_CUES.search(t)),
                bool(_LABEL.search(t)),
                bool(_TITLE.search(t)) or names >= 2,
                bool(_TURN.search(t)),
                bool(_DIGIT.search(t)),
                min(words, 40) / 40,
            ]
        )
    return np.asarray(rows, dtype=np.float64) * SCALE
