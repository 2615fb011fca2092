"""Build small corpora in tests without going through the readers."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from forum_messages.evaluation.material import Material, load_kind_set, load_material
from forum_messages.model import Corpus, Location, Organiser, Session, Statement
from forum_messages.nlp.base import Embedder, memo_for
from forum_messages.nlp.decide import best_rows, decision_scores
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.synth.kind_model import DescriptiveModel, record_register
from forum_messages.synth.reading import read_statements
from forum_messages.synth.stream import point
from forum_messages.synth.themes import NearestThemeAssigner, theme_profiles


def corpus(
    rows: Sequence[tuple[str, str | None, str | None, Sequence[str]]],
    regions: dict[str, str] | None = None,
) -> Corpus:
    """rows: (session code, theme, language, statements)."""
    sessions = []
    statements = []
    for line, (code, theme, lang, texts) in enumerate(rows, 1):
        region = (regions or {}).get(code, "African Group")
        sessions.append(
            Session(
                code=code,
                title=f"Session {code}",
                type="Workshop",
                theme=theme,
                language=lang,
                organisers=(Organiser("A. Person", "Civil Society", region, None),),
                location=Location("test.jsonl", line),
            )
        )
        for i, text in enumerate(texts):
            sid = "st-" + hashlib.sha256(f"{code}|{i}|{text}".encode()).hexdigest()[:12]
            statements.append(
                Statement(sid, code, "key_takeaway", i, text, lang, theme, Location("t", line))
            )
    return Corpus(tuple(sessions), tuple(statements))


@dataclass
class ThemeCase:
    """What the theme step is given for a report file of the evaluation material (as the
    pipeline gives it), and the nearest theme description of its statements to be placed."""

    material: Material
    statements: Sequence[Statement]
    langs: list[str]
    texts: list[str]
    x: np.ndarray
    declared: list[str | None]
    sessions: list[str | None]
    fixed: Any
    scored: list[int]  # statements whose session declared no theme and the editor placed
    nearest: list[str]  # the nearest theme description of each scored statement

    def themes(self, assigner: NearestThemeAssigner) -> list[str]:
        return assigner.run(
            self.x,
            self.declared,
            self.material.edition,
            self.fixed,
            languages=self.langs,
            sessions=self.sessions,
            texts=self.texts,
        ).theme


def theme_case(path: Path, embedder: Embedder) -> ThemeCase:
    material = load_material(path)
    statements = material.corpus.statements
    langs, _, kinds = read_statements(statements, UNLanguageDetector(), lambda *_: None)
    by_code = {s.code: s for s in material.corpus.sessions}
    texts = [point(k, st) for k, st in zip(kinds, statements, strict=True)]
    fixed = memo_for(embedder)
    scored = [i for i, st in enumerate(statements) if st.theme is None and material.theme_of(st.id)]
    keys = list(material.edition.theme_keys())
    raw = embedder.embed([statements[i].text for i in scored])
    near = best_rows(decision_scores(raw, theme_profiles(material.edition, fixed)))
    return ThemeCase(
        material=material,
        statements=statements,
        langs=langs,
        texts=texts,
        x=embedder.embed(texts),
        declared=[st.theme for st in statements],
        sessions=[
            st.session if by_code[st.session].kind == "session" else None for st in statements
        ],
        fixed=fixed,
        scored=scored,
        nearest=[keys[k] for k in near],
    )


class ScoredModel(DescriptiveModel):
    """A descriptive model whose regression gives each text the probability written after its
    '#' ("The board met. #0.45"): no embedder, no bank (build it with ``neighbours=False``).
    For the readings that act above a bar of the regression."""

    def fit(self, embedder: Any) -> tuple[np.ndarray, float]:  # type: ignore[override]
        return np.zeros(1), 0.0

    def scores(self, x: Any, texts: Any, w: Any, b: Any) -> np.ndarray:  # type: ignore[override]
        p = np.array([float(t.split("#")[1]) for t in texts])
        return np.log(p / (1 - p))


def voiced_point(sentence: str, lang: str) -> str:
    """The text a message states for ``sentence``: its point, read by the kinds step, with any
    frame the kinds step takes off taken off."""
    from forum_messages.synth import kinds

    read = kinds.classify(sentence, lang)
    return kinds.voiced_text(read.point, lang, read.cuts)


#: one frame reading's case: (its setting, language, sentence, the message text)
FrameCase = tuple[str, str, str, str]


def frame_reading_tests(
    module: Any, read: Sequence[FrameCase], settings: Sequence[str]
) -> tuple[Any, Any, Any]:
    """The three checks every module of frame readings (``kind_cues_voice*``) is held to, as
    test functions to bind to ``test_*`` names in its test file: each case's frame is taken off
    (the message text is the case's), each case's setting off gives a text other than the
    case's, and the statement's kind and point are the same with every setting of ``settings``
    off (a frame reading changes the message text only)."""
    import pytest

    from forum_messages.synth import kinds

    cases = pytest.mark.parametrize(("setting", "lang", "sentence", "text"), read)

    @cases
    def taken_off(fresh: None, setting: str, lang: str, sentence: str, text: str) -> None:
        assert voiced_point(sentence, lang) == text

    @cases
    def setting_off(
        fresh: None,
        monkeypatch: pytest.MonkeyPatch,
        setting: str,
        lang: str,
        sentence: str,
        text: str,
    ) -> None:
        monkeypatch.setattr(module, setting, False)
        kinds.clear_caches()
        assert voiced_point(sentence, lang) != text

    @cases
    def kind_kept(
        fresh: None,
        monkeypatch: pytest.MonkeyPatch,
        setting: str,
        lang: str,
        sentence: str,
        text: str,
    ) -> None:
        on = kinds.classify(sentence, lang)
        for name in settings:
            monkeypatch.setattr(module, name, False)
        kinds.clear_caches()
        assert kinds.classify(sentence, lang) == on

    return taken_off, setting_off, kind_kept


def stays_whole_test(stay: Sequence[tuple[str, str]]) -> Any:
    """The check of a module of frame readings' look-alikes, as a test function to bind to a
    ``test_*`` name: each (language, sentence) of ``stay`` is its own message text whole."""
    import pytest

    @pytest.mark.parametrize(("lang", "sentence"), stay)
    def stays_whole(fresh: None, lang: str, sentence: str) -> None:
        assert voiced_point(sentence, lang) == sentence

    return stays_whole


def theme_run_view(
    embedder: Embedder,
    rows: Corpus,
    kinds: dict[str, str] | None = None,
    marked: Sequence[str] = (),
    read_marks: bool = False,
) -> Any:
    """What ``single_points`` reads of a theme's run (``theme_run._Run``'s fields), made from
    ``rows``: each statement's kind replaced by ``kinds`` (by its text), its point as the kinds
    step reads it, an attribution where its text is in ``marked`` (or, with ``read_marks``,
    where the kinds step marks it too, as every stage but the text's choice reads its marks:
    ``held_marks``)."""
    from dataclasses import replace
    from types import SimpleNamespace

    from forum_messages.synth import held_marks
    from forum_messages.synth.kinds import classify

    statements = [replace(st, kind=(kinds or {}).get(st.text, st.kind)) for st in rows.statements]
    langs = [st.language or "en" for st in statements]
    read = [classify(st.text, lang) for st, lang in zip(statements, langs, strict=True)]
    held_marks.text_only(statements, langs, read)
    texts = [k.point or st.text for k, st in zip(read, statements, strict=True)]
    return SimpleNamespace(
        statements=statements,
        sessions={s.code: s for s in rows.sessions},
        x=np.asarray(embedder.embed(texts)),
        texts=texts,
        langs=langs,
        attribution=[
            st.text in marked or (read_marks and k.attribution)
            for st, k in zip(statements, read, strict=True)
        ],
        fixed=memo_for(embedder),
        target=(1.0, 3.0),
    )


def dev_set_found(name: str, turn: Callable[[bool], None]) -> dict[bool, int]:
    """How many statements of the kinds development set ``kinds/<name>`` a module's readings
    read as labelled (a description as one, and else the attribution as labelled), with the
    readings off (``turn(False)``) and on (``turn(True)``); with either, no statement labelled
    a point is read as a description and none labelled no attribution is marked."""
    from forum_messages.synth.kinds import classify

    base = Path(str(resources.files("forum_messages") / "editions" / "evaluation"))
    items = load_kind_set(base / "kinds" / name)
    found = {}
    for on in (False, True):
        turn(on)
        said = [classify(it.text, it.language) for it in items]
        assert not any(
            k.kind == "descriptive"
            for k, it in zip(said, items, strict=True)
            if it.kind != "descriptive"
        )
        assert not any(
            k.attribution for k, it in zip(said, items, strict=True) if not it.attribution
        )
        found[on] = sum(
            (k.kind == "descriptive") == (it.kind == "descriptive")
            and (k.attribution == it.attribution or it.kind == "descriptive")
            for k, it in zip(said, items, strict=True)
        )
    return found


def set_aside(embedder: Embedder, cases: Sequence[tuple[str, str]]) -> list[bool]:
    """Whether each (language, text) of ``cases`` is set aside as a description as the
    pipeline reads it: by the kinds step's cues, then by the shipped descriptive model."""
    from forum_messages.synth.kinds import classify

    texts = [t for _, t in cases]
    langs = [lang for lang, _ in cases]
    kinds_ = [classify(t, lang) for t, lang in zip(texts, langs, strict=True)]
    open_ = [k.point or t for k, t in zip(kinds_, texts, strict=True)]
    x = np.asarray(embedder.embed(open_))
    record = record_register(open_, langs).tolist()
    model = DescriptiveModel().descriptive(x, open_, kinds_, embedder, record, langs=langs)
    return [k.kind == "descriptive" or m for k, m in zip(kinds_, model, strict=True)]


