"""Template filters of the site."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.translation import pgettext_lazy

register = template.Library()


@register.filter
def get(mapping: Any, key: Any) -> Any:
    """``{{ counts|get:m.uid }}``: a dict's value, or 0."""
    try:
        return mapping.get(key, 0)
    except AttributeError:
        return 0


#: Readable, translated names of the codes staff pages show (translation states, roles).
LABELS = {
    "untranslated": pgettext_lazy("translation state", "untranslated"),
    "draft": pgettext_lazy("translation state", "draft"),
    "reviewed": pgettext_lazy("translation state", "reviewed"),
    "outdated": pgettext_lazy("translation state", "outdated"),
    "admin": pgettext_lazy("role", "admin"),
    "editor": pgettext_lazy("role", "editor"),
    "moderator": pgettext_lazy("role", "moderator"),
    "translator": pgettext_lazy("role", "translator"),
    "public": pgettext_lazy("role", "public"),
}


@register.filter
def label(code: Any) -> Any:
    """``{{ unit.state|label }}``: the code's name in the reader's language (the code itself
    when it has none)."""
    return LABELS.get(str(code), code)
