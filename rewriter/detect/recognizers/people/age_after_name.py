"""An age written straight after a name ("Li Wei (34)", "Oliver, 7,", "Mrs Hale (82F)") or alone between
commas after a word for a person ("Their son, 17, came off his motorbike")."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.ages import MEASURE_WORDS, NOT_NAMES_BEFORE_A_NUMBER, PERSON_WORDS, alternatives

# Roles and jobs a person is named by before an age between commas: "a retired headteacher, 81,", "the
# driver, 86,", "a candidate this morning, 57," (pets are no one's identity).
_ROLES = [w for w in vocab.entries("role_nouns") + vocab.entries("job_titles") if w not in vocab.words("pet_words")]
from ..support.base import Pattern

# The writer's own people: "my son (7, obsessed with dinosaurs)" is their own life.
_FAMILY = vocab.words("family_nouns") | vocab.words("review_own_family")
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer


# "It was 19.", "Mine is 12.": words that open a sentence and are no one's name
_FUNCTION_WORDS = vocab.words("function_words")

# Capitals that are no one's initials ("GP, 45," is the doctor's surgery, "UK, 34" a region)
_NOT_INITIALS = vocab.words("everyday_acronyms") | vocab.words("big_regions")


# "Jia Hui from Ipoh, 19 only but already...": "only" after the age, as Malaysian, Singaporean and Indian English
# put it, ends the aside the way a comma does
_ONLY_AFTER = r"\s+only\b(?=\s*[,.;:!?)]|\s*$|\s+(?:but|lah|leh|lor|already|and|yet|still|yaar)\b)"


class AgeAfterNameRecognizer(GatedRegexRecognizer):
    ORDER = 110
    ENTITY = "AGE"
    GATE = HAS_DIGIT
    PATTERNS = [
        # "(34)", "(34F)", "(aged 34)" after a capitalised word
        Pattern("name (age)", r"\b[A-Z][\w'’.-]*\s*(?P<span>\((?:aged?\s*)?\d{1,3}\s?(?:[FM]|,\s?[FM])?\))", 0.75),
        # "Aarav Kulkarni (13 yrs)", "Mo Farouk (9yo)": the age with its unit in the bracket after a full name (after
        # one word it may be how long: "Worked at Tesco (3 yrs)")
        Pattern("name (age yrs)", r"\b[A-Z][a-z'’-]+\s+[A-Z][\w'’.-]*\s*(?P<span>\((?:aged?\s*)?\d{1,2}\s?(?:yrs?|years?|y/o|yo|y\.o\.)\))", 0.75),
        # "Doris (96, sharp as a tack)", "Chad (19, drives a ram)": the age opens a bracket of details
        Pattern("name (age, detail", r"\b[A-Z][a-z'’-]+\s*\((?P<span>\d{1,3}),\s?[a-z]", 0.7),
        # "Oliver, 7," / "Sarah, 9." / "Amir, 12 and ..." / "Jade, now 18!!" / "Mr K, 81," (a titled initial) /
        # "Edna, 101 today!!" (told on the birthday) / "Ina, 101 on Sunday" (told before it)
        Pattern(
            "name, age,",
            # (a surname with a capital inside, "McAleese", "O'Dowd", "DeShawn", is one name all the same)
            # (a full name in brackets after what the post calls them is theirs too: "Nanna Dot (Dorothy Kell), 101,")
            r"(?:\b[A-Z][a-z'’-]+(?:[A-Z][a-z'’-]+)?|\([A-Z][a-z'’-]+\s[A-Z][a-z'’-]+\)|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s[A-Z]\.?)"
            # "Met Uzma Baji today, 60, who": the day the writer met them may stand between
            r"(?:\s(?:today|yesterday|tonight|this\s+morning|this\s+afternoon|last\s+night))?"
            r",\s(?:(?:now|only|just)\s)?(?P<span>\d{1,2}|1[01]\d)"
            # "Ina Buchan this morning, 101 on Sunday,": the birthday to come, told by its day
            r"(?=\s*[,.;:!?)]|\s*$|\s+(?:and|who|with|has|had|is|was|from|came|told|said|asked|today|tomorrow|tmrw)\b"
            rf"|{_ONLY_AFTER}"
            r"|\s+(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|next\s+(?:week|month)|this\s+(?:week|weekend))\b)",
            0.65,
        ),
        # "shout out to aoife ní bhriain, 19, my patient": a name in lowercase, as texting writes it; only a word
        # no dictionary knows counts (accept), never "at least, 19,"
        Pattern(
            "lowercase name, age,",
            r"\b[a-zà-ÿ][a-zà-ÿ'’-]{2,},\s(?P<span>\d{1,2}|1[01]\d)(?=\s*,)",
            0.6,
        ),
        # "Mrs Doreen Paquette from Lac-Brûlé, 91, came in": the age after where the named person is from, in
        # commas (or before what they did), is still theirs
        Pattern(
            "name from place, age,",
            r"\b[A-Z][a-z'’-]+\s+from\s+[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,2},\s(?:(?:now|only|just|aged)\s)?(?P<span>\d{1,2}|1[01]\d)"
            r"(?=\s*,|\s+(?:who|came|comes|has|had|is|was)\b" rf"|{_ONLY_AFTER})",
            0.65,
        ),
        # "Second death on the unit. Saoirse was 19.", "Tomasz is only 23 and": a name opening a sentence, "was" or
        # "is", and a number ending the clause is that person's age, told as news reports it. Only a word that is
        # a name (a dictionary lists it with a capital, or no dictionary knows it) counts: "Room was 19." and
        # "Total is 19." are counts (accept).
        Pattern(
            "name was N",
            r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n))[A-Z][a-zà-ÿ'’-]+\s+(?:was|is)\s+(?:(?:only|just|barely|not\s+even)\s+)?"
            r"(?P<span>\d{1,2})(?=\s*[.!?;]|\s*$|\s+(?:and|when|but)\b)",
            0.6,
        ),
        # "Pt JK, 34, post-op", "M, 34, agoraphobia", "(J.T., 24)": a person's initials and their age, the way a
        # case is shared without the name (one or two capitals; "NHS, 12" is no one)
        Pattern(
            "initials, age,",
            r"(?:^|(?<=[\s(\[\"“'‘]))(?:[A-Z]\.?){1,2},\s(?:aged\s)?(?P<span>\d{1,2}|1[01]\d)"
            r"(?=\s*[,.;:!)]|\s*$|\s+(?:and|who|with|has|had|is|was|from|came|told|said|asked)\b)",
            0.65,
        ),
        # ", now 19,", "(now 20)": "now" and a number alone in an aside is an age told as it stands today
        Pattern("now and an age", r"(?:[,(]\s?)now\s(?P<span>\d{1,2}|1[01]\d)\s?[,)]", 0.6),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        if re.match(r"\([A-Z]", match.group()):
            # "(Dorothy Kell), 101,": a full name in brackets, its first word a given name ("(New York), 12," is none)
            return lexicon.is_listed_as_name(match.group()[1:].split()[0])
        if match.group()[0] in ",(":
            return True  # ", now 19,": no name before it to check
        word = re.match(r"[\w'’.-]+", match.group()).group().rstrip(".,")
        if re.match(r"\s+only\b", text[match.end():]) and lexicon.is_dictionary_word(word) and not lexicon.is_listed_as_name(word):
            return False  # "the bakery on Hollis Road, 12 only,": a count after a place's word, not an age after a name
        if re.search(r"\s(?:was|is)\s", match.group()) and not match.group().startswith(("Mr", "Mrs", "Ms", "Dr")):
            # "Saoirse was 19.": the opening word must be a name, not a thing counted ("Room was 19.")
            if word.lower() in _FUNCTION_WORDS or (lexicon.is_dictionary_word(word) and not lexicon.is_listed_as_name(word)):
                return False
        if word.islower():
            # a lowercase name: a word no dictionary knows ("bhriain", "chioma"), never an everyday one
            return not lexicon.is_ordinary_word(word) and not lexicon.is_dictionary_word(word) \
                and word not in NOT_NAMES_BEFORE_A_NUMBER and not lexicon.is_not_a_name(word)
        if re.fullmatch(r"(?:[A-Z]\.?){1,2}", word) and word.replace(".", "") in _NOT_INITIALS:
            return False  # "the UK, 34." or "ICU, 3 days": an everyday acronym or a region is no one's initials
        return word.lower() not in NOT_NAMES_BEFORE_A_NUMBER

    # "Their son, 17, came off his motorbike", "a lovely lady today, 67, with...": a number alone between
    # commas just after a word for a person. Found by its commas first (cheap), then the word looked for.
    # The same opening a bracket of details ("Kid on my caseload (11, in foster care", "my little client
    # (4, selective mutism)"), and told as it stands today ("one of our residents, 88 now,"). The writer's
    # own child's age is their own life ("my daughter (7, obsessed with dinosaurs)").
    _BETWEEN_COMMAS = re.compile(
        r"(?:,\s?(?P<span>\d{1,3})(?:\s+now)?\s?,(?!\s*\d)|\(\s?(?P<bracketed>\d{1,3})\s?,\s?(?=[a-z])|"
        # "my neighbour's son, only 24.": "only" or "just" says it is an age, so the clause may end there
        r",\s?(?:only|just)\s(?P<qualified>\d{1,2})(?=\s*[,.;!?)]|\s*$|\s+and\b)|"
        # "Mum (only 19) was a warrior", "the lad (just 17)": an age alone in brackets, said to be young
        r"\(\s?(?:only|just|barely|aged?)\s(?P<aside>\d{1,3})\s?\))"
    )
    _PERSON_WORD_BEFORE = re.compile(
        r"(?i:\b(?:"
        + alternatives(
            PERSON_WORDS
            + "gent chap toddler teen teenager youngster mam granddad gran granny grandmother grandfather nephew "
            "niece neighbour neighbor nanny nana nanna nan grandma grandad grandpa aunty auntie uncle driver "
            "candidate headteacher widow widower veteran farmer pensioner".split()
            + _ROLES
        )
        + r"|service\s+user|young\s+person|caseload)s?)"
        # up to two words between, as in "lady today, 67," or "son in law, 40,"
        r"(?P<between>(?:\s+[A-Za-z'’]+){0,2})$"
    )
    # not "my neighbour's son": someone else's family
    _OWN_BEFORE = re.compile(r"(?i)\b(?:my|our)\s+(?:[a-z'’]+(?<!['’]s)\s+)?$")

    # one person the sentence is about, not the writer nor a group ("Interviewed ten, only 3" is a count)
    _SOMEONE_IN_SENTENCE = re.compile(
        r"(?i)\b(?:he|she|his|her|him|boy|girl|lad|lass|baby|toddler|kid|child|man|woman|lady|guy|gent|son|daughter)\b"
    )

    # words between the person and the number that make it a place, a count or a measurement: "the
    # patient in bed, 4,", "patient pain score, 7,", "client weight, 70,"
    _NOT_BETWEEN = frozenset(MEASURE_WORDS + "year no page step rating pain obs results".split())

    def find(self, text, nlp_artifacts=None):
        results = super().find(text, nlp_artifacts)
        for m in self._BETWEEN_COMMAS.finditer(text):
            group = next(g for g in ("span", "bracketed", "qualified", "aside") if m.group(g) is not None)
            # only an age a person can be; "2009" and "£50" never match the three digits after a comma
            if int(m.group(group)) > 115:
                continue
            upto = len(text[: m.start()].rstrip())  # "client (4," has a space before its bracket
            before = self._PERSON_WORD_BEFORE.search(text, max(0, upto - 40), upto)
            if before is None and group == "qualified" and self._SOMEONE_IN_SENTENCE.search(
                    text, max(0, upto - 100, *(text.rfind(c, 0, upto) + 1 for c in ".!?\n")), upto):
                # "the little boy ... we removed last night, only 3, mummy was": "only" makes the aside an
                # age, of the one person the sentence is about, however far back they were named
                start, end = m.span(group)
                results.append(self.result(start, end, 0.6, m.group(group)))
                continue
            if before is None or self._NOT_BETWEEN.intersection(before.group("between").lower().split()):
                continue
            if self._OWN_BEFORE.search(text, max(0, before.start() - 16), before.start()) and \
                    before.group().split()[0].lower().rstrip("s") in _FAMILY:
                continue
            if any(r.start <= m.start(group) < r.end for r in results):
                continue  # "Doris (96, sharp as a tack)": already found after the name
            start, end = m.span(group)
            results.append(self.result(start, end, 0.65, m.group(group)))
        return results
