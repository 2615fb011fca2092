"""Bad sub-topic titles by class, and titles in a wrong grammatical form, per drafted file
and language, from what ``bench/titles.py`` printed (figures in docs/quality.md, steps 46
and 51).

Each title is put in the first class that applies: *no noun phrase* (read: ``NO_NOUN_PHRASE``,
pieces of a clause), *a speaker's words* (``bench/title_form.py``'s first-person fault),
*generic word* (its bare-word fault), *two topics joined* (a title the bench finds joined,
or a joined title it finds thin), *fits one or none* (thin or absent), *case* (miscased).
*Wrong form* counts the titles read as in a form no heading takes in their language
(``WRONG_FORM``: an oblique case, an article, a verb, a clause). The read lists hold what was
read in the drafts of step 51 (before and after); a title read later is added to them.

    python bench/titles.py ... > titles.out
    python bench/title_classes.py titles.out
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_LINE = re.compile(r"^(\S+)\s+(en|fr|es|ru|zh|ar)\s+(\S+)  (.*?)(?:  (?:× (.*))?)?$")
#: titles read as no noun phrase: a piece of a clause (steps 46 and 51)
NO_NOUN_PHRASE = frozenset(
    [
        "Молодёжь просит",
        "Поддерживали университеты",
        "Ресурсы на малых",
        "Региона без решения",
        "Autorité de protection des données et pouvoir",
        "Future of work and platform work",
        "L'État d'en assumer",
        "Fabricants de fournir",
        "Téléphones qui dorment",
        "Extranjeras necesitan",
        "Puntos de acceso público y pobres",
        "هاتف ابنها لتلقي",
        "办理",
        "Paying",
    ]
)
#: titles read as in a grammatical form no heading takes in their language (step 51)
WRONG_FORM = frozenset(
    [
        "Цифровую гигиену",
        "Региона без решения",
        "Региона",
        "Ресурсы на малых",
        "L'État d'en assumer",
        "Fabricants de fournir",
        "Téléphones qui dorment",
        "Extranjeras necesitan",
        "Puntos de acceso público y pobres",
        "هاتف ابنها لتلقي",
        "办理",
        "Paying",
    ]
)
CLASSES = (
    "no noun phrase",
    "speaker's words",
    "generic word",
    "two topics joined",
    "fits one or none",
    "case",
)
_JOINERS = (" and ", " et ", " y ", " и ", "与", " و")


def titles(printed: str) -> dict[tuple[str, str], dict[str, tuple[str, set[str]]]]:
    """Each drafted file's titles (by file and language): its form fault and the bench's
    flags (joined, absent, thin, capitals)."""
    out: dict[tuple[str, str], dict[str, tuple[str, set[str]]]] = {}
    where: tuple[str, str] | None = None
    pending: set[str] = set()  # "joined"/"absent" come before their title's line
    for line in printed.splitlines():
        m = _LINE.match(line)
        if m:
            name, language, _fit, title, fault = m.groups()
            where = (name, language)
            out.setdefault(where, {})[title] = (fault or "", set(pending))
            pending = set()
            continue
        for flag in ("joined", "absent", "thin", "capitals"):
            if not line.startswith(f"{flag}: "):
                continue
            if flag in ("joined", "absent"):
                pending.add(flag)
            elif where:
                title = re.sub(r" \([^()]*\)$", "", line[len(flag) + 2 :])
                if title in out[where]:
                    out[where][title][1].add(flag)
    return out


def kind(title: str, fault: str, flags: set[str]) -> str:
    """The first class that applies to a title, or ""."""
    if title in NO_NOUN_PHRASE:
        return CLASSES[0]
    if fault.startswith("a speaker"):
        return CLASSES[1]
    if fault.startswith("bare word"):
        return CLASSES[2]
    if "joined" in flags or ("thin" in flags and any(j in title for j in _JOINERS)):
        return CLASSES[3]
    if flags & {"thin", "absent"}:
        return CLASSES[4]
    return CLASSES[5] if "capitals" in flags else ""


def main(path: str) -> int:
    drafted = titles(Path(path).read_text(encoding="utf-8"))
    print("| file | language | titles | " + " | ".join(CLASSES) + " | bad | wrong form |")
    print("|---|---|---|" + "---|" * (len(CLASSES) + 2))
    sums = [0] * (len(CLASSES) + 3)
    for (name, language), found in drafted.items():
        counts = dict.fromkeys(CLASSES, 0)
        for title, (fault, flags) in found.items():
            k = kind(title, fault, flags)
            if k:
                counts[k] += 1
        wrong = [t for t in found if t in WRONG_FORM]
        cells = [len(found), *counts.values(), sum(counts.values()), len(wrong)]
        sums = [a + b for a, b in zip(sums, cells, strict=True)]
        tail = f" {'; '.join(wrong)}" if wrong else ""
        print(f"| {name} | {language} | " + " | ".join(map(str, cells)) + " |" + tail)
    print("| all | | " + " | ".join(map(str, sums)) + " |")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        raise SystemExit(2)
    raise SystemExit(main(sys.argv[1]))
