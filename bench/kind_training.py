"""Leave one labelled set out: the whole description filter with the training material as shipped
and enlarged to every readable set.

Every readable labelled set (each ``kinds/*.yaml`` that is not held out, the development report
files and the report files scored by the common evaluation after every change) is scored by the
whole filter as the pipeline applies it: the cue patterns, the regression's gates, the second
look (the regression mixed with the vote of the nearest labelled statements, the register of a
record read from each set's language) and, in report files, the place rules
(``DescriptiveModel(opening=..., anywhere=...)``: the first statement of a session, a statement
naming its session's own type). The regression is fitted on the training material *without the
set scored*, and the vote's bank never holds the set's own statements.

Settings (``--settings``, any of):

``shipped``    ``kind_model.TRAINING`` trained on, ``kind_model.NEIGHBOURS`` in the bank (the
               filter without the reading of a narrated meeting: the model as shipped is
               ``shipped|narration@above=0.4``);
``bank``       ``TRAINING`` trained on, every trainable readable set in the bank;
``all``        every readable statement set and development report file trained on and in the
               bank (the report files scored by the common evaluation are never trained on nor
               in the bank: scored only, so that their evaluation rows stay honest);
``all-l2=X``   ``all`` with the regression's l2 at X;
``allreg``     the regression of ``all``, the bank of ``shipped`` (after ``all``: no fit);
``A|B@where``  setting A's verdicts, with B's where ``where`` says (``record``: B instead of A
               in the register of a record; ``record+``: B added there; ``record+closed``: B
               added there but for the calls ``kind_cues_model.wide_call`` reads, as
               ``DescriptiveModel(wide=True)`` does with B ``allreg``; ``unsure=X``: B added
               where A's regression gave more than X); A and B run before it;
``A|narration`` setting A's verdicts, with the statements open to the model that
               ``kind_narration.narrates`` reads as a narrated meeting added
               (``A|narration@above=X``: only where A's regression gave more than X);
               ``A|bodies`` the same with ``kind_bodies.tells_record`` (the record's
               housekeeping or a body as the subject; ``housekeeping`` or ``body`` alone), A
               itself possibly combined: ``shipped|narration@above=0.4|bodies@above=0.4``;
               ``A|course`` the same with ``kind_course.tells_course`` (a heading with no
               verb, one person telling the meeting's course, travel or a visit;
               ``heading``, ``person`` or ``travel`` alone); ``A|notes`` with
               ``kind_notes.tells_notes`` (a note or a notice, a speaker's line, a text handed
               or read out; ``note``, ``speaker`` or ``handed`` alone); ``A|forum`` with
               ``kind_forum.tells_forum`` (the forum's own register: the rapporteur in the first
               person, the session's people examining a subject, a group taking part;
               ``rapporteur``, ``examined`` or ``took-part`` alone);
``wbank``      ``TRAINING`` trained on, every readable set in the bank (``BANKABLE``: the
               trainable sets, the sets written for readings by rule, for frames and for
               attributions, and the two spent report files; ``kind_model.WIDE_NEIGHBOURS``);
``wall``       ``BANKABLE`` trained on and in the bank; ``wreg`` ``BANKABLE`` trained on,
               ``NEIGHBOURS`` in the bank (after ``wall``: no fit); ``-x=NAME`` after one of
               the three (repeatable; a set's stem, ``frames``, ``attr``, ``rules`` or
               ``spent``) keeps those sets out of both, ``-w=W`` last makes each statement of
               a set outside ``TRAINING`` weigh W in the fit (``wall-x=spent-w=0.3``);
``+bar``       after a setting: the regression's bar (0.65) chosen for each set on the *other*
               sets' out-of-fold verdicts (the fewest false alarms plus misses, the higher bar
               on a tie).

``--turns off`` measures the cue layer without ``kind_turns``' readings (the fifty-fifth
round's "before"), ``--turns all`` with all of them; the other settings as shipped.
``--samarkand-readings`` sets the readings of the sixty-first round: those named on
(``presented``, ``subject``, ``otherwise`` of ``kind_rapporteurs``; ``all``), the others off;
``none`` all off (that round's "before"); not given, as shipped (``subject`` and ``otherwise``).
``--arranged on|off`` sets the reading of the sixty-fifth round (``kind_rapporteurs.ARRANGED``);
not given, as shipped.
``--claims on|off`` sets the reading of the sixty-eighth round (``kind_claims.ON``: a sentence in
the event's vocabulary that makes a claim of its own stays a point); not given, as shipped.
``--compiled on|off|occupation|notes`` sets the readings of the sixty-sixth round
(``kind_cues_compiled.OCCUPATION`` and ``COMPILED``): both, neither, or one alone; not given, as
shipped.
``--doha`` sets the readings of the seventieth round (``kind_cues_doha``): those named on
(``chair``, ``membership``, ``gathering``, ``caps_turn``; ``all``), the others off; ``none`` all
off; not given, as shipped.
``--rapporteurs`` sets the readings of the fifty-eighth round: those named on (``roster``,
``announced``, ``view`` of ``kind_rapporteurs``, ``conduct`` for ``kind_turns.CONDUCT_MORE``;
``all``), the others off; ``none`` all off (that round's "before"); not given, as shipped.

It prints, per set and per language, descriptions found / descriptions and false alarms side by
side, the totals, and the time of one fit on the whole training material.

    .venv/bin/python bench/kind_training.py --cache /tmp/kt.npz
    .venv/bin/python bench/kind_training.py --cache /tmp/kt.npz --settings shipped all all+bar
    .venv/bin/python bench/kind_training.py --cache /tmp/kt.npz --keep /tmp/oof --groups 6 \
        --settings "shipped|narration@above=0.4" "wbank|narration@above=0.4" wall wreg \
        "shipped|narration@above=0.4|wreg@record+closed"

The held-out sets (``kinds/test.yaml`` to ``test4.yaml``, ``kinds/test18.yaml`` to
``test26.yaml``, the held-out report files) are never read.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import numpy as np
from held_out import KIND_SETS  # type: ignore[import-not-found]
from kind_anywhere import places_of  # type: ignore[import-not-found]
from kind_context import HELD_OUT as HELD_OUT_REPORTS  # type: ignore[import-not-found]
from kind_context import REPORTS, placed  # type: ignore[import-not-found]

from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import (
    kind_claims,
    kind_cues_compiled,
    kind_cues_doha,
    kind_rapporteurs,
    kind_turns,
)
from forum_messages.synth.kind_bodies import body_tells, housekeeping, reading_of, tells_record
from forum_messages.synth.kind_course import course_of, heading, person_tells, tells_course, travels
from forum_messages.synth.kind_cues_model import wide_call
from forum_messages.synth.kind_forum import examined, rapporteur, tells_forum, took_part
from forum_messages.synth.kind_model import (
    MIX,
    NEIGHBOURS,
    RECORD_GATE,
    SECOND_GATE,
    TRAINING,
    DescriptiveModel,
    bank_rows,
    labelled_items,
    neighbour_share,
    record_register,
)
from forum_messages.synth.kind_narration import narrates
from forum_messages.synth.kind_notes import handed, note, notes_of, speaker_line, tells_notes
from forum_messages.synth.kinds import Kind, classify, clear_caches

#: development sets written for readings by rule (``kind_bodies``, ``kind_course``): scored,
#: never trained on
#: (the wide regression's material is left as its shipped weights were fitted)
RULE_SETS = (
    "kinds/dev22.yaml",
    "kinds/dev25.yaml",
    "kinds/dev27.yaml",
    "kinds/dev30.yaml",
    "kinds/dev32.yaml",
    "kinds/dev34.yaml",
    "kinds/dev36.yaml",
    "kinds/dev39.yaml",
    "kinds/dev42.yaml",
    "kinds/dev40.yaml",
    # written for the seventieth round (docs/quality.md)
    "kinds/dev44.yaml",
)
KINDS = (
    "kinds/dev.yaml",
    *(f"kinds/dev{n}.yaml" for n in range(2, 21)),
    *RULE_SETS,
    "kinds/dev-spoken.yaml",
    *(f"kinds/test{n}.yaml" for n in range(5, 18)),
)
#: the report files that are not held out (``kind_context.REPORTS``): the development files
#: may be trained on; the others, scored by the common evaluation after every change, are
#: scored here and never trained on
DEV_REPORTS = tuple(name for name in REPORTS if name.startswith("reports/dev-"))
TEST_REPORTS = tuple(name for name in REPORTS if name.startswith("reports/test-"))
#: every readable set that may be trained on
TRAINABLE = (*(name for name in KINDS if name not in RULE_SETS), *DEV_REPORTS)
#: development sets written for the message texts' frames: scored, not trained on (their
#: points as given measure the text rewrites, the kinds are those of the other sets)
FRAME_SETS = (
    "kinds/dev21-frames.yaml",
    "kinds/dev23-frames.yaml",
    "kinds/dev26-frames.yaml",
    "kinds/dev27-frames.yaml",
    "kinds/dev28-frames.yaml",
    "kinds/dev29-frames.yaml",
    "kinds/dev33-frames.yaml",
    "kinds/dev35-frames.yaml",
    "kinds/dev37-frames.yaml",
    "kinds/dev41-frames.yaml",
    # written for the seventy-first round (docs/quality.md)
    "kinds/dev45-frames.yaml",
)
#: development sets written for the attribution patterns (``kind_cues_presenters``): scored,
#: not trained on (the learned model's material stays as it was)
ATTRIBUTION_SETS = (
    "kinds/dev24-attr.yaml",
    "kinds/dev31-attr.yaml",
    "kinds/dev38-attr.yaml",
    # written for the sixty-ninth round (docs/quality.md)
    "kinds/dev43-attr.yaml",
    # written for the seventy-second round (docs/quality.md)
    "kinds/dev46-attr.yaml",
)
SCORED = (*KINDS, *DEV_REPORTS, *TEST_REPORTS, *FRAME_SETS, *ATTRIBUTION_SETS)
#: the two report files held out until the forty-fifth round, development material since
#: (docs/quality.md, "Two held-out files spent"): scored, and banked or trained on only by the
#: settings that say so
SPENT_REPORTS = ("reports/test-global-tracks.yaml", "reports/test-cartagena.yaml")
#: every readable set a bank may hold: the trainable sets, the sets written for readings by
#: rule, for frames and for attributions (their labels as ``labelled_items`` reads them: a
#: framed point or an attribution that is not a description is no description) and the two
#: spent report files
BANKABLE = (*TRAINABLE, *RULE_SETS, *FRAME_SETS, *ATTRIBUTION_SETS, *SPENT_REPORTS)
#: test18 is spent (read by ``bench/kind_frame_shape.py``) but in no bank here
HELD_OUT = (*KIND_SETS, "kinds/test18.yaml", *HELD_OUT_REPORTS)
#: the readings by rule a setting may add (``A|name`` or ``A|name@above=X``)
READINGS = {
    "narration": narrates,
    "bodies": tells_record,
    "housekeeping": housekeeping,
    "body": body_tells,
    "course": tells_course,
    "heading": heading,
    "person": person_tells,
    "travel": travels,
    "notes": tells_notes,
    "note": note,
    "speaker": speaker_line,
    "handed": handed,
    "forum": tells_forum,
    "rapporteur": rapporteur,
    "examined": examined,
    "took-part": took_part,
}
#: the readings of ``kind_course`` (a heading, one person telling the course, travel or a visit)
COURSE_READINGS = ("course", "heading", "person", "travel")
#: the readings of ``kind_notes`` (a note or a notice, a speaker's line, a text handed or read
#: out)
NOTES_READINGS = ("notes", "note", "speaker", "handed")
BARS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)


def embedded(strings: list[str], cache: str | None) -> dict[str, np.ndarray]:
    """Each distinct string's embedding (read from ``cache`` when it holds them all)."""
    unique = list(dict.fromkeys(strings))
    known: dict[str, np.ndarray] = {}
    if cache and Path(cache).exists():
        data = np.load(cache, allow_pickle=False)
        known = dict(zip(data["texts"].tolist(), data["x"], strict=True))
    missing = [s for s in unique if s not in known]
    if missing:  # only the strings the cache lacks are embedded (a new set costs its own)
        x = np.asarray(USEEmbedder().embed(missing), dtype=np.float64)
        known.update(zip(missing, x, strict=True))
        if cache:
            texts = list(known)
            np.savez(cache, texts=np.array(texts), x=np.array([known[t] for t in texts]))
    return known


