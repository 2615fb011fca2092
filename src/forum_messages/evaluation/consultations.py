"""Synthetic consultation exports for tests and benchmarks (no data is downloaded).

``generate(n, campaign_share, campaigns, seed)`` yields ``n`` response rows (dicts with
``ResponseID``, ``RespondentType``, ``Organisation``, ``Region``, ``Q1``, ``Q2``) in six
languages. ``campaign_share`` of the responses copy one of ``campaigns`` campaign texts: most
copies word for word (with case, spacing and punctuation changed), some with a sentence of
their own added, some with a phrase of their own in one of its sentences. The rest are written
from a phrase bank, so no two are alike. ``truth`` gives the campaign of each response id, to
check what is found.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# A subject, an action and an object per language; sentences combine one of each, with a
# reason, so the bank gives thousands of distinct sentences a language.
_BANK: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Governments",
            "Regulators",
            "Local authorities",
            "Platforms",
            "Schools",
            "Libraries",
            "Internet providers",
            "Civil society groups",
        ),
        (
            "should fund",
            "must protect",
            "need to expand",
            "ought to review",
            "should publish",
            "have to improve",
            "should support",
            "must guarantee",
        ),
        (
            "affordable rural broadband",
            "open public data",
            "digital skills for older people",
            "privacy of health records",
            "access for people with disabilities",
            "transparent content moderation",
            "cybersecurity of small firms",
            "local language content",
        ),
        (
            "before the next budget cycle.",
            "with clear yearly targets.",
            "in cooperation with communities.",
            "so that nobody is left behind.",
            "and report on progress every year.",
            "under independent oversight.",
        ),
    ),
    "fr": (
        (
            "Les gouvernements",
            "Les régulateurs",
            "Les communes",
            "Les plateformes",
            "Les écoles",
            "Les bibliothèques",
            "Les opérateurs",
            "Les associations",
        ),
        (
            "doivent financer",
            "doivent protéger",
            "devraient étendre",
            "devraient revoir",
            "doivent publier",
            "devraient améliorer",
            "doivent soutenir",
            "doivent garantir",
        ),
        (
            "le haut débit rural abordable",
            "les données publiques ouvertes",
            "les compétences numériques des aînés",
            "la confidentialité des dossiers médicaux",
            "l'accès des personnes handicapées",
            "une modération transparente des contenus",
            "la cybersécurité des petites entreprises",
            "les contenus en langues locales",
        ),
        (
            "avant le prochain budget.",
            "avec des objectifs annuels clairs.",
            "en lien avec les habitants.",
            "afin que personne ne soit laissé de côté.",
            "et rendre compte chaque année.",
            "sous un contrôle indépendant.",
        ),
    ),
    "es": (
        (
            "Los gobiernos",
            "Los reguladores",
            "Los municipios",
            "Las plataformas",
            "Las escuelas",
            "Las bibliotecas",
            "Los operadores",
            "Las organizaciones sociales",
        ),
        (
            "deben financiar",
            "deben proteger",
            "deberían ampliar",
            "deberían revisar",
            "deben publicar",
            "deberían mejorar",
            "deben apoyar",
            "deben garantizar",
        ),
        (
            "la banda ancha rural asequible",
            "los datos públicos abiertos",
            "las competencias digitales de los mayores",
            "la privacidad de los historiales médicos",
            "el acceso de las personas con discapacidad",
            "una moderación transparente",
            "la ciberseguridad de las pequeñas empresas",
            "los contenidos en lenguas locales",
        ),
        (
            "antes del próximo presupuesto.",
            "con metas anuales claras.",
            "junto con las comunidades.",
            "para que nadie quede atrás.",
            "e informar cada año.",
            "bajo supervisión independiente.",
        ),
    ),
    "ru": (
        (
            "Правительства",
            "Регуляторы",
            "Местные власти",
            "Платформы",
            "Школы",
            "Библиотеки",
            "Операторы связи",
            "Общественные организации",
        ),
        (
            "должны финансировать",
            "должны защищать",
            "должны расширять",
            "должны пересмотреть",
            "должны публиковать",
            "должны улучшать",
            "должны поддерживать",
            "должны гарантировать",
        ),
        (
            "доступный сельский интернет",
            "открытые государственные данные",
            "цифровые навыки пожилых людей",
            "тайну медицинских данных",
            "доступ для людей с инвалидностью",
            "прозрачную модерацию контента",
            "кибербезопасность малого бизнеса",
            "контент на местных языках",
        ),
        (
            "до следующего бюджета.",
            "с ясными годовыми целями.",
            "вместе с жителями.",
            "чтобы никто не остался в стороне.",
            "и ежегодно отчитываться.",
            "под независимым контролем.",
        ),
    ),
    "ar": (
        (
            "الحكومات",
            "الجهات التنظيمية",
            "السلطات المحلية",
            "المنصات",
            "المدارس",
            "المكتبات",
            "مزودو الإنترنت",
            "منظمات المجتمع المدني",
        ),
        (
            "يجب أن تمول",
            "يجب أن تحمي",
            "ينبغي أن توسع",
            "ينبغي أن تراجع",
            "يجب أن تنشر",
            "ينبغي أن تحسن",
            "يجب أن تدعم",
            "يجب أن تضمن",
        ),
        (
            "النطاق العريض الريفي الميسور",
            "البيانات العامة المفتوحة",
            "المهارات الرقمية لكبار السن",
            "خصوصية السجلات الصحية",
            "وصول الأشخاص ذوي الإعاقة",
            "الإشراف الشفاف على المحتوى",
            "الأمن السيبراني للشركات الصغيرة",
            "المحتوى باللغات المحلية",
        ),
        (
            "قبل الميزانية القادمة.",
            "مع أهداف سنوية واضحة.",
            "بالتعاون مع المجتمعات.",
            "حتى لا يتخلف أحد عن الركب.",
            "وتقديم تقرير كل عام.",
            "تحت رقابة مستقلة.",
        ),
    ),
    "zh": (
        ("各国政府", "监管机构", "地方当局", "平台", "学校", "图书馆", "网络运营商", "民间团体"),
        (
            "应当资助",
            "必须保护",
            "需要扩大",
            "应当审查",
            "应当公开",
            "需要改善",
            "应当支持",
            "必须保障",
        ),
        (
            "农村可负担的宽带",
            "开放的公共数据",
            "老年人的数字技能",
            "医疗记录的隐私",
            "残疾人的无障碍访问",
            "透明的内容审核",
            "小企业的网络安全",
            "本地语言内容",
        ),
        (
            "在下一个预算周期之前。",
            "并设定明确的年度目标。",
            "与社区合作。",
            "让每个人都不掉队。",
            "并每年报告进展。",
            "并接受独立监督。",
        ),
    ),
}
LANGUAGES = tuple(_BANK)
GROUPS = ("Individual", "Civil society", "Private sector", "Government", "Academia")
REGIONS = ("Africa", "Asia-Pacific", "Eastern Europe", "Latin America", "WEOG")


Parts = tuple[str, str, str, str]  # a sentence's subject, action, object and reason


def _parts(rng: random.Random, lang: str) -> Parts:
    subj, act, obj, why = _BANK[lang]
    return rng.choice(subj), rng.choice(act), rng.choice(obj), rng.choice(why)


def _said(sentences: list[Parts], lang: str) -> str:
    sep = "" if lang == "zh" else " "
    return sep.join(sep.join(parts) for parts in sentences)


def sentence(rng: random.Random, lang: str) -> str:
    return _said([_parts(rng, lang)], lang)


def text(rng: random.Random, lang: str, sentences: int) -> str:
    return _said([_parts(rng, lang) for _ in range(sentences)], lang)


@dataclass
class Truth:
    """The campaign (by number) of each copy's response id; ids of edited copies."""

    campaign_of: dict[str, int] = field(default_factory=dict)
    edited: set[str] = field(default_factory=set)


