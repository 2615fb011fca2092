"""The draft pipeline: statements in, a Draft out. Each stage is a small swappable component.

    language -> kinds (descriptions set aside, frames removed) -> embed -> themes
    -> procedural filter -> per theme:
        message groups -> sub-topics -> titles -> message text -> framework tags -> ledger

The name and parameters of every component are recorded in ``Draft.pipeline``.

Each stage is a module of its own: ``reading`` (language, kind, point and vector of each
statement), ``set_aside`` (each statement's theme; the empty, procedural and descriptive ones
set aside), ``theme_run`` (a theme's message groups, sub-topics, titles, texts, tags and
ledgers) and ``components`` (the parts each stage runs, and their record). Here they are run
in order, and the draft made of what they give: its themes with distinct titles, where each
statement went, what is not reflected and why, the whole ledger.
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from forum_messages.engine.vectors import release
from forum_messages.errors import ConfigError
from forum_messages.model import (
    UN_LANGUAGES,
    Component,
    Corpus,
    Draft,
    DraftTheme,
    Edition,
    Session,
    Statement,
)
from forum_messages.synth import held_marks, message_themes
from forum_messages.synth.assignments import AssignmentTable, CampaignOf
from forum_messages.synth.components import Components, _complete, _record, default_components
from forum_messages.synth.distinct import retitle
from forum_messages.synth.kinds import Kind
from forum_messages.synth.message_themes import message_moves, source_leaves
from forum_messages.synth.reading import (
    EMBED_CHUNK,
    EMBED_CHUNKS_PER_PART,
    LANGUAGE_CHUNK,
    Progress,
    _no_progress,
    detect_languages,
    embed_all,
    read_and_embed_all,
    read_statements,
)
from forum_messages.synth.salience import report_sessions, target_range
from forum_messages.synth.set_aside import REASONS, not_reflected, themes_and_set_aside
from forum_messages.synth.settings import Settings, keep_transcripts
from forum_messages.synth.sidebyside import theme_fronts
from forum_messages.synth.theme_partners import partner_themes, strong_partners
from forum_messages.synth.theme_run import LABEL_TEXTS, _hash_id, _ledger, _Run
from forum_messages.synth.themes import ThemeResult
from forum_messages.taxonomy import load_taxonomies

__all__ = [  # the draft's stages, each in a module of its own, as they were named here
    "EMBED_CHUNK",
    "EMBED_CHUNKS_PER_PART",
    "LABEL_TEXTS",
    "LANGUAGE_CHUNK",
    "REASONS",
    "Components",
    "Progress",
    "_Run",
    "_complete",
    "_hash_id",
    "_ledger",
    "_no_progress",
    "_record",
    "default_components",
    "detect_languages",
    "embed_all",
    "read_statements",
    "run_pipeline",
]


def _campaign_fields(st: Statement, sessions: Mapping[str, Session]) -> dict[str, Any]:
    """A consultation statement's campaign: the one whose text it is, or (``addition``)
    the one a copy of which added it; nothing for other statements."""
    session = sessions.get(st.session)
    if session is None or session.campaign is None:
        return {}
    if session.campaign == session.code:
        return {"campaign": session.code, "campaign_size": session.responses}
    if not st.addition:
        return {}
    campaign = sessions.get(session.campaign)
    size = campaign.responses if campaign is not None else 0
    return {"campaign": session.campaign, "campaign_size": size, "addition": True}


def _message_read(
    themed: ThemeResult, run: _Run, theme_rows: list[list[int]], kinds: list[Kind]
) -> ThemeResult:
    """``themed`` with the statements of the messages read as another theme's moved there
    (``message_themes``): the grouper's messages of each theme are made once to be read."""
    groups = [g for rows in theme_rows for g in run.message_groups(rows)]
    partner: dict[int, str] = {}
    if message_themes.READING.endswith("partners"):
        statements = run.statements
        found = partner_themes(
            run.x,
            themed.theme,
            [None] * len(statements),
            [st.session for st in statements],
            [i for i in range(len(statements)) if i not in run.reason],
            run.texts,
            run.langs,
            [st.kind for st in statements],
            [k.attribution for k in kinds],
            bar=message_themes.PARTNER_BAR,
            needed=message_themes.PARTNERS_NEEDED,
            movers="all",
        )
        partner = {i: key for i, (key, _p) in found.items()}  # read for the cores
    near: dict[int, set[str]] = {}
    if message_themes.READING == "core+partner":
        statements = run.statements
        found_near = strong_partners(
            run.x,
            [st.session for st in statements],
            [i for i in range(len(statements)) if i not in run.reason],
            sorted({core for _rows, core in groups}),
            run.texts,
            run.langs,
            [st.kind for st in statements],
            [k.attribution for k in kinds],
            message_themes.PARTNER_BAR,
        )
        near = {i: {themed.theme[j] for _p, j in ps} for i, ps in found_near.items()}
    declared = [
        None if guess else key for key, guess in zip(themed.theme, themed.inferred, strict=True)
    ]
    moved = message_moves(
        groups,
        themed.theme,
        list(run.edition.theme_keys()),
        themed.reading,
        declared,
        partner,
        near,
    )
    if not moved:
        return themed
    theme, inferred = list(themed.theme), list(themed.inferred)
    for i, key in moved.items():
        theme[i], inferred[i] = key, True
    return replace(themed, theme=theme, inferred=inferred)


