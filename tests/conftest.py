"""Hypothesis settings profiles for the whole suite.

``HYPOTHESIS_PROFILE`` picks one (``dev`` by default, ``ci`` when ``CI`` is set).  No profile
has a deadline: timing varies too much between machines for a deadline to mean anything but
flaky failures.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100, deadline=None, print_blob=True)
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("quick", max_examples=20, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
