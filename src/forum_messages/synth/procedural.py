"""Recognise statements about the session itself (attendance, thanks, logistics).

Such statements make no policy point. They are compared with a few prototypes written in the
six languages; a statement closer to a prototype than to any theme is set aside as
"procedural" and listed among the statements not reflected, never dropped.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from forum_messages.nlp.base import Embedder, Vectors
from forum_messages.nlp.decide import decision_scores

PROTOTYPES: tuple[str, ...] = (
    "The session was well attended and participants thanked the organisers.",
    "The moderator opened the session and introduced the speakers.",
    "Participants thanked the host country for its hospitality.",
    "The session ran out of time and some questions could not be answered.",
    "The recording and the slides will be shared with participants after the session.",
    "There were technical problems with the remote participation platform.",
    "The organisers will publish a report of the session later.",
    "The speaker invited participants to visit the company's exhibition booth for a demonstration.",
    "Participants were invited to a reception and networking event after the session.",
    "La séance a réuni de nombreux participants qui ont remercié les organisateurs.",
    "Les diapositives seront partagées après la session.",
    "La sesión contó con una gran asistencia y los participantes agradecieron a los organizadores.",
    "La grabación de la sesión se compartirá más adelante.",
    "会议出席人数众多，与会者感谢主办方。",
    "会议时间不足，部分问题未能回答。",
    "شهدت الجلسة حضوراً كبيراً وشكر المشاركون المنظمين.",
    "سيتم نشر تقرير الجلسة لاحقاً.",
    "Сессия собрала много участников, которые поблагодарили организаторов.",
    "Запись сессии будет опубликована позже.",
)


class ProceduralFilter:
    name = "procedural-prototypes"

    def __init__(self, min_similarity: float = 0.55, margin: float = 0.05) -> None:
        self.min_similarity = min_similarity
        self.margin = margin

    def params(self) -> dict[str, object]:
        return {
            "min_similarity": self.min_similarity,
            "margin": self.margin,
            "prototypes": len(PROTOTYPES),
        }

    def run(
        self, x: Vectors, theme_similarity: NDArray[np.floating], embedder: Embedder
    ) -> NDArray[np.bool_]:
        """True for each statement that talks about the session rather than the subject."""
        if len(x) == 0:
            return np.zeros(0, dtype=bool)
        protos = embedder.embed(list(PROTOTYPES))
        proto_sim = decision_scores(x, protos).max(axis=1)
        topical = theme_similarity.max(axis=1) if theme_similarity.size else np.zeros(len(x))
        return np.asarray(
            (proto_sim >= self.min_similarity) & (proto_sim > topical + self.margin), dtype=bool
        )