class Material:
    """The readable labelled statements, their pattern verdicts, places and embeddings."""

    def __init__(self, cache: str | None) -> None:
        base = Path(str(resources.files("forum_messages") / "editions" / "evaluation"))
        assert not set(SCORED) & set(HELD_OUT)
        items = labelled_items(SCORED, base)
        self.texts = [t for t, _, _, _ in items]
        self.langs = [g for _, g, _, _ in items]
        self.truth = np.array([d for _, _, d, _ in items], dtype=bool)
        self.source = np.array([s for _, _, _, s in items])
        self.kinds: list[Kind] = [
            classify(t, g) for t, g in zip(self.texts, self.langs, strict=True)
        ]
        self.points = [k.point or t for k, t in zip(self.kinds, self.texts, strict=True)]
        vectors = embedded(self.texts + self.points, cache)
        self.x_text = np.array([vectors[t] for t in self.texts])
        self.x_point = np.array([vectors[p] for p in self.points])
        self.is_open = np.array(
            [
                DescriptiveModel.open_to_model(p, k)
                for p, k in zip(self.points, self.kinds, strict=True)
            ]
        )
        self.pattern = np.array([k.kind == "descriptive" for k in self.kinds])
        self.record = record_register(self.points, list(zip(self.source, self.langs, strict=True)))
        # the place rules read the report files' sessions (the statement sets have none)
        reports = [f for f in SCORED if f.startswith("reports/")]
        where = placed(base, reports)
        first = np.zeros(len(self.texts), dtype=bool)
        own = np.zeros(len(self.texts), dtype=bool)
        rows = np.concatenate([np.flatnonzero(self.source == f) for f in reports])
        if [it.text for it in where] != [self.texts[i] for i in rows]:
            raise SystemExit("the report files' statements are not read in the same order")
        places = places_of(where, [self.points[i] for i in rows])
        first[rows] = [it.index == 0 for it in where]
        own[rows] = [p.own for p in places]
        self.first = first
        self.own = own
        self.features: dict[float, object] = {}


