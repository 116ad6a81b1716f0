"""A number announced by what it is ("Ticket #55102", "customer no. 88123", "case 4471", "NHS number 943
476 5919", "#55102"), or a code of letters and digits after a label that announces one ("case no.
SK22F00456", "MRN A1234567", "police ref: 22/1187"): anything a colleague could type into a system and
land on one person's file."""

from __future__ import annotations

import re

from .... import vocab
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer

# Nouns a system numbers one of ("Candidate 4127", "Centre 36592", "seat 1142", "participant 0417") and the
# people a professional serves ("resident 20417"): with four or more digits straight after, the number is
# that one's entry in a register, not a count or a price.
_RECORD_NOUNS = vocab.words("numbered_record_nouns") | vocab.words("person_words") | vocab.words("own_people")


class LabelledNumberRecognizer(GatedRegexRecognizer):
    ORDER = 310
    ENTITY = "REFERENCE_NUMBER"
    GATE = HAS_DIGIT
    _LABEL = (
        r"ticket|case|customer|client|account|acct|order|ref(?:erence)?|claim|invoice|policy|patient|"
        r"nhs|hospital|member(?:ship)?|booking|file|docket|matter|incident|job|tracking|student|pupil|"
        r"employee|staff|badge|caller|complaint|application|applicant|report|crime|warrant|prisoner|"
        # an immigration or benefits office's receipt ("receipt IOE0912345678"): it opens that person's case
        r"receipt|"
        # the same labels in the languages mixed into English posts, often shortened with "nr": a student's
        # enrolment number ("Matrikelnr. 4471902", German), a file's or a customer's ("Aktenzeichen", "Kundennr.",
        # "Personalnr."), a Dutch student's or citizen's ("studentnummer", "BSN"), a Spanish or French file's
        # ("expediente", "dossier n°")
        r"matrikel(?:nr|nummer)?|aktenzeichen|kunden(?:nr|nummer)|personal(?:nr|nummer)|studentnummer|"
        r"leerlingnummer|bsn|expediente|dossier|"
        r"inmate|mrn|upn|urn|crn|referral|national\s+insurance|bleep|pager|extension|keysafe|key\s+safe|"
        # an ID said alone, in capitals ("a student (ID 45591230) at the counter"): a record's number whatever
        # record it is; lowercase "id" is too often "I'd" typed without its apostrophe
        r"(?-i:ID)"
    )
    # Words that announce a number only with "no."/"number"/":" after them: "NI number", "log no. 4471",
    # "police ref: 22/1187", never "ni" or "log" alone.
    _MARKED_LABEL = r"ni|chi|log|police|passport|licen[cs]e|dbs|ucas|visit|episode|unit\s+number"
    # Labels that are nothing but a name for a code: what follows "MRN" is a code whatever its shape.
    _CODE_WORDS = frozenset(("ref", "reference", "mrn", "upn", "urn", "crn"))
    # The number is found first and its label looked for just before it: scanning a post for digits is
    # several times cheaper than scanning it for every label word.
    _NUMBER = re.compile(r"#?(?:\d[\d -]{2,14}\d|[A-Z]{1,4}-?\d{3,}[A-Z\d-]*)\b")
    # A code of letters and digits in any order ("SK22F00456", "22f00456", "2291-ANX"), or a short
    # number; which of them count depends on the label (see _plausible_code).
    # A leading group of letters may stand before a slash ("Reference HO/B1234567", an office then its serial)
    # or a space and a year ("case HC 2023/0456", a court then the year and number).
    _CODE = re.compile(
        r"(?<![\w/-])(?:[A-Z]{1,4}\s(?=\d{2,4}/\d))?(?=[A-Za-z]{0,8}(?:[-/][A-Za-z]{1,4})?\d)"
        r"[A-Za-z\d]+(?:[-/][A-Za-z\d]+){0,3}(?![\w/-])"
    )
    _LABEL_BEFORE = re.compile(
        # "card ending in 1234", "mobile ending 448": a card or a phone by its last digits
        rf"(?i:\b(?:(?P<label>{_LABEL})|(?P<marked>{_MARKED_LABEL})|(?P<ending_label>card|phone|mobile)(?=\s+(?:ends|ending)\b)))"
        r"\s*(?P<marker>(?i:no\.?|n[°º]|num(?:ber)?\.?|#|id|ref\.?|code)(?:\s+(?i:ends|ending)(?:\s+(?i:in|with))?)?|"
        # "account ending 4471", "card ending in 1234", "ref ends 7781": the last digits are enough to look it up
        r"(?i:ends|ending)(?:\s+(?i:in|with))?)?\s*(?P<punct>[:#.])?\s*$"
    )
    _DOOR_CODE = re.compile(r"(?i)\b(?:door|gate|alarm|entry|access|lockbox|lock\s+box|garage|building|front\s+door)\s+code\b")
    _CODE_NUMBER = re.compile(r"(?i)\bcode\s*(?:is|was|:|=|\(|-)?\s*(?P<span>\d{3,8})\b")
    # a noun of _RECORD_NOUNS, then four or more digits with no label word between ("Candidate 4127 turned up",
    # "Centre 36592 exams officer", "at desk 4417"); the noun must stand right before the number, so "in 2019",
    # "text 1737" and "£4127" never come here
    _RECORD_NUMBER = re.compile(r"(?<![\w'’-])(?P<noun>[A-Za-z]{3,})[ \t]+#?(?P<number>\d{4,9})\b(?![.,:/-]?\d)")
    # a bare "#55102" (four or more digits): a ticket or order number, not a hashtag word
    _BARE_HASH = re.compile(r"(?<![\w&#])#\d{4,}\b")
    # a count or unit after the number: "order 500 units", "case 100 times"
    _COUNT_AFTER = re.compile(
        r"\s*(?:units|times|people|items|pieces|days|hours|minutes|pages|words|calls|%|percent)\b", re.IGNORECASE
    )
    _DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}(?:[/.-](?:\d{2}|\d{4}))?")
    # codes that are amounts, ordinals and product names, not references: "500g", "10mg", "2nd", "4K", "3D",
    # "MP3", "B12", "Q3"
    _NOT_CODE = re.compile(
        r"\d+[a-z]{1,3}|\d+(?i:st|nd|rd|th)|\d{1,2}[A-Z]{1,3}|\d+(?:K|G|GB|MB|TB|D|X|FA|HP|AM|PM)|[A-Za-z]{1,3}\d{1,2}"
    )
    SUGGESTIONS = {"ticket": "a ticket", "customer": "a customer", "order": "an order", "invoice": "an invoice",
                   "student": "a student", "pupil": "a student", "patient": "a patient", "employee": "a colleague",
                   "bleep": "a bleep", "pager": "a pager", "extension": "an extension", "ext": "an extension",
                   "keysafe": "a keysafe code", "id": "an ID number"}

    def find(self, text, nlp_artifacts=None):
        results = []
        for m in self._NUMBER.finditer(text):
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "#" and m.group()[0] == "#"):
                continue
            label = self._label_before(text, m.start())
            if label is None or not self._plausible(m.group(), text, m.end()):
                continue
            results.append(self._labelled(text, label, m.end()))
        for m in self._CODE.finditer(text):
            code = m.group()
            # a longer number is _NUMBER's, with its checks for years and counts; one or two digits and
            # "10mg" are never references: skip them before the dearer look for a label
            if code.isdigit() and len(code) != 3 or self._NOT_CODE.fullmatch(code):
                continue
            label = self._label_before(text, m.start())
            if label is not None and self._plausible_code(code, label, text, m.end()):
                results.append(self._labelled(text, label, m.end()))
        if self._DOOR_CODE.search(text):
            # "left their door code on a sticky note ... that code (4471 lol)": the code to someone's door
            for m in self._CODE_NUMBER.finditer(text):
                results.append(self.result(m.start("span"), m.end("span"), 0.7, m.group("span"), suggestion="the code"))
        for m in self._RECORD_NUMBER.finditer(text):
            if self._record_number(text, m):
                results.append(self.result(m.start(), m.end(), 0.7, m.group(),
                                           suggestion=f"a {m.group('noun').lower()}"))
        for m in self._BARE_HASH.finditer(text):
            results.append(self.result(m.start(), m.end(), 0.6, m.group(), suggestion="a case"))
        return results

    def _record_number(self, text: str, m: re.Match) -> bool:
        """"Candidate 4127", "participant 0417": a numbered noun and its entry, not "Candidate 2019" (a year
        goes with the writer's story) nor "sample 1000 people" (a count)."""
        if m.group("noun").lower() not in _RECORD_NOUNS:
            return False
        number = m.group("number")
        if re.fullmatch(r"(?:19|20)\d\d", number):
            return False
        return not self._COUNT_AFTER.match(text, m.end())

    def _label_before(self, text: str, start: int) -> re.Match | None:
        label = self._LABEL_BEFORE.search(text, max(0, start - 40), start)
        if label is None or label.group("marked") and not (label.group("marker") or label.group("punct") in (":", "#")):
            return None
        return label

    def _labelled(self, text: str, label: re.Match, end: int):
        # the label is reported with the number ("Ticket #55102"), so a replacement such as "a ticket"
        # reads right in place of both
        start = label.start()
        # trailing spaces/hyphens the digit run swallowed are not part of the number
        while end > start and text[end - 1] in " -":
            end -= 1
        word = (label.group("label") or "").lower()
        return self.result(start, end, 0.75, text[start:end], suggestion=self.SUGGESTIONS.get(word, "a case"))

    def _plausible(self, number: str, text: str, end: int) -> bool:
        if sum(c.isdigit() for c in number) < 3:
            return False
        # "case 2024" alone could be a year
        if re.fullmatch(r"(?:19|20)\d\d", number):
            return False
        return not self._COUNT_AFTER.match(text, end)

    def _plausible_code(self, code: str, label: re.Match, text: str, end: int) -> bool:
        """A code after a label. After "case no.", "Ref:" or "MRN" any code with a digit is a reference
        ("case no. SK22F00456", "Ticket #123"); after a bare word ("case", "client") only one written
        as a code: capitals and three or more digits ("case SK22F00456", not "patient covid19")."""
        bare = re.sub(r"[-/]", "", code)
        digits = sum(c.isdigit() for c in bare)
        if self._NOT_CODE.fullmatch(bare) or self._COUNT_AFTER.match(text, end):
            return False
        announced = bool(label.group("marker")) or label.group("punct") in (":", "#") or (
            (label.group("label") or "").lower() in self._CODE_WORDS
        )
        if bare.isdigit():
            if bare != code:  # "police ref: 22/1187"; "ref: 12/03/2024" is a date
                return announced and digits >= 4 and not self._DATE.fullmatch(code)
            return announced and len(bare) == 3
        if announced:
            return len(bare) >= 4
        return digits >= 3 and not any(c.islower() for c in bare)
