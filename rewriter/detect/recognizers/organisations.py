"""Organisations: employers, client companies, customers, law firms.

"Project ships to Vandelay Industries", "Q4 numbers for Stark Retail", "Patterson v. Dunmore Logistics",
"Henderson, Hicks and Brown", "I work for Wolters Kluwer". The evidence is a company-type word at the
end of capitalised words, the "A, B and C" shape of a partnership, the two sides of a court case, or a
phrase about working somewhere. No list of real companies is used.
"""

from __future__ import annotations

import re

from . import lexicon
from .base import OwnRecognizer, RegexRecognizer
from .doc_tokens import FUNCTION_WORDS
from .names import people_found

_CAPW = r"(?=[^\W\d_a-zß-ÿ])[^\W\d_][\w'’\-]*"
_LEAD = rf"(?:{_CAPW}|\d{{1,4}})"  # "48 Factoring Inc"
# Words that end a company's name. "Care" and "Health" are left to the facility recognizers.
_SUFFIXES = (
    r"Ltd|Limited|Inc|Incorporated|LLC|L\.L\.C|LLP|PLC|plc|GmbH|AG|S\.A|SA|SAS|SARL|BV|B\.V|NV|N\.V|Pty|"
    r"Co|Corp|Corporation|Company|Group|Holdings|Associates|Partners|Partnership|Logistics|Industries|"
    r"Retail|Solutions|Systems|Technologies|Technology|Tech|Labs|Laboratories|Consulting|Consultants|"
    r"Consultancy|Services|Enterprises|International|Ventures|Capital|Media|Foods|Pharma|"
    r"Pharmaceuticals|Bank|Insurance|Motors|Airlines|Airways|Studios|Networks|Software|Analytics|"
    r"Digital|Global|Agency|Foundation|Movers|Transit|Insights|Dynamics|Energy|Electronics|"
    r"Manufacturing|Construction|Properties|Realty|Bros|Brothers|Publishing|Press|Telecom|Communications|"
    r"Logistik|Finance|Financial|Investments|Trading|Marketing|Design|Studio|Works|Supplies|Security"
)

# The same words in capitals, for names typed in capitals ("BRACKENRIDGE PARTNERS").
_SUFFIXES_UPPER = "|".join(w.upper() for w in _SUFFIXES.split("|") if w.isalpha() and len(w) > 3)

# The dot after an abbreviation belongs to the name ("Shepherd Ltd."), a full stop after a word does not.
_ABBREV_DOT = r"(?:(?<=Ltd)\.|(?<=Inc)\.|(?<=Co)\.|(?<=Corp)\.|(?<=Bros)\.|(?<=S\.A)\.|(?<=B\.V)\.|(?<=N\.V)\.)?"

# Suffixes that make a company name even after ordinary words ("Overture Technologies").
_STRONG_SUFFIXES = frozenset(
    """Ltd Limited Inc Incorporated LLC LLP PLC plc GmbH AG SA BV NV Pty Corp Corporation Holdings Associates
    Logistics Industries Technologies Retail Enterprises Ventures Laboratories Pharmaceuticals Movers""".split()
)


