"""Fixed words of Messages documents in the six UN languages, folded for matching."""

from __future__ import annotations

from forum_messages.ingest.text import fold

# fmt: off
THEME_MARKERS = (
    "theme", "the theme", "theme description", "description", "about the theme",
    "theme", "le theme", "description du theme", "tema", "el tema", "descripcion del tema",
    "الموضوع", "المحور", "وصف الموضوع", "тема", "описание темы", "主题", "主题说明", "主题介绍",
    "主题描述",
)
MESSAGE_MARKERS = (
    "messages", "key messages", "the messages", "igf messages", "messages cles",
    "principaux messages", "mensajes", "mensajes clave", "mensajes principales", "الرسائل",
    "الرسائل الرئيسية", "رسائل", "послания", "ключевые послания", "основные послания",
    "сообщения", "信息", "主要信息", "关键信息", "消息", "要点",
)
CONTENTS = (
    "contents", "table of contents", "table des matieres", "sommaire", "indice", "contenido",
    "contenidos", "indice de contenidos", "المحتويات", "جدول المحتويات", "فهرس المحتويات",
    "содержание", "оглавление", "目录", "目 录",
)
THEME_LIST = (
    "themes", "the themes", "main themes", "themes of the meeting", "thematic tracks",
    "themes", "thematiques", "temas", "temas principales", "المواضيع", "المحاور", "темы",
    "основные темы", "主题", "各主题", "会议主题", "四个主题",
)
ANNEX = ("annex", "annexe", "anexo", "appendix", "apendice", "приложение", "المرفق", "ملحق",
         "附件", "附录")
DISCLAIMER = ("disclaimer", "avertissement", "descargo de responsabilidad", "إخلاء المسؤولية",
              "оговорка", "免责声明")
# fmt: on

_THEME = frozenset(fold(w) for w in THEME_MARKERS)
_MESSAGES = frozenset(fold(w) for w in MESSAGE_MARKERS)
_CONTENTS = frozenset(fold(w).replace(" ", "") for w in CONTENTS)
_THEME_LIST = frozenset(fold(w) for w in THEME_LIST)
_ANNEX = tuple(fold(w) for w in ANNEX)


def key(text: str) -> str:
    return fold(text)


def marker(text: str) -> str | None:
    """``"theme"`` or ``"messages"`` for a generic part heading, else None."""
    folded = fold(text)
    if folded in _THEME:
        return "theme"
    if folded in _MESSAGES:
        return "messages"
    return None


def is_contents(text: str) -> bool:
    return fold(text).replace(" ", "") in _CONTENTS


def is_theme_list_label(text: str) -> bool:
    return fold(text) in _THEME_LIST


def is_annex(text: str) -> bool:
    folded = fold(text)
    return any(folded == w or folded.startswith(w + " ") or (folded.startswith(w) and
               not w.isascii()) for w in _ANNEX)  # fmt: skip
