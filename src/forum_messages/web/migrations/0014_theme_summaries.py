# ruff: noqa: RUF012
# Theme summaries written by the site's language model: the theme's summary and its
# summary_writing record, and written versions of a summary (WrittenText.theme) asked for by
# WritingJob.kind "summary".

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("fm", "0013_written_titles"),
    ]

    operations = [
        migrations.AddField(
            model_name="theme",
            name="summary",
            field=models.TextField(blank=True, default=""),
        ),
        migrations.AddField(
            model_name="theme",
            name="summary_writing",
            field=models.JSONField(blank=True, default=None, null=True),
        ),
        migrations.AlterField(
            model_name="writingjob",
            name="kind",
            field=models.CharField(
                choices=[
                    ("messages", "message texts"),
                    ("titles", "sub-topic titles"),
                    ("summary", "theme summary"),
                ],
                default="messages",
                max_length=10,
            ),
        ),
        migrations.AddField(
            model_name="writtentext",
            name="theme",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="written",
                to="fm.theme",
            ),
        ),
    ]