def _sources_read(themed: ThemeResult, run: _Run, theme_rows: list[list[int]]) -> ThemeResult:
    """``themed`` with the sources that leave their message (``message_themes.source_leaves``)
    moved to their best other theme ("theme"), or kept out of every message group of their
    own theme (``run.apart``, "alone"): the grouper's messages of each theme are made once to
    be read."""
    if message_themes.SOURCE_TO not in ("alone", "theme"):
        raise ConfigError(
            f"message_themes.SOURCE_TO must be 'alone' or 'theme', not {message_themes.SOURCE_TO!r}"
        )
    groups = [g for rows in theme_rows for g in run.message_support(rows)]
    leaving = source_leaves(
        groups,
        themed.theme,
        list(run.edition.theme_keys()),
        themed.reading,
        [st.session for st in run.statements],
        getattr(run.c.grouper, "min_sessions", 2),
    )
    if not leaving:
        return themed
    if message_themes.SOURCE_TO == "alone":
        run.apart = frozenset(leaving)
        return themed
    theme, inferred = list(themed.theme), list(themed.inferred)
    for i, key in leaving.items():
        theme[i], inferred[i] = key, True
    return replace(themed, theme=theme, inferred=inferred)


def run_pipeline(
    corpus: Corpus,
    edition: Edition,
    settings: Settings | None = None,
    *,
    components: Components | None = None,
    progress: Progress | None = None,
) -> Draft:
    settings = settings or Settings()
    out_lang = settings.language or edition.language
    if out_lang not in UN_LANGUAGES:
        raise ConfigError(f"output language must be one of {', '.join(UN_LANGUAGES)}")
    c = _complete(components or default_components(settings), settings)
    assert c.grouper and c.topics and c.writer and c.tagger
    progress = progress or _no_progress
    corpus = keep_transcripts(corpus, settings)
    statements = corpus.statements  # a consultation's: a table, records made when read
    sessions = corpus.session_map()
    n = len(statements)

    langs, confidences, kinds, texts, x = read_and_embed_all(statements, c, progress, out_lang)
    # marks of the readings held back that only the message text reads (``held_marks``)
    text_marked = held_marks.text_only(statements, langs, kinds)
    themed, reason, fixed = themes_and_set_aside(
        corpus, edition, c, x, texts, kinds, langs, out_lang, progress
    )
    reports = report_sessions(corpus.sessions)

    taxes = load_taxonomies()
    run = _Run(
        statements=statements,
        sessions=sessions,
        edition=edition,
        out_lang=out_lang,
        c=c,
        fixed=fixed,
        x=x,
        texts=texts,
        langs=langs,
        vocabulary=sorted(
            {kw for t in taxes.values() for it in t.items for kw in it.keywords.get(out_lang, ())}
        ),
        reason=reason,
        attribution=[k.attribution for k in kinds],
        said=held_marks.for_text([k.attribution for k in kinds], text_marked)
        if text_marked
        else [],
        target=target_range(reports, settings.messages_min, settings.messages_max),
        in_play=n - len(reason),
        described_all=sum(1 for why in reason.values() if why == "descriptive"),
        aside_all=len(reason),
        topic_of=[None] * n,
        message_of=[None] * n,
    )
    specs = edition.themes

    def rows_of(k: int) -> list[int]:
        return [i for i in range(n) if themed.theme[i] == specs[k].key]

    if message_themes.MESSAGE_MARGIN > 0 and reports:
        themed = _message_read(themed, run, [rows_of(k) for k in range(len(specs))], kinds)
    if message_themes.SOURCE_LEAD is not None and reports:
        themed = _sources_read(themed, run, [rows_of(k) for k in range(len(specs))])
    del kinds  # what the pipeline still needs of them is in ``texts`` and ``attribution``
    themes_out: list[DraftTheme] = []

    progress("messages", 0, len(specs))  # shown while the themes' fronts are made
    fronts = theme_fronts(run, specs, themed.theme, rows_of)
    for t_index, spec in enumerate(specs):
        progress("messages", t_index, len(specs))
        if fronts is None:
            themes_out.append(run.theme(spec, rows_of(t_index)))
        else:
            front = next(fronts)  # the first themes' finished while the child works
            theme_rows = rows_of(t_index)
            part, rows = run.part(theme_rows)
            themes_out.append(run.finish(spec, part, rows, front, theme_rows))
        release(x)
    # no heading twice in the draft: themes were titled each on its own
    themes_out = retitle(themes_out, run.candidates)
    topic_of, message_of = run.topic_of, run.message_of
    del run, x, texts  # the vectors (their file with them) and the points are done with
    progress("messages", len(edition.themes), len(edition.themes))

    set_aside = not_reflected(statements, themed.theme, reason)
    # where each statement went, made from these columns when read (no record a statement)
    campaigns: dict[int, CampaignOf] = {}
    for i, st in enumerate(statements):
        found = _campaign_fields(st, sessions)
        if found:
            campaigns[i] = (found["campaign"], found["campaign_size"], found.get("addition", False))
    assignments = AssignmentTable(
        statements,
        langs,
        confidences,
        themed.theme,
        array("d", themed.confidence),
        themed.inferred,
        topic_of,
        message_of,
        campaigns,
    )
    pipeline = (
        Component("settings", "settings", settings.as_dict()),
        _record("language", c.detector),
        _record("embedder", c.embedder),
        _record("themes", c.themes),
        _record("procedural", c.procedural),
        _record("descriptive", c.descriptive),
        _record("grouping", c.grouper),
        _record("topics", c.topics),
        _record("labels", c.labeller),
        _record("text", c.writer),
        _record("tags", c.tagger),
        *((_record("titles", c.titler),) if c.titler is not None else ()),
        *((_record("summaries", c.summariser),) if c.summariser is not None else ()),
    )
    return Draft(
        edition=edition,
        language=out_lang,
        themes=tuple(themes_out),
        not_reflected=set_aside,
        statements=assignments,
        sessions=corpus.sessions,
        ledger=_ledger(statements, langs, range(n), sessions, edition),
        pipeline=pipeline,
    )
