"""The staff forms: every field of a POSTed form is checked (length, choice, integer) before a
view changes anything. ``posted`` raises FormError with one line per bad field; ``requires``
answers it with HTTP 400 and those lines, so a bad form never half applies an action."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django import forms
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.functional import lazy
from django.utils.translation import gettext as _

from forum_messages.errors import ForumMessagesError

MAX_ID = 2**63 - 1  # the largest primary key the databases store
MAX_VALUES = 5000  # ticked boxes in one form


class FormError(ForumMessagesError):
    def __init__(self, problems: str | list[str]) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("; ".join(self.problems))


def chars(limit: int, required: bool = False, strip: bool = False) -> forms.CharField:
    """Free text of at most ``limit`` characters, kept as typed unless ``strip``."""
    return forms.CharField(max_length=limit, required=required, strip=strip)


def choice(values: Iterable[str], required: bool = True) -> forms.ChoiceField:
    """One of ``values`` (or empty when not required)."""
    names = list(values)
    message = lazy(lambda: _("must be one of: %s") % ", ".join(names), str)()  # when shown
    return forms.ChoiceField(
        choices=[("", "")] + [(v, v) for v in names],
        required=required,
        error_messages={"invalid_choice": message},
    )


class Flag(forms.BooleanField):
    """A checkbox: ticked (1 or on) or left out."""

    widget = forms.HiddenInput  # the value as sent (a checkbox widget takes any value as True)

    def to_python(self, value: Any) -> bool:
        if isinstance(value, str) and value not in ("", "0", "1", "on"):
            raise ValidationError(_("must be 1 or left out"))
        return super().to_python(value)


def flag() -> forms.BooleanField:
    return Flag(required=False)


def number(low: int = 0, high: int = MAX_ID) -> forms.IntegerField:
    return forms.IntegerField(required=False, min_value=low, max_value=high)


class TextList(forms.Field):
    """Every value of a repeated field (ticked boxes, a multiple select), empty ones dropped."""

    widget = forms.MultipleHiddenInput

    def __init__(self, limit: int = 200, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.limit = limit

    def to_python(self, value: Any) -> list[str]:
        values = [str(v) for v in (value or []) if v]
        if len(values) > MAX_VALUES:
            raise ValidationError(_("more than %(n)s values") % {"n": MAX_VALUES})
        if any(len(v) > self.limit for v in values):
            raise ValidationError(_("a value is longer than %(n)s characters") % {"n": self.limit})
        if any("\x00" in v for v in values):
            raise ValidationError(_("a value contains a null character"))
        return values


class IdList(TextList):
    """Record ids (whole numbers) of ticked boxes."""

    def __init__(self) -> None:
        super().__init__(limit=19)

    def to_python(self, value: Any) -> list[int]:  # type: ignore[override]
        out = []
        for v in super().to_python(value):
            if not (v.isascii() and v.isdigit()) or not 0 < int(v) <= MAX_ID:
                raise ValidationError(_("'%(v)s' is not a record number") % {"v": v})
            out.append(int(v))
        return out


def posted(request: HttpRequest, form_class: type[forms.Form]) -> dict[str, Any]:
    """The checked fields of the POSTed form, or FormError naming each bad field."""
    form = form_class(request.POST, request.FILES)
    if not form.is_valid():
        raise FormError(
            [f"{name}: {msg}" for name, errors in form.errors.items() for msg in errors]
        )
    return dict(form.cleaned_data)


def local_datetime(value: str, tz_name: str) -> datetime:
    """'YYYY-MM-DDTHH:MM' (a datetime-local input) in the edition's time zone, made aware."""
    try:
        tz = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise FormError(f"unknown time zone '{tz_name}'") from exc
    try:
        naive = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise FormError(f"'{value}' is not a date and time (YYYY-MM-DD HH:MM)") from exc
    if naive.tzinfo is not None:
        return naive
    aware = naive.replace(tzinfo=tz)
    shown = naive.strftime("%Y-%m-%d %H:%M")
    if aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != naive:
        # in the hour the clocks skip: zoneinfo would read it an hour later than written
        raise FormError(
            f"{shown} does not exist in {tz_name}: the clocks move forward that night; "
            "choose a time outside the skipped hour"
        )
    if aware.utcoffset() != naive.replace(tzinfo=tz, fold=1).utcoffset():
        # in the hour the clocks repeat: two moments, a deadline must be one
        raise FormError(
            f"{shown} happens twice in {tz_name}: the clocks move back that night; "
            "choose a time outside the repeated hour"
        )
    return aware


def time_zone(value: str) -> str:
    name = value.strip() or "UTC"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise FormError(f"unknown time zone '{name}' (use a name like Europe/Oslo or UTC)") from exc
    return name
