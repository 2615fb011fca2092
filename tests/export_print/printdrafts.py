"""Drafts for the print exports: the hand-built draft of tests/export, and the same draft with
its themes, sub-topics and messages written in Chinese, Arabic and Russian; and the check
that skips a PDF test, saying what to install, when WeasyPrint or the fonts are absent
(``scripts/install-system-deps.sh`` installs them)."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess

import pytest

from export.conftest import make_draft  # the hand-built draft (tests/export)
from forum_messages.model import Draft, DraftTheme, Message, Topic

#: Per language: theme titles, theme description, sub-topic titles, message texts (in the
#: order of the hand-built draft: m1, m3, m4, m5; m2 stays in Chinese, untranslated).
TEXTS: dict[str, dict[str, tuple[str, ...]]] = {
    "zh": {
        "themes": ("构建数字信任与韧性", "构建普遍接入与数字权利"),
        "description": ("信任与韧性是数字经济的基础。",),
        "topics": ("网络能力建设", "平台与信息完整性", "有意义的连接", "社区网络"),
        "messages": (
            "网络能力建设对发展中国家至关重要，计算机应急响应小组应跨境共享威胁情报。",
            "平台应对推荐系统保持透明。",
            "可负担性和农村基础设施仍是实现有意义连接的主要障碍。",
            "各国政府应资助社区网络。",
        ),
    },
    "ar": {
        "themes": ("بناء الثقة الرقمية والقدرة على الصمود", "بناء الوصول الشامل والحقوق الرقمية"),
        "description": ("الثقة والقدرة على الصمود أساس الاقتصاد الرقمي.",),
        "topics": (
            "بناء القدرات السيبرانية",
            "المنصات وسلامة المعلومات",
            "الاتصال الهادف",
            "الشبكات المجتمعية",
        ),
        "messages": (
            "يعد بناء القدرات السيبرانية أمرا أساسيا للدول النامية، وينبغي لفرق الاستجابة "
            "للطوارئ الحاسوبية تبادل المعلومات عن التهديدات عبر الحدود.",
            "ينبغي للمنصات أن تتحلى بالشفافية بشأن أنظمة التوصية.",
            "لا تزال القدرة على تحمل التكاليف والبنية التحتية الريفية العائقين الرئيسيين "
            "أمام الاتصال الهادف.",
            "ينبغي للحكومات تمويل الشبكات المجتمعية.",
        ),
    },
    "ru": {
        "themes": (
            "Укрепление цифрового доверия и устойчивости",
            "Обеспечение всеобщего доступа и цифровых прав",
        ),
        "description": ("Доверие и устойчивость лежат в основе цифровой экономики.",),
        "topics": (
            "Наращивание киберпотенциала",
            "Платформы и целостность информации",
            "Значимое подключение",
            "Сети местных сообществ",
        ),
        "messages": (
            "Наращивание киберпотенциала крайне важно для развивающихся государств, а группы "
            "реагирования на компьютерные инциденты должны обмениваться данными об угрозах.",
            "Платформы должны обеспечивать прозрачность рекомендательных систем.",
            "Доступность по цене и сельская инфраструктура остаются главными препятствиями "
            "для значимого подключения.",
            "Правительствам следует финансировать сети местных сообществ.",
        ),
    },
}


def translated_draft(lang: str) -> Draft:
    """The hand-built draft with every title, description and message (but the Chinese m2)
    written in ``lang``."""
    draft = make_draft(lang)
    texts = TEXTS[lang]
    topics = iter(texts["topics"])
    messages = iter(texts["messages"])

    def message(m: Message) -> Message:
        if m.id == "m2":
            return m
        return dataclasses.replace(m, text=next(messages), language=lang, translated=True)

    def topic(tp: Topic) -> Topic:
        return dataclasses.replace(
            tp, title=next(topics), messages=tuple(message(m) for m in tp.messages)
        )

    themes: list[DraftTheme] = []
    for i, th in enumerate(draft.themes):
        themes.append(
            dataclasses.replace(
                th,
                title=texts["themes"][i],
                description=texts["description"][0] if th.description else "",
                topics=tuple(topic(tp) for tp in th.topics),
            )
        )
    return dataclasses.replace(draft, themes=tuple(themes))


#: Font families each language needs in the PDF (fonts-noto-core, fonts-noto-cjk).
FONTS = {
    "en": ("Noto Sans",),
    "ru": ("Noto Sans",),
    "zh": ("Noto Sans CJK SC",),
    "ar": ("Noto Naskh Arabic", "Noto Sans Arabic"),
}


def missing_fonts(*families: str) -> list[str]:
    if shutil.which("fc-list") is None:
        return list(families)
    missing = []
    for family in families:
        out = subprocess.run(
            ["fc-list", f":family={family}", "family"], capture_output=True, text=True
        ).stdout
        if not out.strip():
            missing.append(family)
    return missing


def require_pdf(lang: str) -> None:
    """Skip, saying what to install, when WeasyPrint or the fonts for ``lang`` are absent."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as exc:
        pytest.skip(f"WeasyPrint or pango is not installed ({exc}): pip install weasyprint")
    missing = missing_fonts(*FONTS[lang])
    if missing:
        pytest.skip(
            f"fonts missing for '{lang}': {', '.join(missing)}; "
            "run scripts/install-system-deps.sh (fonts-noto-core, fonts-noto-cjk)"
        )
