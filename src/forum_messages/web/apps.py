from __future__ import annotations

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "forum_messages.web"
    label = "fm"
    verbose_name = "forum-messages"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from forum_messages.web import proxy  # noqa: F401  (registers the deploy check)
