"""Signals that read the claim of two statements, not only their subject (docs/quality.md,
step 17).

Drafts each realistic report file with the real pipeline (its message grouper given the
parameters on the command line as JSON, as ``grouping_terms.py``; none: the defaults) and
takes the pairs a message's core (``point_check.core``) makes with each other member that
makes a point, in the groups as they were before the same-point check, labelled by the
editor's answers (one point or not), as ``pair_messages.py``. For each pair it computes:

- ``masked``: the cosine of the two statements re-embedded with the content terms they share
  taken out of both (what is left of each claim once the common words are gone);
- ``predicate``: the cosine of what follows the first marker of a call in each ("should",
  "deben", "doivent", "следует", "يجب", "应当", ...: what is asked), re-embedded; the whole
  statement where there is none;
- ``local``: the cosine after half the mean of the ten statements of the theme nearest the
  pair is taken out of both (the subject's neighbourhood, where ``centred`` takes out the
  whole theme's mean);
- ``action`` and ``actor``: +1 when the two name one class of action asked (fund, make
  permanent, regulate, disclose, teach, include, connect, protect, cooperate) or one class
  of addressee (states, companies, the forum, schools, groups of people), -1 when both name
  some and none in common, 0 otherwise; read from the content terms by stem lists in the six
  languages written for this measurement;
- ``spread`` (messages of three or more): the core's cosine with the source less its mean
  cosine with the message's other sources (a source far from the core for its message).

Prints each signal's AUC on all pairs and per file, and the out-of-fold AUC (each file scored
by a logistic regression fitted on the other files) of the core model's features
(``CORE_FEATURES``), of the large model's (``LARGE_FEATURES``) and of the core model's with
each signal added.

    cd bench && ../.venv/bin/python claim_signals.py '' \\
        ../src/forum_messages/editions/evaluation/reports/*.yaml
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
from common import entry
from grouping_terms import auc, before_check, by_file, core_pairs, each_theme, pair_features
from sklearn.linear_model import LogisticRegression

from forum_messages.evaluation.material import Material
from forum_messages.nlp.base import Embedder
from forum_messages.nlp.segment import words
from forum_messages.synth.evidence import content_terms
from forum_messages.synth.same_point import CORE_FEATURES, FEATURES, LARGE_FEATURES

#: The first marker of a call, per language: what follows it is what is asked.
CALLS = {
    "en": r"\b(should|must|needs? to|ought to|ha(?:s|ve) to|calls? (?:on|for)|urged?|"
    r"recommends?|is (?:needed|essential)|are (?:needed|essential))\b",
    "es": r"\b(deben|debe|deberían|debería|hay que|es necesario|es preciso|recomienda|piden?|"
    r"propone|urge|exige)\b",
    "fr": r"\b(doit|doivent|devrait|devraient|il faut|appellen?t? à|recommande|demande|"
    r"est nécessaire|sont nécessaires)\b",
    "ru": r"(следует|должн\w*|необходимо|нужно|призыва\w*|рекоменд\w*|требуется)",
    "ar": r"(يجب|ينبغي|لا بد|ضرورة|يدعو|دعا|حث|يتعين)",
    "zh": r"(应当|应该|必须|需要|呼吁|建议|应)",
}
#: Stems (prefixes of content terms; words of Chinese) naming a class of action asked.
ACTIONS = {
    "fund": "fund finan budge grant money resou subsi donor | finan fondo presu recur subsi | "
    "finan fonds budg resso subve | финан бюдже ресур средс фонд | تموي موارد ميزان مالي | "
    "资金 经费 预算 资助 拨款 筹资 供资 出资 财政",
    "permanent": "manda perma insti forma recog | manda perma insti recon | "
    "manda perma insti péren recon | манда посто инсти призн | ولاي دائم مؤسس | "
    "授权 常设 永久 制度化 机制化 任务",
    "regulate": "regul law legis ban prohi oblig requi | regul ley leyes legis prohi oblig exig | "
    "régle règle loi lois légis oblig exige | регул закон запре обяза | قانو تشري حظر إلزا | "
    "监管 法律 立法 法规 禁止 强制",
    "disclose": "label discl publi repor water prove | etiqu publi divul infor | "
    "étiqu publi divul rappo | марки публи раскр отчи прозр | وسم نشر إفصا شفاف | "
    "标识 标注 公开 披露 透明 报告",
    "teach": "teach train skill educa liter schoo curri | educa forma capac alfab escue enseñ "
    "habil docen | forma éduca ensei compé école alpha | обуче образ навык грамо учите школ "
    "подго | تدري تعلي مهار مدرس تأهي | 教育 培训 技能 素养 教师 学校 学生",
    "include": "parti inclu consu stake voice | parti inclu consu | parti inclu consu | "
    "участ вовле включ консу | مشار إشرا شمول تشاو | 参与 包容 纳入 协商",
    "connect": "conne acces cable infra cover affor price cost | conec acces infra cable cober "
    "asequ preci costo | conne accès acces câble infra couve coût prix | подкл досту инфра "
    "кабел покры стоим цен | اتصا نفاذ وصول بنية كابل تغطي تكلف سعر | 连接 接入 联网 基础设施 "
    "光缆 海缆 覆盖 费用 价格 资费 上网",
    "protect": "prote secur safe right encry | prote segur derec cifr | prote sécur droit chiff "
    "| защит безоп прав шифр | حماي أمن حقوق خصوص تشفي | 保护 安全 权利 隐私 加密",
    "cooperate": "coope coord harmo regio align | coope coord armon regio | coopé coord harmo "
    "régio | сотру коорд гармо регио | تعاو تنسي إقلي | 合作 协调 互认 区域 协同",
}
#: Stems naming a class of addressee.
ACTORS = {
    "states": "gover state minis parli | gobie estad minis parla | gouve état états minis parle "
    "| прави госуд минис парла | حكوم دول وزار برلم | 政府 国家 部门 议会",
    "companies": "platf compa provi opera indus busin firms | plata empre opera prove | plate "
    "entre opéra fourn | платф компа опера прова бизне | منصا شركا مشغل | 平台 企业 公司 运营商",
    "forum": "igf wsis nri nris unite forum | fgi cmsi onu foro | fgi smsi onu forum | фуи "
    "ввуио оон форум | منتد أمم | 联合国 论坛 峰会",
    "schools": "schoo teach pupil stude child youth | escue docen alumn estud niños niñas jóven "
    "| école ensei élève étudi enfan jeune | школ учите учени студе дете моло | مدرس معلم طلا "
    "أطفا شبا | 学校 教师 学生 儿童 青年 青少年",
    "people": "women girls older disab rural | mujer niñas mayor disca rural | femme fille âgées "
    "handi rural | женщ девоч пожил инвал сельс | نساء مرأ فتيا مسن إعاق ريف | 妇女 女性 女童 "
    "老年 残疾 农村",
}
ORDER = ("en", "es", "fr", "ru", "ar", "zh")  # of the stem lists above
SIGNALS = ("masked", "predicate", "local", "action", "actor")


def _table(spec: dict[str, str]) -> dict[str, dict[str, tuple[str, ...]]]:
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for name, text in spec.items():
        parts = [p.split() for p in text.split("|")]
        out[name] = dict(zip(ORDER, map(tuple, parts), strict=True))
    return out


def classes(terms: frozenset[str], language: str, table: dict[str, Any]) -> frozenset[str]:
    """The classes of ``table`` whose stems begin one of ``terms`` (hold or are held by one
    in Chinese)."""
    out = set()
    for name, stems in table.items():
        mine = stems.get(language, ())
        for t in terms:
            if language == "zh":
                hit = any(s in t or (len(t) >= 2 and t in s) for s in mine)
            else:
                hit = any(t.startswith(s) for s in mine)
            if hit:
                out.add(name)
                break
    return frozenset(out)


def agreement(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 1.0 if a & b else -1.0


def masked(text: str, language: str, drop: frozenset[str]) -> str:
    """``text`` without the words whose content term is in ``drop``."""
    kept = [w for w in words(text, language) if not (content_terms(w, language) & drop)]
    return ("" if language == "zh" else " ").join(kept) or text


def predicate(text: str, language: str) -> str:
    """What follows the first marker of a call in ``text``; the whole text where none."""
    m = re.search(CALLS.get(language, r"$^"), text, flags=re.IGNORECASE)
    rest = text[m.end() :].strip(" ,:;，：") if m else ""
    return rest if len(rest) >= 8 else text


def local(x: np.ndarray, a: int, b: int, k: int = 10, share: float = 0.5) -> float:
    """The pair's cosine after ``share`` of the mean of the ``k`` rows nearest the pair
    (not the pair) is taken out of both."""
    sim = np.round(x @ (x[a] + x[b]), 6)
    sim[[a, b]] = -np.inf
    near = np.argsort(-sim, kind="stable")[: min(k, len(x) - 2)]
    mean = x[near].mean(axis=0)
    u, v = x[a] - share * mean, x[b] - share * mean
    return float(u @ v / np.linalg.norm(u) / np.linalg.norm(v))


def record(material: Material, embedder: Embedder, params: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per (core, member) pair of the groups before the check."""
    point = {k: a.point for k, a in material.answers.items()}
    actions, actors = _table(ACTIONS), _table(ACTORS)
    rows: list[dict[str, Any]] = []

    def look(r: Any, ids: list[str], x: Any, sessions: Any, result: Any) -> None:
        groups = before_check(result)
        unit = np.asarray(x, dtype=np.float64)
        feats = pair_features(r, x)
        for g in groups:
            members = core_pairs(x, g, lambda i: bool(point[ids[i]]))
            if not members:
                continue
            block = feats.pairs(members)
            cosines = block[:, 0]
            for k, ((a, b), fe) in enumerate(zip(members, block, strict=True)):
                others = np.delete(cosines, k)
                ta = content_terms(r.texts[a], r.langs[a])
                tb = content_terms(r.texts[b], r.langs[b])
                common = ta & tb if r.langs[a] == r.langs[b] else frozenset()
                rows.append(
                    {
                        "same": point[ids[a]] == point[ids[b]],
                        "size": len(g),
                        "spread": float(fe[0] - others.mean()) if len(others) else 0.0,
                        "features": fe.tolist(),
                        "texts": (
                            masked(r.texts[a], r.langs[a], common),
                            masked(r.texts[b], r.langs[b], common),
                            predicate(r.texts[a], r.langs[a]),
                            predicate(r.texts[b], r.langs[b]),
                        ),
                        "local": local(unit, a, b),
                        "action": agreement(
                            classes(ta, r.langs[a], actions), classes(tb, r.langs[b], actions)
                        ),
                        "actor": agreement(
                            classes(ta, r.langs[a], actors), classes(tb, r.langs[b], actors)
                        ),
                    }
                )

    each_theme(material, embedder, params, look)
    texts = [t for row in rows for t in row["texts"]]
    vec = np.asarray(embedder.embed(texts), dtype=np.float64).reshape(len(rows), 4, -1)
    for row, v in zip(rows, vec, strict=True):
        row["masked"] = round(float(v[0] @ v[1]), 6)
        row["predicate"] = round(float(v[2] @ v[3]), 6)
    return rows


