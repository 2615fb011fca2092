"""Property-based tests of every reader: any input gives a result or a clear error.

Two budgets: ``make test`` runs the short ``ci`` profile; ``make fuzz`` runs the long ``fuzz``
profile (``HYPOTHESIS_PROFILE=fuzz``). Every crash found is kept as an ``@example`` on the test
that found it, so it is replayed on every run.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "fuzz",
    max_examples=3000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
