# ruff: noqa: RUF012
# Sessions: where their statements come from (report or transcript) and the organiser account
# that confirms takeaways drafted from a transcript.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("fm", "0006_comment_keys"),
    ]

    operations = [
        migrations.AddField(
            model_name="session",
            name="source",
            field=models.CharField(default="report", max_length=12),
        ),
        migrations.AddField(
            model_name="session",
            name="organiser",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="organised_sessions",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="session",
            name="confirmed_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="session",
            name="confirmed_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
    ]
