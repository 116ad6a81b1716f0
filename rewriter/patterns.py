"""Regex fragments that both detection and the post-level review read, so the two agree on what the
text looks like; each user keeps its own guards around the fragment (what may come before and after)."""

from __future__ import annotations

# A gestation in weeks and days, "41+3", "36 + 2": weeks 22 to 43 (the range a birth is written in), days 0 to 6.
GESTATION_WEEKS_DAYS = r"(?P<weeks>2[2-9]|3\d|4[0-3])\s?\+\s?[0-6]"