class CompanyNameRecognizer(RegexRecognizer):
    """Capitalised words ending in a company-type word: "Vandelay Industries", "Stark Retail",
    "Abt Associates", "Smith & Sons", "Dunmore Logistics Ltd", "48 Factoring Inc"."""

    TEXT_ONLY = True

    ENTITY = "ORGANIZATION"
    WHY = "Naming a company can reveal a client, employer or customer."
    PATTERNS = [
        (
            rf"(?P<span>\b{_LEAD}(?:[ \t]+(?:&[ \t]+)?{_CAPW}){{0,3}}[ \t]+(?:(?:&|and)[ \t]+)?(?:{_SUFFIXES}|{_SUFFIXES_UPPER})\b{_ABBREV_DOT}"
            rf"(?:,?\s+(?:Ltd|Inc|LLC|LLP|PLC|GmbH|AG)\b\.?)?)",
            0.88,
        ),
        # "Smith & Sons", "Jones & Co."
        (rf"(?P<span>\b{_CAPW}\s+&\s+(?:Sons|Co\b\.?|Daughters|Partners|Associates))", 0.75),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        words = match.group("span").split()
        lead = words[0]
        # "The Group", "Our Services", "Global Tech": ordinary words alone do not make a company name
        names = [w for w in words[:-1] if w not in ("&", "and") and not lexicon.is_ordinary_word(w.strip(".,"))]
        strong = words[-1].strip(".") in _STRONG_SUFFIXES
        if lead.lower() in ("the", "a", "an", "our", "my", "your", "their", "this", "that", "in", "at", "for", "with"):
            return (bool(names) or strong) and len(words) > 2
        if strong and not lexicon.is_not_a_name(lead):
            return True  # "Overture Technologies", "Stark Retail": the suffix alone says company
        return bool(names) or len(words) >= 3 or lead[0].isdigit()

    def analyze(self, text, entities, nlp_artifacts=None):
        results = super().analyze(text, entities, nlp_artifacts)
        if text.islower():
            # a post typed all in lowercase ("praxon systems", "ashgrove insurance"): read it with each
            # word capitalised, which keeps every offset when no letter changes length
            titled = _capitalise_words(text)
            if len(titled) == len(text):
                results += [r for r in super().analyze(titled, entities, nlp_artifacts) if _trim_ordinary_lead(text, r)]
        # "The Shepherd Ltd.": leave out a leading article
        fixed = []
        for r in results:
            m = re.match(r"(?:The|A|An|Our|My)\s+", text[r.start : r.end])
            if m and r.end - r.start > m.end():
                r.start += m.end()
            fixed.append(r)
        return fixed


def _trim_ordinary_lead(text: str, result) -> bool:
    """Drop everyday words from the front of a lowercase match ("recorded for praxon systems" ->
    "praxon systems"); False when no unknown word is left before the company-type word."""
    while True:
        m = re.match(r"(\S+)\s+", text[result.start : result.end])
        if not m:
            return False
        if not lexicon.is_ordinary_word(m.group(1)):
            return True
        result.start += m.end()


def _capitalise_words(text: str) -> str:
    return re.sub(r"\b[^\W\d_]", lambda m: m.group().upper(), text)


class PartnershipNameRecognizer(RegexRecognizer):
    """Law-firm and partnership names: "Henderson, Hicks and Brown", "Barnett, Melton & Garcia"."""

    TEXT_ONLY = True

    ENTITY = "ORGANIZATION"
    WHY = "A firm's name can reveal a client, employer or customer."
    PATTERNS = [(rf"(?P<span>\b{_CAPW},\s+{_CAPW},?\s+(?:and|&)\s+{_CAPW})", 0.7)]

    def accept(self, match: re.Match, text: str) -> bool:
        words = re.findall(r"[^\W\d_][\w'’\-]*", match.group("span"))
        names = [w for w in words if w != "and"]
        return not any(lexicon.is_not_a_name(w) for w in names) and any(not lexicon.is_ordinary_word(w) for w in names)


class CaseCaptionRecognizer(RegexRecognizer):
    """Both parties of a court case: "Patterson v. Dunmore Logistics", "Smith vs Jones"."""

    TEXT_ONLY = True

    ENTITY = "ORGANIZATION"
    WHY = "The parties of a case identify the people or companies involved."
    PATTERNS = [
        (rf"(?P<span>\b{_CAPW}(?:\s+{_CAPW}){{0,3}})\s+vs?\.?\s+{_CAPW}", 0.8),
        (rf"\b{_CAPW}(?:\s+{_CAPW}){{0,3}}\s+vs?\.?\s+(?P<span>{_CAPW}(?:\s+{_CAPW}){{0,3}})", 0.8),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        side = match.group("span").split()
        return not (len(side) == 1 and len(side[0]) == 1)  # "R v Smith": the Crown is no one's secret


# Job titles that say where someone works when "at" or "for" follows: "a recruiter at Globex".
_JOB_TITLES = (
    r"(?:engineer|developer|programmer|manager|director|analyst|intern|consultant|designer|salesperson|"
    r"accountant|lawyer|attorney|paralegal|solicitor|recruiter|scientist|researcher|employee|executive|"
    r"specialist|coordinator|representative|rep|assistant|officer|administrator|technician|contractor)s?"
)


class EmployerContextRecognizer(RegexRecognizer):
    """A capitalised name after a phrase about working there: "I work for Wolters Kluwer",
    "she joined Initech", "employed by Globex", "interning at Hooli"."""

    TEXT_ONLY = True

    ENTITY = "ORGANIZATION"
    WHY = "Naming where someone works can identify them."
    PATTERNS = [
        (
            r"\b(?i:work(?:s|ed|ing)?\s+(?:at|for)|employed\s+(?:at|by)|hired\s+by|join(?:s|ed|ing)?|"
            r"intern(?:s|ed|ing)?\s+at|(?:job|role|position|placement|contract)\s+(?:at|with)|"
            rf"(?:left|quit)|client|customer|vendor|supplier|employer|{_JOB_TITLES}\s+(?:at|for)|"
            rf"(?:CEO|CTO|CFO|COO|founder|co-founder|president|chair|chairman|chairwoman)\s+(?:of|at))\s+(?P<span>{_CAPW}(?:\s+{_CAPW}){{0,3}})",
            0.6,
        ),
    ]

    # "joined", "left" and "quit" take platforms too ("joined TikTok", "quit Facebook"); the other
    # phrases can only mean an employer or a client.
    _MAYBE_A_USER = re.compile(r"(?i:join|left|quit)")

    def accept(self, match: re.Match, text: str) -> bool:
        words = match.group("span").split()
        if lexicon.is_public_organisation(words[0]) and not self._MAYBE_A_USER.match(match.group()):
            # a platform or public body named as an employer or client still says where someone works
            # ("I work for NATO", "a recruiter at LinkedIn", "our client Facebook")
            return True
        if lexicon.is_not_a_name(words[0]):
            return False
        return len(words) > 1 or not lexicon.is_ordinary_word(words[0]) or match.group().lower().startswith(("work", "employed"))

    def analyze(self, text, entities, nlp_artifacts=None):
        results = super().analyze(text, entities, nlp_artifacts)
        for r in results:
            # "client Okafor DOB 14/03/1987": a form field after the name is not part of it
            words = list(re.finditer(r"\S+", text[r.start : r.end]))
            for w in words[1:]:
                if lexicon.is_everyday_term(w.group()):
                    r.end = r.start + len(text[r.start : r.start + w.start()].rstrip())
                    break
        return results


class CompanyPossessiveRecognizer(RegexRecognizer):
    """Capitalised words owning what only a company has: "Globex's CEO", "Initech's staff",
    "Hooli's headquarters", "Pied Piper's shareholders"."""

    TEXT_ONLY = True

    ENTITY = "ORGANIZATION"
    WHY = "A company with a CEO, staff or shareholders is an employer or client someone can be traced to."
    PATTERNS = [
        (
            rf"\b(?P<span>{_CAPW}(?:[ \t]+{_CAPW}){{0,2}})['’]s[ \t]+(?i:(?:new|former|current|interim)[ \t]+)?"
            r"(?i:CEO|CTO|CFO|COO|founders?|co-founders?|chairman|chairwoman|staff|employees|workforce|"
            r"headquarters|HQ|board\s+of\s+directors|shareholders|investors|share\s+price|IPO|layoffs|"
            r"subsidiar(?:y|ies))\b",
            0.6,
        ),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        words = match.group("span").split()
        first = words[0]
        if first.lower() in FUNCTION_WORDS or first.lower() in _LEADING_ARTICLES or lexicon.is_not_a_name(first):
            return False  # "Today's staff meeting", "The company's CEO", "Monday's board"
        # "Yesterday's staff party": an everyday word starting the sentence is no company
        at_start = not text[: match.start()].strip() or text[: match.start()].rstrip()[-1] in ".!?:\n"
        return not (len(words) == 1 and at_start and lexicon.is_ordinary_word(first))


_LEADING_ARTICLES = frozenset({"the", "a", "an", "our", "my", "your", "their", "this", "that"})


class PersonOfCompanyRecognizer(RegexRecognizer):
    """Capitalised words after a person and "of": "Vilma Holm of Initech", "Josef Novak of Importio",
    the way articles name someone together with their employer. Reads the people the name
    recognizers found, so it is registered after them. Scored below spaCy's places, so "Jane Smith of
    Leeds" stays a place when the model knows the town."""

    ENTITY = "ORGANIZATION"
    WHY = "Naming where someone works can identify them."
    _AFTER = re.compile(rf"[ \t]+of[ \t]+(?P<the>[Tt]he[ \t]+)?(?P<span>{_CAPW}(?:[ \t]+{_CAPW}){{0,2}})")
    SCORE = 0.6

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for start, end, _ in people_found(nlp_artifacts):
            # a first name and a surname: a single word ("Salesperson of the Month") is too weak a person
            if len(text[start:end].split()) < 2:
                continue
            m = self._AFTER.match(text, end)
            if m and self._company_words(m.group("span").split(), after_the=bool(m.group("the"))):
                s, e = m.span("span")
                results.append(self.result(s, e, self.SCORE, text[s:e]))
        return results

    @staticmethod
    def _company_words(words: list[str], after_the: bool) -> bool:
        if any(lexicon.is_not_a_name(w) for w in words):
            return False  # "Tom Hale of March 2020"
        # "of the Year", "of the Month" are titles; "of the Globex board" still names a company
        return not (after_the and all(lexicon.is_ordinary_word(w) for w in words))


class ListedCompanyRecognizer(RegexRecognizer):
    """The item before "and" in a list that ends with a company: "the big three: Globex, Lucid and
    Loveland Technologies" makes "Lucid" a company too. The comma before it says it is a list item."""

    TEXT_ONLY = True

    ENTITY = "ORGANIZATION"
    WHY = "Listed beside a company, this is probably a company too."
    PATTERNS = [(rf"(?<=,[ \t])(?P<span>{_CAPW}(?:[ \t]+{_CAPW}){{0,2}}),?[ \t]+(?:and|&)[ \t]+", 0.55)]

    def __init__(self) -> None:
        super().__init__()
        self._company = CompanyNameRecognizer()

    def accept(self, match: re.Match, text: str) -> bool:
        if any(lexicon.is_not_a_name(w) for w in match.group("span").split()):
            return False
        regex, _ = self._company._compiled[0]
        company = regex.match(text, match.end())
        return bool(company) and self._company.accept(company, text)


class SignatureCompanyRecognizer(OwnRecognizer):
    """The company line of a signature or contact card: a short line of capitalised words just above
    the address ("Jane Doe / Scale Unlimited / Unit 5022 Box 1225 / ..."). Lines that are spaCy's
    people stay people: this one scores lower."""

    TEXT_ONLY = True

    ENTITY = "ORGANIZATION"
    WHY = "The line above an address in a signature is usually the employer."
    _ADDRESS_LINE = re.compile(
        r"^[ \t>*?|]*(?:\d{1,6}\s+\S|(?i:unit|suite|apt|flat|p\.?o\.?\s*box|psc)\b)", re.MULTILINE
    )
    _NAME_LINE = re.compile(rf"^[ \t>*?|]*(?P<span>{_CAPW}(?:[ \t]+(?:&[ \t]+)?{_CAPW}){{0,4}})[ \t]*$")

    def analyze(self, text, entities, nlp_artifacts=None):
        if "\n" not in text:
            return []
        lines = []  # (start, line) for every line
        pos = 0
        for line in text.split("\n"):
            lines.append((pos, line))
            pos += len(line) + 1
        results = []
        seen = set()
        for k, (start, line) in enumerate(lines):
            if not self._ADDRESS_LINE.match(line):
                continue
            looked = 0
            for j in range(k - 1, -1, -1):
                if looked == 3:
                    break
                lstart, above = lines[j]
                if not above.strip(" \t>*?|"):
                    continue
                looked += 1
                m = self._NAME_LINE.match(_capitalise_words(above) if text.islower() else above)
                if not m or j in seen:
                    continue
                seen.add(j)
                s, e = lstart + m.start("span"), lstart + m.end("span")
                results.append(self.result(s, e, 0.5))
        return results
