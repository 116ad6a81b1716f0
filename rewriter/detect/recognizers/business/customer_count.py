"""Counts of a business's customers, people and premises: "2,300 customers", "40k users", "18 million
accounts", "9,400 customer sessions", "40,000 packs" (three digits or more; "3 siblings" is no business figure; calls,
emails and tickets from four: "147 calls before lunch" is the writer's day); "all 14 Wellspring Pharmacy branches", "2 staff for 38 residents"
(two digits are enough for premises and the people a home or school serves: they size one place); "the 120
people we're letting go" (people beside a layoff)."""

from __future__ import annotations

import re

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
            r"records|cards|sessions|claimants|tenants|policyholders|transactions|packs|tokens|passwords|"
            r"credentials|logins|profiles|"
            r"MAUs?|DAUs?)\b",
            0.65,
        ),
        Pattern(
            # a few hundred calls, emails or tickets is anyone's working day ("147 calls before lunch", "inbox: 214
            # emails"); thousands are a business's volume ("12,000 calls during the outage", "40k calls in the queue")
            "thousands of calls, emails or tickets",
            r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d{4,9}|\d+(?:\.\d+)?\s?(?:[kKmM]|(?i:million|billion|thousand)))\s+"
            r"(?:(?i:customer|client|patient|user|support|inbound|outbound)\s+)?(?i:calls|emails|tickets)\b",
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


    # A count said to the reader, of their own business or a case they may have: "ask whether your 200 users really
    # need Kafka", "if you have 500 customers". Advice to everyone sizes no one's firm; "our 200 users" stays.
    _READERS = re.compile(r"(?i)(?:\byour\s+(?:own\s+)?|\bif\s+you\s+(?:have|had|only\s+have|run|serve)\s+(?:like\s+|maybe\s+|about\s+)?)$")

    def accept(self, match: re.Match, text: str) -> bool:
        return self._READERS.search(text, max(0, match.start() - 30), match.start()) is None

    # The staff beside the size of the place they serve, in one sentence: "38 beds, 41 staff, zero agency",
    # "11 residents and 4 staff off sick", "22 beds, 4 nurses". The size sizes one home, school or ward (read
    # above); the head count beside it completes its profile, and a colleague reads the pair as that home
    # (session 39). A staff count with no such size beside it ("2 staff on nights") is a rota, left alone.
    _STAFF = re.compile(
        r"(?<![\w.,£$€#/:])(\d{1,4})\s+(?:(?:other|more|full-time|part-time|care|nursing|permanent|agency)\s+)?"
        r"(?i:staff|carers|nurses|employees|workers|teachers|educators|team\s+members|care\s+workers|HCAs|caregivers)\b"
    )
    _PLACE_SIZE = re.compile(
        r"(?<![\w.,£$€])\d{2,}\s+(?:(?:[\w'’-]+)\s+)?(?i:beds|residents|pupils|children|kids|students|rooms|patients)\b"
    )
    _SENTENCE_END = re.compile(r"[.!?\n]")

    def find(self, text, nlp_artifacts=None):
        results = super().find(text, nlp_artifacts)
        for m in self._STAFF.finditer(text):
            if int(m.group(1)) < 2:
                continue
            start = max([i.end() for i in self._SENTENCE_END.finditer(text, 0, m.start())] or [0])
            stop = self._SENTENCE_END.search(text, m.end())
            sentence = text[start : stop.start() if stop else len(text)]
            if self._PLACE_SIZE.search(sentence):
                results.append(self.result(m.start(), m.end(), 0.6, m.group()))
        return results
