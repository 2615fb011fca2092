"""Between Django rows and the core's frozen records (forum_messages.model)."""

from __future__ import annotations

from forum_messages.model import Corpus, Location, Organiser
from forum_messages.model import Session as CoreSession
from forum_messages.model import Statement as CoreStatement
from forum_messages.web.models import Edition, Session, Statement


def location_json(loc: Location) -> dict[str, object]:
    return {"file": loc.file, "line": loc.line, "field": loc.field}


def _core_location(data: dict[str, object]) -> Location:
    line = data.get("line", 0)
    return Location(
        str(data.get("file", "")),
        int(line) if isinstance(line, int) else 0,
        str(data.get("field", "")),
    )


def core_session(row: Session, confirmed: tuple[str, ...] = ()) -> CoreSession:
    return CoreSession(
        code=row.code,
        title=row.title,
        type=row.type,
        theme=row.theme,
        language=row.language,
        organisers=tuple(
            Organiser(o["name"], o.get("stakeholder_group"), o.get("region"), o.get("country"))
            for o in row.organisers
        ),
        location=_core_location(row.location),
        kind="nri" if row.kind == "nri" else "session",
        nri_kind=row.nri_kind,
        country=row.country,
        region=row.region,
        source=row.source,
        confirmed=confirmed if row.source == Session.TRANSCRIPT else (),
    )


def core_statement(row: Statement, session_code: str) -> CoreStatement:
    return CoreStatement(
        id=row.sid,
        session=session_code,
        kind=row.kind,
        index=row.index,
        text=row.text,
        language=row.language,
        theme=row.theme,
        location=_core_location(row.location),
    )


def core_corpus(edition: Edition) -> Corpus:
    """The edition's current (not withdrawn) sessions and statements, in input order; a
    session drafted from its transcript names the items its organisers confirmed."""
    sessions = list(edition.sessions.filter(withdrawn=False))
    codes = {s.pk: s.code for s in sessions}
    rows = [st for st in edition.statements.filter(withdrawn=False) if st.session_id in codes]
    confirmed: dict[int, list[str]] = {}
    for st in rows:
        if st.confirmed_at is not None:
            confirmed.setdefault(st.session_id, []).append(st.sid)
    statements = [core_statement(st, codes[st.session_id]) for st in rows]
    return Corpus(
        tuple(core_session(s, tuple(confirmed.get(s.pk, ()))) for s in sessions),
        tuple(statements),
    )