def out_of_fold(
    m: Material,
    training: Sequence[str],
    bank: Sequence[str],
    l2: float,
    groups: int = 0,
    given: np.ndarray | None = None,
    light: float = 1.0,
) -> tuple[np.ndarray, np.ndarray, float]:
    """Each scored set's regression probabilities (fitted on ``training`` without the set) and
    neighbour votes (``bank`` without the set); the seconds of the first fit. With ``groups``,
    the sets are dealt into that many groups, each left out as a whole (fewer fits). With
    ``given``, those are the probabilities (out of fold from the same training): no fit. With
    ``light`` below 1, each statement of a set outside ``TRAINING`` weighs that much in the fit."""
    model = DescriptiveModel(l2=l2)
    trainable = np.isin(m.source, list(training))
    in_bank = np.isin(m.source, list(bank))
    x_train = model.features(m.x_text, m.texts)
    x_score = model.features(m.x_point, m.points)
    prob = np.zeros(len(m.texts))
    share = np.zeros(len(m.texts))
    fits: dict[bytes, np.ndarray] = {}
    seconds = 0.0
    y = m.truth.astype(np.float64)
    for k, name in enumerate(SCORED):
        fold = np.flatnonzero(m.source == name)
        out = [name] if not groups else list(SCORED[k % groups :: groups])
        mine = np.isin(m.source, out)
        rows = np.flatnonzero(trainable & ~mine)
        key = rows.tobytes()
        if given is not None:
            fits[key] = given
        elif key not in fits:
            start = time.process_time()
            sample = None
            if light != 1.0:
                sample = np.where(np.isin(m.source[rows], list(TRAINING)), 1.0, light)
            w, b = model.fit_arrays(x_train[rows], y[rows], sample)
            if not seconds:
                seconds = time.process_time() - start
            fits[key] = np.round(1.0 / (1.0 + np.exp(-np.asarray(x_score @ w + b))), 4)
        prob[fold] = fits[key][fold]
        brows = np.flatnonzero(in_bank & ~mine)
        share[fold] = neighbour_share(m.x_point[fold], bank_rows(m.x_text[brows]), m.truth[brows])
    return prob, share, seconds


