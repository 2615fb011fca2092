"""Where each statement went, kept as the pipeline's own columns.

A draft of a million statements would hold a million :class:`Assignment` records (about
200 bytes each) from the end of the pipeline to the end of the export. The pipeline already
holds, a statement at a time, everything a record says: the statements themselves, the
detected languages, the themes and the message each went to. :class:`AssignmentTable` keeps
those columns and makes a statement's record when it is read, so the draft costs nothing
more a statement; every record read is equal to the one the pipeline made before.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from forum_messages.model import Assignment, Statement
from forum_messages.tables import RecordTable

#: A consultation statement's campaign: its id, its number of responses, and whether the
#: statement is what a copy added to it (rather than the campaign's own text).
CampaignOf = tuple[str, int, bool]


class AssignmentTable(RecordTable[Assignment]):
    """The records of ``statements``, made from the columns when read (a sequence of
    :class:`Assignment`, equal to a tuple of the same records)."""

    __slots__ = (
        "_campaigns",
        "_inferred",
        "_lang_conf",
        "_langs",
        "_messages",
        "_statements",
        "_theme_conf",
        "_themes",
        "_topics",
    )

    def __init__(
        self,
        statements: Sequence[Statement],
        langs: Sequence[str],
        lang_conf: Sequence[float],
        themes: Sequence[str | None],
        theme_conf: Sequence[float],
        inferred: Sequence[bool],
        topics: Sequence[str | None],
        messages: Sequence[str | None],
        campaigns: Mapping[int, CampaignOf],
    ) -> None:
        n = len(statements)
        columns = (langs, lang_conf, themes, theme_conf, inferred, topics, messages)
        if any(len(c) != n for c in columns):
            raise ValueError("every column needs one value a statement")
        self._statements = statements
        self._langs = langs
        self._lang_conf = lang_conf
        self._themes = themes
        self._theme_conf = theme_conf
        self._inferred = inferred
        self._topics = topics
        self._messages = messages
        self._campaigns = campaigns  # by row, only the statements that have one

    def __len__(self) -> int:
        return len(self._statements)

    def _at(self, i: int) -> Assignment:
        st = self._statements[i]
        campaign, size, addition = self._campaigns.get(i, (None, 0, False))
        return Assignment(
            id=st.id,
            session=st.session,
            kind=st.kind,
            text=st.text,
            language=self._langs[i],
            language_confidence=self._lang_conf[i],
            theme=self._themes[i],
            theme_confidence=self._theme_conf[i],
            theme_inferred=self._inferred[i],
            needs_review=self._inferred[i],
            topic=self._topics[i],
            message=self._messages[i],
            campaign=campaign,
            campaign_size=size,
            addition=addition,
        )


class ById(Mapping[str, Assignment]):
    """The records of a sequence looked up by statement id: an index of ids to rows, the
    record made from the sequence when asked for (no second record a statement)."""

    __slots__ = ("_index", "_rows")

    def __init__(self, rows: Sequence[Assignment]) -> None:
        self._rows = rows
        if isinstance(rows, AssignmentTable):  # the ids without making the records
            ids: Iterator[str] = (st.id for st in rows._statements)
        else:
            ids = (a.id for a in rows)
        # the last record of an id wins, as in a dict built from the records
        self._index = {ident: i for i, ident in enumerate(ids)}

    def __getitem__(self, ident: str) -> Assignment:
        return self._rows[self._index[ident]]

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)
