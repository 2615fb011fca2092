"""The ledger: who is behind a message, a theme or the whole draft."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from forum_messages.model import Edition, Ledger, Session, Statement


def session_regions(session: Session) -> list[tuple[str | None, str | None]]:
    """(region, country) of each organiser, or of the NRI itself."""
    pairs = [(o.region, o.country) for o in session.organisers if o.region or o.country]
    if not pairs and (session.region or session.country):
        pairs = [(session.region, session.country)]
    return pairs


def global_south_weight(session: Session, edition: Edition) -> float | None:
    """Share of the session's organisers (or the NRI) from the Global South; None if unknown."""
    verdicts = [edition.global_south.includes(r, c) for r, c in session_regions(session)]
    known = [v for v in verdicts if v is not None]
    if not known:
        return None
    return sum(1 for v in known if v) / len(known)


def build_ledger(
    statements: Iterable[Statement],
    languages: Mapping[str, str],
    sessions: Mapping[str, Session],
    edition: Edition,
) -> Ledger:
    """Counts over the given statements (languages: detected language per statement id).

    Stakeholder groups and regions count each organiser of each distinct session once; the
    Global South share is the mean, over sessions with a known region, of the share of their
    organisers from the Global South (as the edition defines it).
    """
    # one pass, no list of the statements (a draft's whole ledger reads every statement);
    # each session looked up once (a consultation's sessions are made when looked up)
    count = drafted = 0
    seen: dict[str, Session] = {}
    langs: Counter[str] = Counter()
    for s in statements:
        count += 1
        session = seen.get(s.session)
        if session is None:
            session = seen[s.session] = sessions[s.session]
        if session.source == "transcript" and session.drafted(s.id):
            drafted += 1
        langs[languages.get(s.id, s.language or "und")] += 1
    found = {code: seen[code] for code in sorted(seen)}
    groups: Counter[str] = Counter()
    regions: Counter[str] = Counter()
    gs: list[float] = []
    nri = 0
    for session in found.values():
        if session.kind == "nri":
            nri += 1
        for org in session.organisers:
            groups[org.stakeholder_group or "unknown"] += 1
        for region, _country in session_regions(session):
            regions[region or "unknown"] += 1
        w = global_south_weight(session, edition)
        if w is not None:
            gs.append(w)
    # a campaign session's ``campaign`` is its own code; a copy's names its campaign
    campaigns = {c: ses.responses for c, ses in found.items() if ses.campaign == c}
    responses = sum(campaigns.values()) + sum(
        ses.responses for ses in found.values() if ses.campaign not in campaigns
    )
    return Ledger(
        statements=count,
        sessions=len(found),
        nri_inputs=nri,
        stakeholder_groups=dict(sorted(groups.items())),
        regions=dict(sorted(regions.items())),
        languages=dict(sorted(langs.items())),
        global_south_share=round(sum(gs) / len(gs), 4) if gs else None,
        transcript_statements=drafted,
        responses=responses,
        campaigns=dict(sorted(campaigns.items(), key=lambda kv: (-kv[1], kv[0]))),
    )
