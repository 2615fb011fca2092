"""Synthetic editions for benchmarks: N statements shaped like real IGF session reports.

Texts are recombined from the bundled sample statements (``editions/sample/*.jsonl``): the
head clause of one statement is joined to the tail clause of another in the same language
(usually the same theme), then actors, places and numbers are varied, so every statement is
new, unique and of realistic length. Everything is seeded: the same (n, seed) always gives the
same reports, in the same order, with the same statement ids. No network, no model.

Shape (per edition): sessions with 2-4 key takeaways and 1-3 calls to action and 1-3
organisers (stakeholder group, regional group, country); NRI reports (national, regional,
youth) with 3-5 messages; about 30% of statements not in English; about 10% without a theme
(NRI reports and some sessions); a few sessions without a declared language; about 1%
procedural statements ("the session was well attended ...").

Usage::

    python bench/synthetic.py 3000 --seed 0            # print the shape of the edition
    python bench/synthetic.py 3000 --write out.jsonl    # write it as report records (JSONL)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from forum_messages.model import Corpus, Edition, Location, Organiser, Session, Statement

Report = dict[str, Any]

NON_ENGLISH = ("fr", "es", "ar", "ru", "zh")
#: Share of sessions per declared language (the rest of the 30% non-English split evenly).
SESSION_LANGUAGES = {"en": 0.70, "fr": 0.06, "es": 0.06, "ar": 0.06, "ru": 0.06, "zh": 0.06}
NO_LANGUAGE_SHARE = 0.03  # sessions that do not declare a language (text in English)
NO_THEME_SHARE = 0.055  # sessions without a theme (NRI reports never have one: ~10% in all)
NRI_SHARE = 0.05  # share of statements that come from NRI reports
PROCEDURAL_SHARE = 0.01
LONG_SHARE = 0.10  # statements of two sentences
FALLBACK_THEMES = ("trust", "innovation", "access", "cooperation")

SESSION_TYPES: tuple[tuple[str, str, float], ...] = (
    ("WS #{n}", "Workshop", 0.40),
    ("Open Forum #{n}", "Open Forum", 0.15),
    ("Lightning Talk #{n}", "Lightning Talk", 0.12),
    ("Networking Session #{n}", "Networking Session", 0.08),
    ("Day 0 Event #{n}", "Day 0 Event", 0.08),
    ("Dynamic Coalition #{n}", "Dynamic Coalition Session", 0.06),
    ("Parliamentary Track #{n}", "Parliamentary Track", 0.04),
    ("High-level Session {n}", "High-level Session", 0.03),
    ("Main Session {n}", "Main Session", 0.04),
)

COUNTRIES: dict[str, tuple[str, ...]] = {
    "African Group": (
        "Kenya", "Nigeria", "Senegal", "Ghana", "South Africa", "Egypt", "Tunisia", "Rwanda",
        "Ethiopia", "Côte d'Ivoire", "Cameroon", "Uganda", "Morocco", "Benin",
    ),
    "Asia-Pacific Group": (
        "India", "Indonesia", "Philippines", "Bangladesh", "Pakistan", "China", "Japan",
        "Republic of Korea", "Viet Nam", "Fiji", "Samoa", "Kazakhstan", "Nepal", "Lebanon",
        "Saudi Arabia",
    ),
    "Eastern European Group": (
        "Ukraine", "Poland", "Georgia", "Armenia", "Russian Federation", "Romania", "Serbia",
        "Estonia",
    ),
    "Latin American and Caribbean Group": (
        "Brazil", "Mexico", "Argentina", "Colombia", "Chile", "Peru", "Jamaica",
        "Trinidad and Tobago", "Ecuador",
    ),
    "Western European and Others Group": (
        "Norway", "Germany", "France", "United Kingdom", "United States", "Canada",
        "Australia", "Sweden", "Switzerland", "Spain", "Netherlands", "Israel",
    ),
}  # fmt: skip

#: Where organisers of a session in each language tend to come from (region weights).
REGION_WEIGHTS: dict[str, tuple[float, float, float, float, float]] = {
    # African, Asia-Pacific, Eastern European, Latin American and Caribbean, WEOG
    "en": (0.25, 0.25, 0.08, 0.12, 0.30),
    "fr": (0.60, 0.05, 0.05, 0.05, 0.25),
    "es": (0.02, 0.03, 0.02, 0.73, 0.20),
    "ar": (0.50, 0.40, 0.02, 0.02, 0.06),
    "ru": (0.02, 0.30, 0.60, 0.02, 0.06),
    "zh": (0.02, 0.85, 0.03, 0.03, 0.07),
}

FIRST_NAMES = (
    "Amina", "Tomás", "Priya", "Lars", "Fatou", "Harriet", "Kwame", "Mei", "Olga", "Diego",
    "Nadia", "Samuel", "Aisha", "Jun", "Elena", "Kofi", "Leila", "Mateo", "Sofia", "Ravi",
    "Ingrid", "Yusuf", "Chen", "Irina", "Carlos", "Zanele", "Hiroshi", "Marta", "Omar", "Ana",
)  # fmt: skip
LAST_NAMES = (
    "Wanjiru", "Ferreira", "Raghunathan", "Eriksen", "Ndiaye", "Cole", "Mensah", "Lin",
    "Petrova", "Ramírez", "Haddad", "Okafor", "Bello", "Tanaka", "Ivanova", "Asante", "Mansour",
    "Gómez", "Rossi", "Sharma", "Larsen", "Demir", "Wang", "Sokolova", "Mendes", "Dlamini",
    "Sato", "Nowak", "Farouk", "Silva",
)  # fmt: skip
ORGANISATIONS = (
    "Ministry of ICT", "Digital Rights Network", "National Regulatory Authority",
    "Internet Society Chapter", "University Research Centre", "Telecom Operators Association",
    "Open Data Institute", "Youth Coalition on Internet Governance", "Regional Registry",
    "Consumers International", "Development Bank", "Parliamentary Committee on ICT",
)  # fmt: skip

LEAD_INS: dict[str, tuple[str, ...]] = {
    "en": (
        "Participants stressed that ", "The session highlighted that ", "Speakers agreed that ",
        "It was noted that ", "Panellists emphasised that ",
    ),
    "fr": ("Les participants ont souligné que ", "Les intervenants ont rappelé que "),
    "es": ("Los participantes destacaron que ", "Los ponentes señalaron que "),
    "ru": ("Участники подчеркнули, что ", "Эксперты отметили, что "),
    "zh": ("与会者强调，", "发言者指出，"),
    "ar": ("أكد المشاركون أن ", "شدد المتحدثون على أن "),
}  # fmt: skip

PLACES: dict[str, tuple[str, ...]] = {
    "en": (
        "in the Pacific", "across West Africa", "in Central Asia", "in the Caribbean",
        "in South-East Asia", "in the Andean region", "in Eastern Europe", "in the Arab region",
        "in small island developing states", "in least developed countries",
        "in the Nordic countries", "in Latin America", "in rural areas", "in the Sahel",
    ),
    "fr": (
        "en Afrique de l'Ouest", "dans le Pacifique", "en Afrique centrale", "au Sahel",
        "dans les pays les moins avancés", "dans les Caraïbes", "dans les zones rurales",
    ),
    "es": (
        "en América Latina", "en la región andina", "en el Caribe", "en Centroamérica",
        "en los países menos adelantados", "en las zonas rurales",
    ),
    "ru": (
        "в Центральной Азии", "в Восточной Европе", "в сельских районах", "в Арктике",
        "в малых городах",
    ),
    "ar": (
        "في المنطقة العربية", "في شمال أفريقيا", "في دول الخليج", "في أقل البلدان نمواً",
        "في المناطق الريفية",
    ),
    "zh": ("在亚太地区", "在东南亚", "在发展中国家", "在农村地区", "在中亚"),
}  # fmt: skip

ACTORS: dict[str, tuple[str, ...]] = {
    "en": (
        "Governments", "Regulators", "Parliaments", "Development partners",
        "Technology companies", "Regional organisations", "National CERTs",
        "Civil society organisations", "Standards bodies", "Multilateral development banks",
        "Universities and research institutes", "Internet service providers",
        "Local authorities", "Donors",
    ),
    "fr": (
        "Les gouvernements", "Les régulateurs", "Les parlements", "Les bailleurs de fonds",
        "Les entreprises technologiques", "Les organisations régionales",
    ),
    "es": (
        "Los gobiernos", "Los reguladores", "Los parlamentos", "Las empresas tecnológicas",
        "Los organismos regionales", "Los donantes",
    ),
    "ru": (
        "Правительства", "Регуляторы", "Парламенты", "Технологические компании",
        "Региональные организации",
    ),
}  # fmt: skip
MODALS = {"en": " should ", "fr": " devraient ", "es": " deberían ", "ru": " должны "}

PROCEDURAL: tuple[str, ...] = (
    "The session was attended by about {n} participants on site and online, who thanked the "
    "organisers.",
    "The session ran {n} minutes over time and several questions from remote participants "
    "could not be answered.",
    "The recording and the {n} slides presented will be shared with participants after the "
    "session.",
    "The moderator opened the session, introduced the {n} speakers and explained the format.",
)

# Clause boundaries: "sep" is kept with the tail so head + sep + tail reads on.
_CUT = re.compile(r"(, |; | — | – |: |，|；|、|：|، |؛ )")
_NUMBER = re.compile(r"\d+")
_FINAL = (".", "!", "?", "。", "؟")


@dataclass(frozen=True)
class Piece:
    """A sample statement split at a clause boundary: head + sep + tail == text."""

    text: str
    head: str
    sep: str
    tail: str


def _split(text: str, language: str) -> Piece:
    """Cut nearest the middle at a clause boundary (else at a word, else a character)."""
    middle = len(text) / 2
    best: tuple[float, int, int] | None = None
    for m in _CUT.finditer(text):
        if 0.2 * len(text) < m.start() < 0.8 * len(text):
            cand = (abs(m.start() - middle), m.start(), m.end())
            if best is None or cand < best:
                best = cand
    if best is not None:
        _, a, b = best
        return Piece(text, text[:a], text[a:b], text[b:])
    if language != "zh":
        spaces = [i for i, ch in enumerate(text) if ch == " " and 0.3 * len(text) < i]
        if spaces:
            a = min(spaces, key=lambda i: abs(i - middle))
            return Piece(text, text[:a], " ", text[a + 1 :])
    a = int(middle)
    return Piece(text, text[:a], "", text[a:])


@dataclass
class SamplePools:
    """Sample statements by (language, role, theme); role is kt, cta or nri."""

    by_key: dict[tuple[str, str, str], list[Piece]]
    by_language: dict[str, list[Piece]]
    titles: dict[str, list[str]]

    def pick(self, rng: random.Random, language: str, role: str, theme: str | None) -> Piece:
        if theme is not None and rng.random() < 0.75:
            pool = self.by_key.get((language, role, theme)) or self.by_language[language]
        else:
            pool = self.by_language[language]
        return pool[rng.randrange(len(pool))]


def sample_dir() -> Path:
    return Path(str(resources.files("forum_messages") / "editions" / "sample"))


def load_pools(folder: Path | None = None) -> SamplePools:
    folder = folder or sample_dir()
    by_key: dict[tuple[str, str, str], list[Piece]] = {}
    by_language: dict[str, list[Piece]] = {}
    titles: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            language = rec.get("language") or "en"
            theme = rec.get("theme") or "*"
            if "session" in rec:
                titles.setdefault(language, []).append(str(rec.get("title") or rec["session"]))
            fields = (("key_takeaways", "kt"), ("calls_to_action", "cta"), ("messages", "nri"))
            for name, role in fields:
                for text in rec.get(name, []):
                    piece = _split(" ".join(str(text).split()), language)
                    by_key.setdefault((language, role, theme), []).append(piece)
                    by_language.setdefault(language, []).append(piece)
    missing = [lang for lang in ("en", *NON_ENGLISH) if lang not in by_language]
    if missing:
        raise RuntimeError(f"{folder}: no sample statements in {', '.join(missing)}")
    for lang in by_language:
        titles.setdefault(lang, titles.get("en", ["Session"]))
    return SamplePools(by_key, by_language, titles)


def bench_edition() -> Edition:
    """The bundled igf2025 preset, or (if it is not there) an edition with its four themes."""
    from forum_messages.edition import load_edition, parse_edition, preset_names

    if "igf2025" in preset_names():
        return load_edition("igf2025")
    return parse_edition(
        {
            "name": "Internet Governance Forum 2025 (benchmark)",
            "year": 2025,
            "language": "en",
            "themes": [{"key": k, "title": k.capitalize()} for k in FALLBACK_THEMES],
            "stakeholder_groups": [
                "Government", "Intergovernmental Organization", "Private Sector",
                "Civil Society", "Technical Community",
            ],
            "regional_groups": list(COUNTRIES),
            "global_south": {
                "regions": [
                    "African Group", "Asia-Pacific Group", "Latin American and Caribbean Group",
                ]
            },
        },
        "<benchmark edition>",
    )  # fmt: skip


class Generator:
    """Draws reports one by one; every statement text is unique across the edition."""

    def __init__(self, seed: int, edition: Edition, pools: SamplePools) -> None:
        self.rng = random.Random(seed)
        self.themes = edition.theme_keys() or FALLBACK_THEMES
        self.groups = edition.stakeholder_groups or ("Government", "Civil Society")
        self.regions = tuple(r for r in COUNTRIES if r in edition.regional_groups) or tuple(
            COUNTRIES
        )
        self.pools = pools
        self.seen: set[str] = set()
        self.counters: Counter[str] = Counter()
        self.nri_names: Counter[str] = Counter()
        self.fallbacks = 0  # statements that needed a numbered suffix to be unique

    # -- texts ----------------------------------------------------------------------------
    def _vary_numbers(self, text: str) -> str:
        def repl(m: re.Match[str]) -> str:
            digits = m.group(0)
            if len(digits) == 4 and digits.startswith(("19", "20")):
                return digits  # a year
            low = 10 ** (len(digits) - 1) if len(digits) > 1 else 2
            return str(self.rng.randint(low, 10 ** len(digits) - 1))

        return _NUMBER.sub(repl, text) if self.rng.random() < 0.6 else text

    def _place(self, text: str, language: str) -> str:
        place = self.rng.choice(PLACES[language])
        if language == "zh":
            return f"{place}，{text}"
        body = text.rstrip()
        end = body[-1] if body.endswith(_FINAL) else ""
        return f"{body[: len(body) - len(end)]} {place}{end or '.'}"

    def _actor(self, text: str, language: str) -> str:
        modal = MODALS.get(language)
        if modal is None:
            return text
        at = text.find(modal)
        if 0 < at < 70:
            return self.rng.choice(ACTORS[language]) + text[at:]
        return text

    def _lead_in(self, text: str, language: str) -> str:
        lead = self.rng.choice(LEAD_INS[language])
        if language in ("en", "fr", "es", "ru") and text[:1].isupper() and text[1:2].islower():
            text = text[0].lower() + text[1:]
        return lead + text

    def _compose(self, language: str, role: str, theme: str | None) -> str:
        a = self.pools.pick(self.rng, language, role, theme)
        b = self.pools.pick(self.rng, language, role, theme)
        if a is b or not a.sep:
            text = a.head + b.sep + b.tail if b.sep else a.text
        else:
            text = a.head + a.sep + b.tail
        if role == "cta" and self.rng.random() < 0.5:
            text = self._actor(text, language)
        text = self._vary_numbers(text)
        if self.rng.random() < 0.35:
            text = self._place(text, language)
        if role == "kt" and self.rng.random() < 0.2:
            text = self._lead_in(text, language)
        if self.rng.random() < LONG_SHARE:
            more = self.pools.pick(self.rng, language, role, theme).text
            text = text + ("" if language == "zh" else " ") + more
        return text

    def statement(self, language: str, role: str, theme: str | None) -> str:
        for _ in range(30):
            if language == "en" and role != "nri" and self.rng.random() < PROCEDURAL_SHARE:
                text = self.rng.choice(PROCEDURAL).format(n=self.rng.randint(12, 480))
            else:
                text = self._compose(language, role, theme)
            if text not in self.seen:
                self.seen.add(text)
                return text
        self.fallbacks += 1
        text = self._place(text, language)
        k = 2
        while f"{text} ({k})" in self.seen:
            k += 1
        text = f"{text} ({k})"
        self.seen.add(text)
        return text

    # -- records --------------------------------------------------------------------------
    def _language(self) -> str:
        r = self.rng.random()
        for lang, share in SESSION_LANGUAGES.items():
            if r < share:
                return lang
            r -= share
        return "en"

    def _region(self, language: str) -> str:
        weights = REGION_WEIGHTS[language]
        names = tuple(COUNTRIES)
        region = self.rng.choices(names, weights=weights)[0]
        return region if region in self.regions else self.rng.choice(self.regions)

    def _organisers(self, language: str) -> list[dict[str, str]]:
        out = []
        for _ in range(self.rng.choice((1, 2, 2, 2, 3, 3))):
            region = self._region(language)
            org: dict[str, str] = {
                "name": f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"
                if self.rng.random() < 0.7
                else self.rng.choice(ORGANISATIONS),
                "country": self.rng.choice(COUNTRIES[region]),
            }
            if self.rng.random() < 0.95:
                org["stakeholder_group"] = self.rng.choice(self.groups)
            if self.rng.random() < 0.97:
                org["region"] = region
            out.append(org)
        return out

    def session(self, budget: int) -> Report:
        code_fmt, type_name, _ = self.rng.choices(
            SESSION_TYPES, weights=[w for _, _, w in SESSION_TYPES]
        )[0]
        self.counters[code_fmt] += 1
        code = code_fmt.format(n=self.counters[code_fmt])
        language = self._language()
        theme = None if self.rng.random() < NO_THEME_SHARE else self.rng.choice(self.themes)
        n_kt = self.rng.choice((2, 3, 3, 3, 4))
        n_cta = self.rng.choice((1, 2, 2, 2, 3))
        n_kt = max(1, min(n_kt, budget - 1)) if budget > 1 else 1
        n_cta = min(n_cta, budget - n_kt)
        rec: Report = {
            "session": code,
            "title": self.rng.choice(self.pools.titles[language]),
            "type": type_name,
        }
        if theme is not None:
            rec["theme"] = theme
        declared = self.rng.random() >= NO_LANGUAGE_SHARE
        text_lang = language if declared else "en"
        if declared:
            rec["language"] = language
        if type_name != "Main Session" or self.rng.random() < 0.5:
            rec["organisers"] = self._organisers(text_lang)
        rec["key_takeaways"] = [self.statement(text_lang, "kt", theme) for _ in range(n_kt)]
        if n_cta > 0:
            rec["calls_to_action"] = [self.statement(text_lang, "cta", theme) for _ in range(n_cta)]
        return rec

    def nri(self, budget: int) -> Report:
        language = self.rng.choices(
            ("en", *NON_ENGLISH), weights=(0.6, 0.1, 0.1, 0.07, 0.07, 0.06)
        )[0]
        region = self._region(language)
        country = self.rng.choice(COUNTRIES[region])
        kind = self.rng.choices(("national", "regional", "youth"), weights=(0.6, 0.25, 0.15))[0]
        base = {
            "national": f"{country} IGF",
            "regional": f"{region.split(' Group')[0]} Regional IGF",
            "youth": f"Youth IGF {country}",
        }[kind]
        self.nri_names[base] += 1
        count = self.nri_names[base]
        code = base if count == 1 else f"{base} {count}"
        rec: Report = {"nri": code, "kind": kind}
        if kind != "regional":
            rec["country"] = country
        rec["region"] = region
        rec["language"] = language
        n = min(self.rng.choice((3, 4, 4, 5)), budget)
        rec["messages"] = [self.statement(language, "nri", None) for _ in range(n)]
        return rec


def generate_reports(
    n_statements: int, seed: int = 0, edition: Edition | None = None
) -> list[Report]:
    """Report records (the shape of the sample JSONL) holding exactly ``n_statements``."""
    if n_statements < 1:
        raise ValueError("n_statements must be 1 or more")
    gen = Generator(seed, edition or bench_edition(), load_pools())
    reports: list[Report] = []
    left = n_statements
    nri_left = round(n_statements * NRI_SHARE)
    while left > 0:
        # Spread NRI reports through the edition, in proportion to what is left.
        if nri_left >= 3 and gen.rng.random() < nri_left / left * 1.1:
            rec = gen.nri(min(left, nri_left))
            nri_left -= len(rec["messages"])
        else:
            rec = gen.session(left)
        left -= sum(len(rec.get(k, ())) for k in ("key_takeaways", "calls_to_action", "messages"))
        reports.append(rec)
    return reports


def statement_id(session: str, kind: str, text: str) -> str:
    """Same recipe as ingest: a hash of session code, kind and text."""
    payload = "\x1f".join((session, kind, text))
    return "st-" + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]


def build_corpus(reports: Sequence[Report], file: str = "synthetic.jsonl") -> Corpus:
    """Model records straight from report records (what ingest would produce, no checks)."""
    sessions: list[Session] = []
    statements: list[Statement] = []
    for line, rec in enumerate(reports, start=1):
        is_nri = "nri" in rec
        code = str(rec["nri"] if is_nri else rec["session"])
        language = rec.get("language")
        theme = rec.get("theme")
        organisers = tuple(
            Organiser(
                name=o["name"],
                stakeholder_group=o.get("stakeholder_group"),
                region=o.get("region"),
                country=o.get("country"),
            )
            for o in rec.get("organisers", ())
        )
        where = Location(file, line)
        if is_nri:
            session = Session(
                code=code, title=code, type="NRI report", theme=theme, language=language,
                organisers=organisers, location=where, kind="nri", nri_kind=rec.get("kind"),
                country=rec.get("country"), region=rec.get("region"),
            )  # fmt: skip
        else:
            session = Session(
                code=code, title=str(rec.get("title", "")), type=str(rec.get("type", "")),
                theme=theme, language=language, organisers=organisers, location=where,
            )  # fmt: skip
        sessions.append(session)
        index = 0
        for name, kind in (
            ("key_takeaways", "key_takeaway"),
            ("calls_to_action", "call_to_action"),
            ("messages", "nri_message"),
        ):
            for i, text in enumerate(rec.get(name, ())):
                statements.append(
                    Statement(
                        id=statement_id(code, kind, text),
                        session=code,
                        kind=kind,
                        index=index,
                        text=text,
                        language=language,
                        theme=theme,
                        location=Location(file, line, f"{name}[{i}]"),
                    )
                )
                index += 1
    return Corpus(tuple(sessions), tuple(statements))


def synthetic_corpus(n_statements: int, seed: int = 0, edition: Edition | None = None) -> Corpus:
    return build_corpus(generate_reports(n_statements, seed, edition), f"synthetic-{n_statements}")


def describe(corpus: Corpus) -> dict[str, object]:
    """The shape of a corpus: counts by language, theme, kind; text lengths."""
    sessions = corpus.session_map()
    n = len(corpus.statements)
    langs = Counter(sessions[s.session].language or "undeclared" for s in corpus.statements)
    lengths = sorted(len(s.text) for s in corpus.statements)
    return {
        "statements": n,
        "sessions": sum(1 for s in corpus.sessions if s.kind == "session"),
        "nri_reports": sum(1 for s in corpus.sessions if s.kind == "nri"),
        "kinds": dict(sorted(Counter(s.kind for s in corpus.statements).items())),
        "languages": dict(sorted(langs.items())),
        "non_english_share": round(
            sum(v for k, v in langs.items() if k not in ("en", "undeclared")) / max(n, 1), 3
        ),
        "no_theme_share": round(
            sum(1 for s in corpus.statements if s.theme is None) / max(n, 1), 3
        ),
        "chars_mean": round(sum(lengths) / max(n, 1), 1),
        "chars_p50": lengths[n // 2] if n else 0,
        "chars_max": lengths[-1] if n else 0,
        "unique_texts": len({s.text for s in corpus.statements}),
    }


def write_jsonl(reports: Sequence[Report], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for rec in reports:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of statements")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--write", type=Path, help="write the reports to this JSONL file")
    args = parser.parse_args(argv)
    reports = generate_reports(args.n, args.seed)
    if args.write:
        write_jsonl(reports, args.write)
    print(json.dumps(describe(build_corpus(reports)), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