def _columns(row: dict[str, Any], names: tuple[str, ...], extra: tuple[str, ...]) -> list[float]:
    return [row["features"][FEATURES.index(n)] for n in names] + [row[e] for e in extra]


def out_of_fold(
    per_file: dict[str, list[dict[str, Any]]], names: tuple[str, ...], extra: tuple[str, ...]
) -> tuple[float, list[float]]:
    """Pooled and per-file AUC of a logistic regression over ``names`` and ``extra``, each
    file scored by the one fitted on the others."""
    pooled_y: list[bool] = []
    pooled_p: list[float] = []
    per: list[float] = []
    for name, rows in per_file.items():
        train = [r for n, rs in per_file.items() if n != name for r in rs]
        x = np.asarray([_columns(r, names, extra) for r in train])
        mean, scale = x.mean(axis=0), x.std(axis=0)
        scale[scale == 0] = 1.0
        lr = LogisticRegression(C=1.0, max_iter=2000).fit(
            (x - mean) / scale, [r["same"] for r in train]
        )
        test = (np.asarray([_columns(r, names, extra) for r in rows]) - mean) / scale
        p = lr.predict_proba(test)[:, 1].tolist()
        y = [r["same"] for r in rows]
        per.append(auc(y, p))
        pooled_y += y
        pooled_p += p
    return auc(pooled_y, pooled_p), per


