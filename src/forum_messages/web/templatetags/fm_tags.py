"""Template filters of the site."""

from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.filter
def get(mapping: Any, key: Any) -> Any:
    """``{{ counts|get:m.uid }}``: a dict's value, or 0."""
    try:
        return mapping.get(key, 0)
    except AttributeError:
        return 0
