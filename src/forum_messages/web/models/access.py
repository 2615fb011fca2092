"""Failed sign-ins, kept for a quarter of an hour so that password guessing is throttled in
every server process (services/throttle.py)."""

from __future__ import annotations

from django.db import models


class LoginFailure(models.Model):
    """One failed sign-in: keyed hashes of the account name and of the address, not the
    names themselves."""

    account = models.CharField(max_length=64, db_index=True)
    address = models.CharField(max_length=64, db_index=True)
    created = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ("-created",)
