"""E-mail addresses, validated against the public suffix list bundled with tldextract, never fetched."""

from __future__ import annotations

import tldextract
from presidio_analyzer.predefined_recognizers import EmailRecognizer

# No URLs and no cache directory: tldextract falls back to the snapshot it ships, so the first e-mail
# in a draft never triggers a download of the suffix list (stock Presidio does exactly that).
_OFFLINE_TLD = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)


class OfflineEmailRecognizer(EmailRecognizer):
    TEXT_ONLY = True
    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        # Every address has an "@"; most posts have none, and the full pattern costs about 50 µs a post.
        if "@" not in text:
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)

    def validate_result(self, pattern_text: str):
        return _OFFLINE_TLD(pattern_text).fqdn != ""


# -- handles and phone numbers --------------------------------------------------------------------

import re  # noqa: E402  (kept beside the recognizers that use it)

from .base import RegexRecognizer  # noqa: E402


class HandleRecognizer(RegexRecognizer):
    """Social media handles: "@mia.runs_2009", "@DrKaye". Not the middle of an e-mail address."""

    TEXT_ONLY = True

    ENTITY = "HANDLE"
    WHY = "A social media handle identifies a person directly."
    PATTERNS = [(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@]|\.[A-Za-z]{2,}\b)", 0.85)]


class PhoneNumberRecognizer(RegexRecognizer):
    """Phone numbers as people write them, in any country's grouping: "0161 496 0731",
    "+44 20 7946 0958", "(555) 123-4567", "78 651 450", "+41 (0)69 979 80 58", "930.167.3943",
    "345-899-3560x4587". Presidio's libphonenumber recognizer only knows the regions it is told about
    and rejects numbers that are not valid there; this one reads the shape, and ``accept`` keeps out
    dates, times, IP addresses, card numbers and plain counts.
    """

    TEXT_ONLY = True

    ENTITY = "PHONE_NUMBER"
    WHY = "A phone number identifies a person directly."
    CONTEXT = ["phone", "call", "ring", "tel", "telephone", "mobile", "cell", "text", "whatsapp", "fax", "desk", "office"]
    PATTERNS = [
        (
            r"(?<![\w+/.-])(?<!\d:)(?<!\d )"
            r"(?:\+\d{1,3}[ .-]?(?:\(0\)[ .-]?)?|00\d{1,3}[ .-]|)"  # +44, +41 (0), 0049
            r"(?:\(\d{1,5}\)[ .-]?)?"  # (555), (08)
            r"\d{1,12}(?:[ .-]\d{1,8}){0,5}"  # the groups
            r"(?:\s?(?:x|ext\.?)\s?\d{1,5})?"  # extension
            r"(?![\w/]|[.,:-]\d)",
            0.5,
        ),
        # a German-style area code split off by a slash: "0151/12345678", "030/1234567"
        (r"(?<![\w+/.:-])0\d{1,4}/\d{3,9}(?![\w/]|[.,:-]\d)", 0.5),
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


from presidio_analyzer.predefined_recognizers import UrlRecognizer  # noqa: E402


class GatedUrlRecognizer(UrlRecognizer):
    """Presidio's link recognizer, run only when something link-like is present: its patterns cost
    more than a millisecond per post, and most posts have no "://", "www." or "name.tld" at all."""

    TEXT_ONLY = True

    _GATE = re.compile(r"://|www\.|[A-Za-z0-9]\.[A-Za-z]{2}")

    def analyze(self, text, entities, nlp_artifacts=None):
        if not self._GATE.search(text):
            return []
        return super().analyze(text, entities, nlp_artifacts)
