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
    # the venue, the host, the materials and the mailing list, in the six languages
    "The Wi-Fi at the venue was unreliable, which made it hard to follow the session online.",
    "Participants were invited to join the mailing list and to contribute to the next report.",
    "Printed copies of the publication were available at the booth.",
    "Les participants ont remercié les autorités du pays hôte pour leur accueil chaleureux.",
    "La connexion Internet sur le lieu de la réunion était instable.",
    "Los participantes agradecieron al país anfitrión su hospitalidad.",
    "La sesión empezó con retraso por problemas técnicos de interpretación.",
    "Участники поблагодарили принимающую страну за гостеприимство.",
    "Участники поблагодарили организаторов за синхронный перевод.",
    "与会者感谢东道国的热情接待和精心组织。",
    "会议资料将在会后发布在论坛网站上。",
    "شكر المشاركون البلد المضيف على حسن الضيافة.",
    "كان الاتصال بالإنترنت في مكان الاجتماع غير مستقر.",
)


class ProceduralFilter:
    name = "procedural-prototypes"

    def __init__(
        self, min_similarity: float = 0.55, margin: float = 0.05, described_similarity: float = 0.42
    ) -> None:
        self.min_similarity = min_similarity
        self.margin = margin
        self.described_similarity = described_similarity

    def params(self) -> dict[str, object]:
        return {
            "min_similarity": self.min_similarity,
            "margin": self.margin,
            "described_similarity": self.described_similarity,
            "prototypes": len(PROTOTYPES),
        }

    def similarity(self, x: Vectors, embedder: Embedder) -> NDArray[np.floating]:
        """Each statement's cosine with its nearest prototype, rounded to six decimals."""
        if len(x) == 0:
            return np.zeros(0)
        protos = embedder.embed(list(PROTOTYPES))
        return np.round(decision_scores(x, protos).max(axis=1).astype(np.float64), 6)

    def run(
        self, x: Vectors, theme_similarity: NDArray[np.floating], embedder: Embedder
    ) -> NDArray[np.bool_]:
        """True for each statement that talks about the session rather than the subject."""
        if len(x) == 0:
            return np.zeros(0, dtype=bool)
        proto_sim = self.similarity(x, embedder)
        topical = theme_similarity.max(axis=1) if theme_similarity.size else np.zeros(len(x))
        return np.asarray(
            (proto_sim >= self.min_similarity) & (proto_sim > topical + self.margin), dtype=bool
        )

    def housekeeping(self, x: Vectors, embedder: Embedder) -> NDArray[np.bool_]:
        """Of statements already known to make no point (descriptions of a session), True for
        those whose nearest prototype is ``described_similarity`` or more: thanks, a late start,
        the slides are about the session's organisation, not its focus or speakers. No margin
        over the themes is asked: a description's subject words are near a theme whatever it
        says of the session."""
        return np.asarray(self.similarity(x, embedder) >= self.described_similarity, dtype=bool)
