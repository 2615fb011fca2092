# ruff: noqa: RUF012
# Statements drafted from transcripts keep the turns they cite and are confirmed one by one;
# every change an organiser makes to them is recorded.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("fm", "0011_webscale_staging"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="statement",
            name="confirmed_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="statement",
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
            model_name="statement",
            name="turns",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.CreateModel(
            name="TakeawayChange",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("kind", models.CharField(max_length=20)),
                (
                    "action",
                    models.CharField(
                        choices=[
                            ("edited", "edited"),
                            ("added", "added"),
                            ("removed", "removed"),
                            ("confirmed", "confirmed"),
                        ],
                        max_length=10,
                    ),
                ),
                ("before", models.TextField(blank=True)),
                ("after", models.TextField(blank=True)),
                ("created", models.DateTimeField(auto_now_add=True)),
                (
                    "author",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "session",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="changes",
                        to="fm.session",
                    ),
                ),
            ],
            options={
                "ordering": ("-created", "-id"),
            },
        ),
    ]
