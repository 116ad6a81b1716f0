"""Phone numbers through Presidio's libphonenumber-based recognizer, run only when digits are present.

libphonenumber scans the text once per region, about 0.4 ms each even when the draft has no digits at
all; most drafts have none, so a cheap check comes first. (``phone_number.py`` reads the shape of
numbers in any country's grouping; this one knows which are valid in the UK and the US.)
"""

from __future__ import annotations

import re

from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from .phone_number import is_public_line

# Shortest phone number worth checking: 7 digits, possibly split by spaces, dots, dashes or brackets.
_ENOUGH_DIGITS = re.compile(r"(?:\d[\s().\-]{0,3}){7}")


class GatedPhoneRecognizer(PhoneRecognizer):
    ORDER = 30
    TEXT_ONLY = True

    # Each region is a full scan; a matcher for GB or US also finds numbers written with a +country prefix.
    REGIONS = ("GB", "US")

    def __init__(self) -> None:
        super().__init__(supported_regions=self.REGIONS)

    def analyze(self, text, entities, nlp_artifacts=None):
        if not _ENOUGH_DIGITS.search(text):
            return []
        # a freephone or shared-cost line ("Kids Help Phone is 1-800-668-6868", "Breathing Space is there on 0800 83 85
        # 87") is a helpline's or a service's for the public to call, as phone_number.py reads it: no person is
        # reached or traced by one
        return [r for r in super().analyze(text, entities, nlp_artifacts) if not is_public_line(text[r.start : r.end])]
