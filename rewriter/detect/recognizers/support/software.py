"""Software, apps and spreadsheet functions in ordinary use: "migrated my blog from WordPress to Hugo",
"a good sign for the App Store ecosystem", "more excited about VLOOKUP than I've ever been". The small
spaCy model takes them for companies, people or places; naming one identifies no one.

A product that is also a given name or an ordinary word ("Hugo", "Ruby", "Ghost", "Spark") counts only
where the sentence uses it as software: built in it, moved from or to it beside another product, a
formula, or a site, theme or plugin of it. Elsewhere it is judged as a name ("Hugo asked me...").
Whether the post makes the product a client or an employer is support/public.py's business.
"""

from __future__ import annotations

import re

from .... import vocab
from . import lexicon

# as written; and the programming languages and file formats in capitals that name their extension ("YAML", "JSON",
# data/file_formats.txt, generated from Pygments by benchmarks/make_file_formats.py)
SOFTWARE = vocab.words("software_products") | vocab.words("file_formats")
SPREADSHEET_FUNCTIONS = vocab.words("spreadsheet_functions")  # as written, in capitals

# Before the name, a sentence that uses it as software: "built in Hugo", "written in Rust", "deployed on
# Vercel". Not "with", "to" or "from", which take people too ("made friends with Ruby", "moving to Hugo's
# class"); a move between two products is _beside_other_software's.
_BUILT_WITH_BEFORE = re.compile(
    r"\b(?i:built|build|building|builds|written|writing|write|wrote|coded|coding|hosted|hosting|deployed|"
    r"deploying|rebuilt|rebuilding|rewritten|rewriting|rewrote|migrated|migrating|ported|porting|developed|"
    r"developing|programming|scripting|automated|automating)\b[^.!?\n]{0,40}?\b(?i:in|on|into|using)\s+$"
)
# After the name, what only software has: "a Hugo site", "the Ghost theme", "Jenkins pipeline".
_SOFTWARE_THING_AFTER = re.compile(
    r"\s+(?i:site|sites|website|theme|themes|plugin|plugins|template|templates|build|builds|config|codebase|"
    r"formula|formulas|function|functions|macro|macros|script|scripts|dashboard|dashboards|instance|server|"
    r"cluster|install|upgrade|version|release|docs|API|SDK|CLI|repo|pipeline|pipelines|app|apps|extension|"
    r"extensions|library|framework|ecosystem|developer|developers|dev|devs|clone|clones|stack|course|tutorial|tutorials)\b"
)
# "=VLOOKUP(", "XLOOKUP()": a formula.
_FORMULA_BEFORE = re.compile(r"=\s*$")
_CALL_AFTER = re.compile(r"\s*\(")


def _is_name_or_word(name: str) -> bool:
    """ "Hugo", "Ruby", "Claude", "Spark": also a given name or an ordinary word (which may be a name:
    "my crewmate Ruby"), so the sentence must say software."""
    if " " in name:
        return False  # "Power BI", "Google Sheets": listed words together name only the product
    return lexicon.is_listed_as_name(name) or lexicon.is_ordinary_word(name)


def _known_product(words: list[str]) -> bool:
    """The last one or two words are a product that is no given name: "WordPress", "Google Sheets"."""
    return any(" ".join(words[-n:]) in SOFTWARE and not _is_name_or_word(" ".join(words[-n:])) for n in (1, 2))


_JOINED_BEFORE = re.compile(r"((?:[\w.]+\s){1,2})(?:to|or|and|vs\.?|versus|over)\s+$")
_JOINED_AFTER = re.compile(r"\s+(?:to|or|and|vs\.?|versus|over)\s+([\w.]+(?:\s[\w.]+)?)")


def _beside_other_software(text: str, start: int, end: int) -> bool:
    """ "from WordPress to Hugo", "Jekyll or Hugo": another product on the other side of to/or/and/vs."""
    before = _JOINED_BEFORE.search(text[max(0, start - 40) : start])
    if before and _known_product(before.group(1).split()):
        return True
    after = _JOINED_AFTER.match(text, end)
    if after is None:
        return False
    words = after.group(1).split()
    return _known_product(words[:1]) or _known_product(words)


