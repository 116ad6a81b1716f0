"""Distinctive details: a story that fits only one person identifies them without a name.

"The only deaf girl in year 9", "the first triplets ever born on our unit", "our youngest ever
patient": anyone in that school or hospital knows who it is. These are judgements, not certainties,
so they carry a lower score (0.5) and their own type, and the user decides.
"""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.gated import GatedRegexRecognizer

# Who a distinctive detail is about; "the only unit of time" or "the only thing" is not about anyone.
_PERSON_NOUN = (
    r"(?:girls?|boys?|child(?:ren)?|kids?|students?|pupils?|patients?|clients?|residents?|women|woman|men|man|"
    r"persons?|people|members?|nurses?|doctors?|teachers?|famil(?:y|ies)|parents?|mums?|moms?|dads?|mothers?|"
    r"fathers?|twins?|triplets?|quads|quadruplets|babies|baby|sons?|daughters?|siblings?|brothers?|sisters?|"
    r"wheelchair\s+users?|user|amputees?|survivors?|refugees?|adopters?|carers?|teens?|teenagers?|toddlers?|"
    r"infants?|newborns?|employees?|colleagues?|staff\s+members?|vets?|veterans?|"
    # professions: "the only paediatric neurosurgeon at ..." names the writer, and so the hospital
    r"consultants?|registrars?|midwi(?:fe|ves)|paramedics?|physios?|counsell?ors?|"
    r"social\s+workers?|solicitors?|barristers?|lawyers?|judges?|engineers?|developers?|interns?|trainees?|"
    r"apprentices?|volunteers?|chaplains?|receptionists?|partners?|pilots?|captains?|officers?|directors?|ceos?|"
    r"lads?|lass(?:es)?|guys?|ladies|lady|gentlem[ae]n|"
    # "-ist" only after four letters and not after "l" (the only list, checklist, playlist)
    r"[a-z]{4,}(?<!l)ists?|specialists?|journalists?|[a-z]+icians?|[a-z]*surgeons?)"
)
# What makes someone stand out to anyone who has seen them: "the only one with the purple hair".
_FEATURE = (
    r"(?:hair|tattoos?|piercings?|beard|moustache|mustache|accent|wheelchair|walking\s+(?:stick|frame)|cane|"
    r"hearing\s+aids?|cochlear\s+implants?|glasses|braces|limp|scars?|eye\s*patch|prosthetic(?:\s+\w+)?|"
    r"headscarf|hijab|turban|mohawk|birthmark)"
)
# An optional place or group the detail is set in: "in year 9", "on our unit", "at the school", and with the
# setting's size stressed, "in our whole sub-county", "in her entire year group": the setting is the noun after
# "whole"/"entire" (with a group word after it), or the rewrite keeps it dangling ("an albino man sub-county").
_IN_SETTING = (
    r"(?:\s+(?:in|on|at|from|of|to\s+be\s+\w+\s+(?:in|on|at))\s+(?:the\s+|our\s+|my\s+|this\s+|his\s+|her\s+|"
    r"their\s+|a\s+)?(?:(?:whole|entire)\s+(?!of\b)[\w'’-]+(?:\s+(?:group|class|school|unit|ward|team|department|"
    r"estate|district|county|area|block|street|village|town))?|"
    # a setting told by its size, "our 4,000-strong business", "a 12-bed unit": the number, its describer and the
    # noun, never cut at the number's comma ("a colleague,000-strong business")
    r"\d[\d,.]*(?:[-‐][a-z]+)+\s+[\w'’-]+|[\w'’-]+(?![,.]\d))(?:\s+\d{1,2}\b)?)"
)
_SETTING = _IN_SETTING + "?"
_ADJ = r"(?:[\w'’-]+\s+){0,3}?"


