"""Counts of a business's customers, people and premises: "2,300 customers", "40k users", "18 million
accounts", "9,400 customer sessions", "40,000 packs" (three digits or more; "3 siblings" is no business figure); "all 14 Wellspring Pharmacy branches", "2 staff for 38 residents"
(two digits are enough for premises and the people a home or school serves: they size one place); "the 120
people we're letting go" (people beside a layoff). Not the writer's own workload by the clock ("147 calls before
lunch", "300 emails waiting", "60 tickets a day"): every call centre and inbox has one, and it sizes no business."""

from __future__ import annotations

from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer


class CustomerCountRecognizer(GatedRegexRecognizer):
    ORDER = 530
    ENTITY = "FIGURE"
    GATE = HAS_DIGIT
    PATTERNS = [
        Pattern(
            "count and customers",
            r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d{3,9}|\d+(?:\.\d+)?\s?(?:[kKmM]|(?i:million|billion|thousand)))\s+"
            r"(?:(?i:new|active|paying|enterprise|monthly|daily|existing|loyal|b2b|retail|trial|customer|card|patient|"
            r"client|user|support|payment|postpaid|prepaid)\s+){0,2}"
            r"(?i:customers|clients|users|subscribers|accounts|employees|staff|seats|licen[cs]es|stores|sites|"
            r"downloads|orders|members|installs|sign-?ups|deals|contracts|units|shipments|partners|"
            r"records|cards|tickets|sessions|claimants|tenants|policyholders|transactions|packs|calls|tokens|passwords|"
            r"credentials|logins|emails|profiles|"
            r"MAUs?|DAUs?)\b"
            # the writer's own workload by the clock: "147 calls before lunch", "300 emails waiting", "60 tickets a day"
            r"(?!(?:(?<=calls)|(?<=emails)|(?<=tickets)|(?<=Calls)|(?<=Emails)|(?<=Tickets))"
            r"(?:\s+(?i:answered|taken|done|handled|cleared|logged))?\s+(?i:(?:before|by|since|after)\s+(?:lunch|noon|midday|breakfast|"
            r"brunch|\d{1,2}(?::\d\d)?\s?(?:am|pm))|today|tonight|this\s+(?:morning|afternoon|evening|shift)|waiting|"
            r"in\s+(?:my|the)\s+inbox|(?:a|per|each)\s+(?:day|shift|hour)|(?:on|in)\s+(?:one|a|my)\s+shift)\b)",
            0.65,
        ),
        Pattern(
            "count and premises or people served",
            r"(?<![\w.,£$€])(?:\d{1,3}(?:,\d{3})+|\d{2,})\s+(?:(?=[A-Z])[\w'’&-]+\s+){0,2}"
            r"(?i:branches|stores|shops|outlets|sites|offices|clinics|pharmacies|restaurants|warehouses|depots|"
            r"residents|beds|pupils)\b",
            0.6,
        ),
        Pattern(
            "people beside a layoff",
            r"(?<![\w.,£$€])(?:\d{1,3}(?:,\d{3})+|\d{2,})\s+(?i:people|staff|jobs|roles|positions|employees|workers|"
            r"colleagues|heads)\b(?=[^.!?\n]{0,30}(?i:\b(?:letting\s+go|let\s+go|laid\s+off|laying\s+off|"
            r"made\s+redundant|redundan\w*|losing\s+their\s+jobs|cut|cuts|axed|fired|sacked)\b))",
            0.6,
        ),
    ]

    def result(self, start, end, score, matched="", entity=None, why=None, **meta):
        # "the 120 people we're letting go" -> "the many people ...": the count goes, the noun stays
        meta.setdefault("suggestion", f"a number of {matched.split()[-1].lower()}" if matched else None)
        return super().result(start, end, score, matched, entity, why, **meta)