def verdicts(m: Material, prob: np.ndarray, share: np.ndarray, bar: np.ndarray) -> np.ndarray:
    """The whole filter's verdicts, the regression's bar ``bar`` (per statement)."""
    said = np.zeros(len(m.texts), dtype=bool)
    for value in sorted(set(bar.tolist())):
        model = DescriptiveModel(threshold=float(value))
        rows = np.flatnonzero(bar == value)
        learned = model.decide(
            prob[rows],
            [m.points[i] for i in rows],
            [m.kinds[i] for i in rows],
            m.first[rows].tolist(),
            m.own[rows].tolist(),
        )
        said[rows] = learned
    gate = np.where(m.record, RECORD_GATE, SECOND_GATE)
    looked = m.is_open & (np.round(MIX * prob + (1 - MIX) * share, 4) > gate)
    return m.pattern | said | looked


def chosen_bars(m: Material, prob: np.ndarray, share: np.ndarray) -> tuple[np.ndarray, dict]:
    """Each set's bar chosen on the other sets: the fewest false alarms plus misses there."""
    runs = {b: verdicts(m, prob, share, np.full(len(m.texts), b)) for b in BARS}
    bar = np.zeros(len(m.texts))
    chosen = {}
    for name in SCORED:
        others = m.source != name
        cost = {
            b: int((said & ~m.truth & others).sum() + (~said & m.truth & others).sum())
            for b, said in runs.items()
        }
        best = min(BARS, key=lambda b: (cost[b], -b))
        bar[m.source == name] = best
        chosen[name] = best
    return bar, chosen


