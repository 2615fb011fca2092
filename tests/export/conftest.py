"""A small, realistic Draft written by hand: two themes, four topics, five messages (one left in
Chinese), Arabic and hostile statements, not-reflected items, ledgers and a pipeline."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from forum_messages import taxonomy
from forum_messages.model import (
    Assignment,
    Component,
    Draft,
    DraftTheme,
    Edition,
    Frameworks,
    GlobalSouth,
    Ledger,
    Location,
    Message,
    NotReflected,
    Organiser,
    Session,
    SourceRef,
    Tag,
    ThemeSpec,
    Topic,
)

HOSTILE = (
    "Stop <script>alert(1)</script> now | pipes | and *stars* _under_ `code` "
    "[link](javascript:alert(2)) &amp; # not a heading"
)
ARABIC = "يجب سد الفجوة الرقمية بين المناطق الحضرية والريفية من خلال استثمارات في البنية التحتية."
ARABIC_CTA = "ندعو الحكومات إلى دعم الشبكات المجتمعية في المناطق النائية."
CHINESE = "应加强发展中国家的网络安全能力建设，并促进区域合作。"

LABELS = {
    "en": {"gdc": "GDC", "wsis": "WSIS", "sdg": "SDGs"},
    "fr": {"gdc": "PNM", "wsis": "SMSI", "sdg": "ODD"},
    "ar": {"gdc": "الميثاق", "wsis": "القمة", "sdg": "الأهداف"},
}


@pytest.fixture(autouse=True)
def fixed_labels(monkeypatch: pytest.MonkeyPatch) -> None:
    """Framework labels that do not depend on the taxonomy files."""
    monkeypatch.setattr(
        taxonomy, "framework_labels", lambda lang: dict(LABELS.get(lang, LABELS["en"]))
    )


def ledger(
    statements: int,
    sessions: int,
    nri: int = 0,
    groups: dict[str, int] | None = None,
    regions: dict[str, int] | None = None,
    languages: dict[str, int] | None = None,
    south: float | None = 0.5,
) -> Ledger:
    return Ledger(
        statements=statements,
        sessions=sessions,
        nri_inputs=nri,
        stakeholder_groups=groups or {},
        regions=regions or {},
        languages=languages or {"en": statements},
        global_south_share=south,
    )


def session(code: str, title: str, type_: str, theme: str | None, lang: str, *org: Organiser,
            kind: str = "session") -> Session:  # fmt: skip
    return Session(
        code=code,
        title=title,
        type=type_,
        theme=theme,
        language=lang,
        organisers=org,
        location=Location("reports.csv", 2, "code"),
        kind=kind,  # type: ignore[arg-type]
        nri_kind="national" if kind == "nri" else None,
        country="Kenya" if kind == "nri" else None,
        region="African Group" if kind == "nri" else None,
    )


SESSIONS = (
    session("WS #12", "Cyber capacity in the Global South", "Workshop", "trust", "en",
            Organiser("CIPESA", "Civil Society", "African Group", "Uganda")),
    session("Open Forum #3", "National CERTs working together", "Open Forum", "trust", "en",
            Organiser("Ministry of Digital Affairs", "Government", "WEOG", "Norway")),
    session("WS #45", "亚太网络安全合作", "Workshop", "trust", "zh",
            Organiser("APNIC", "Technical Community", "Asia-Pacific Group", "China")),
    session("WS #99", "Platforms & <b>dark patterns</b>", "Workshop", "trust", "en",
            Organiser("Acme", "Private Sector", "WEOG", None)),
    session("LT #7", "ربط المناطق الريفية", "Lightning Talk", "access", "ar",
            Organiser("ISOC Egypt", "Technical Community", "African Group", "Egypt")),
    session("Main #1", "Universal access", "Main Session", "access", "en",
            Organiser("IGF Secretariat", "Intergovernmental Organization", None, None)),
    session("KE-IGF", "Kenya IGF 2025", "NRI report", None, "en", kind="nri"),
)  # fmt: skip


def assignment(
    sid: str,
    sess: str,
    kind: str,
    text: str,
    lang: str,
    theme: str | None,
    topic: str | None,
    message: str | None,
    inferred: bool = False,
) -> Assignment:
    return Assignment(
        id=sid,
        session=sess,
        kind=kind,
        text=text,
        language=lang,
        language_confidence=0.987654,
        theme=theme,
        theme_confidence=0.75 if inferred else 1.0,
        theme_inferred=inferred,
        needs_review=inferred,
        topic=topic,
        message=message,
    )


STATEMENTS = (
    assignment("s01", "WS #12", "key_takeaway", "Cyber capacity building must reach small "
               "developing states.", "en", "trust", "t1", "m1"),
    assignment("s02", "Open Forum #3", "call_to_action", "CERTs should share threat "
               "intelligence across borders.", "en", "trust", "t1", "m1"),
    assignment("s03", "KE-IGF", "nri_message", "Kenya calls for regional cyber drills.", "en",
               "trust", "t1", "m1", inferred=True),
    assignment("s04", "WS #45", "key_takeaway", CHINESE, "zh", "trust", "t1", "m2"),
    assignment("s05", "WS #99", "call_to_action", HOSTILE, "en", "trust", "t2", "m3"),
    assignment("s06", "WS #12", "call_to_action", "Platforms should be transparent about "
               "recommender systems.", "en", "trust", "t2", "m3"),
    assignment("s07", "LT #7", "key_takeaway", ARABIC, "ar", "access", "t3", "m4"),
    assignment("s08", "Main #1", "key_takeaway", "Affordability remains the main barrier to "
               "meaningful connectivity.", "en", "access", "t3", "m4"),
    assignment("s09", "Main #1", "call_to_action", "Governments should fund community "
               "networks.", "en", "access", "t4", "m5"),
    assignment("s10", "Open Forum #3", "key_takeaway", "Quantum-safe cryptography needs a "
               "migration plan.", "en", "trust", None, None),
    assignment("s11", "WS #99", "key_takeaway", HOSTILE, "en", "access", None, None),
    assignment("s12", "LT #7", "call_to_action", "", "ar", None, None, None),
    assignment("s13", "LT #7", "call_to_action", ARABIC_CTA, "ar", "access", None, None),
)  # fmt: skip


def message(mid: str, text: str, lang: str, refs: list[tuple[str, str, float]],
            tags: tuple[Tag, ...] = (), translated: bool = True) -> Message:  # fmt: skip
    return Message(
        id=mid,
        text=text,
        language=lang,
        translated=translated,
        sources=tuple(SourceRef(s, sess, sim) for s, sess, sim in refs),
        tags=tags,
        ledger=ledger(len(refs), len({sess for _s, sess, _sim in refs}), south=1 / 3),
    )


M1 = message(
    "m1",
    "Cyber capacity building is essential for developing states, and CERTs should share "
    "threat intelligence across borders, supported by regional cyber drills.",
    "en",
    [("s01", "WS #12", 0.812345), ("s02", "Open Forum #3", 0.7), ("s03", "KE-IGF", 0.65)],
    (Tag("gdc", "3", 0.41), Tag("wsis", "C5", 0.77777777)),
)
M2 = message("m2", CHINESE, "zh", [("s04", "WS #45", 1.0)], translated=False)
M3 = message(
    "m3",
    "Platforms should not use *dark patterns* <b>ever</b> | and be transparent about "
    "recommender systems.",
    "en",
    [("s05", "WS #99", 0.6), ("s06", "WS #12", 0.72)],
)
M4 = message(
    "m4",
    "Affordability and rural infrastructure remain the main barriers to meaningful connectivity.",
    "en",
    [("s07", "LT #7", 0.66), ("s08", "Main #1", 0.9)],
    (Tag("sdg", "9", 0.5),),
)
M5 = message("m5", "Governments should fund community networks.", "en", [("s09", "Main #1", 1)])

EDITION = Edition(
    name={"en": "IGF 2025", "fr": "FGI 2025", "ar": "منتدى حوكمة الإنترنت 2025"},
    year=2025,
    language="en",
    themes=(
        ThemeSpec("trust", {"en": "Building Digital Trust and Resilience"}),
        ThemeSpec("access", {"en": "Building Universal Access and Digital Rights"}),
        ThemeSpec("cooperation", {"en": "Building Digital Cooperation"}),
    ),
    place={"en": "Lillestrøm, Norway", "fr": "Lillestrøm (Norvège)"},
    dates=("2025-06-23", "2025-06-27"),
    overarching_theme={"en": "Building Digital Governance Together"},
    review=("2025-06-27", "2025-07-14"),
    stakeholder_groups=("Government", "Civil Society", "Private Sector"),
    regional_groups=("African Group", "WEOG"),
    global_south=GlobalSouth(regions=("African Group", "Asia-Pacific Group")),
    intro={
        "en": "The {sessions} sessions of the meeting in {place} ({dates}) made {statements} "
        "statements, grouped under {themes} themes. Review: {review_opens} to {review_closes}. "
        "{unknown} stays as written.",
    },
    disclaimer={"en": "This is a draft produced with the help of software; it is not official."},
    source="igf2025.yaml",
)


def make_draft(language: str = "en") -> Draft:
    trust = DraftTheme(
        key="trust",
        title="Building Digital Trust and Resilience",
        description="Trust and resilience underpin the digital economy.",
        issue_areas=("Cybersecurity", "Information integrity"),
        frameworks=Frameworks(gdc=("1", "3"), wsis=("C5",), sdg=("9", "16")),
        topics=(
            Topic("t1", "Cyber capacity building", ("capacity", "CERT"), (M1, M2)),
            Topic("t2", "Platforms & *information* integrity", ("platforms",), (M3,)),
        ),
        ledger=ledger(
            6,
            5,
            1,
            {"Civil Society": 2, "Government": 1, "Technical Community": 1, "Private Sector": 1},
            {"African Group": 2, "WEOG": 2, "Asia-Pacific Group": 1},
            {"en": 5, "zh": 1},
            0.6,
        ),
    )
    access = DraftTheme(
        key="access",
        title="Building Universal Access and Digital Rights",
        description="",
        issue_areas=(),
        frameworks=Frameworks(sdg=("9",)),
        topics=(
            Topic("t3", "Meaningful connectivity", ("connectivity",), (M4,)),
            Topic("t4", "Community networks", (), (M5,)),
        ),
        ledger=ledger(
            3,
            2,
            0,
            {"Technical Community": 1, "Intergovernmental Organization": 1},
            {"African Group": 1},
            {"ar": 1, "en": 2},
            None,
        ),
    )
    not_reflected = (
        NotReflected("s10", "Open Forum #3", "trust", "single_session", "Only one session said "
                     "this."),
        NotReflected("s11", "WS #99", "access", "off_topic", ""),
        NotReflected("s12", "LT #7", None, "empty", "The statement has no text."),
        NotReflected("s13", "LT #7", "access", "single_session", ""),
    )  # fmt: skip
    return Draft(
        edition=EDITION,
        language=language,
        themes=(trust, access),
        not_reflected=not_reflected,
        statements=STATEMENTS,
        sessions=SESSIONS,
        ledger=ledger(
            13,
            7,
            1,
            {"Civil Society": 1, "Government": 1, "Technical Community": 2},
            {"African Group": 3, "WEOG": 2},
            {"en": 9, "zh": 1, "ar": 3},
            0.5714285,
        ),
        pipeline=(
            Component("embedder", "fake", {"dim": 64, "seed": 1}),
            Component("clusterer", "agglomerative", {"threshold": 0.55555555, "langs": ("en",)}),
        ),
    )


@pytest.fixture
def draft() -> Draft:
    return make_draft("en")


@pytest.fixture
def draft_ar() -> Draft:
    return make_draft("ar")


@pytest.fixture
def clean_registry() -> Iterator[None]:
    """Restore the renderer registry after a test that registers plugins."""
    from forum_messages import export

    saved = dict(export.RENDERERS)
    yield
    export.RENDERERS.clear()
    export.RENDERERS.update(saved)
