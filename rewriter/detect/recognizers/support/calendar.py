"""Weekdays, months and days of the month as the time recognizers read them."""

from __future__ import annotations

from .... import vocab

WEEKDAY = vocab.alternation("weekdays")
# Full month names are safe in any case except "may" and "march" (verbs); abbreviations need a capital.
_MONTHS_ANY_CASE = "|".join(m for m in vocab.entries("months") if m not in ("may", "march"))
MONTH = (
    rf"(?:(?i:{_MONTHS_ANY_CASE})|May|March|"
    r"MAY|MARCH|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)"
)
ORDINAL_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
