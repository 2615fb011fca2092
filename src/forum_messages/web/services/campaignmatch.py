"""Near-copies of many texts among the comments already stored, looked up in batches.

``comments.submit`` finds the campaign of one posted comment with a few index queries; an
import of 100,000 answers cannot afford that for each of its groups. Here the texts are
checked ``CHUNK`` at a time: one query for the comments with the same words, one for those
sharing index keys (MinHash bands, long sentences), one for the candidates' texts, and then
the same shingle check as a posted comment gets (``minhash.related``)."""

from __future__ import annotations

from collections.abc import Sequence

from forum_messages.nlp import minhash
from forum_messages.web.models import Comment, CommentKey, Edition

CHUNK = 500
CANDIDATES = 10  # per text, those sharing most keys first


def earlier(edition: Edition, texts: Sequence[str]) -> dict[int, Comment]:
    """For each text (by position) that is a near-copy of a stored, non-spam comment of the
    edition, that comment (with its campaign loaded)."""
    found: dict[int, Comment] = {}
    for start in range(0, len(texts), CHUNK):
        part = texts[start : start + CHUNK]
        for i, c in _chunk(edition, part).items():
            found[start + i] = c
    return found


def _chunk(edition: Edition, texts: Sequence[str]) -> dict[int, Comment]:
    profiles = [minhash.profile(t) for t in texts]
    same: dict[str, int] = {}
    for fp, pk in (
        Comment.objects.filter(edition=edition, fingerprint__in={p.fingerprint for p in profiles})
        .exclude(state=Comment.SPAM)
        .order_by("pk")
        .values_list("fingerprint", "pk")
    ):
        same.setdefault(fp, pk)
    wanted = {k for p in profiles for k in p.keys}
    by_key: dict[int, list[int]] = {}
    for key, pk in CommentKey.objects.filter(edition=edition, key__in=wanted).values_list(
        "key", "comment_id"
    ):
        by_key.setdefault(key, []).append(pk)
    ranked: list[list[int]] = []
    for p in profiles:
        shared: dict[int, int] = {}
        for k in p.keys:
            for pk in by_key.get(k, ()):
                shared[pk] = shared.get(pk, 0) + 1
        best = sorted(shared, key=lambda pk: (-shared[pk], pk))[:CANDIDATES]
        first = same.get(p.fingerprint)
        ranked.append(list(dict.fromkeys([first, *best])) if first else best)
    rows = {
        c.pk: c
        for c in Comment.objects.filter(pk__in={pk for r in ranked for pk in r})
        .exclude(state=Comment.SPAM)
        .select_related("campaign")
        .only("id", "text", "fingerprint", "campaign_id", "campaign__base_text")
    }
    out: dict[int, Comment] = {}
    for i, (p, cands) in enumerate(zip(profiles, ranked, strict=True)):
        for pk in cands:
            c = rows.get(pk)
            if c is None:
                continue
            base = c.campaign.base_text if c.campaign else c.text
            if c.fingerprint == p.fingerprint or minhash.related(
                p.shingles, minhash.shingles(base)
            ):
                out[i] = c
                break
    return out
