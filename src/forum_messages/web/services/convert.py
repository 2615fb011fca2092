"""Between Django rows and the core's frozen records (forum_messages.model)."""

from __future__ import annotations

from django.db import transaction

from forum_messages.model import Corpus, Location, Organiser
from forum_messages.model import Session as CoreSession
from forum_messages.model import Statement as CoreStatement
from forum_messages.web.models import Edition, Session, Statement


def _location(loc: Location) -> dict[str, object]:
    return {"file": loc.file, "line": loc.line, "field": loc.field}


def _core_location(data: dict[str, object]) -> Location:
    line = data.get("line", 0)
    return Location(
        str(data.get("file", "")),
        int(line) if isinstance(line, int) else 0,
        str(data.get("field", "")),
    )


def core_session(row: Session) -> CoreSession:
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
    """The edition's current (not withdrawn) sessions and statements, in input order."""
    sessions = list(edition.sessions.filter(withdrawn=False))
    codes = {s.pk: s.code for s in sessions}
    statements = [
        core_statement(st, codes[st.session_id])
        for st in edition.statements.filter(withdrawn=False)
        if st.session_id in codes
    ]
    return Corpus(tuple(core_session(s) for s in sessions), tuple(statements))


@transaction.atomic
def store_corpus(edition: Edition, corpus: Corpus) -> dict[str, int]:
    """Upsert sessions and statements (stable ids: same report, same rows).

    Sessions in ``corpus`` replace their earlier version: statements of such a session that
    are no longer in the report are marked withdrawn (never deleted: versions cite them).
    Returns counts: sessions, statements, new, withdrawn.
    """
    existing_sessions = {s.code: s for s in edition.sessions.all()}
    position = edition.sessions.count()
    session_rows: dict[str, Session] = {}
    for s in corpus.sessions:
        row = existing_sessions.get(s.code)
        if row is None:
            row = Session(edition=edition, code=s.code, position=position)
            position += 1
        row.title, row.type, row.kind = s.title, s.type, s.kind
        row.nri_kind, row.theme, row.language = s.nri_kind, s.theme, s.language
        row.country, row.region = s.country, s.region
        row.organisers = [
            {
                "name": o.name,
                "stakeholder_group": o.stakeholder_group,
                "region": o.region,
                "country": o.country,
            }
            for o in s.organisers
        ]
        row.location = _location(s.location)
        row.withdrawn = False
        row.save()
        session_rows[s.code] = row
    existing = {st.sid: st for st in edition.statements.filter(session__code__in=session_rows)}
    st_position = edition.statements.count()
    seen: set[str] = set()
    new = 0
    for st in corpus.statements:
        seen.add(st.id)
        row = existing.get(st.id)
        if row is None:
            row = Statement(edition=edition, sid=st.id, position=st_position)
            st_position += 1
            new += 1
        row.session = session_rows[st.session]
        row.kind, row.index, row.text = st.kind, st.index, st.text
        row.language, row.theme = st.language, st.theme
        row.location = _location(st.location)
        row.withdrawn = False
        row.save()
    gone = [row for sid, row in existing.items() if sid not in seen and not row.withdrawn]
    for row in gone:
        row.withdrawn = True
        row.save(update_fields=["withdrawn"])
    return {
        "sessions": len(corpus.sessions),
        "statements": len(corpus.statements),
        "new": new,
        "withdrawn": len(gone),
    }
