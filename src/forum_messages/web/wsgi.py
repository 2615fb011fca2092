"""WSGI entry point (waitress serves it: ``forum-messages serve``)."""

from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "forum_messages.web.settings")
application = get_wsgi_application()