def combined(
    m: Material,
    setting: str,
    runs: dict[str, np.ndarray],
    probs: dict[str, tuple[np.ndarray, np.ndarray]],
    ap: argparse.ArgumentParser,
) -> np.ndarray:
    """``A|B@where``: setting A's verdicts, with setting B's (both run before) where
    ``where`` says: ``record`` B replaces A in the register of a record; ``record+`` B only adds
    there; ``unsure=X`` B adds where A's regression gave more than X."""
    first, _, rest = setting.rpartition("|")
    second, _, where = rest.partition("@")
    if second in READINGS and first not in runs and "|" in first:
        # a chain of readings: the settings before the last one, in turn
        runs[first] = combined(m, first, runs, probs, ap)
    if second in READINGS and first in runs:
        # a reading by rule (``kind_narration.narrates``, ``kind_bodies.tells_record``): no fit
        read = READINGS[second]
        narrated = m.is_open & np.array(
            [read(p, g) for p, g in zip(m.points, m.langs, strict=True)]
        )
        if not where:
            return runs[first] | narrated
        if where.startswith("above="):
            prob = probs[first.partition("|")[0].partition("+")[0]][0]
            return runs[first] | (narrated & (prob > float(where.split("=")[1])))
        ap.error(f"{setting}: unknown place {where}")
    if first not in runs or second not in runs:
        ap.error(f"{setting}: run {first} and {second} first")
    a, b = runs[first], runs[second]
    if where == "record":
        return np.where(m.record, b, a)
    if where == "record+":
        return a | (b & m.record)
    if where == "record+closed":  # as ``DescriptiveModel(wide=True)`` reads it
        closed = np.array([wide_call(p, g) for p, g in zip(m.points, m.langs, strict=True)])
        return a | (b & m.record & ~closed)
    if where.startswith("unsure="):
        prob = probs[first.partition("+")[0]][0]
        return a | (b & (prob > float(where.split("=")[1])))
    ap.error(f"{setting}: unknown place {where}")
    raise AssertionError