def _used_as_software(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 60) : start]
    possessive = text[end : end + 2] in ("'s", "’s")
    if possessive:
        return False  # "Hugo's class", "Ruby's mum": a person's
    return (
        _BUILT_WITH_BEFORE.search(before) is not None
        or _SOFTWARE_THING_AFTER.match(text, end) is not None
        or _beside_other_software(text, start, end)
    )


# A release of a product after its name: "Python 3.12", "iOS 17.4", "v2.1"; or one move between two releases
# ("Postgres 12 to 16"); or a release a system is moved or upgraded to ("shipped our migration to Postgres 16").
# A dotted number that is a clock time ("Desmond Tay's 5.55pm emails", "Ana at 7.30am") is no release: written with
# am/pm or hrs, it tells when, and the name before it is a person's.
_DOTTED_VERSION_AFTER = re.compile(
    r"\s+v?\d{1,3}(?:\.\d{1,3}){1,2}(?![\d.%]|\s*(?:%|percent|kg|km|mg|ml|m|s|am|pm|a\.m\.?|p\.m\.?|hrs?|h)(?![^\W\d_]))"
)
_VERSIONS_AFTER = re.compile(r"\s+v?\d{1,3}(?:\.\d{1,3})*\s*(?:to|->|→|and)\s+v?\d{1,3}(?:\.\d{1,3})*\b(?!\s*(?:%|years?|yrs?|months?|weeks?|days?))")
_NUMBER_AFTER = re.compile(r"\s+v?\d{1,3}\b(?![.,:/]?\d|\s*(?:%|years?|yrs?|yo|months?|weeks?|days?|hours?|mins?|am|pm|people|staff)\b)")
_UPGRADED_TO_BEFORE = re.compile(
    r"\b(?i:upgrad\w*|migrat\w*|bump\w*|updat\w*|mov(?:e|ed|es|ing)|port\w*|switch\w*)\s+(?:[\w'’]+\s+){0,3}?(?i:to|from|onto)\s+$"
)


def is_versioned_product(text: str, start: int, end: int, name: str) -> bool:
    """A product named with its release: "Python 3.12", "from Postgres 12 to 16", "our migration to Postgres 16".
    People and places are numbered otherwise (an age, a ward, a year group: "Marcus 12", "Ward 7"), and no given name
    is read so ("Ruby 3.3" is left to the sentence, which must say software)."""
    if not name[:1].isupper() or len(name.split()) > 2 or lexicon.is_listed_as_name(name.split()[0]):
        return False
    if _DOTTED_VERSION_AFTER.match(text, end) or _VERSIONS_AFTER.match(text, end):
        return True
    return _NUMBER_AFTER.match(text, end) is not None and _UPGRADED_TO_BEFORE.search(text[max(0, start - 60) : start]) is not None


def is_software_mention(text: str, start: int, end: int, name: str) -> bool:
    """True when ``name`` (text[start:end] without "the" or "'s") is software, an app or a spreadsheet
    function named in ordinary use."""
    if name in SPREADSHEET_FUNCTIONS:
        return True
    if _FORMULA_BEFORE.search(text[max(0, start - 3) : start]) and _CALL_AFTER.match(text, end) and name.isupper():
        return True  # "=SUMIFS(": a function, listed or not
    words = name.split()
    if name not in SOFTWARE and len(words) > 1 and lexicon.is_ordinary_word(words[0]):
        # "Running Jenkins pipelines": spaCy took the verb that opens the sentence into the name
        name, start = " ".join(words[1:]), start + text[start:end].index(words[1])
    previous = re.search(r"([A-Z][\w.]*)\s+$", text[max(0, start - 20) : start])
    if previous and f"{previous.group(1)} {name}" in SOFTWARE:
        # "in Google Sheets": the model took only "Sheets"
        name, start = f"{previous.group(1)} {name}", start - len(previous.group(0))
    if name not in SOFTWARE:
        return False
    return not _is_name_or_word(name) or _used_as_software(text, start, end)
