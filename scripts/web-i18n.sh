#!/usr/bin/env bash
# Update the site's message catalogs from the code and templates, then compile them.
#   scripts/web-i18n.sh            update .po files (needs GNU gettext: xgettext, msgfmt) and compile
#   scripts/web-i18n.sh --compile  only compile .po -> .mo (the .mo files are committed)
# Translate new entries in src/forum_messages/web/locale/<lang>/LC_MESSAGES/django.po.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
WEB=src/forum_messages/web
if [ "${1:-}" != "--compile" ]; then
  (cd "$WEB" && DJANGO_SETTINGS_MODULE=forum_messages.web.settings \
    FORUM_MESSAGES_DATA_DIR="${TMPDIR:-/tmp}/fm-i18n" FORUM_MESSAGES_SECRET_KEY=i18n \
    "../../../$BIN/django-admin" makemessages -l fr -l es -l ar -l ru -l zh_Hans --no-obsolete --no-location)
fi
for po in "$WEB"/locale/*/LC_MESSAGES/django.po; do
  msgfmt --check -o "${po%.po}.mo" "$po"
  echo "compiled ${po%.po}.mo: $(msgfmt --statistics -o /dev/null "$po" 2>&1)"
done
