"""The figures of a confidential business story made vague (issue 11: "an exact figure into a vague one").

In a post the review raised ``confidential_business`` on, the exact figure is what makes the leak checkable:
"cutting 18% of the engineering org", "2.3M free users", "3 crore ka undisclosed interest", "cut 9 TA posts".
Each class keeps what the sentence says (a cut, a sum, a crowd of users) without the number:

    a share of something:        "cutting 18% of the org" -> "cutting a sizeable part of the org"
                                 "flagged that 30% of records" -> "flagged that a sizeable part of records"
    a change by a share:         "revenue down 40%" -> "revenue down sharply"; "grew by 3%" -> "grew slightly"
    a sum in any English:        "3 crore ka interest", "defaulted on 2 crore", "40 lakh annual" -> "a large sum"
                                 (lakh and crore are money wherever they are written; k, m and bn only beside a
                                 word that says money: "worth 2m", "4.5m in revenue")
    a count of business nouns:   "cut 9 TA posts" -> "cut several TA posts"; "2.3M free users" -> "millions of
                                 free users"; "all 40 staff" -> "all staff"

An unannounced corporate event told by what and with whom is made a general one that keeps the news:

    a listing:                   "Company lists on PSX next month" -> "Company goes public next month"
    a merger, a deal:            "and merging with a competitor" -> "and restructuring"; "about to sign with
                                 Hologic for the kit" -> "about to sign a major deal for the kit"
    a product's free plan:       "we're killing the free tier on the 1st" -> "we're changing our pricing ..."

Never in a post with no business risk ("my Year 6s read 112 books"), never a number that names which one
("Ward 9 staff", "Year 11 students") and never a rate everyone quotes ("1 in 4 people"). What the detector
read as money already (a currency sign) is the driver's, not this module's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import vocab
from ..review import Risk
from ..review.cues import NUMBER_WORDS
from ..spans import Span
from .regions import region

_COUNT_NOUN = r"(?:" + "|".join(sorted(map(re.escape, vocab.words("business_count_nouns")), key=len, reverse=True)) + r")"
_NUMBER_WORD = r"(?:" + "|".join(NUMBER_WORDS[:20]) + r")"
_VALUES = {w: i for i, w in enumerate(NUMBER_WORDS[:20], start=1)}

# -- a share ----------------------------------------------------------------------------------------------
_PERCENT = re.compile(r"(?i)(?<![\w.,$£€<>~≈])(?P<n>\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)")
# A share of a target is how well something did, not a part of a whole: "hit only 60% of forecast", "112% of
# spec"; "most of forecast" would say something else. Left for the writer.
_OF_A_TARGET = re.compile(r"(?i)(?:the\s+|our\s+|its\s+|their\s+)?(?:target|forecast|spec|plan|budget|capacity|quota|goal|"
                          r"expectations?|projections?|estimates?|benchmark|baseline|normal|last\s+year)\b")
_SHARE_BEFORE_NOT = re.compile(r"(?i)\b(?:only|just|hit|hits|reached|reach|at|to|of|over|above|below|under)\s+$")
_OF_AFTER = re.compile(r"(?i)\s+of\s+")
# A change told by its size: "down 40%", "cut by 18%", "grew 12%".
_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:up|down|by|rose|fell|dropped|drop|jumped|grew|grown|increased|decreased|declined|shrank|shrunk|slashed|"
    r"plunged|plummeted|surged|tanked)\s+(?:by\s+)?$")
# Said of a rate the sentence is about, not a share of something: "1 in 4", "a 5% chance", "99% sure".
_NOT_A_SHARE_AFTER = re.compile(r"(?i)\s+(?:sure|certain|chance|likely|done|complete|charged|battery|proof)\b")

# -- a sum ------------------------------------------------------------------------------------------------
_INDIAN = r"lakhs?|lacs?|crores?|cr"
_SUM = re.compile(
    rf"(?i)(?<![\w.,$£€¥₹₦₱#/-])(?P<hedge>(?:about|around|roughly|nearly|almost|over|some|~)\s*)?"
    rf"(?P<n>\d+(?:[.,]\d+)?)\s?(?:(?P<indian>{_INDIAN})|(?P<mag>k|m|mn|bn|million|billion))(?![\w'’])"
)
# Words that say a k/m/bn figure is money: "worth 2m", "2m in revenue", "a 4m deal".
_MONEY_BEFORE = re.compile(
    r"(?i)\b(?:worth|cost|costs|costing|paid|pay|owe[sd]?|owing|defaulted\s+on|lost|losing|saved|raised|raising|budget(?:\s+of)?|"
    r"fine(?:d)?|turnover(?:\s+of)?|revenue(?:\s+of)?|valued\s+at|valuation(?:\s+of)?|funding(?:\s+of)?|deal(?:\s+of)?|"
    r"contract(?:\s+of)?|bonus(?:\s+of)?|salary(?:\s+of)?|loan(?:\s+of)?|debt(?:\s+of)?|embezzled|stole|missing|writ(?:e|ten)[\s-]off)\s+$"
)
_MONEY_AFTER = re.compile(
    r"(?i)\s+(?:in\s+(?:revenue|sales|fees|losses|funding|debt|bonuses)|annual|a\s+year|per\s+(?:year|annum|month)|ARR|MRR|"
    r"revenue|turnover|deal|contract|loss|profit|budget|funding|round|valuation|ka|ki|ke)\b"
)

# -- a count ----------------------------------------------------------------------------------------------
_COUNT = re.compile(
    rf"(?i)(?<![\w.,$£€#/-])(?P<n>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?\s?(?:k|m|mn|million|thousand)?|{_NUMBER_WORD})"
    rf"(?P<mid>(?:\s+(?!(?:of|and|or|in|at|to|for|the|a|an|{_INDIAN}|juta|ribu|miliar|hundred|thousand|million|billion|bn|mn|k|m)\b)[\w'’-]+){{0,2}}?)"
    rf"\s+(?P<noun>{_COUNT_NOUN})\b"
)
# A number that names which one, not how many: "Ward 9 staff", "Year 11 students", "Room 4 beds".
_NAMES_WHICH = re.compile(r"(?i)\b(?:year|yr|ward|room|class|form|grade|level|band|floor|block|unit|bay|team|phase|tier|"
                          r"no|number|page|section|step|day|week|month|gen)\.?\s*$|#\s*$")
_DETERMINED = re.compile(r"(?i)\b(?P<det>all|the|those|these|our|their|its|my|his|her|your)\s+$")
_RATE_BEFORE = re.compile(r"(?i)\b(?:\d+|one|a)\s+(?:in|out\s+of)\s+$")


# -- an event -------------------------------------------------------------------------------------------
_EXCHANGE = r"(?:(?-i:[A-Z]{2,6})|(?-i:[A-Z][a-z]+)\s+(?:Stock\s+Exchange|Exchange|Bourse)|Nasdaq|the\s+(?:stock\s+exchange|market))"
_LISTS = re.compile(rf"(?i)\b(?P<v>lists?|listing|listed|floats?|floating|IPOs|IPO['’]?ing)\s+on\s+(?:the\s+)?{_EXCHANGE}(?![\w-])")
_PUBLIC = {"list": "go public", "lists": "goes public", "listing": "going public", "listed": "went public", "float": "go public",
           "floats": "goes public", "floating": "going public", "ipos": "goes public", "ipo'ing": "going public", "ipo’ing": "going public"}
_MERGES = re.compile(
    r"(?i)\b(?P<v>merging|merge|merges|merged)\s+with\s+(?:a\s+(?:big(?:ger)?\s+|major\s+|larger\s+)?(?:competitor|rival)|"
    r"(?:one\s+of\s+)?our\s+(?:biggest\s+|main\s+)?(?:competitors?|rivals?)|(?-i:[A-Z][\w&.-]+)(?:\s+(?-i:[A-Z][\w&.-]+))?)(?![\w-])"
)
_RESTRUCTURE = {"merging": "restructuring", "merge": "restructure", "merges": "restructures", "merged": "restructured"}
_SIGNS = re.compile(r"(?P<v>\b(?i:sign|signing|signed))\s+with\s+(?-i:[A-Z][\w&.-]+)(?:\s+(?-i:[A-Z][\w&.-]+))?(?![\w-])")
_FREE_PLAN = re.compile(
    r"(?i)\b(?P<v>killing|scrapping|axing|ending|dropping|sunsetting)\s+(?:the|our)\s+free\s+(?:tier|plan|version|option)\b"
)


def _value(n: str) -> float:
    n = n.lower().replace(",", "").strip()
    if n in _VALUES:
        return _VALUES[n]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s?(k|m|mn|million|thousand)?", n)
    if not m:
        return 0
    scale = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6}.get(m.group(2) or "", 1)
    return float(m.group(1)) * scale


def _share(n: float) -> str:
    return ("a small part of" if n < 10 else "a sizeable part of" if n < 50 else "most of" if n < 90 else "nearly all of")


def _many(n: float) -> str:
    return ("several" if n < 10 else "a dozen or so" if n < 20 else "dozens of" if n < 100 else "hundreds of" if n < 1000
            else "thousands of" if n < 1e6 else "millions of")


def _capital(text: str, start: int, words: str) -> str:
    before = text[:start].rstrip()
    if not before or before[-1] in ".!?\n":
        return words[:1].upper() + words[1:]
    return words


def business_figures(text: str, risks: Sequence[Risk], spans: Sequence[Span] = ()) -> list[Risk]:
    """The exact figures of a post the review raised ``confidential_business`` on, each as a region with its
    vague words; [] for any other post."""
    # The risk model's whole-post reading counts too: "We're cutting 18% of the org on the 14th" is raised by
    # it alone, and the figure is what makes the story checkable whoever found it.
    business = next((r for r in risks if r.kind == "confidential_business"), None)
    if business is None:
        return []
    found = [(s.start, s.end) for s in spans]
    out: list[tuple[int, int, str]] = []

    def add(start: int, end: int, words: str) -> None:
        if any(a < end and start < b for a, b in found):
            return  # the detector's span (money, a number) is replaced by the driver
        found.append((start, end))
        out.append((start, end, _capital(text, start, words)))

    for m in _LISTS.finditer(text):
        add(m.start(), m.end(), _PUBLIC.get(m.group("v").lower(), "going public"))
    for m in _MERGES.finditer(text):
        add(m.start(), m.end(), _RESTRUCTURE[m.group("v").lower()])
    for m in _SIGNS.finditer(text):
        add(m.start(), m.end(), m.group("v") + " a major deal")
    for m in _FREE_PLAN.finditer(text):
        add(m.start(), m.end(), "changing our pricing")
    for m in _PERCENT.finditer(text):
        n = float(m.group("n"))
        if _RATE_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _NOT_A_SHARE_AFTER.match(text, m.end()):
            continue
        of = _OF_AFTER.match(text, m.end())
        change = _CHANGE_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if of:
            if n > 100 or _OF_A_TARGET.match(text, of.end()) or _SHARE_BEFORE_NOT.search(text, max(0, m.start() - 10), m.start()):
                continue
            add(m.start(), of.end(), _share(n) + " ")
        elif change:
            by = re.search(r"(?i)\bby\s+$", change.group())
            start = m.start() - len(by.group()) if by else m.start()  # "cut by 18%" -> "cut sharply"
            add(start, m.end(), "slightly" if n < 5 else "significantly" if n < 15 else "sharply")
    for m in _SUM.finditer(text):
        before = text[max(0, m.start() - 30):m.start()]
        if not m.group("indian"):
            if not (_MONEY_BEFORE.search(before) or _MONEY_AFTER.match(text, m.end())):
                continue  # "a 5k run", "10m away": money only where a word says so
            if re.match(rf"(?i)(?:\s+[\w'’-]+)?\s+{_COUNT_NOUN}\b", text[m.end():]):
                continue  # "2.3M free users": a count, below
        annual = re.match(r"(?i)\s+annual(?:ly)?\b", text[m.end():])
        if annual:  # "40 lakh annual" -> "a large sum a year", never "a large sum annual"
            add(m.start(), m.end() + annual.end(), "a large sum a year")
        else:
            add(m.start(), m.end(), "a large sum")
    for m in _COUNT.finditer(text):
        n = _value(m.group("n"))
        if n < 3 or (1900 <= n <= 2100 and m.group("n").isdigit()):
            continue
        before = text[max(0, m.start() - 16):m.start()]
        if _NAMES_WHICH.search(before) or _RATE_BEFORE.search(before):
            continue
        if re.match(r"\s*[%/]", text[m.end("n"):]):
            continue
        det = _DETERMINED.search(before)
        if det:
            add(m.start(), m.end("n") + 1 if text[m.end("n"):m.end("n") + 1] == " " else m.end("n"), "")  # "all 40 staff" -> "all staff"
        else:
            add(m.start(), m.end("n"), _many(n))
    return [region(business, text, a, b, w) for a, b, w in sorted(out)]
