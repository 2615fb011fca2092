"""URLs: public pages under /e/<slug>/, staff pages under /staff/."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language

from forum_messages.web.views import (
    consult,
    curate,
    details,
    follow,
    glossary,
    login,
    organise,
    people,
    public,
    review,
    staff,
    translate,
    window,
    writing,
)

fm = [
    path("", public.home, name="home"),
    path("privacy/", public.privacy, name="privacy"),
    path("e/<slug:slug>/", public.edition, name="edition"),
    path("e/<slug:slug>/theme/<slug:key>/", public.theme, name="theme"),
    path("e/<slug:slug>/theme/<slug:key>/m/<str:uid>/", public.theme_message, name="theme_message"),
    path("e/<slug:slug>/comment/draft/", public.comment, {"kind": "draft"}, name="comment_draft"),
    path(
        "e/<slug:slug>/comment/<str:kind>/<str:key>/",
        public.comment,
        name="comment",
    ),
    path("e/<slug:slug>/thanks/", public.thanks, name="thanks"),
    path("e/<slug:slug>/c/<int:pk>/", follow.comment_page, name="comment_page"),
    path("unsubscribe/", follow.unsubscribe, name="unsubscribe"),
    path("e/<slug:slug>/handled/", public.handled, name="handled"),
    path("e/<slug:slug>/handled/<str:uid>/", public.handled, name="handled_message"),
    path("e/<slug:slug>/comments.csv", public.handled_download, {"fmt": "csv"}, name="csv"),
    path("e/<slug:slug>/comments.xlsx", public.handled_download, {"fmt": "xlsx"}, name="xlsx"),
    path("e/<slug:slug>/final/", public.final, name="final"),
    path("e/<slug:slug>/changes/", public.changes, name="changes"),
    path("e/<slug:slug>/changes/<str:uid>/", public.changes, name="change"),
    path(
        "e/<slug:slug>/export/<str:which>.<str:fmt>",
        public.export,
        name="export",
    ),
    path(
        "e/<slug:slug>/translation/<str:lang>.<str:fmt>",
        translate.published,
        name="translation_published",
    ),
    path("accounts/login/", login.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("staff/", staff.dashboard, name="dashboard"),
    path("staff/users/", people.users, name="users"),
    path("staff/users/invite/", people.invite, name="invite_user"),
    path("staff/users/<int:pk>/reset/", people.reset, name="reset_user"),
    path("staff/users/<int:pk>/active/", people.set_active, name="user_active"),
    path("accounts/invite/<str:token>/", people.accept_invitation, name="invite"),
    path("accounts/password-reset/", people.ResetView.as_view(), name="password_reset"),
    path(
        "accounts/password-reset/sent/", people.ResetDoneView.as_view(), name="password_reset_done"
    ),
    path(
        "accounts/reset/<uidb64>/<token>/",
        people.ResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/reset/done/", people.ResetCompleteView.as_view(), name="password_reset_complete"
    ),
    path("staff/new/", staff.edition_create, name="edition_create"),
    path("staff/e/<slug:slug>/", staff.edition_admin, name="staff_edition"),
    path("staff/e/<slug:slug>/import/", staff.edition_import, name="import"),
    path("staff/e/<slug:slug>/run/", staff.draft_start, name="draft_start"),
    path("staff/e/<slug:slug>/run/<int:run_id>/", staff.run_status, name="run"),
    path("staff/e/<slug:slug>/settings/", staff.edition_settings, name="edition_settings"),
    path("staff/e/<slug:slug>/details/", details.edition_details, name="edition_details"),
    path("staff/e/<slug:slug>/publish/draft/", staff.publish_draft, name="publish_draft"),
    path("staff/e/<slug:slug>/publish/final/", staff.publish_final, name="publish_final"),
    path("staff/e/<slug:slug>/window/<slug:action>/", window.act, name="window"),
    path("staff/e/<slug:slug>/curate/", curate.overview, name="curate"),
    path("staff/e/<slug:slug>/m/<str:uid>/", curate.message, name="message"),
    path(
        "staff/e/<slug:slug>/m/<str:uid>/<slug:action>/",
        curate.message_action,
        name="message_action",
    ),
    path(
        "staff/e/<slug:slug>/t/<str:uid>/<slug:action>/", curate.topic_action, name="topic_action"
    ),
    path("staff/e/<slug:slug>/not-reflected/", curate.not_reflected, name="not_reflected"),
    path("staff/e/<slug:slug>/not-reflected/move/", curate.not_reflected_move, name="nr_move"),
    path("staff/e/<slug:slug>/versions/", curate.version_list, name="versions"),
    path("staff/e/<slug:slug>/versions/<int:number>/", curate.version_detail, name="version"),
    path(
        "staff/e/<slug:slug>/versions/<int:number>/text/",
        curate.version_text,
        name="version_text",
    ),
    path(
        "staff/e/<slug:slug>/versions/<int:number>/restore/",
        curate.version_restore,
        name="restore",
    ),
    path("staff/e/<slug:slug>/translations/", translate.overview, name="translations"),
    path("staff/e/<slug:slug>/translations/start/", translate.start, name="translation_start"),
    path("staff/e/<slug:slug>/translate/<str:lang>/", translate.editor, name="translate"),
    path("staff/e/<slug:slug>/translate/<str:lang>/save/", translate.save, name="translate_save"),
    path("staff/e/<slug:slug>/translate/<str:lang>/fill/", translate.fill, name="translate_fill"),
    path(
        "staff/e/<slug:slug>/translate/<str:lang>/settings/",
        translate.translation_settings,
        name="translation_settings",
    ),
    path("staff/e/<slug:slug>/glossary/<str:lang>/", glossary.glossary, name="glossary"),
    path(
        "staff/e/<slug:slug>/glossary/<str:lang>/table/",
        glossary.glossary_table,
        name="glossary_table",
    ),
    path(
        "staff/e/<slug:slug>/glossary/<str:lang>/import/",
        glossary.glossary_import,
        name="glossary_import",
    ),
    path(
        "staff/e/<slug:slug>/glossary/<str:lang>/glossary.yaml",
        glossary.glossary_download,
        name="glossary_download",
    ),
    path(
        "staff/e/<slug:slug>/translate/<str:lang>/file.<str:fmt>",
        translate.download,
        name="translation_download",
    ),
    path(
        "staff/e/<slug:slug>/translate/<str:lang>/upload/",
        translate.upload,
        name="translation_upload",
    ),
    path(
        "staff/e/<slug:slug>/translate/<str:lang>/preview.<str:fmt>",
        translate.preview,
        name="translation_preview",
    ),
    path(
        "staff/e/<slug:slug>/translate/<str:lang>/publish/",
        translate.publish,
        name="translation_publish",
    ),
    path("staff/e/<slug:slug>/moderate/", review.moderation, name="moderation"),
    path("staff/e/<slug:slug>/moderate/set/", review.moderate, name="moderate"),
    path("staff/e/<slug:slug>/answers/", review.answer_list, name="answers"),
    path("staff/e/<slug:slug>/answers/set/", review.answer, name="answer"),
    path("staff/e/<slug:slug>/answers/template/", review.template_save, name="template_save"),
    path("staff/organiser/", organise.home, name="organise_home"),
    path("staff/organiser/s/<int:pk>/", organise.session_page, name="organise_session"),
    path("staff/e/<slug:slug>/organisers/", organise.assign, name="organisers"),
    path("staff/e/<slug:slug>/consultation/", consult.consultation, name="consultation"),
    path("staff/e/<slug:slug>/campaigns/", consult.campaigns, name="campaigns"),
    path("staff/e/<slug:slug>/group/", consult.group, name="group"),
    path("staff/e/<slug:slug>/group/moderate/", consult.group_moderate, name="group_moderate"),
    path("staff/e/<slug:slug>/group/answer/", consult.group_answer, name="group_answer"),
    path("staff/e/<slug:slug>/comments.<str:fmt>", consult.export, name="comments_export"),
    path("staff/e/<slug:slug>/written/", writing.index, name="written_index"),
    path("staff/e/<slug:slug>/written/ask/", writing.ask, name="written_ask"),
    path("staff/e/<slug:slug>/written/job/<int:job_id>/", writing.job, name="writing_job"),
    path("staff/e/<slug:slug>/written/<int:pk>/", writing.written, name="written"),
    path(
        "staff/e/<slug:slug>/written/<int:pk>/<slug:action>/",
        writing.decide,
        name="written_decide",
    ),
    path("staff/organiser/s/<int:pk>/item/", organise.item_action, name="organise_item"),
]

urlpatterns = [
    # No CSRF token on the language menu, so public pages can be cached for every reader;
    # switching language is harmless.
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    path("", include((fm, "fm"))),
]
