"""What an attribution found only by a reading held back changes in a draft (docs/quality.md,
step 58).

Two readings of the kinds step find more attributions but are held back:
``kind_cues_presenters.MORE_HELD_BACK_ON`` (a role before a name and a verb of telling) and
``kind_turns.TURNS`` (a turn of one participant named by role and place). What they cost was
never a point marked wrongly: an attribution mark is read by the grouping (the pair model's
features, a group of accounts only dissolved, the joining of messages), by the themes' partners
and by salience, so a statement they mark moves messages. ``READS`` says which stages read a
mark that these readings alone give:

- "all": every stage (as before, byte for byte);
- "text": only the choice of each message's text (``ExtractiveWriter.write_all`` and the soft
  penalties of ``text_soft``): the statement stays a source, and the grouping, the themes and
  salience read it as they would with the readings off (the learned attribution reading
  included, which then reads it as before).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from forum_messages.errors import ConfigError
from forum_messages.model import Statement
from forum_messages.nlp.segment import strip_numbering
from forum_messages.synth import kind_cues_presenters as presenters
from forum_messages.synth import kind_turns as turns
from forum_messages.synth.kinds import Kind, held_back_only

#: On: with both readings on, 22 rows of the common evaluation move, all up (attribution
#: recall on seven report files); read by every stage, each reading had lowered message rows
#: (docs/quality.md, themes step 58).
READS = "text"
CHOICES = ("all", "text")


def any_on() -> bool:
    """Whether a reading held back is on (else no statement is marked by one alone)."""
    held = presenters.ON and presenters.MORE_ON and presenters.MORE_HELD_BACK_ON
    return bool(held or turns.TURNS)


def text_only(
    statements: Sequence[Statement], langs: Sequence[str], kinds: list[Kind]
) -> list[int]:
    """The rows whose attribution mark only the message text reads (``READS`` "text"), their
    marks taken off ``kinds`` in place (the other stages then read them as before); none with
    "all" or with both readings off."""
    if READS not in CHOICES:
        raise ConfigError(f"held_marks.READS must be one of {', '.join(CHOICES)}, not {READS!r}")
    if READS == "all" or not any_on():
        return []
    rows = [
        i
        for i, k in enumerate(kinds)
        if k.attribution and held_back_only(strip_numbering(statements[i].text), langs[i])
    ]
    for i in rows:
        kinds[i] = replace(kinds[i], attribution=False)
    return rows


def for_text(attribution: Sequence[bool], rows: Sequence[int]) -> list[bool]:
    """The marks the choice of a message's text reads: ``attribution`` with ``rows`` marked."""
    out = list(attribution)
    for i in rows:
        out[i] = True
    return out
