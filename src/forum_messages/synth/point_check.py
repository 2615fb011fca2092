"""Message grouping decisions taken with the learned same-point model (``synth.same_point``).

Four uses, each a parameter of ``grouping.ThresholdGrouper`` (all off by default; measured in
docs/quality.md, "a learned same-point check"):

- ``off_point``: a source the model says does not make the point of its message's core (the
  member most similar to the others) is detached;
- ``off_rest`` (within ``off_point``, off by default; step 27): a source of a message of three
  or more that the model puts near the core but off every other source, while those hold
  together with the core, is detached;
- ``join``: a statement left alone joins the message (or the other lone statement) the model
  says makes its point;
- ``mixed``: the clustering runs on a mix of the similarity and the model's probability;
- ``merge``: two messages of a theme the model says make one point are joined, and so are one
  session's takeaway and call kept as two one-session messages (docs/quality.md, step 22).
- ``rehome`` and ``attach_elsewhere`` (off; step 64): a member the clustering joined to one
  message, or a lone statement attached to the nearest, goes to the message the model puts it
  with instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from forum_messages.nlp.base import Vectors
from forum_messages.nlp.decide import DECIMALS, Scores, beats, best, centroid, decision_scores
from forum_messages.nlp.hclust import linkage, squareform
from forum_messages.synth import ask as asks
from forum_messages.synth.same_point import PairFeatures, PointModel

#: Similarity below which the model is not asked whether a lone row joins.
JOIN_FLOOR = 0.3
#: How many statements of the theme nearest a pair make its local subject
#: (``subject_apart``).
SUBJECT_NEAR = 5


def core(x: Vectors, rows: Sequence[int]) -> int:
    """The member of ``rows`` most similar to the others (the first on a tie)."""
    sim = decision_scores(x[list(rows)], x[list(rows)])
    mean = (sim.sum(axis=1) - np.diag(sim)) / max(len(rows) - 1, 1)
    return rows[best(mean)]


def off_point(
    model: PointModel,
    x: Vectors,
    kept: list[list[int]],
    sessions: Sequence[str],
    points: PairFeatures,
    bar: float,
    min_sessions: int,
    pairs: bool,
    second: tuple[PointModel, float] | None = None,
    two: tuple[PointModel, float] | None = None,
    larger: PointModel | None = None,
    ask: tuple[PointModel, float] | None = None,
    apart: list[list[int]] | None = None,
    floor: float = 0.0,
    rest: tuple[PointModel, float, float] | None = None,
    rest_second: tuple[PointModel, float] | None = None,
    claim: tuple[PointModel, float, float] | None = None,
    subject: tuple[PointModel, float, float] | None = None,
    support: tuple[PointModel, float, bool] | None = None,
    support_second: tuple[PointModel, float] | None = None,
    topics: tuple[PointModel, float, bool] | None = None,
    across: tuple[PointModel, float, bool, bool] | None = None,
    ask_floor: float | None = None,
    placed: list[int] | None = None,
    ask_place: bool = False,
    elsewhere: tuple[PointModel, float, float, bool, bool] | None = None,
    moved: dict[int, int] | None = None,
) -> list[int]:
    """Members of the messages ``kept`` whose probability of making their core's point is
    below ``bar``, least likely first, taken out while the rest still rests on
    ``min_sessions`` sessions; a message of two below the bar is dissolved when ``pairs``.
    With ``second`` (a model and its bar), a member is below only when that model's
    probability is below its bar too. With ``two`` (a model and its bar), a message of two
    is also dissolved when that model alone puts its pair below its bar (with ``pairs``).
    With ``larger``, that model instead of ``model`` judges the members of messages of three
    or more (against ``bar`` as well). With ``ask`` (a model and its bar), a message of two
    is also dissolved (with ``pairs``) when both its statements are calls in one language
    whose asks share no stem (``ask.overlap`` 0: two things asked) and that model puts the
    pair below its bar but at ``floor`` or more (where the model is unsure: below ``floor``
    the other rules decide); its two statements are then added to ``apart`` (each a point of its
    own). With ``rest`` (a model, a *tie* bar and an *off* bar), a member of a message of three
    or more is also taken out when the message without it holds the point without it: that
    model puts each other member at the tie bar or more with the core and the member below
    the off bar with each of them, while it puts the member at ``floor`` or more with the core
    (below, the other rules decide; ``off_rest``); it is added to ``apart`` too (a point of its
    own). With ``rest_second`` (a model and its bar) as well, the member must be below that
    model's bar with each other member too (both models say it does not make their point).
    With ``claim`` (a model, a top bar and a *claim* bar), a message of two in one language is
    also dissolved (with ``pairs``) when that model puts the pair at ``floor`` or more and
    below the top bar and the words each statement has outside the words the two share weigh
    ``claim`` or more of it (``TermEvidence.unshared``: two claims on one subject); its two
    statements are added to ``apart``. With ``subject`` (a model, a top bar and a *subject*
    bar), the same for a message of two in one language whose statements, the local subject
    taken out (``subject_apart``), are ``subject`` or more apart. With ``support`` (a model,
    a bar and whether a member taken out keeps a message of its own), a member of a message
    of three or more whose mean probability with the other members is below the bar is taken
    out, the least supported first (``off_support``: the point of most of the message, not of
    its core alone); it is added to ``apart`` when the third item is true. With
    ``support_second`` (a model and its bar) as well, only a member that model puts below its
    bar with the core is taken out (both readings say so). With ``topics`` (a model, its bar
    and whether a source taken out keeps a message of its own), a source whose policy topics
    (``topic_vocab.topics_found``: the vocabulary's wordings in its text) and the core's are
    both found and share none, and which that model puts below its bar with the core, is
    taken out (``off_topics``; a message of two is dissolved, with ``pairs``); it goes back to
    the one-session candidates, or with the third item true is added to ``apart`` (each
    statement of a dissolved pair too). With ``across`` (a model, its bar, whether what is
    taken out keeps a message and whether messages of three or more are read too), a member
    in another language than its core is judged by that model alone (the check's core and
    large models read shared terms and one language, which two languages never have: they put
    a pair in two languages high whatever the two say): a message of two in two languages that
    model puts below the bar is dissolved (with ``pairs``), and with the fourth item true a
    member of a larger message that it puts below the bar with the core and on its mean with
    the other members is taken out (``off_across``). With the third item true the core of a
    dissolved pair is added to ``apart`` (it keeps its room as a one-session message, the
    other statement goes back to the one-session candidates) and so is a member taken out of
    a larger message; else they all go back to the candidates. With ``ask_floor``, the band
    of ``ask`` starts there instead of at ``floor``: below ``floor`` (the pair bar, where the
    core model keeps what the pair model rejects) the two asks read whole must share no stem,
    not their first words only, and the two statements are added to ``placed`` as well (each
    a point of its own that does not keep its message's sub-topic; docs/quality.md, step 50);
    with ``ask_place``, so are the two statements of every pair ``ask`` parts. With
    ``elsewhere`` (a model, its bar, a margin, whether a member taken out keeps a message of
    its own and whether that message is placed by its own reading), a member of a message of
    three or more that the model puts below the bar with the core and on its mean with the
    other members, while it puts the member with some statement of the theme outside the
    message (another session's) at least the margin above that mean, is taken out
    (``off_elsewhere``: a likelier partner outside than inside); with the fourth item true it
    is added to ``apart`` (a message of its own; with the fifth true to ``placed`` as well,
    placed by its own reading), else it goes back to the one-session candidates; ``moved``
    (when given) gets each such member's likeliest partner outside (for the grouper to join).
    Every message's pairs are scored at once (the features' neighbour search is one pass).
    Returns the rows taken out."""
    checked = [rows for rows in kept if len(rows) >= 2]
    centres = [core(x, rows) for rows in checked]  # each message's, found once
    asked: list[tuple[int, int]] = []
    for rows, centre in zip(checked, centres, strict=True):
        asked.extend((centre, r) for r in rows if r != centre)
    among = len(asked)  # then the pairs of the other members, for ``rest``
    larger_across = across is not None and across[3]
    for rows, centre in zip(checked, centres, strict=True):
        among_others = rest is not None or support is not None or elsewhere is not None
        if (among_others or larger_across) and len(rows) > 2:
            others = [r for r in rows if r != centre]
            asked.extend((a, b) for k, a in enumerate(others) for b in others[k + 1 :])
    if not asked:
        return []
    wanted = model.names + (second[0].names if second else ()) + (two[0].names if two else ())
    wanted += larger.names if larger else ()
    wanted += ask[0].names if ask else ()
    wanted += rest[0].names if rest else ()
    wanted += rest_second[0].names if rest_second else ()
    wanted += claim[0].names if claim else ()
    wanted += subject[0].names if subject else ()
    wanted += support[0].names if support else ()
    wanted += support_second[0].names if support_second else ()
    wanted += topics[0].names if topics else ()
    wanted += across[0].names if across else ()
    wanted += elsewhere[0].names if elsewhere else ()
    features = points.pairs(asked, tuple(dict.fromkeys(wanted)))
    within: dict[tuple[int, int], float] = {}
    away: dict[int, float] = {}
    if elsewhere is not None:  # rounded: compared with its bar and margin
        within = dict(
            zip(asked, np.round(elsewhere[0].probability(features), DECIMALS).tolist(), strict=True)
        )
        partners: dict[int, int] = {}
        away = _away(elsewhere[0], points, checked, sessions, len(x), partners)
    held: dict[tuple[int, int], float] = {}
    backed: dict[tuple[int, int], float] = {}
    if support is not None:  # rounded: compared with the bar
        backed = dict(
            zip(asked, np.round(support[0].probability(features), DECIMALS).tolist(), strict=True)
        )
    crossed: dict[tuple[int, int], float] = {}
    if across is not None:  # rounded: compared with its bar
        crossed = dict(
            zip(asked, np.round(across[0].probability(features), DECIMALS).tolist(), strict=True)
        )
    if rest is not None:
        firm = rest[0].probability(features)
        if rest_second is not None:  # two other members: off only where both models say so
            under = rest_second[0].probability(features) < rest_second[1]
            firm = np.where(under | (np.arange(len(asked)) < among), firm, 1.0)
        held = dict(zip(asked, firm.tolist(), strict=True))
    asked, features = asked[:among], features[:among]
    doubt: dict[tuple[int, int], float] = {}
    if support_second is not None:  # rounded: compared with its bar
        doubt = dict(
            zip(
                asked,
                np.round(support_second[0].probability(features), DECIMALS).tolist(),
                strict=True,
            )
        )
    scores = model.probability(features)
    if larger is not None:  # the members of messages of three or more, by that model
        size = {r: len(rows) for rows in checked for r in rows}
        wide = np.asarray([size[r] > 2 for _, r in asked])
        scores = np.where(wide, larger.probability(features), scores)
    alone = dict(zip(asked, two[0].probability(features).tolist(), strict=True)) if two else {}
    unsure = dict(zip(asked, ask[0].probability(features).tolist(), strict=True)) if ask else {}
    if claim is not None:
        claimed = dict(  # rounded: compared with the band's bars
            zip(asked, np.round(claim[0].probability(features), DECIMALS).tolist(), strict=True)
        )
    if subject is not None:
        subjected = dict(  # rounded: compared with the band's bars
            zip(asked, np.round(subject[0].probability(features), DECIMALS).tolist(), strict=True)
        )
    topical: dict[tuple[int, int], float] = {}
    if topics is not None:  # rounded: compared with its bar
        topical = dict(
            zip(asked, np.round(topics[0].probability(features), DECIMALS).tolist(), strict=True)
        )
    found = _TopicsOf(points.evidence.texts)
    if second is not None:  # above the bar wherever the second model is not below its own
        agree = second[0].probability(features) < second[1]
        scores = np.where(agree, scores, np.maximum(scores, bar))
    prob = dict(zip(asked, scores.tolist(), strict=True))
    out: list[int] = []
    for rows, centre in zip(checked, centres, strict=True):
        scored = sorted((prob[(centre, r)], r) for r in rows if r != centre)
        if len(rows) == 2:
            other = scored[0][1]
            below = scored[0][0] < bar or (two is not None and alone[(centre, other)] < two[1])
            asks_two = (
                ask is not None
                and not below
                and ask[1] > unsure[(centre, other)] >= (floor if ask_floor is None else ask_floor)
                # below ``floor`` the core model keeps the pair: the whole asks must part
                and _two_asks(points, centre, other, unsure[(centre, other)] < floor)
            )
            claims_two = (
                claim is not None
                and not below
                and not asks_two
                and claim[1] > claimed[(centre, other)] >= floor
                and _two_claims(points, centre, other, claim[2])
            )
            subject_two = (
                subject is not None
                and not below
                and not asks_two
                and not claims_two
                and subject[1] > subjected[(centre, other)] >= floor
                and _one_language(points, centre, other)
                and subject_apart(x, centre, other) >= subject[2]
            )
            # parted below ``floor`` (with ``ask_place``, anywhere in the band): each statement
            # goes where its own reading puts it
            low_two = asks_two and (ask_place or unsure[(centre, other)] < floor)
            asks_two = asks_two or claims_two or subject_two
            topic_two = (
                topics is not None
                and not below
                and not asks_two
                and topical[(centre, other)] < topics[1]
                and found.apart(centre, other)
            )
            across_two = (
                across is not None
                and not below
                and not asks_two
                and not topic_two
                and crossed[(centre, other)] < across[1]
                and _two_languages(points, centre, other)
            )
            if pairs and (below or asks_two or topic_two or across_two):
                if apart is not None and (
                    asks_two or (topic_two and topics is not None and topics[2])
                ):
                    apart.extend([[centre], [other]])
                    if placed is not None and low_two:
                        placed.extend([centre, other])
                elif apart is not None and across_two and across is not None and across[2]:
                    apart.append([centre])  # the core keeps its room
                out.extend(rows)
                rows.clear()
            continue
        for p, r in scored:
            if p >= bar:
                break
            left = [o for o in rows if o != r]
            if len({sessions[i] for i in left}) < min_sessions:
                continue
            rows.remove(r)
            out.append(r)
        if topics is not None:
            taken = off_topics(rows, centre, topical, topics[1], found, sessions, min_sessions)
            out.extend(taken)
            if apart is not None and topics[2]:
                apart.extend([r] for r in taken)
        if rest is not None:
            taken = off_rest(rows, centre, held, rest[1], rest[2], floor, sessions, min_sessions)
            out.extend(taken)
            if apart is not None:
                apart.extend([r] for r in taken)
        if support is not None:
            judged = (
                None
                if support_second is None
                else {r for (c, r), q in doubt.items() if c == centre and q < support_second[1]}
            )
            taken = off_support(rows, centre, backed, support[1], sessions, min_sessions, judged)
            out.extend(taken)
            if apart is not None and support[2]:
                apart.extend([r] for r in taken)
        if across is not None and larger_across:
            foreign = {r for r in rows if _two_languages(points, centre, r)}
            taken = off_across(rows, centre, crossed, across[1], foreign, sessions, min_sessions)
            out.extend(taken)
            if apart is not None and across[2]:
                apart.extend([r] for r in taken)
        if elsewhere is not None:
            taken = off_elsewhere(
                rows, centre, within, away, elsewhere[1], elsewhere[2], sessions, min_sessions
            )
            out.extend(taken)
            if moved is not None:
                moved.update((r, partners[r]) for r in taken if r in partners)
            if apart is not None and elsewhere[3]:
                apart.extend([r] for r in taken)
                if placed is not None and elsewhere[4]:
                    placed.extend(taken)
    return out


def _away(
    model: PointModel,
    points: PairFeatures,
    checked: Sequence[Sequence[int]],
    sessions: Sequence[str],
    n: int,
    partner: dict[int, int] | None = None,
) -> dict[int, float]:
    """For each member of the messages of three or more of ``checked`` (the rows of one theme,
    ``n`` in all), the model's highest probability (rounded) of making one point with a row of
    the theme outside its message and of another session (0 when there is none); the pairs are
    scored at once. ``partner`` (when given) gets that row for each member (the first on a
    tie)."""
    asked: list[tuple[int, int]] = []
    for rows in checked:
        if len(rows) <= 2:
            continue
        inside = set(rows)
        for r in rows:
            asked.extend((r, j) for j in range(n) if j not in inside and sessions[j] != sessions[r])
    out = {r: 0.0 for rows in checked if len(rows) > 2 for r in rows}
    if not asked:
        return out
    probs = np.round(model.probability(points.pairs(asked, model.names)), DECIMALS).tolist()
    likeliest: dict[int, tuple[float, int]] = {}
    for (r, j), p in zip(asked, probs, strict=True):
        if r not in likeliest or p > likeliest[r][0]:
            likeliest[r] = (p, j)
    for r, (p, j) in likeliest.items():
        out[r] = p
        if partner is not None:
            partner[r] = j
    return out


def off_elsewhere(
    rows: list[int],
    centre: int,
    prob: dict[tuple[int, int], float],
    away: dict[int, float],
    bar: float,
    margin: float,
    sessions: Sequence[str],
    min_sessions: int,
) -> list[int]:
    """Members of a message of three or more (``rows``, its core ``centre``) with a likelier
    partner outside the message than inside: below ``bar`` with the core and on their mean with
    every other member (``prob``, rounded, either order), while their likeliest partner outside
    (``away``: another session's row of the theme) is ``margin`` or more above that mean. The
    least supported is taken out while the rest still rests on ``min_sessions`` sessions, and
    the message is read again while it has three members or more; ``rows`` is updated. Returns
    the rows taken out."""

    def p(a: int, b: int) -> float:
        return prob[(a, b)] if (a, b) in prob else prob[(b, a)]

    out: list[int] = []
    while len(rows) > 2:
        scored = []
        for s in rows:
            if s == centre or p(centre, s) >= bar:
                continue
            mean = round(sum(p(s, o) for o in rows if o != s) / (len(rows) - 1), DECIMALS)
            if mean < bar and round(away[s] - mean, DECIMALS) >= margin:
                scored.append((mean, s))
        if not scored:
            break
        _mean, worst = min(scored)
        if len({sessions[i] for i in rows if i != worst}) < min_sessions:
            break
        rows.remove(worst)
        out.append(worst)
    return out


class _TopicsOf:
    """Each row's policy topics (``topic_vocab.topics_found`` on its text), found once."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.memo: dict[int, frozenset[int]] = {}

    def __call__(self, row: int) -> frozenset[int]:
        if row not in self.memo:
            from forum_messages.synth.topic_match import prepare
            from forum_messages.synth.topic_vocab import topics_found

            self.memo[row] = frozenset(topics_found(prepare(self.texts[row])))
        return self.memo[row]

    def apart(self, a: int, b: int) -> bool:
        """Whether the vocabulary finds topics in both rows and none in both."""
        ta, tb = self(a), self(b)
        return bool(ta and tb and not ta & tb)


def off_topics(
    rows: list[int],
    centre: int,
    prob: dict[tuple[int, int], float],
    bar: float,
    found: Callable[[int], frozenset[int]],
    sessions: Sequence[str],
    min_sessions: int,
) -> list[int]:
    """Members of a message of three or more (``rows``, its core ``centre``) on another
    subject than the core: the vocabulary's policy topics are found in both (``found``) and
    none in both, and the model puts the member below ``bar`` with the core (``prob``, (core,
    member) pairs). Taken out the least likely first, while the rest still rests on
    ``min_sessions`` sessions; ``rows`` is updated. Returns the rows taken out."""
    mine = found(centre)
    out: list[int] = []
    if not mine:
        return out
    for p, r in sorted((prob[(centre, r)], r) for r in rows if r != centre):
        if p >= bar:
            break
        theirs = found(r)
        if not theirs or theirs & mine:
            continue
        if len({sessions[i] for i in rows if i != r}) < min_sessions:
            continue
        rows.remove(r)
        out.append(r)
    return out


def off_support(
    rows: list[int],
    centre: int,
    prob: dict[tuple[int, int], float],
    bar: float,
    sessions: Sequence[str],
    min_sessions: int,
    only: set[int] | None = None,
) -> list[int]:
    """Members of a message of three or more (``rows``, its core ``centre``) that do not make
    the point most of the message makes (of ``only``, when given): a member's support is its
    mean probability of making one point with each other member (``prob``, either order; the
    core among them).
    The least supported member but the core (then the first row) is taken out when its
    support is below ``bar`` and the rest still rests on ``min_sessions`` sessions, and the
    message is read again while it has three members or more; ``rows`` is updated. Returns the
    rows taken out."""
    return _least_supported(
        rows,
        prob,
        bar,
        sessions,
        min_sessions,
        lambda s, _p: s != centre and (only is None or s in only),
    )


def off_across(
    rows: list[int],
    centre: int,
    prob: dict[tuple[int, int], float],
    bar: float,
    foreign: set[int],
    sessions: Sequence[str],
    min_sessions: int,
) -> list[int]:
    """Members of a message of three or more (``rows``, its core ``centre``) in another
    language than the core (``foreign``) that the model does not put with the message: below
    ``bar`` with the core and on their mean with every other member (``prob``, rounded, either
    order). The least supported is taken out while the rest still rests on ``min_sessions``
    sessions, and the message is read again while it has three members or more; ``rows`` is
    updated. Returns the rows taken out."""
    return _least_supported(
        rows,
        prob,
        bar,
        sessions,
        min_sessions,
        lambda s, p: s in foreign and p(centre, s) < bar,
    )


def _least_supported(
    rows: list[int],
    prob: dict[tuple[int, int], float],
    bar: float,
    sessions: Sequence[str],
    min_sessions: int,
    open_to: Callable[[int, Callable[[int, int], float]], bool],
) -> list[int]:
    """Take out of ``rows`` (updated) the member ``open_to`` allows (given the member and the
    pair probability) with the lowest mean probability with every other member (``prob``,
    rounded, either order) while that mean is below ``bar``, the rest still rests on
    ``min_sessions`` sessions and three members or more remain to read. Returns the rows taken
    out."""

    def p(a: int, b: int) -> float:
        return prob[(a, b)] if (a, b) in prob else prob[(b, a)]

    out: list[int] = []
    while len(rows) > 2:
        scored = sorted(
            (round(sum(p(s, o) for o in rows if o != s) / (len(rows) - 1), DECIMALS), s)
            for s in rows
            if open_to(s, p)
        )
        if not scored:
            break
        mean, worst = scored[0]
        if mean >= bar or len({sessions[i] for i in rows if i != worst}) < min_sessions:
            break
        rows.remove(worst)
        out.append(worst)
    return out


def last_merge(x: Vectors, rows: Sequence[int]) -> tuple[list[int], list[int]]:
    """The two parts the last merge of average linkage joins when ``rows`` (two or more) are
    clustered alone on their similarity (what the grouper clusters on): the message's
    dendrogram cut in two. Distances are rounded, so float noise decides no merge; the part
    holding the first row first, each part sorted."""
    rows = sorted(rows)
    if len(rows) == 2:
        return [rows[0]], [rows[1]]
    dist = np.clip(1.0 - np.round(decision_scores(x[rows], x[rows]), DECIMALS), 0.0, 2.0)
    np.fill_diagonal(dist, 0.0)
    z = linkage(squareform(dist, checks=False), method="average")
    n = len(rows)
    last = z[-1, :2].astype(int).tolist()
    first, second = (sorted(rows[k] for k in _expand(z, c, n)) for c in last)
    return (first, second) if first[0] < second[0] else (second, first)


def _expand(z: np.ndarray, c: int, n: int) -> list[int]:
    """The leaves (observation indices) under node ``c`` of a linkage matrix over ``n``."""
    if c < n:
        return [c]
    a, b = z[c - n, :2].astype(int).tolist()
    return _expand(z, a, n) + _expand(z, b, n)


def subject_apart(x: Vectors, a: int, b: int, near: int = SUBJECT_NEAR) -> float:
    """How far apart rows ``a`` and ``b`` of a theme (``x``: its rows' unit vectors) are once
    their local subject is taken out: one less the cosine of the two vectors, each without its
    component along the mean of the ``near`` other rows nearest the pair's mean (ties: the
    first row; the theme's mean when no other row is left; a zero mean takes nothing out), in
    [0, 2] and rounded. Two statements that say one thing of a subject stay near; two that say
    two things of it part (docs/quality.md, step 36, measures how well)."""
    x64 = np.asarray(x, dtype=np.float64)
    mid = (x64[a] + x64[b]) / 2
    others = [k for k in range(len(x64)) if k not in (a, b)]
    sim = np.round(x64[others] @ mid, DECIMALS) if others else np.zeros(0)
    nearest = [others[k] for k in sorted(range(len(others)), key=lambda k: (-sim[k], k))[:near]]
    mean = x64[nearest].mean(axis=0) if nearest else x64.mean(axis=0)
    norm = float(np.sqrt(mean @ mean))
    u = mean / norm if norm > 0 else mean
    va, vb = x64[a] - (x64[a] @ u) * u, x64[b] - (x64[b] @ u) * u
    na, nb = float(np.sqrt(va @ va)), float(np.sqrt(vb @ vb))
    if na == 0 or nb == 0:
        return 1.0
    return round(1 - float(va @ vb) / (na * nb), DECIMALS)


def off_rest(
    rows: list[int],
    centre: int,
    prob: dict[tuple[int, int], float],
    tie: float,
    off: float,
    floor: float,
    sessions: Sequence[str],
    min_sessions: int,
) -> list[int]:
    """Members of a message of three or more (``rows``, its core ``centre``) whose point the
    rest of the message does not make: the message without the member holds together (each
    other member at ``tie`` or more with the core, by ``prob``: a pair's probability of making
    one point, either order) while the member is below ``off`` with each other member; only a
    member at ``floor`` or more with the core (it sits in the message by the core alone).
    Taken out the least likely with the core first (then the first row), one at a time while
    the message keeps three members and the rest rests on ``min_sessions`` sessions; ``rows``
    is updated. Returns the rows taken out."""

    def p(a: int, b: int) -> float:
        return prob[(a, b)] if (a, b) in prob else prob[(b, a)]

    out: list[int] = []
    while len(rows) > 2:
        found: list[tuple[float, int]] = []
        for s in rows:
            others = [a for a in rows if a not in (s, centre)]
            if s == centre or p(centre, s) < floor:
                continue
            if all(p(centre, a) >= tie and p(s, a) < off for a in others):
                found.append((p(centre, s), s))
        taken = None
        for _p, s in sorted(found):
            if len({sessions[i] for i in rows if i != s}) >= min_sessions:
                taken = s
                break
        if taken is None:
            break
        rows.remove(taken)
        out.append(taken)
    return out


def join(
    model: PointModel,
    x: Vectors,
    kept: list[list[int]],
    attached: dict[int, int],
    alone: list[int],
    sessions: Sequence[str],
    points: PairFeatures,
    bar: float,
) -> list[int]:
    """Lone rows the model joins (probability at least ``bar``): each to its likeliest
    partner, the core of a message or another lone row of another session at a similarity of
    ``JOIN_FLOOR`` or more; two lone rows make a new message only when each is the other's
    likeliest. ``kept`` and ``attached`` are updated; returns the rows still alone."""
    cores = [core(x, rows) for rows in kept]
    targets = cores + alone  # a message by its core, or another lone row
    sim = decision_scores(x[alone], x[targets])
    pairs: list[tuple[int, int]] = []
    where: list[tuple[int, int]] = []  # (lone position, target position)
    for a, row in enumerate(alone):
        for t, other in enumerate(targets):
            if other == row or sim[a, t] < JOIN_FLOOR:
                continue
            if t >= len(cores) and sessions[other] == sessions[row]:
                continue
            pairs.append((row, other))
            where.append((a, t))
    if not pairs:
        return alone
    prob = model.probability(points.pairs(pairs, model.names))
    choice: dict[int, tuple[float, int]] = {}
    for (a, t), p in zip(where, prob.tolist(), strict=True):
        if p >= bar and (a not in choice or beats(p, choice[a][0])):
            choice[a] = (p, t)
    lone = len(cores)
    out: list[int] = []
    for a, row in enumerate(alone):
        picked = choice.get(a)
        if picked is None:
            out.append(row)
        elif picked[1] < lone:
            attached[row] = picked[1]
            kept[picked[1]].append(row)
        else:
            b = picked[1] - lone
            if choice.get(b, (0.0, -1))[1] != lone + a:
                out.append(row)
            elif b < a:  # a mutual pair: made once, by its second row
                kept.append(sorted([alone[b], row]))
    return out


def mixed(model: PointModel, xd: Vectors, points: PairFeatures, weight: float) -> Scores:
    """The rows' similarity (``xd``: what the clustering decides on) mixed with the model's
    probability of every pair: ``weight`` parts the probability; rounded."""
    n = len(xd)
    prob = model.probability(points.block(range(n)).reshape(n * n, -1)).reshape(n, n)
    return np.round((1 - weight) * decision_scores(xd, xd) + weight * prob, DECIMALS) + 0.0


def merge(
    model: PointModel,
    x: Vectors,
    groups: list[list[int]],
    sessions: Sequence[str],
    kinds: Sequence[str] | None,
    points: PairFeatures,
    bar: float | None,
    floor: float,
    twins: float | None = None,
    one: bool = False,
) -> list[list[int]]:
    """Messages of one theme that make one point, made one. Two messages whose centres are at
    a similarity of ``floor`` or more and whose statements the model says make one point (the
    mean probability over their pairs at least ``bar``; None: the model is not asked) are
    joined, whichever sessions and languages they come from; so are two messages of one
    session each, the same session, no kind of statement in both (its takeaway and its
    call to action), whose centres are at a similarity of ``twins`` or more (None: off).
    ``one``: the model is asked only about pairs where one message rests on one session.
    The likeliest pairs first (then the nearest, then the first groups); each message joins
    at most one other. Returns the messages, each joined pair in the place of its first
    member."""
    if len(groups) < 2:
        return groups
    centres = np.stack([centroid(x[list(g)]) for g in groups])
    sim = decision_scores(centres, centres)
    alone = [len({sessions[i] for i in g}) == 1 for g in groups]
    asked: list[tuple[int, int]] = []
    scored: list[tuple[float, float, int, int]] = []
    for a in range(len(groups)):
        for b in range(a + 1, len(groups)):
            s = float(sim[a, b])
            if twins is not None and s >= twins and _twins(groups[a], groups[b], sessions, kinds):
                scored.append((-1.0, -s, a, b))
            elif bar is not None and s >= floor and (not one or alone[a] or alone[b]):
                asked.append((a, b))
    if asked and bar is not None:
        pairs = [(i, j) for a, b in asked for i in groups[a] for j in groups[b]]
        prob = model.probability(points.pairs(pairs, model.names)).tolist()
        at = 0
        for a, b in asked:
            n = len(groups[a]) * len(groups[b])
            p = round(sum(prob[at : at + n]) / n, DECIMALS)
            at += n
            if p >= bar:
                scored.append((-p, -float(sim[a, b]), a, b))
    if not scored:
        return groups
    scored.sort()
    into: dict[int, int] = {}
    for _p, _s, a, b in scored:
        if a in into or b in into:
            continue
        into[a] = a
        into[b] = a
    joined: dict[int, list[int]] = {}  # by first member, in the groups' order
    for g, rows in enumerate(groups):
        joined.setdefault(into.get(g, g), []).extend(rows)
    return [sorted(rows) for rows in joined.values()]


def _twins(
    a: Sequence[int], b: Sequence[int], sessions: Sequence[str], kinds: Sequence[str] | None
) -> bool:
    """Whether ``a`` and ``b`` are one and the same session's, with no kind of statement in
    both (a session's list states one point per item; its takeaway and its call may share one)."""
    if kinds is None:
        return False
    if len({sessions[i] for i in (*a, *b)}) != 1:
        return False
    return not {kinds[i] for i in a} & {kinds[j] for j in b}


def _two_asks(points: PairFeatures, a: int, b: int, whole: bool = False) -> bool:
    """Whether rows ``a`` and ``b`` are calls in one language asking two things: their asks'
    spans (``ask.read``: the first ``ask.SPAN`` content words; with ``whole``, every content
    word of the ask) share no stem. Needs the rows' texts (``TermEvidence.texts``)."""
    texts, langs = points.evidence.texts, points.evidence.languages
    if not texts:
        return False
    width = None if whole else asks.SPAN
    first, second = asks.read(texts[a], langs[a], width), asks.read(texts[b], langs[b], width)
    return asks.overlap(first, second, width) == 0


def _one_language(points: PairFeatures, a: int, b: int) -> bool:
    """Whether rows ``a`` and ``b`` are in one language (False without the rows' languages)."""
    langs = points.evidence.languages
    return bool(langs) and langs[a] == langs[b]


def _two_languages(points: PairFeatures, a: int, b: int) -> bool:
    """Whether rows ``a`` and ``b`` are in two languages (False without the rows' languages)."""
    langs = points.evidence.languages
    return bool(langs) and langs[a] != langs[b]


def _two_claims(points: PairFeatures, a: int, b: int, bar: float) -> bool:
    """Whether rows ``a`` and ``b`` (one language) each say, in words the other does not use,
    ``bar`` or more of their rarity-weighted term weight (``TermEvidence.unshared``)."""
    left = points.evidence.unshared(a, b)
    return left is not None and left >= bar


def member_reads(
    model: PointModel,
    points: PairFeatures,
    groups: Sequence[Sequence[int]],
) -> list[tuple[int, int, float, int, float]]:
    """Each member of each message of ``groups`` read against its own message and the others:
    (its message, the row, its mean probability of making one point with the other members,
    the other message whose members it sits with likeliest, that mean); the model's
    probabilities rounded, the pairs scored at once, the first message on a tie; -1 and 0
    when there is no other message."""
    asked: set[tuple[int, int]] = set()
    for rows in groups:
        for r in rows:
            for other in groups:
                asked.update((min(r, o), max(r, o)) for o in other if o != r)
    pairs = sorted(asked)
    prob: dict[tuple[int, int], float] = {}
    if pairs:
        scored = np.round(model.probability(points.pairs(pairs, model.names)), DECIMALS)
        prob = dict(zip(pairs, scored.tolist(), strict=True))

    def mean(r: int, rows: Sequence[int]) -> float:
        others = [o for o in rows if o != r]
        return round(sum(prob[(min(r, o), max(r, o))] for o in others) / len(others), DECIMALS)

    out: list[tuple[int, int, float, int, float]] = []
    for g, rows in enumerate(groups):
        for r in rows:
            inside = mean(r, rows) if len(rows) > 1 else 0.0
            away, best_mean = -1, 0.0
            for h, other in enumerate(groups):
                if h != g and other:
                    m = mean(r, other)
                    if away < 0 or m > best_mean:
                        away, best_mean = h, m
            out.append((g, r, inside, away, best_mean))
    return out


def rehome(
    model: PointModel,
    points: PairFeatures,
    groups: list[list[int]],
    sessions: Sequence[str],
    min_sessions: int,
    bar: float,
    margin: float,
) -> dict[int, int]:
    """Members the clustering joined to a message whose point another message makes: a member
    whose mean probability with another message's members (``member_reads``) is at least
    ``bar`` and ``margin`` or more above its mean with its own message's other members moves
    to that message, while its own message still rests on ``min_sessions`` sessions without it.
    Every member is read against the messages as the clustering left them; the moves are made
    the largest gain first (then by row), a message that gives a member receiving none and
    one that receives giving none. ``groups`` is updated (each sorted); returns each moved
    row's new message."""
    wanted = []
    for g, r, inside, away, outside in member_reads(model, points, groups):
        gain = round(outside - inside, DECIMALS)
        if away >= 0 and outside >= bar and gain >= margin:
            wanted.append((-gain, r, g, away))
    moved: dict[int, int] = {}
    gave: set[int] = set()
    took: set[int] = set()
    for _gain, r, g, h in sorted(wanted):
        if g in took or h in gave:
            continue
        rest = [o for o in groups[g] if o != r]
        if len({sessions[o] for o in rest}) < min_sessions:
            continue
        groups[g] = rest
        groups[h] = sorted(groups[h] + [r])
        moved[r] = h
        gave.add(g)
        took.add(h)
    return moved


def attach_reads(
    model: PointModel,
    points: PairFeatures,
    groups: Sequence[Sequence[int]],
    attached: dict[int, int],
    sessions: Sequence[str],
) -> list[tuple[int, int, float, int, float]]:
    """Each lone row attached to the nearest message (``attached``: row -> its message in
    ``groups``, which do not hold it) read by the model: (the row, that message, its highest
    probability with a member of it of another session, 0 when there is none; the other
    message holding its likeliest such partner, -1 when there is none, the first on a tie;
    that probability); the pairs scored at once and rounded, by row."""
    asked = sorted(
        {
            (r, o)
            for r in attached
            for rows in groups
            for o in rows
            if o != r and sessions[o] != sessions[r]
        }
    )
    prob: dict[tuple[int, int], float] = {}
    if asked:
        scored = np.round(model.probability(points.pairs(asked, model.names)), DECIMALS)
        prob = dict(zip(asked, scored.tolist(), strict=True))
    out: list[tuple[int, int, float, int, float]] = []
    for r, g in sorted(attached.items()):

        def likeliest(rows: Sequence[int], r: int = r) -> float:
            return max((prob[(r, o)] for o in rows if (r, o) in prob), default=0.0)

        best_h, best_p = -1, 0.0
        for h, rows in enumerate(groups):
            if h != g:
                p = likeliest(rows)
                if best_h < 0 or p > best_p:
                    best_h, best_p = h, p
        out.append((r, g, likeliest(groups[g]), best_h, best_p))
    return out


def attach_elsewhere(
    model: PointModel,
    points: PairFeatures,
    groups: Sequence[Sequence[int]],
    attached: dict[int, int],
    sessions: Sequence[str],
    bar: float,
    margin: float,
) -> dict[int, int]:
    """Lone rows attached to the nearest message (``attached``: row -> its message in
    ``groups``, which do not hold them yet) that the model puts with another message's point
    (``attach_reads``): a row whose likeliest partner in another message is at ``bar`` or more
    and ``margin`` or more above its likeliest in the message it was attached to joins that
    other message instead. ``attached`` is updated; returns each redirected row's new
    message."""
    out: dict[int, int] = {}
    for r, _g, near, h, away in attach_reads(model, points, groups, attached, sessions):
        if h >= 0 and away >= bar and round(away - near, DECIMALS) >= margin:
            out[r] = h
    attached.update(out)
    return out
