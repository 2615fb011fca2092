"""The theme read at the message level: what the draft's messages of two or more sources would
read as their theme, and what moving them would mend and break (docs/quality.md, themes step
31).

Drafts each realistic report file with the real pipeline (``theme_off_sources.record``: the
theme step's scores before and after the session vote are kept). For every message of two or
more sources it reads:

- *the mean reading*: the mean of its statements' own theme scores (before the session vote),
  the theme it prefers and by how much over the message's own theme; the same for the
  statement the message's text is taken from (its core) alone;
- *the partners' theme*: the theme in which the core's likeliest same-point partners of other
  sessions outside the message (the shipped pair model, ``theme_off_sources.partners``) sit.

Prints the messages of another theme's off source where it is the message's point that the
theme step misplaced (``theme_off_sources``' class), with each reading, then, for each rule, the
statements it would move: into the editor's theme (mends), out of it (breaks) or neither, and
the off-point messages of the theme class it reaches.

    cd bench && ../.venv/bin/python message_themes.py \\
        ../src/forum_messages/editions/evaluation/reports/dev-*.yaml

With ``MESSAGE_THEMES_DUMP`` set to a file name, each message's readings, declared and editor's
themes and its core's partners are written there as JSON.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from typing import Any

import numpy as np
from common import entry, file_name
from theme_off_sources import partners, record

from forum_messages.evaluation.material import load_material
from forum_messages.evaluation.realistic import _source_of_text, impure_messages
from forum_messages.nlp.base import memo_for
from forum_messages.nlp.use import USEEmbedder

MARGINS = (0.0, 0.02, 0.05, 0.1)
BARS = (0.6, 0.7, 0.8)
#: A file to write each message's readings to (JSON), for rules read without a new draft.
DUMP = os.environ.get("MESSAGE_THEMES_DUMP", "")


def readings(pre: Any, keys: list[str], ids: list[int], core: int, theme: str) -> dict[str, Any]:
    """The mean reading of the message's statements and its core's, each as (best theme,
    its lead over the message's theme)."""
    t = keys.index(theme)
    out: dict[str, Any] = {}
    for name, rows in (("mean", ids), ("core", [core])):
        mean = np.round(pre[rows].mean(axis=0), 6)
        best = int(np.argmax(mean))
        out[name] = (keys[best], round(float(mean[best] - mean[t]), 6), mean)
    return out


def main(paths: list[str]) -> int:
    embedder = memo_for(USEEmbedder())
    totals: dict[str, Counter[str]] = {}
    dump: dict[str, Any] = {}
    keys_of: dict[str, list[str]] = {}
    for path in paths:
        name = file_name(path)
        material = load_material(path)
        seen = record(material, embedder, {})
        keys = list(material.edition.theme_keys())
        keys_of[name] = keys
        st = material.corpus.statements
        row = {s.id: i for i, s in enumerate(st)}
        texts = {s.id: s.text for s in st}
        pre = seen.get("pre")
        if pre is None:
            pre = np.zeros((len(st), len(keys)))
        gold = [material.theme_of(s.id) for s in st]
        declared = seen["declared"]
        draft = seen["draft"]
        # the off-point messages of the theme class whose point is the misplaced side
        target: set[str] = set()
        for m in impure_messages(material, draft):
            mtheme = material.points[m.point].theme if m.point in material.points else None
            ids = [row[s.statement] for s in m.sources]
            off = [
                row[s.statement]
                for s in m.sources
                if s.point in material.points and material.points[s.point].theme != mtheme
            ]
            if any(gold[i] == seen["themed"].theme[i] for i in off):
                target.add(m.message)
        count: Counter[str] = Counter()
        messages = [(t.key, msg) for t in draft.themes for tp in t.topics for msg in tp.messages]
        multi = [(k, m) for k, m in messages if len(m.sources) >= 2]
        cores = {m.id: row[_source_of_text(m, texts)] for _k, m in multi}
        near = partners(seen, material, sorted(set(cores.values())))
        print(f"== {name}: {len(multi)} messages of two or more, {len(target)} of the class")
        for key, m in multi:
            ids = [row[s.statement] for s in m.sources]
            core = cores[m.id]
            read = readings(pre, keys, ids, core, key)
            outside = [(p, j) for p, j in near.get(core, []) if j not in ids]
            if m.id in target:
                print(f"  message of {len(ids)} in {key}: {m.text[:90]}")
                for name_, (best, lead, mean) in read.items():
                    scores = " ".join(f"{k[:6]}={v:.3f}" for k, v in zip(keys, mean, strict=True))
                    print(f"     {name_}: {scores} -> {best} by {lead:.3f}")
                for i in ids:
                    print(
                        f"     {'core' if i == core else '    '} {st[i].id} declared {declared[i]}"
                        f" editor {gold[i]} point {material.answers[st[i].id].point}"
                    )
                for p, j in outside:
                    print(f"     partner {p:.2f} in {seen['themed'].theme[j]} (editor {gold[j]})")
            rules: dict[str, str | None] = {}
            for m_ in MARGINS:
                for who in ("mean", "core"):
                    best, lead, _mean = read[who]
                    rules[f"{who} reading above by > {m_}"] = best if lead > m_ else None
            for bar in BARS:
                strong = Counter(seen["themed"].theme[j] for p, j in outside if p >= bar)
                top = strong.most_common(1)
                rules[f"core's partners outside >= {bar}"] = top[0][0] if top else None
                # two other sessions' statements at the bar in one theme
                sessions = Counter(
                    t_
                    for t_, _s in {
                        (seen["themed"].theme[j], st[j].session) for p, j in outside if p >= bar
                    }
                ).most_common()
                two = sessions[0][0] if sessions and sessions[0][1] >= 2 else None
                if len(sessions) > 1 and sessions[1][1] == sessions[0][1]:
                    two = None
                rules[f"two sessions' partners outside >= {bar}"] = two
                # the partners' theme when the mean reading puts it above the message's own
                if top:
                    t_ = keys.index(top[0][0])
                    lead = float(read["mean"][2][t_] - read["mean"][2][keys.index(key)])
                    rules[f"partners >= {bar} and mean reading agrees"] = (
                        top[0][0] if round(lead, 6) > 0 else None
                    )
            every_declared = all(declared[i] is not None for i in ids)
            for rule, to in rules.items():
                if to is None or to == key:
                    continue
                for scope in ("all", "undeclared"):
                    if scope == "undeclared" and every_declared:
                        continue
                    label = f"{rule} [{scope}]"
                    count[f"{label}: messages"] += 1
                    count[f"{label}: reaches the class"] += m.id in target
                    for i in ids:
                        if scope == "undeclared" and declared[i] is not None:
                            continue
                        if gold[i] is None:
                            continue
                        if gold[i] == to:
                            count[f"{label}: mends"] += 1
                        elif gold[i] == key:
                            count[f"{label}: breaks"] += 1
                        else:
                            count[f"{label}: neither"] += 1
        totals[name] = count
        dump[name] = [
            {
                "theme": key,
                "core": cores[m.id],
                "rows": [row[s.statement] for s in m.sources],
                "class": m.id in target,
                "reading": {
                    str(i): [round(float(v), 6) for v in pre[i]]
                    for i in [row[s.statement] for s in m.sources]
                },
                "declared": {str(row[s.statement]): declared[row[s.statement]] for s in m.sources},
                "gold": {str(row[s.statement]): gold[row[s.statement]] for s in m.sources},
                "partners": [
                    (p, seen["themed"].theme[j], st[j].session)
                    for p, j in near.get(cores[m.id], [])
                ],
            }
            for key, m in multi
        ]
    if DUMP:
        with open(DUMP, "w", encoding="utf-8") as f:
            json.dump({"keys": keys_of, "files": dump}, f)
    names = list(totals)
    labels = sorted({k for c in totals.values() for k in c})
    for k in labels:
        print(k.ljust(70) + "".join(str(totals[n][k]).rjust(8) for n in names))
    print("".ljust(70) + "".join(n[-7:].rjust(8) for n in names))
    return 0


if __name__ == "__main__":
    entry(main, __doc__)