class DistinctiveDetailRecognizer(GatedRegexRecognizer):
    ORDER = 600
    ENTITY = "DISTINCTIVE_DETAIL"
    GATE_WORDS = ("only", "first", "last", "youngest", "oldest", "smallest", "tallest", "record", "rare", " of ")
    FLAGS = re.IGNORECASE
    PATTERNS = [
        # "the only deaf girl in year 9", "the only child on the ward who..."
        Pattern("the only", rf"\b(?:the|our|my|their)\s+only\s+{_ADJ}{_PERSON_NOUN}\b{_SETTING}", 0.5),
        # "the last WWII vet in town", "the last fluent speaker in the village": the last of a kind in a
        # community ("the last patient on the list" is just the end of a clinic)
        Pattern(
            "the last of a community",
            rf"\bthe\s+last\s+{_ADJ}{_PERSON_NOUN}\s+(?:in|from|of)\s+(?:the\s+|our\s+|this\s+|his\s+|her\s+|their\s+)?"
            r"(?:town|village|city|county|country|area|region|world|family|street|parish|valley|island|uk|britain|ireland|state)\b",
            0.5,
        ),
        # "the first triplets ever born on our unit", "first patient ever to ..."
        Pattern(
            "the first ever",
            rf"\bfirst\s+(?!time\b)(?:{_ADJ}{_PERSON_NOUN}\s+ever|ever\s+{_ADJ}{_PERSON_NOUN})\b"
            r"(?:\s+(?:born|diagnosed|admitted|seen|treated|recorded|to\s+\w+)\b)?"
            rf"{_SETTING}",
            0.5,
        ),
        # "as their first female engineer", "the company's first Black partner": the first of a kind a workplace or a
        # community has had is one person anyone there can name (the writer's own, "my first female boss", is left)
        Pattern(
            "first of a kind",
            r"\b(?:the|their|our|its|his|her|['’]s)\s+(?:very\s+)?first\s+(?:ever\s+)?(?:female|woman|women|male|black|deaf|blind|"
            rf"disabled|openly\s+gay|gay|trans|transgender|indigenous|aboriginal|m[aā]ori|muslim|hijabi|wheelchair[\s-]using)\s+{_PERSON_NOUN}\b",
            0.5,
        ),
        # "first in his family to stay clean", "the first one in her family to go to uni"
        Pattern(
            "first in the family",
            r"\bfirst\s+(?:one\s+|person\s+)?in\s+(?:his|her|their)\s+(?:whole\s+|entire\s+)?(?:family|village|town|clan|tribe)\s+to\b",
            0.5,
        ),
        # "youngest ever", "oldest-ever", "the youngest patient on the ward", "the oldest resident in"
        Pattern("youngest ever", r"\b(?:youngest|oldest)[\s-]+ever\b(?:\s+[\w'’-]+)?", 0.5),
        Pattern(
            "the youngest",
            rf"\bthe\s+(?:youngest|oldest|smallest|tallest)\s+{_ADJ}{_PERSON_NOUN}"
            rf"(?:\s+ever\b{_SETTING}|\s+to\s+\w+{_SETTING}|{_IN_SETTING})",
            0.5,
        ),
        # "record-breaking", "a world record", "broke the national record"
        Pattern(
            "a record",
            r"\b(?:record[\s-]breaking|(?:world|national|british|uk|european|county|school|club|hospital)\s+record)\b"
            r"(?!\s+(?:number|numbers|amount|levels?|heat|temperatures?|highs?|lows?|sales|profits?|year)\b)",
            0.5,
        ),
        # "one of only three children in the country", "1 in a million case", "extremely rare condition"
        Pattern("one of only", rf"\bone\s+of\s+(?:only|just)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+handful\s+of)\s+{_ADJ}{_PERSON_NOUN}\b{_SETTING}", 0.5),
        Pattern("very rare", r"\b(?:extremely|very|incredibly|ultra|super)[\s-]+rare\s+(?:genetic\s+)?(?:condition|disease|disorder|syndrome|cancer|case|form\s+of\s+\w+)\b", 0.5),
        # A formal title held by one person: "our Head of Procurement was walked out", "their Director of
        # Nursing" (capitalised, as a title is written; "the head of the queue" is not one)
        Pattern(
            "a title held by one",
            r"\b(?:our|my|their|his|her|the|your)\s+(?P<span>(?-i:(?:Deputy\s+|Assistant\s+|Interim\s+)?"
            r"(?:Head|Director|Chief|VP|Vice\s+President|Lead|Manager|Matron|Principal)\s+of\s+"
            r"[A-Z][\w&'’-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&'’-]*){0,2}))",
            0.5,
        ),
        # ... and written in lowercase after "our" or "my", as posts often do: "our new head of maths", "my
        # deputy head of year" (not "the head of the queue")
        Pattern(
            "our head of something",
            r"\b(?i:our|my)\s+(?:(?i:new|acting|interim)\s+)?(?P<span>(?i:(?:deputy\s+|assistant\s+)?"
            r"(?:head|director|lead)\s+of\s+(?!the\b|a\b|an\b|my\b|our\b|it\b|this\b)[a-z][\w&'’-]*(?:\s+(?:and\s+)?(?:year|department|school|studies|care))?))\b",
            0.5,
        ),
        # "the only one with the purple hair", "the only girl in a wheelchair", "the only lad who wears a kilt"
        Pattern(
            "the only one with a feature",
            rf"\bthe\s+only\s+(?:one|person|{_PERSON_NOUN})\s+(?:with|in|who\s+(?:has|wears|uses))\s+"
            rf"(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+)?{_ADJ}{_FEATURE}\b",
            0.5,
        ),
        Pattern("the only case", r"\bthe\s+only\s+(?:case|one|person|patient|child)\s+(?:of\s+(?:its|their)\s+kind|in\s+the\s+(?:country|world|uk|region|county|city|town))\b", 0.5),
    ]