def main(spec: str, paths: list[str]) -> int:
    per_file: dict[str, list[dict[str, Any]]] = by_file(spec, paths, record)
    every = [r for rows in per_file.values() for r in rows]
    wrong = sum(not r["same"] for r in every)
    print(f"{len(every)} core-member pairs, {wrong} wrong\n")
    print(
        "AUC of each signal alone".ljust(34)
        + "all".rjust(7)
        + "".join(n[:9].rjust(10) for n in per_file)
    )
    for signal in ("cosine", *SIGNALS):

        def score(r: dict[str, Any], s: str = signal) -> float:
            return float(r["features"][0] if s == "cosine" else r[s])

        cells = [auc([r["same"] for r in every], [score(r) for r in every])]
        cells += [auc([r["same"] for r in rs], [score(r) for r in rs]) for rs in per_file.values()]
        print(signal.ljust(34) + f"{cells[0]:7.3f}" + "".join(f"{c:10.3f}" for c in cells[1:]))
    larger = [r for r in every if r["size"] > 2]
    y = [r["same"] for r in larger]
    print(
        f"\nmessages of three or more ({len(larger)} pairs, {len(y) - sum(y)} wrong): AUC cosine "
        f"{auc(y, [r['features'][0] for r in larger]):.3f}, spread "
        f"{auc(y, [r['spread'] for r in larger]):.3f}"
    )
    print("\nout of fold (fitted on the other files)")
    candidates: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
        ("core model's features", CORE_FEATURES, ()),
        ("large model's (with shared)", LARGE_FEATURES, ()),
    ]
    candidates += [(f"core model's + {s}", CORE_FEATURES, (s,)) for s in SIGNALS]
    candidates.append(("core model's + action + actor", CORE_FEATURES, ("action", "actor")))
    for label, names, extra in candidates:
        pooled, per = out_of_fold(per_file, names, extra)
        print(label.ljust(34) + f"{pooled:7.3f}" + "".join(f"{c:10.3f}" for c in per))
    return 0


if __name__ == "__main__":
    entry(main, __doc__, fixed=1)