def _copy(rng: random.Random, sentences: list[Parts], lang: str) -> tuple[str, bool]:
    """A copy of the campaign text made of ``sentences``: mostly as is with surface changes,
    sometimes with a sentence of its own added, sometimes with a phrase of its own put in one
    of its sentences ("... health records without delay before the next budget cycle."), as
    a respondent edits a campaign's text; never a word swapped at random, which reads as no
    sentence at all."""
    base = _said(sentences, lang)
    roll = rng.random()
    if roll < 0.6:
        out = base.upper() if rng.random() < 0.2 else base
        return ("  " + out.replace(".", " .") if rng.random() < 0.3 else out), False
    if roll < 0.85:
        sep = "" if lang == "zh" else " "
        return base + sep + sentence(rng, lang), True
    i = rng.randrange(len(sentences))
    subj, act, obj, why = sentences[i]
    phrase = rng.choice(_PHRASES[lang])
    edited = list(sentences)
    if lang == "zh":  # a place or time goes before the verb
        edited[i] = (subj + phrase, act, obj, why)
    else:
        edited[i] = (subj, act, f"{obj} {phrase}", why)
    return _said(edited, lang), True


#: Phrases a respondent puts in a campaign's sentence, per language.
_PHRASES: dict[str, tuple[str, ...]] = {
    "en": ("as a priority", "without delay", "in every region", "in rural areas"),
    "fr": ("en priorité", "sans tarder", "dans chaque région", "dans les zones rurales"),
    "es": ("con prioridad", "sin demora", "en cada región", "en las zonas rurales"),
    "ru": ("в первую очередь", "без промедления", "в каждом регионе", "в сельской местности"),
    "ar": ("على سبيل الأولوية", "دون تأخير", "في كل منطقة", "في المناطق الريفية"),
    "zh": ("在各地区", "在农村地区", "尽快", "优先"),
}


def generate(
    n: int, campaign_share: float, campaigns: int, seed: int = 0, truth: Truth | None = None
) -> Iterator[dict[str, str]]:
    rng = random.Random(seed)
    langs = [LANGUAGES[i % len(LANGUAGES)] for i in range(campaigns)]
    bases = [[_parts(rng, lang) for _ in range(4)] for lang in langs]
    # campaign sizes follow a long tail: the first campaigns are the largest
    weights = [1.0 / (k + 1) for k in range(campaigns)]
    for i in range(n):
        rid = f"R{seed}-{i + 1:07d}"
        row = {
            "ResponseID": rid,
            "RespondentType": rng.choice(GROUPS),
            "Organisation": f"Org {rng.randrange(500)}" if rng.random() < 0.4 else "",
            "Region": rng.choice(REGIONS),
        }
        lang = rng.choice(LANGUAGES)
        if campaigns and rng.random() < campaign_share:
            k = rng.choices(range(campaigns), weights)[0]
            row["Q1"], edited = _copy(rng, bases[k], langs[k])
            if truth is not None:
                truth.campaign_of[rid] = k
                if edited:
                    truth.edited.add(rid)
        else:
            row["Q1"] = text(rng, lang, rng.randint(2, 3)) + f" ({i + 1})"
        row["Q2"] = text(rng, lang, 2) if rng.random() < 0.3 else ""
        yield row


def write_csv(path: Path, rows: Iterator[dict[str, str]]) -> Path:
    fields = ["ResponseID", "RespondentType", "Organisation", "Region", "Q1", "Q2"]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return path
