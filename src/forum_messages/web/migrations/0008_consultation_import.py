# ruff: noqa: RUF012

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("fm", "0007_organisers"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ConsultationImport",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("file_name", models.CharField(max_length=255)),
                ("columns", models.CharField(max_length=1000)),
                ("created", models.DateTimeField(auto_now_add=True)),
                ("responses", models.IntegerField(default=0)),
                ("comments", models.IntegerField(default=0)),
                ("campaigns", models.IntegerField(default=0)),
                ("rejected", models.IntegerField(default=0)),
                ("rejects", models.JSONField(default=list)),
                (
                    "edition",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="imports",
                        to="fm.edition",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={"ordering": ("-created", "-id")},
        ),
        migrations.AddField(
            model_name="comment",
            name="response_id",
            field=models.CharField(blank=True, max_length=200),
        ),
        migrations.AddField(
            model_name="comment",
            name="question",
            field=models.CharField(blank=True, max_length=200),
        ),
        migrations.AddField(
            model_name="comment",
            name="batch",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="imported",
                to="fm.consultationimport",
            ),
        ),
        migrations.AddIndex(
            model_name="comment",
            index=models.Index(
                fields=["edition", "state", "created", "id"], name="fm_comment_queue"
            ),
        ),
        migrations.AddIndex(
            model_name="comment",
            index=models.Index(
                fields=["edition", "state", "campaign", "created", "id"],
                name="fm_comment_answers",
            ),
        ),
        migrations.AddIndex(
            model_name="comment",
            index=models.Index(fields=["edition", "response_id"], name="fm_comment_response"),
        ),
        migrations.AddIndex(
            model_name="comment",
            index=models.Index(fields=["edition", "stakeholder_group"], name="fm_comment_group"),
        ),
    ]
