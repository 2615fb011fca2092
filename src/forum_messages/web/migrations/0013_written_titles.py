# ruff: noqa: RUF012
# Sub-topic titles written by the site's language model: the topic's title_writing record, and
# written versions of a title (WrittenText.topic) asked for by WritingJob.kind "titles".

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("fm", "0012_takeaway_items"),
    ]

    operations = [
        migrations.AddField(
            model_name="topic",
            name="title_writing",
            field=models.JSONField(blank=True, default=None, null=True),
        ),
        migrations.AddField(
            model_name="writingjob",
            name="kind",
            field=models.CharField(
                choices=[("messages", "message texts"), ("titles", "sub-topic titles")],
                default="messages",
                max_length=10,
            ),
        ),
        migrations.AlterField(
            model_name="writtentext",
            name="message",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="written",
                to="fm.message",
            ),
        ),
        migrations.AddField(
            model_name="writtentext",
            name="topic",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="written",
                to="fm.topic",
            ),
        ),
    ]
