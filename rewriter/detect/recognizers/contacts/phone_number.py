"""Phone numbers as people write them, in any country's grouping: "0161 496 0731",
"+44 20 7946 0958", "(555) 123-4567", "78 651 450", "+41 (0)69 979 80 58", "930.167.3943",
"345-899-3560x4587". Presidio's libphonenumber recognizer only knows the regions it is told about
and rejects numbers that are not valid there; this one reads the shape, and ``accept`` keeps out
dates, times, IP addresses, card numbers and plain counts.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import PhoneNumberType

from ..support.base import Pattern, RegexRecognizer

# Where a number written without its country code is read: the countries whose writers the drafts come from.
_REGIONS = ("GB", "IE", "US", "CA", "AU", "NZ", "ZA", "IN", "SG", "MY", "PH", "NG", "GH", "KE", "JM")
# Freephone and shared-cost lines ("0800 1111", "1800 022 222", "1-800-273-8255", "1300 22 4636") are rented by
# organisations, helplines and services for the public to call; no person is reached or traced by one.
_PUBLIC_LINE_TYPES = (PhoneNumberType.TOLL_FREE, PhoneNumberType.SHARED_COST)


# What a person holds: a number that one of the countries reads so may be someone's own ("0803 412 7719" is a
# Nigerian mobile and a New Zealand freephone), and stays a phone number.
_PERSONAL_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE, PhoneNumberType.PERSONAL_NUMBER,
                   PhoneNumberType.PAGER, PhoneNumberType.VOICEMAIL)


def is_public_line(number: str) -> bool:
    """A freephone or shared-cost number in one of the drafts' countries, as libphonenumber's metadata has them,
    that no other of them reads as a mobile or a personal number."""
    public = False
    for region in (None,) if number.startswith("+") else _REGIONS:
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(parsed):
            continue
        kind = phonenumbers.number_type(parsed)
        if kind in _PERSONAL_TYPES:
            return False
        public = public or kind in _PUBLIC_LINE_TYPES
    return public


class PhoneNumberRecognizer(RegexRecognizer):
    ORDER = 1010
    TEXT_ONLY = True
    ENTITY = "PHONE_NUMBER"
    WHY = "A phone number identifies a person directly."
    CONTEXT = ["phone", "call", "ring", "tel", "telephone", "mobile", "cell", "text", "whatsapp", "fax", "desk", "office"]
    PATTERNS = [
        Pattern(
            "grouped digits",
            r"(?<![\w+/.-])(?<!\d:)(?<!\d )"
            r"(?:\+\d{1,3}[ .-]?(?:\(0\)[ .-]?)?|00\d{1,3}[ .-]|)"  # +44, +41 (0), 0049
            r"(?:\(\d{1,5}\)[ .-]?)?"  # (555), (08)
            r"\d{1,12}(?:[ .-]\d{1,8}){0,5}"  # the groups
            r"(?:\s?(?:x|ext\.?)\s?\d{1,5})?"  # extension
            r"(?![\w/]|[.,:-]\d)",
            0.5,
        ),
        # a German-style area code split off by a slash: "0151/12345678", "030/1234567"
        Pattern("area code and slash", r"(?<![\w+/.:-])0\d{1,4}/\d{3,9}(?![\w/]|[.,:-]\d)", 0.5),
    ]
    _DATE = re.compile(r"^(?:(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:19|20)?\d\d)$")
    _IP = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
    _YEARS = re.compile(r"^(?:19|20)\d\d(?:[ -](?:19|20)\d\d)+$")

    # Words just before a number that say it is a phone number: a label, or a way of reaching someone.
    _CUE_BEFORE = re.compile(
        r"(?:phone|tel|mobile|desk|fax|cell|call\s+(?:me|us|him|her|them)?|ring|text|reach|contact|whatsapp|sms|"
        r"answering|messages|registered|number)\W{0,4}(?:on|at|to|is|:)?\W{0,3}$",
        re.IGNORECASE,
    )
    _CUE_AFTER = re.compile(r"[\s-]?(?:fax|office|mobile|cell|home|work|tel|phone)\b", re.IGNORECASE)

    def _labelled(self, text: str, start: int, end: int) -> bool:
        before = text[max(0, start - 30) : start]
        return bool(self._CUE_BEFORE.search(before) or self._CUE_AFTER.match(text, end))

    def accept(self, match: re.Match, text: str) -> bool:
        number = match.group()
        digits = sum(c.isdigit() for c in number)
        if not 7 <= digits <= 15:
            return False
        if self._DATE.search(number) or self._IP.match(number) or self._YEARS.match(number):
            return False
        if is_public_line(number):
            return False
        plain = number.isdigit()
        if plain:
            # an unbroken run is a phone number when labelled as one ("Desk: 5403926876",
            # "3660170548-Fax", "call me on 94727916"), or unlabelled in the usual national lengths
            # starting with 0 ("07700900123")
            if self._labelled(text, match.start(), match.end()):
                return True
            return 10 <= digits <= 11 and number.startswith("0")
        groups = re.split(r"[ ./()+-]+", number.strip("+()"))
        groups = [g for g in groups if g]
        # four groups of four is a card number, not a phone
        if digits >= 16 or (len(groups) == 4 and all(len(g) == 4 for g in groups)):
            return False
        # "3 12 2024"-like runs of tiny groups are counts or scores
        return max(len(g) for g in groups) >= 2 and not (len(groups) == 2 and len(groups[0]) <= 2 and not number.startswith(("+", "(", "0")))
