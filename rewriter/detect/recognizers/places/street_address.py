"""Street addresses, streets and postcodes, in English and the common European forms.

"Deborah Lane from Flint Street", "a 92-year-old on Station Road", "6750 Koskikatu 25 Apt. 864",
"Hammarvägen 15", "Via dei Fiorentini 17", "PSC 7951, Box 9972 APO AA 69974", "SW1A 1AA".
Evidence is the shape of an address, never a list of real streets:
- a street-type word after capitalised words ("Road", "Street", "Ave", "Close"...), or a prefix
  before them ("Rue", "Via", "Calle", "ul."...), or a compound ending ("-katu", "-vägen", "-straße",
  "-laan"...), with a house number, or, for the unambiguous English types, without one;
- a house number, a name, a number: "20789 Allika 46";
- flats, suites, PO boxes and military addresses;
- postcodes whose shape is specific enough on their own (UK; US state + ZIP).
A match is then extended over the rest of a postal block: the town, region, country and postcode that
follow on the same line after a comma or on the next short lines ("...\\n Suite 501\\n Riisa\\n Estonia 62488").
"""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import Pattern, RegexRecognizer

# A capitalised word (first letter upper case: "re" has no Unicode class for that, so exclude the
# lowercase and non-letters instead), and any word.
_CAPW = r"(?=[^\W\d_a-zß-ÿ])[^\W\d_][\w'’\-]*\.?"
_ANYW = r"[^\W\d_][\w'’\-]*\.?"
_HOUSE = r"\d{1,6}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?"
_NUMS = rf"(?:{_HOUSE}\s+){{1,2}}"  # "14 ", "3369 24 " (a block number then a house number)

# English street types that name a street even without a house number ("Station Road").
_STRONG_TYPES = vocab.alternation("street_types")
# All English types, abbreviations and foreign types included, for addresses with a house number.
_TYPES = f"{_STRONG_TYPES}|{vocab.alternation('street_types_after_a_number')}"
# Types written before the name: French, Spanish, Portuguese, Italian, Polish, Greek, Malay...
_PREFIXES = vocab.alternation("street_prefixes")
# Endings of one-word street names: Finnish, Swedish, Danish, Norwegian, Icelandic, German, Dutch,
# Hungarian, Baltic, Slavic, Turkish.
_ENDINGS = vocab.alternation("street_endings")
# Flats, suites, boxes: "Apt. 864", "Suite 727", "Flat 3B", "P.O. Box 104", "Unit 1293 Box 4311".
_UNIT = (
    r"(?:(?i:apt|apartment|suite|ste|flat|unit|floor|fl|bldg|building)\.?\s*#?\s*\d{1,5}[A-Za-z]?"
    r"(?:\s+(?i:box)\s+\d{1,5})?|(?i:p\.?\s?o\.?\s*box|post\s+office\s+box)\s*\d{1,6})"
)
_US_STATES = vocab.alternation("us_states")
# Units of measure or time before a "road"-like word: "5 minutes down the road" is no address.
_NOT_BEFORE_TYPE = re.compile(
    r"(?i)\b(?:the|a|an|my|our|your|his|her|their|this|that|of|to|down|up|along|on|in|at|minutes?|mins?|"
    r"hours?|hrs?|miles?|km|kms|metres?|meters?|yards?|feet|ft|days?|weeks?|steps?|times?)\b"
)