def wider(base: str, ap: argparse.ArgumentParser) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The material of the settings that read every readable set: ``wbank`` (``TRAINING``
    trained on, ``NEIGHBOURS`` and ``BANKABLE`` in the bank), ``wall`` (``BANKABLE`` trained on
    and in the bank), ``wreg`` (``BANKABLE`` trained on, ``NEIGHBOURS`` in the bank); ``-x=NAME``
    after one (repeatable, ``NAME`` a set's stem, ``frames``, ``attr``, ``rules`` or ``spent``)
    keeps those sets out of the bank and of the training; ``-w=W`` last makes each statement of a
    set outside ``TRAINING`` weigh W in the fit."""
    kind, *outs = base.partition("-w=")[0].split("-x=")
    groups = {
        "frames": FRAME_SETS,
        "attr": ATTRIBUTION_SETS,
        "rules": RULE_SETS,
        "spent": SPENT_REPORTS,
    }
    out: set[str] = set()
    for name in outs:
        found = groups.get(name) or tuple(f for f in BANKABLE if Path(f).stem == name)
        if not found:
            ap.error(f"{base}: no set {name}")
        out.update(found)
    wide_bank = tuple(f for f in dict.fromkeys((*NEIGHBOURS, *BANKABLE)) if f not in out)
    wide_training = tuple(f for f in BANKABLE if f not in out)
    if kind == "wbank":
        return TRAINING, wide_bank
    if kind == "wall":
        return wide_training, wide_bank
    if kind == "wreg":
        return wide_training, NEIGHBOURS
    ap.error(f"unknown setting {base}")
    raise AssertionError


def cell(m: Material, said: np.ndarray, rows: np.ndarray) -> str:
    found = int((said & m.truth)[rows].sum())
    fa = int((said & ~m.truth)[rows].sum())
    return f"{found}/{int(m.truth[rows].sum())} fa {fa}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", help="keep the embeddings in this .npz between runs")
    ap.add_argument(
        "--settings", nargs="*", default=["shipped", "bank", "all", "shipped+bar", "all+bar"]
    )
    ap.add_argument(
        "--groups", type=int, default=0, help="leave a group of sets out at once (fewer fits)"
    )
    ap.add_argument(
        "--keep", help="keep each setting's out-of-fold scores in files with this prefix"
    )
    ap.add_argument("--list", help="print the statements whose verdict differs from this setting")
    ap.add_argument(
        "--dev-only",
        action="store_true",
        help="with --list, print only the development sets' statements (the others are scored)",
    )
    ap.add_argument(
        "--turns",
        choices=("shipped", "off", "all"),
        default="shipped",
        help="the readings of kind_turns (a chair's turn of conduct, a speaker's line, the chair "
        "asking the room, headings, one participant's turn): as shipped, none, or all of them",
    )
    ap.add_argument(
        "--rapporteurs",
        nargs="*",
        default=None,
        choices=("roster", "announced", "view", "conduct", "all", "none"),
        help="the readings of the fifty-eighth round on, the others off (kind_rapporteurs' "
        "ROSTER, ANNOUNCED, VIEW; kind_turns.CONDUCT_MORE); none: all off",
    )
    ap.add_argument(
        "--samarkand-readings",
        nargs="*",
        default=(),
        choices=("presented", "subject", "otherwise", "all", "none"),
        help="the readings of the sixty-first round on, the others off (kind_rapporteurs' "
        "PRESENTED, SUBJECT, OTHERWISE); none: all off; not given: as shipped",
    )
    ap.add_argument(
        "--arranged",
        choices=("on", "off"),
        default=None,
        help="the reading of the sixty-fifth round (kind_rapporteurs.ARRANGED: the questions from "
        "the floor, the session's format, a poll run): on or off; not given: as shipped",
    )
    ap.add_argument(
        "--claims",
        choices=("on", "off"),
        default=None,
        help="the reading of the sixty-eighth round (kind_claims.ON: a sentence in the event's "
        "vocabulary that makes a claim of its own stays a point): on or off; not given: as shipped",
    )
    ap.add_argument(
        "--compiled",
        choices=("on", "off", "occupation", "notes"),
        default=None,
        help="the readings of the sixty-sixth round (kind_cues_compiled: OCCUPATION, a speaker "
        "by an occupation and a full name; COMPILED, a compiled report's notes): both on, both "
        "off, or one of them alone; not given: as shipped",
    )
    ap.add_argument(
        "--doha",
        nargs="+",
        choices=("chair", "membership", "gathering", "caps_turn", "all", "none"),
        default=None,
        help="the readings of the seventieth round (kind_cues_doha) turned on, the others off; "
        "not given: as shipped",
    )
    args = ap.parse_args()
    if args.doha is not None:
        every = ("chair", "membership", "gathering", "caps_turn")
        on = set(every) if "all" in args.doha else set(args.doha) - {"none"}
        for one in every:
            setattr(kind_cues_doha, one.upper(), one in on)
        clear_caches()
    if args.claims is not None:
        kind_claims.ON = args.claims == "on"
    if args.compiled is not None:
        kind_cues_compiled.OCCUPATION = args.compiled in ("on", "occupation")
        kind_cues_compiled.COMPILED = args.compiled in ("on", "notes")
        clear_caches()
    if args.arranged is not None:
        kind_rapporteurs.ARRANGED = args.arranged == "on"
        clear_caches()
    if args.samarkand_readings:
        every = ("presented", "subject", "otherwise")
        on = set(every) if "all" in args.samarkand_readings else set(args.samarkand_readings)
        on -= {"none"}
        for one in every:
            setattr(kind_rapporteurs, one.upper(), one in on)
        clear_caches()
    if args.rapporteurs is not None:
        every = ("roster", "announced", "view", "conduct")
        on = set(every) if "all" in args.rapporteurs else set(args.rapporteurs)
        for one in every:
            if one == "conduct":
                kind_turns.CONDUCT_MORE = one in on
            else:
                setattr(kind_rapporteurs, one.upper(), one in on)
        clear_caches()
    if args.turns != "shipped":
        for name in ("CONDUCT", "SPEAKER", "ROOM", "HEADINGS", "TURNS"):
            setattr(kind_turns, name, args.turns == "all")
        clear_caches()
    m = Material(args.cache)
    runs: dict[str, np.ndarray] = {}
    probs: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    # a chain's first setting runs before it (``shipped`` before ``shipped|narration``)
    order = [one for s in args.settings for one in (s.partition("|")[0], s) if one]
    for setting in dict.fromkeys(order):
        if "|" in setting:
            runs[setting] = combined(m, setting, runs, probs, ap)
            continue
        base, _, bar = setting.partition("+")
        if base not in probs:
            l2 = 1e-3
            if base == "shipped":
                training, bank = TRAINING, NEIGHBOURS
            elif base.startswith(("wbank", "wall", "wreg")):
                training, bank = wider(base, ap)
            elif base == "bank":
                training, bank = TRAINING, tuple(dict.fromkeys((*NEIGHBOURS, *TRAINABLE)))
            elif base == "allreg":
                # the regression of ``all``, the shipped bank
                training, bank = TRAINABLE, NEIGHBOURS
            elif base.startswith("all"):
                training = bank = TRAINABLE
                if base.startswith("all-l2="):
                    l2 = float(base.split("=")[1])
            else:
                ap.error(f"unknown setting {setting}")
            saved = Path(f"{args.keep}-{base}-{args.groups}.npz") if args.keep else None
            if saved and saved.exists() and len(np.load(saved)["prob"]) == len(m.texts):
                data = np.load(saved)
                prob, share, seconds = data["prob"], data["share"], float(data["seconds"])
            else:
                given = probs["all"][0] if base == "allreg" and "all" in probs else None
                if base.startswith("wreg") and base.replace("wreg", "wall", 1) in probs:
                    # the same training as ``wall``: its probabilities, no fit
                    given = probs[base.replace("wreg", "wall", 1)][0]
                light = float(base.split("-w=")[1]) if "-w=" in base else 1.0
                prob, share, seconds = out_of_fold(m, training, bank, l2, args.groups, given, light)
                if saved:
                    np.savez(saved, prob=prob, share=share, seconds=seconds)
            print(
                f"{base}: one fit on {np.isin(m.source, list(training)).sum()} statements,"
                f" {seconds:.1f} s CPU",
                flush=True,
            )
            probs[base] = (prob, share)
        prob, share = probs[base]
        if bar == "bar":
            bars, chosen = chosen_bars(m, prob, share)
            print(
                f"{setting}: bars chosen {sorted(set(chosen.values()))}"
                f" ({', '.join(f'{Path(k).stem} {v}' for k, v in chosen.items() if v != 0.65)})"
            )
        else:
            bars = np.full(len(m.texts), 0.65)
        runs[setting] = verdicts(m, prob, share, bars)
    names = list(dict.fromkeys(args.settings))  # not the readings a chain ran on its way
    print("\n| set | descriptions | " + " | ".join(names) + " |")
    print("|---|---|" + "---|" * len(names))
    for name in [*SCORED, None]:
        rows = np.flatnonzero(m.source == name) if name else np.arange(len(m.texts))
        label = Path(name).stem if name else "all"
        cells = [cell(m, runs[s], rows) for s in names]
        print(f"| {label} | {int(m.truth[rows].sum())} | " + " | ".join(cells) + " |")
    print("\nper language, every set:")
    print("| language | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    langs = np.array(m.langs)
    for lang in sorted(set(m.langs)):
        rows = np.flatnonzero(langs == lang)
        print(f"| {lang} | " + " | ".join(cell(m, runs[s], rows) for s in names) + " |")
    print("\nper set and language:")
    for name in SCORED:
        for lang in sorted(set(langs[m.source == name].tolist())):
            rows = np.flatnonzero((m.source == name) & (langs == lang))
            if m.truth[rows].sum() or any((runs[s] & ~m.truth)[rows].any() for s in names):
                cells = " | ".join(cell(m, runs[s], rows) for s in names)
                print(f"| {Path(name).stem} {lang} | {cells} |")
    # what a reading by rule adds, counted by the reading that made it (the texts are not
    # printed: the scored sets' errors are not read)
    for s in names:
        first, _, rest = s.rpartition("|")
        if rest.partition("@")[0] not in (
            "bodies",
            "housekeeping",
            "body",
            *COURSE_READINGS,
            *NOTES_READINGS,
        ):
            continue
        if first not in runs:
            continue
        for what, truth in (("descriptions found", True), ("false alarms added", False)):
            added = np.flatnonzero(runs[s] & ~runs[first] & (m.truth == truth))
            counts: dict[str, int] = {}
            for i in added.tolist():
                read = (
                    reading_of(m.points[i], m.langs[i])
                    or course_of(m.points[i], m.langs[i])
                    or notes_of(m.points[i], m.langs[i])
                )
                key = f"{Path(m.source[i]).stem} {m.langs[i]} {read}"
                counts[key] = counts.get(key, 0) + 1
            print(
                f"\n{s}: {what}, by reading: "
                + (", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none")
            )
    if args.list:
        ref = runs[args.list]
        for s in names:
            if s == args.list:
                continue
            print(f"\n{s} against {args.list}:")
            for i in np.flatnonzero(runs[s] != ref):
                if args.dev_only and not Path(m.source[i]).stem.startswith("dev"):
                    continue
                what = (
                    ("found" if runs[s][i] else "lost")
                    if m.truth[i]
                    else ("FALSE ALARM" if runs[s][i] else "false alarm gone")
                )
                print(f"  {what}: {Path(m.source[i]).stem} {m.langs[i]}: {m.texts[i][:110]}")


if __name__ == "__main__":
    main()
