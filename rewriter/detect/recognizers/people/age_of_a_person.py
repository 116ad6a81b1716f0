"""A number the sentence ties to a person as their age, read as one class whatever the dialect or language:

- in an aside right after the person, in commas or brackets, told in figures or in words, bare or with a word
  for years in any language the post mixes in: "Mama Efua Mensah, 19, was so strong", "(jayden, 15)", "wor
  kayden (14)", "Don Efraín from Loíza, 81, brought", "my junior dev Ayesha (just 22, first job", "her
  daughter, fifteen.", "Pani Zofia, 80 lat, mieszka sama", "Réjean, 68 ans, il boit";
- with a word for years and a word for "old" in any of those languages: "70 year auld and nae shame", "2 jaar
  oud", "7 Jahre alt", "80 år gammal", "25 años de edad";
- a person's birthday by its ordinal: "Her wee sister Orla's 21st is the same day as the sentencing";
- said of him or her with "is" and ending the clause, whatever language the next word is in: "she's 91 pis she
  kept asking" (Quebec French "pis", "then"), "he's 17 tho".

The person is what makes the number an age: a word for a person (rewriter/data person_words, role nouns, job
titles), or a name (a capitalised word no dictionary lists in lowercase, or a lowercase word no dictionary knows,
as texting writes names). Numbers that are no one's age are left: a count after a thing or a brand ("Room, 12,", "Tesco
(3)"), a measurement or a count after the number ("she's 40 minutes late", "the lad, 6 foot"), a
length of time ("31 jaar lab manager" has no "old" and no person before it), the writer's own family ("my
daughter, 15."), and the writer's own age (quasi.is_own_age)."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.ages import AGE_NUMBER, NOT_NAMES_BEFORE_A_NUMBER, PERSON_WORDS
from ..support.gated import GatedRegexRecognizer
from ..support.number_words import NUMBER_IN_WORDS, value_of
from .age import _about_own_family


def _longest_first(name: str) -> str:
    words = sorted(vocab.entries(name), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"


_YEARS = _longest_first("age_year_words")
_OLD = _longest_first("age_old_words")
# A number an age can be: one to three digits or English number words ("fifteen", "ninety-four")
_NUMBER = rf"(?:{AGE_NUMBER}|{NUMBER_IN_WORDS})"
# What may stand between the aside's opening and the age: "(just 22,", ", now 19,", ", aged 7,"
_QUALIFIER = r"(?:(?:only|just|now|aged?|barely|nearly|almost|not\s+even)\s+)?"
# The age's own unit, if told with one: "80 lat", "19 yrs old", "7yo"
_UNIT = rf"(?:[\s-]*{_YEARS}(?:[\s-]+{_OLD})?(?![\w'’])|\s?(?:yo|y/o|y\.o\.?)(?![a-z]))"

# The aside: a comma, a bracket or a dash after the person, the age, then the aside closing or the sentence going
# on with what the person did or is
_IN_AN_ASIDE = re.compile(
    rf"(?P<open>\(\s?|,[ \t]?|[ \t][-–—][ \t])(?P<qualifier>{_QUALIFIER})(?P<span>{_NUMBER}{_UNIT}?)"
    r"(?P<close>\s*[,.;:!?)]|\s*$|[ \t]+(?:and|an|n|who|with|from|came|comes|has|had|is|was|but|today|now|only|"
    r"tho|though|lah|innit|yaar)\b)",
    re.IGNORECASE,
)
# With a word for years and one for "old", in any of the languages: always an age
_YEARS_OLD = re.compile(rf"(?<![\w.,])(?P<span>{_NUMBER}[\s-]*{_YEARS}[\s-]+{_OLD})(?![\w'’])", re.IGNORECASE)
# "she's 91 pis she kept asking": him or her, "is", the number, and a next word that counts nothing
_SHE_IS = re.compile(
    rf"\b(?:she|he)(?:['’]s|\s+is|\s+was)\s+(?:(?:only|just|now|nearly|almost|barely)\s+)?(?P<span>{AGE_NUMBER})"
    r"(?P<close>[ \t]+(?P<next>[^\W\d_][\w'’]*))",
    re.IGNORECASE,
)

# "Her wee sister Orla's 21st is the same day": a person's birthday by its ordinal, from 13 up (a 3rd is as often a
# child or a try), then a word for the day or a word that counts nothing ("Orla's 21st goal" counts goals)
_BIRTHDAY_ORDINAL = re.compile(
    r"(?P<word>[^\W\d_][\w-]*)['’]s\s+(?P<span>(?:1[3-9]|[2-9]\d|1[01]\d)(?:st|nd|rd|th))"
    r"(?=\s*[.,;:!?)]|\s*$|[ \t]+(?P<next>[^\W\d_][\w'’]*))"
)

# Words for a person an age in an aside is read off (one person: "kids, 4" is a count of them)
_PERSON_NOUNS = frozenset(
    w.lower() for w in PERSON_WORDS + list(vocab.entries("role_nouns")) + list(vocab.entries("job_titles"))
    if not w.endswith("s") or w.endswith("ss")
) - vocab.words("pet_words")
_FAMILY = vocab.words("family_nouns")
# Capitals that are no one's name before a number: weekdays, months, numbered things, acronyms, regions
_NOT_NAMES = (
    NOT_NAMES_BEFORE_A_NUMBER | vocab.words("numbered_nouns_in_apposition")
    | frozenset(w.lower() for w in vocab.entries("everyday_acronyms")) | frozenset(w.lower() for w in vocab.entries("brands")) | frozenset(w.lower() for w in vocab.entries("big_regions"))
)
# Titles before a name: "Miss Hyacinth, 72," is a person whatever the dictionary says of "hyacinth"
_TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mme|Mlle|Sr|Sra|Srta|Dona|Doña|Don|Herr|Frau|Pani|Pan)"

# What the person's word may be followed by before the aside: where they are from ("Don Efraín from Loíza, 81,")
# or when the writer met them ("Met Uzma today, 60,")
_TRAILER = re.compile(
    r"(?:[ \t]+from(?:[ \t]+[^\W\d_][\w'’.-]*){1,3}|[ \t]+(?:today|yesterday|tonight|this\s+morning|this\s+afternoon|"
    r"last\s+night))$"
)
_LAST_WORD = re.compile(r"(?P<word>[^\W\d_][\w'’.-]*)(?:\s*\([^()]*\))?[ \t]*$")
# The next word after "she's 91" that makes the number a count or a measure, not her age
_COUNTED_AFTER = re.compile(
    r"(?i)(?:of|per|out|to|for|from|times|x|more|less|over|under|behind|ahead|up|down|percent|points?|minutes?|mins?|"
    r"hours?|hrs?|days?|weeks?|wks?|months?|mths?|kg|kilos?|stone|st|lbs?|pounds?|foot|feet|ft|inches|cm|mm|weeks?|"
    r"quid|grand|k|mg|ml|am|pm|o['’]clock|th|st|nd|rd|km|miles?|mph|%|years?|yrs?)$"
)


def _is_person(word: str, bracketed: bool = False) -> bool:
    """A word that is a person: a word for one, or a name (as a capitalised or a texting lowercase word). Before an
    age alone in brackets any capitalised word but a thing's is a name ("Poppy (4)", "Miss Hyacinth (72)"): the
    bracket says so; before a comma it must be no dictionary's lowercase word ("Lab named Moose, 11," is a dog's)."""
    low = word.lower().rstrip(".")
    if low in _PERSON_NOUNS:
        return True
    if low in _NOT_NAMES or low in _FAMILY or not low.isalpha() and not re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", low):
        return False
    if word[0].isupper():
        if word.isupper() and len(word) > 2:
            return False  # "NHS, 12", "ICU (3)": an acronym, not initials
        if len(word) <= 2:
            return True  # initials: "M, 34,", "JK (7)"
        return bracketed or lexicon.is_listed_as_name(word) or not lexicon.is_dictionary_word(word)
    # a name as texting writes it, lowercase: only a word no dictionary knows ("jayden", "kayden")
    return (len(low) > 2 and not lexicon.is_ordinary_word(low) and not lexicon.is_dictionary_word(low)
            and not lexicon.is_not_a_name(low) and low not in NOT_NAMES_BEFORE_A_NUMBER)


def _age_value(number: str) -> int | None:
    digits = re.match(r"\d+", number)
    return int(digits.group()) if digits else value_of(number)


class AgeOfAPersonRecognizer(GatedRegexRecognizer):
    ORDER = 112
    ENTITY = "AGE"
    PATTERNS = []

    def find(self, text, nlp_artifacts=None):
        results = []
        for m in _IN_AN_ASIDE.finditer(text):
            if self._aside_age(m, text):
                start, end = m.span("span")
                if m.group("open").startswith("(") and m.group("close").strip() == ")" and not m.group("qualifier"):
                    start, end = m.start(), m.end()  # "Aarav (4)": the bracket goes with the age it holds
                results.append(self.result(start, end, 0.65, text[start:end]))
        for m in _YEARS_OLD.finditer(text):
            value = _age_value(m.group("span"))
            if value is not None and 0 < value <= 115 and not _about_own_family(text, m.start(), m.group()):
                start, end = m.span("span")
                results.append(self.result(start, end, 0.8, text[start:end]))
        for m in _BIRTHDAY_ORDINAL.finditer(text):
            nxt = m.group("next")
            if not _is_person(m.group("word")) or m.group("word").lower() in _FAMILY:
                continue
            if nxt and not (nxt.lower() in ("birthday", "bday", "party", "celebrations", "do") or self._closes_clause(nxt)):
                continue
            if _about_own_family(text, m.start(), m.group()):
                continue
            start, end = m.span("span")
            results.append(self.result(start, end, 0.6, text[start:end]))
        for m in _SHE_IS.finditer(text):
            value = int(m.group("span"))
            nxt = m.group("next")
            if not 2 <= value <= 115 or _COUNTED_AFTER.match(nxt) or not self._closes_clause(nxt):
                continue
            if _about_own_family(text, m.start(), m.group()):
                continue
            start, end = m.span("span")
            results.append(self.result(start, end, 0.6, text[start:end]))
        return results

    @staticmethod
    def _closes_clause(word: str) -> bool:
        """A word after the number that starts a new clause: a function word of English or of a language mixed in
        ("and", "pis", "lah"), never a noun the number would count."""
        low = word.lower()
        return low in vocab.words("function_words") or low in vocab.words("other_language_function_words") or (
            low in vocab.words("code_switch_words")) or not lexicon.is_ordinary_word(low)

    def _aside_age(self, m: re.Match, text: str) -> bool:
        value = _age_value(m.group("span"))
        opened = m.group("open").strip()
        if value is None or not 1 <= value <= 115:
            return False
        if not m.group("span")[0].isdigit() and value < 2:
            return False  # "the boy, one of three": "one" in words is a count
        close = m.group("close").strip()
        if opened == "(" and close[:1] not in (")", ","):
            return False  # a bracket holds the age alone or opens a list of details: "(14)", "(just 22, first job"
        if opened == "(" and close == "," and not re.match(r"\s*[^\W\d_]", text[m.end():]):
            return False  # "(3, 4 and 5)": a list of numbers
        if opened == "," and close == "," and re.match(r"\s*\d", text[m.end():]):
            return False  # "beds 4, 12, 15": a list of numbers
        base = max(0, m.start() - 80)
        before = text[base : m.start()]
        if opened != "(" and re.search(r"\d[^\w]*$", before):
            return False  # "3, 4, 5": a number before
        trailer = _TRAILER.search(before)
        if trailer:
            before = before[: trailer.start()]
        last = _LAST_WORD.search(before)
        if last is None:
            return False
        word = last.group("word").rstrip(".")
        titled = re.search(rf"\b{_TITLES}\.?\s+$", before[: last.start()]) is not None
        # a full name: a given name any list of names knows before the word ("Carmen Rosario, 88,")
        given = re.search(r"\b([^\W\d_][\w'’-]*)\s+$", before[: last.start()])
        titled = titled or bool(given and given.group(1)[0].isupper() and lexicon.is_listed_as_name(given.group(1)))
        if not (_is_person(word, bracketed=opened == "(" and close == ")") or titled and word[0].isupper()):
            return False
        word_start = base + last.start()
        own = text[max(0, word_start - 20) : word_start]
        if re.search(r"(?i)\b(?:my|our|me|I)\s+(?:[\w'’]+\s+)?$", own) and word.lower() in _FAMILY | vocab.words("review_own_family"):
            return False  # "my daughter, 15": the writer's own family
        return not _about_own_family(text, word_start, text[word_start : m.end()])