_PATTERNS = [
    # "14 Crown Street", "3369 24 Clarke Avenue", "385 Gemsbok St", "90 whitchurch road"
    Pattern("number, name and street type", rf"\b{_NUMS}(?:{_ANYW}\s+){{1,4}}(?i:{_TYPES})\b\.?", 0.9),
    # "Station Road", "Flint Street", "Harbour Road" (no number: only the unambiguous types, capitalised)
    Pattern("named street", rf"\b(?:{_CAPW}\s+){{1,3}}(?:{_STRONG_TYPES})\b(?:\s+{_HOUSE}\b)?", 0.6),
    # "Via dei Fiorentini 17", "Rue de Piétrain 371", "ul. Więckowskiego Stefana 28", "770 26 rue des lieutemants Thomazo"
    Pattern("street prefix and number", rf"(?:\b{_NUMS})?(?<![\w.])(?:{_PREFIXES})\s+(?:{_ANYW}\s+){{0,5}}?{_HOUSE}\b", 0.9),
    Pattern("number and street prefix", rf"\b{_NUMS}(?:{_PREFIXES})(?:\s+{_ANYW}){{1,5}}", 0.9),
    # "Koskikatu 25", "6750 Koskikatu 25", "Hammarvägen 15", "Loorenstrasse 149", "Erzsébet tér 19."
    Pattern("street name ending and number", rf"(?:\b{_NUMS})?\b(?:{_CAPW}\s+){{0,2}}[^\W\d_]*(?:{_ENDINGS})\b\.?(?:\s+{_HOUSE}\b\.?)", 0.9),
    Pattern("number and street name ending", rf"\b{_NUMS}(?:{_CAPW}\s+){{0,2}}[^\W\d_]*(?:{_ENDINGS})\b\.?", 0.9),
    # "20789 Allika 46", "172 Maneeži 75": a house number, a capitalised name, a number
    Pattern("number, name, number", rf"\b\d{{1,6}}\s+(?:{_CAPW}\s+){{1,3}}\d{{1,4}}[A-Za-z]?\b(?![.,:/]\d)", 0.6),
    # flats, suites and PO boxes
    Pattern("flat, suite or box", rf"(?<![\w.]){_UNIT}\b", 0.6),
    # military and diplomatic mail: "PSC 7951, Box 9972\nAPO AA 69974", "USNV Botolen\nFPO AE 12382"
    Pattern(
        "military mail",
        r"\b(?i:psc\s+\d{3,5},?\s+box\s+\d{3,5}|unit\s+\d{3,5}\s+box\s+\d{3,5}|(?:usns|usnv|uss|uscgc)\s+[^\W\d_]+)"
        r"\s+(?i:apo|fpo|dpo)\s+(?i:aa|ae|ap)\s+\d{5}\b",
        0.8,
    ),
    # UK postcode "SW1A 1AA", "M1 4BT"; US state and ZIP "CO 80202", "NY 10001-1234"
    Pattern("UK postcode", r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[ABD-HJLNP-UW-Z]{2}\b", 0.6),
    Pattern("US state and ZIP", rf"\b(?:{_US_STATES})\s+\d{{5}}(?:-\d{{4}})?\b", 0.6),
]

# What may follow an address on the same line: ", Toronto", ", SEINÄJOKI", " Apt. 864", ", CO 80202"
_SAME_LINE_TAIL = re.compile(
    rf"(?:[ \t]+(?:St|Str|Rd|Ave)\b\.?|[ \t]*,?[ \t]*{_UNIT}|[ \t]*,[ \t]*{_CAPW}(?:[ \t]+{_CAPW}){{0,2}}|[ \t]*,?[ \t]*(?:{_US_STATES}|[A-Z]{{2,3}})"
    rf"(?=[ \t]+\d)|[ \t]*,?[ \t]*\d{{4,6}}(?:-\d{{3,4}})?\b)"
)
# A following line that belongs to the postal block: a few capitalised words, codes and numbers.
_BLOCK_LINE = re.compile(
    rf"[ \t>*|?]*(?:,[ \t]*)?(?:{_UNIT}|(?:{_CAPW}|[A-Z]{{2,3}}|\d{{3,6}}(?:-\d{{3,4}})?|\([^\W\d_]+\))"
    rf"(?:[ \t]*,?[ \t]*(?:{_CAPW}|[A-Z]{{2,3}}|\d{{3,6}}(?:-\d{{3,4}})?|\([^\W\d_]+\))){{0,4}})[ \t]*(?=\n|$)"
)
# A line of words in any case ("castelfranco veneto", "ASKER nan"): part of the block only when a
# postcode ends it or is the next line, as in forms typed without capitals.
_LOOSE_LINE = re.compile(r"[ \t]*[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,3}(?:[ \t]+\d{3,6})?[ \t]*(?=\n|$)")
_POSTCODE_LINE = re.compile(r"\n[ \t]*,?[ \t]*(?:[A-Za-z]{2,3}[ \t]+)?\d{3,6}(?:-\d{3,4})?[ \t]*(?:\n|$)")
_DIGIT = re.compile(r"\d")
# "Street name ending and number" tries every word as the start of a street name (a tenth of a
# millisecond a post); it cannot match where no ending is followed by a number, one quick search.
_ENDING_THEN_NUMBER = re.compile(rf"(?:{_ENDINGS})\b\.?\s+\d")
_NEEDS_ENDING_THEN_NUMBER = "street name ending and number"
_STRONG_TYPE_WORD = re.compile(rf"\b(?:{_STRONG_TYPES})\b")
_LABEL = re.compile(r"[^\n]*:")  # "Mobile: ...", "Phone:" lines are not part of the address


# Names shaped like a street that everyone knows as something else: a brand ("eat the Quality Street"), a
# listed company ("State Street"), a landmark or a famous work ("Sesame Street", "the Milky Way").
_KNOWN_NAMES = (vocab.words("brands") | vocab.words("listed_companies") | vocab.words("landmarks")
                | vocab.words("famous_things"))


# Words of a postal block ("Unit 4719 Box 7394", "Suite 12"): the numbered thing is an address after all.
_POSTAL_WORD = re.compile(rf"(?i:\b(?:box|postbox|apt|suite|unit|flat|floor|{_TYPES}|{_PREFIXES})\b)")
_CAPITALISED_WORD = re.compile(r"\b[^\W\d_][\w'’-]*")


def _known_name(matched: str) -> bool:
    """A numberless match that is a brand, a company, a landmark or a famous thing by name."""
    name = re.sub(r"^(?i:the)\s+", "", matched.strip()).removesuffix("'s").removesuffix("’s")
    return not matched[:1].isdigit() and name in _KNOWN_NAMES


class StreetAddressRecognizer(RegexRecognizer):
    ORDER = 800
    TEXT_ONLY = True
    ENTITY = "STREET_ADDRESS"
    WHY = "An address points to where someone lives or works."
    PATTERNS = _PATTERNS

    def __init__(self) -> None:
        super().__init__()
        self._number_name_number = next(
            compiled for compiled, pattern in zip(self._compiled, self.PATTERNS) if pattern.name == "number, name, number"
        )[0]
        self._without_ending_then_number = [
            compiled for compiled, pattern in zip(self._compiled, self.PATTERNS) if pattern.name != _NEEDS_ENDING_THEN_NUMBER
        ]

    def analyze(self, text, entities, nlp_artifacts=None):
        # Without a digit only a numberless street can be here ("Station Road"): most posts stop at once.
        if _DIGIT.search(text):
            patterns = self._compiled if _ENDING_THEN_NUMBER.search(text) else self._without_ending_then_number
        elif _STRONG_TYPE_WORD.search(text):
            patterns = [self._compiled[1]]
        else:
            return []
        found: list[list] = []
        for regex, score in patterns:
            for m in regex.finditer(text):
                start, end = m.span()
                matched = m.group()
                if not self._plausible(matched) or _known_name(matched):
                    continue
                if regex is self._number_name_number and not _POSTAL_WORD.search(matched) and all(
                    lexicon.is_ordinary_word(w) for w in _CAPITALISED_WORD.findall(matched)
                ):
                    continue  # "Marking 60 Grade 10 essays", "3 Level 2 courses": a count of a numbered thing
                found.append([start, end, score])
        if not found:
            return []
        found.sort()
        merged: list[list] = []
        for start, end, score in found:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
                merged[-1][2] = max(merged[-1][2], score)
            else:
                merged.append([start, end, score])
        results = []
        reach = -1
        for start, end, score in merged:
            if start < reach:
                continue  # already inside the postal block of the previous address
            end = self._extend(text, end)
            reach = end
            results.append(self.result(start, end, score))
        return results

    @staticmethod
    def _plausible(matched: str) -> bool:
        """Reject "5 minutes down the road"-like matches: words between the number and the type
        that are units, articles or prepositions."""
        if matched[:1].isdigit():
            body = matched.split(None, 1)[1] if " " in matched else ""
            words = body.split()
            if len(words) >= 2 and _NOT_BEFORE_TYPE.search(" ".join(words[:-1])):
                return False
            # A sentence ends between the number and the type: "5 abdominal thrusts. Learn it. St John Ambulance run
            # free sessions" is a count, then a new sentence. An abbreviation's stop ("Mt. Pleasant Rd") is short and
            # capitalised; a sentence's last word is not.
            if any(w.endswith(".") and w[:1].islower() and len(w.rstrip(".")) > 3 for w in words[:-1]):
                return False
        return True

    @staticmethod
    def _extend(text: str, end: int) -> int:
        """Take in the rest of the postal block after ``end``."""
        m = _SAME_LINE_TAIL.match(text, end)
        while m and m.end() > end:
            end = m.end()
            m = _SAME_LINE_TAIL.match(text, end)
        blank_used = False
        while end < len(text):
            nl = text.find("\n", end)
            if nl < 0 or text[end:nl].strip(" \t,.>*|?"):
                break  # the address line goes on with something else
            nxt = nl + 1
            if text.startswith("\n", nxt) or text[nxt:].lstrip(" \t").startswith("\n"):
                if blank_used:
                    break
                blank_used = True  # one blank line may sit inside a block
                nxt = text.index("\n", nxt) + 1
            if _LABEL.match(text, nxt) and ":" in text[nxt : text.find("\n", nxt) if "\n" in text[nxt:] else len(text)]:
                break
            m = _BLOCK_LINE.match(text, nxt)
            if not m or not m.group().strip(" \t>*|?,"):
                m = _LOOSE_LINE.match(text, nxt)
                if not m or not (m.group().rstrip()[-1:].isdigit() or _POSTCODE_LINE.match(text, m.end())):
                    break
            end = m.end()
        return end
