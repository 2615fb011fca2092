"""A consultation's statements kept as columns, each made into a record when read.

A consultation of a million responses has about as many statements (one a distinct answer
text), each a :class:`Statement` with its :class:`Location`: about 230 bytes a statement
besides its id and text, for records whose language, theme, file and row are those of the
response they come from. Here a statement is its id, session code and text (references to
strings made anyway), its number within its session, its response's position in the
:class:`~forum_messages.ingest.responses.ResponseColumns`, its column (a number) and whether
it is a campaign copy's addition: about 40 bytes. :class:`StatementTable` makes a
statement's record when it is read, equal to the one made before.

The texts themselves are kept in a :class:`~forum_messages.ingest.spill.Texts` (a temporary
file for a consultation's draft, where the campaign finder put them as they were read): a
statement's text is read back when its record is made, and the process holds only its
number (8 bytes) instead of the string. The ids are a
:class:`~forum_messages.ingest.strcolumn.StrColumn` (their bytes end to end: about 23 bytes a
statement instead of a 64-byte string and its pointer), with an index of their values while
statements are added (:meth:`StatementTable.has`; :meth:`StatementTable.done` lets it go);
a statement's session is its response's id (a number saying so) or one of the few other codes
(a campaign's), not a string reference a statement that keeps the response's id alive.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

from forum_messages.ingest.responses import ResponseColumns
from forum_messages.ingest.spill import Texts
from forum_messages.ingest.strcolumn import StrColumn
from forum_messages.model import Location, Statement
from forum_messages.tables import RecordTable


class StatementTable(RecordTable[Statement]):
    """The statements of a consultation, in the order they were added (a sequence of
    :class:`Statement`, equal to a tuple of the same records)."""

    __slots__ = (
        "_addition",
        "_codes",
        "_column_of",
        "_columns",
        "_ids",
        "_index",
        "_kind",
        "_last",
        "_position",
        "_responses",
        "_session",
        "_store",
        "_texts",
        "_where",
    )

    def __init__(self, responses: ResponseColumns, kind: str, texts: Texts | None = None) -> None:
        """``texts``: where the statements' texts are (default: a list in memory)."""
        self._responses = responses
        self._kind = kind
        self._store = Texts(in_memory=True) if texts is None else texts
        self._ids = StrColumn(indexed=True)
        # each statement's session: -1, its response's own (the response's id), or k: the
        # code ``_codes[k]`` (a campaign's)
        self._session = array("i")
        self._codes: list[str] = []
        self._where: dict[str, int] = {}  # code -> its number in ``_codes``
        self._last: str | None = None  # the session of the last statement added
        self._texts = array("q")  # each statement's text: its number in ``_store``
        self._index = array("i")  # the statement's number within its session, from 0
        self._position = array("i")  # its response's position in ``responses``
        self._columns: list[str] = []  # each column name once
        self._column_of = array("H")
        self._addition = bytearray()

    def add(
        self, ident: str, session: str, text: str, position: int, column: str, addition: bool
    ) -> None:
        """Keep one statement of response ``position``'s answer in ``column``; it is the
        next of its session when the statement before it is of the same session."""
        self.add_kept(ident, session, self._store.put(text), position, column, addition)

    def keep(self, text: str) -> int:
        """Keep ``text`` with the table's texts; its number there (for :meth:`add_kept`)."""
        return self._store.put(text)

    def add_kept(
        self, ident: str, session: str, ref: int, position: int, column: str, addition: bool
    ) -> None:
        """:meth:`add` with a text kept already: number ``ref`` of the table's texts."""
        same = self._last == session
        self._last = session
        self._index.append(self._index[-1] + 1 if same else 0)
        self._ids.append(ident)
        if session == self._responses.ids[position]:
            self._session.append(-1)
        else:
            k = self._where.setdefault(session, len(self._codes))
            if k == len(self._codes):
                self._codes.append(session)
            self._session.append(k)
        self._texts.append(ref)
        self._position.append(position)
        if column not in self._columns:
            self._columns.append(column)
        self._column_of.append(self._columns.index(column))
        self._addition.append(addition)

    @property
    def ids(self) -> Sequence[str]:
        return self._ids

    def has(self, ident: str) -> bool:
        """Whether a statement with this id was added (until :meth:`done`)."""
        return self._ids.find(ident) is not None

    def done(self) -> None:
        """Every statement added: the index of their ids is let go (:meth:`has` no longer
        works)."""
        self._ids.drop_index()
        self._where.clear()

    def session(self, i: int) -> str:
        """The session code of statement ``i``."""
        k = self._session[i]
        return self._responses.ids[self._position[i]] if k < 0 else self._codes[k]

    def __len__(self) -> int:
        return len(self._ids)

    def _at(self, i: int) -> Statement:
        responses, at = self._responses, self._position[i]
        return Statement(
            id=self._ids[i],
            session=self.session(i),
            kind=self._kind,
            index=self._index[i],
            text=self._store.get(self._texts[i]),
            language=responses.get(at, "language"),
            theme=responses.get(at, "theme"),
            location=Location(
                responses.file(at), responses.row(at), self._columns[self._column_of[i]]
            ),
            addition=bool(self._addition[i]),
        )