def attribution_switch_tests(
    module: Any, one_speaker: Sequence[tuple[str, str]], look_alikes: Sequence[tuple[str, str]]
) -> tuple[Any, Callable[[bool], None], Any, Any, Any]:
    """For a module of attribution patterns behind one ``ON`` setting: a ``switch`` fixture
    (the setting as shipped afterwards), the function that turns it, and the three checks to
    bind to ``test_*`` names: shipped on, each case of ``one_speaker`` marked with it on and not
    with it off, no case of ``look_alikes`` marked with it on."""
    import pytest

    from forum_messages.synth import kinds

    def turn(on: bool) -> None:
        module.ON = on
        kinds.clear_caches()

    @pytest.fixture
    def switch() -> Any:
        shipped = module.ON
        yield
        turn(shipped)

    def shipped_on() -> None:
        assert module.ON is True

    @pytest.mark.parametrize(("lang", "text"), one_speaker)
    def one_speaker_marked(lang: str, text: str, switch: None) -> None:
        turn(True)
        assert kinds.classify(text, lang).attribution
        turn(False)
        assert not kinds.classify(text, lang).attribution

    @pytest.mark.parametrize(("lang", "text"), look_alikes)
    def look_alike_unmarked(lang: str, text: str, switch: None) -> None:
        turn(True)
        assert not kinds.classify(text, lang).attribution

    return switch, turn, shipped_on, one_speaker_marked, look_alike_unmarked
