"""Users and roles (admins): change a role, invite by e-mail link, send a password-reset link,
deactivate; and the invitee's page that sets the password (services/accounts.py)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages as flash
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from forum_messages.errors import ForumMessagesError
from forum_messages.model import UN_LANGUAGES
from forum_messages.web import rules
from forum_messages.web.services import accounts, throttle
from forum_messages.web.services.translating import NAMES
from forum_messages.web.templatetags.fm_tags import LABELS
from forum_messages.web.views.common import requires
from forum_messages.web.views.forms import TextList, chars, choice, flag, posted

ROLES = (*rules.STAFF_ROLES, rules.PUBLIC)
LINK = "fm_account_link"  # session key: a link to show the admin once


class UserForm(forms.Form):
    username = chars(150, required=True, strip=True)
    role = choice(ROLES)
    password = chars(200)
    languages = TextList(100)  # ticked boxes (or codes separated by spaces)


class InviteForm(forms.Form):
    email = chars(254, required=True, strip=True)
    username = chars(150, strip=True)
    role = choice(rules.STAFF_ROLES)
    languages = TextList(100)


class ActiveForm(forms.Form):
    active = flag()


def _languages(values: list[str]) -> list[str]:
    return " ".join(values).replace(",", " ").split()


def _state(user: Any) -> str:
    if not user.is_active:
        return "deactivated"
    return "active" if user.has_usable_password() else "invited"


def _page(request: HttpRequest, **extra: Any) -> HttpResponse:
    User = get_user_model()
    people = [
        (u, rules.role_of(u) if u.is_active else rules.PUBLIC, rules.languages_of(u), _state(u))
        for u in User.objects.order_by("username").prefetch_related("groups")
    ]
    ctx = {
        "people": people,
        "roles": rules.ROLES[1:],
        "staff_roles": rules.STAFF_ROLES,
        "languages": [(code, NAMES[code]) for code in UN_LANGUAGES],
        "mail": accounts.mail_configured(),
        "invite_days": accounts.INVITE_DAYS,
        **extra,
    }
    return render(request, "fm/staff/users.html", ctx)


@requires("manage_users")
def users(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = posted(request, UserForm)
        try:
            with transaction.atomic():
                _set_user(form)
        except ForumMessagesError as exc:
            flash.error(request, str(exc))
        else:
            flash.success(
                request,
                _("%(user)s is now %(role)s.")
                % {"user": form["username"], "role": LABELS[form["role"]]},
            )
        return redirect("fm:users")
    shown = request.session.pop(LINK, None) or {}
    return _page(request, link=shown.get("link", ""), link_user=shown.get("user", ""))


def _set_user(form: dict[str, Any]) -> None:
    """Create the user or change its role and password: every check first, then the change."""
    User = get_user_model()
    username, role, password = form["username"], form["role"], form["password"]
    languages = accounts.check_languages(role, _languages(form["languages"]))
    user = User.objects.filter(username=username).first()
    if user is not None and user.is_superuser:
        raise ForumMessagesError("an admin's role cannot be changed here")
    if user is None and not password:
        raise ForumMessagesError("give a password for the new user, or invite them by e-mail")
    if password:
        try:
            validate_password(password, user or User(username=username))
        except ValidationError as exc:
            raise ForumMessagesError("password: " + " ".join(exc.messages)) from exc
    if user is None:
        user = User.objects.create_user(username=username, password=password)
    elif password:
        user.set_password(password)
        user.save()
    rules.set_role(user, role, languages)


def _mail_or_link(
    request: HttpRequest, user: Any, link: str, subject: str, body: str, sent_msg: str
) -> HttpResponse:
    """Mail ``link`` to the user; when no mail can be sent, the users page shows it (once) for
    the admin to pass on."""
    if accounts.send(user.email, subject, body):
        flash.success(request, sent_msg)
    else:
        request.session[LINK] = {"link": link, "user": user.username}
    return redirect(reverse("fm:users") + "#link")


def _invitation(request: HttpRequest, user: Any) -> HttpResponse:
    link = accounts.invite_link(request, user)
    ctx = {"user": user, "role": rules.role_of(user), "days": accounts.INVITE_DAYS, "link": link}
    body = render_to_string("fm/accounts/invite_email.txt", ctx)
    sent = _("An invitation was sent to %(email)s.") % {"email": user.email}
    return _mail_or_link(request, user, link, _("Your invitation"), body, sent)


@requires("manage_users")
@require_POST
def invite(request: HttpRequest) -> HttpResponse:
    form = posted(request, InviteForm)
    try:
        user = accounts.invite(
            form["email"], form["username"], form["role"], _languages(form["languages"])
        )
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
        return redirect("fm:users")
    return _invitation(request, user)


@requires("manage_users")
@require_POST
def reset(request: HttpRequest, pk: int) -> HttpResponse:
    """A new password-reset link (or, for an invitee who never set one, a new invitation)."""
    user = get_object_or_404(get_user_model(), pk=pk, is_active=True, is_superuser=False)
    if not user.has_usable_password():
        return _invitation(request, user)
    uid, token = accounts.reset_token(user)
    link = request.build_absolute_uri(reverse("fm:password_reset_confirm", args=[uid, token]))
    ctx = {"user": user, "protocol": request.scheme, "domain": request.get_host()}
    body = render_to_string("fm/accounts/reset_email.txt", {**ctx, "uid": uid, "token": token})
    sent = _("A password-reset link was sent to %(email)s.") % {"email": user.email}
    return _mail_or_link(request, user, link, _("Choose a new password"), body, sent)


@requires("manage_users")
@require_POST
def set_active(request: HttpRequest, pk: int) -> HttpResponse:
    user = get_object_or_404(get_user_model(), pk=pk)
    active = posted(request, ActiveForm)["active"]
    try:
        accounts.set_active(user, active, request.user)
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
    else:
        done = _("%(user)s can sign in again.") if active else _("%(user)s is deactivated.")
        flash.success(request, done % {"user": user.username})
    return redirect("fm:users")


def accept_invitation(request: HttpRequest, token: str) -> HttpResponse:
    """The invitee chooses a password (Django's checks), then signs in."""
    try:
        user = accounts.invited_user(token)
    except ForumMessagesError as exc:
        return render(request, "fm/accounts/invite.html", {"problem": str(exc)}, status=400)
    form = SetPasswordForm(user, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        form.save()
        flash.success(request, _("Your password is set. Sign in with it."))
        return redirect("fm:login")
    return render(request, "fm/accounts/invite.html", {"form": form, "invitee": user})


class ResetView(auth_views.PasswordResetView):
    """Django's "forgot your password" page; it sends mail only when a server is configured."""

    template_name = "fm/accounts/reset.html"
    email_template_name = "fm/accounts/reset_email.txt"
    subject_template_name = "fm/accounts/reset_subject.txt"
    success_url = reverse_lazy("fm:password_reset_done")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return {**super().get_context_data(**kwargs), "mail": accounts.mail_configured()}

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        """Each request counts, for its address and for the e-mail address asked about, like a
        failed sign-in but on its own count, so no one can flood a mailbox (or the site) with
        reset mails, and asking for resets never blocks signing in."""
        who = str(request.POST.get("email", ""))[:254]
        address = str(request.META.get("REMOTE_ADDR", ""))
        if throttle.blocked_until(who, address, scope=throttle.RESET) is not None:
            ctx = self.get_context_data(form=self.get_form(), throttled=True)
            return self.render_to_response(ctx, status=429)
        throttle.record_failure(who, address, scope=throttle.RESET)
        return super().post(request, *args, **kwargs)


class ResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "fm/accounts/reset_sent.html"


class ResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "fm/accounts/reset_confirm.html"
    success_url = reverse_lazy("fm:password_reset_complete")


class ResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "fm/accounts/reset_complete.html"
