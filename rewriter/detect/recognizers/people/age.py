"""Ages that carry their own age wording: "9-year-old", "7yo", "aged 87", "16F", "I'll turn 21", "when he
was 78.", "a 3 month old came in", "6/52 old". An exact age is one of the details that, with a ward or a
school, singles a person out. Bare numbers ("3 siblings", "ten minutes", "5k PB") are never ages here."""

from __future__ import annotations

import re

from .... import vocab
from ..support.ages import AGE_NUMBER, MEASURE_WORDS, PERSON_WORDS, alternatives
from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer
from ..support.names import FAMILY_NOUNS
from ..support.landmark_cases import landmark_case_ends_at

# What may follow "turned 60" / "when he was 78" for the number to be an age and not a count
# ("turned 5 pages" is not an age): the end of a clause, "years", or a time word.
_AGE_END = (
    r"(?=\s*(?:years?(?:\s+old)?|yrs?(?:\s+old)?)\b|\s*[.,;:!?)\]]|\s*$|"
    r"\s+(?:today|tomorrow|yesterday|this|last|next|on|in|and|but|so|soon|recently|when|at|"
    r"lol|haha|omg|now|already|the\s+day|the\s+morn|"
    # the tags other Englishes end a clause with: "she's only 26 yaar", "he's 15 innit", "she's 9 lah", "he's 17 tho"
    r"yaar|yar|innit|lah|leh|lor|sia|bro|tho|though|mate|"
    # what is said of a person after their age: "he's 19 bless him", "'e's 101 come Tuesday" (West Country "come" for
    # "on"), "she's 15 an' ..." (a dropped "d")
    r"bless|come)\b|"
    r"\s+an['’]?(?=\s+(?!(?:hour|hr|week|wk|month|day|year|yr|night|session|item|each|apiece)\b)[a-z]))"
)
# Who "was 41" can be about when the number is an age.
_PERSON_SUBJECT = alternatives(PERSON_WORDS + "he she guy pt youngest eldest oldest".split())
_MEASURE = alternatives(
    MEASURE_WORDS
    + "saturation levels bill dose sugar sugars glucose bm hr rr bmi price cost rent shoe size time wait score's "
    "turn place position rank reading ratio percentage share".split()
)


# What follows an old age told as a wonder: "87 and still cracking jokes", "89 and livin on his own", "91 y
# todavía makes her own tamales" (Spanish "and still"), "93 na," (Tagalog "already"), "88 pa rin"
OLD_AGE_WONDER = (
    # (with its subject too, as spoken English tells it: "88 years and she still climbing ladder")
    r"(?:and\s+(?:(?:she|he)(?:['’]s|\s+is)?\s+)?(?:still(?!\s+counting)|going\s+strong|sharp\s+as|liv(?:e|es|ing|in['’]?)\s+(?:alone|on\s+(?:his|her|their)\s+own|"
    # ("87 years na bado ana swag": Swahili "and still"; "92 et toujours", "90 e ainda": French and Portuguese)
    r"by\s+(?:him|her)self))|not\s+out|y\s+(?:todav[ií]a|a[uú]n|sigue)|na(?=\s*[,.!]|\s+(?:at|pero|pa)\b)|pa\s+rin|"
    r"na\s+bado|et\s+toujours|e\s+ainda)\b"
)


# What has an anniversary, not a birthday: "The shop is 10 today", "our blog's 5 tomorrow"
_THINGS = (r"(?i:shop|store|business|company|firm|blog|page|channel|podcast|cafe|café|salon|clinic|practice|charity|"
           r"restaurant|bakery|website|site|app|account|band|club|school|group|brand|agency)")


class AgeRecognizer(GatedRegexRecognizer):
    ORDER = 100
    ENTITY = "AGE"
    GATE = HAS_DIGIT
    FLAGS = re.IGNORECASE
    PATTERNS = [
        # "9-year-old", "92 year old", "22 years old", "5-yr-old", "a 65-year-old male", "101 years young"
        # (two ages told together, as of a couple: "81 and 79 years old and lost everything"; both are theirs)
        Pattern("years old", rf"(?:{AGE_NUMBER}\s*(?:and|&)\s*)?{AGE_NUMBER}[\s-]*(?:years?|yrs?)[\s-]*(?:old|young)\b", 0.85),
        # "19 years of age and now he's facing court", "a man 45 years of age": the formal way, as police and
        # courts write an age
        Pattern("years of age", rf"{AGE_NUMBER}\s+(?:years?|yrs?)\s+of\s+age\b", 0.85),
        # the same in the languages mixed into English: "19 saal ka" (Hindi/Urdu), "91 años" (Spanish), "82 anos"
        # "mi paciente de 72", "una señora de 80", "un monsieur de 90,": a person word of Spanish, Portuguese or French,
        # "de" and a number that ends the clause is that person's age, as those languages tell it without "años"
        Pattern(
            "person de N",
            r"\b(?:paciente|pacienta|señora|señor|senhora|senhor|abuel[oa]|abuelit[oa]|viejit[oa]|niñ[oa]|chic[oa]|"
            r"muchach[oa]|hombre|mujer|don|doña|dona|velhinh[oa]|menin[oa]|monsieur|madame|dame|mamie|papi|patient|patiente)"
            rf"\s+de\s+(?P<span>{AGE_NUMBER})(?=\s*[,.;:!?)]|\s*$|\s+(?:y|e|et|que|qui|con|com|avec)\b)",
            0.7,
        ),
        # (and "years old" in the Germanic languages mixed into English: Afrikaans and Dutch "2 jaar oud", German "7
        # Jahre alt", Scandinavian "80 år gammal"; "31 jaar" alone is as often years of service and is left)
        Pattern(
            "years in other languages",
            rf"{AGE_NUMBER}[\s-]*(?:saal(?:\s+(?:ka|ki|ke)\b)?|años|anos|taong\s+gulang|jaar\s+ou[de]|jarige|jahre\s+alt|"
            r"jährige[rn]?|år\s+gam(?:mal|mel|le))\b",
            0.8,
        ),
        # French and Italian: "Mon client Mamadou, 26 ans,", "une madame de 88 ans", "la plus jeune a 4 ans", "ha 7
        # anni"; not a length of time ("depuis 10 ans", "il y a 5 ans", "pendant 3 ans", "ça fait 20 ans", "da 3 anni")
        Pattern(
            "years in French or Italian",
            # (a digit first, so the lookbehinds are tried at the numbers only, not at every letter of the post)
            rf"(?=\d)(?<!\bdepuis\s)(?<!\by\sa\s)(?<!\bpendant\s)(?<!\bfait\s)(?<!\bdans\s)(?<!\ben\s)(?<!\bda\s)"
            rf"(?<!\bper\s)(?<!\bdopo\s){AGE_NUMBER}\s+(?:ans|anni)\b(?!\s+(?:de\s+(?:service|carri[eè]re|mariage|"
            rf"exp[eé]rience|travail)|d['’]exp[eé]rience|di\s+(?:servizio|lavoro|matrimonio|esperienza)))",
            0.8,
        ),
        # "Our Doris is 97 tomorrow!!", "Mum's 90 today": an age told on its birthday
        Pattern(
            "is N tomorrow",
            rf"(?<!\b(?i:it|at))(?<!\b(?i:this|that|what|here))(?<!\b(?i:there|which))(?:\s+(?i:is|will\s+be)|['’]s)\s+(?P<span>{AGE_NUMBER})\s+"
            r"(?=(?i:today|tomorrow|tmrw|tmr|tonight|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|next\s+week|this\s+week(?:end)?)\b"
            r"\s*(?:[.,;:!?)]|$|[^\w\s]|and\b|so\b))",
            0.7,
        ),
        # clinical shorthand for a baby's age: "6/12 old" (months), "3/52 old" (weeks), "5/7 old" (days)
        Pattern("weeks as a fraction", r"(?<![\d/])\d{1,2}/(?:12|52|7)\s*old\b", 0.8),
        # "7yo", "13 yo", "31 y/o", "40 y.o."
        Pattern("yo", rf"{AGE_NUMBER}\s?(?:yo|y/o|y\.o\.?)(?![a-z])", 0.85),
        # "aged 87", "age 6", "ages 3 and 5", "age: 40", "at the age of 61"
        Pattern("aged", rf"\b(?:aged?|ages)\s*:?\s*(?:of\s+)?{AGE_NUMBER}(?:\s*(?:and|&|-|to)\s*{AGE_NUMBER})?\b(?!\s*(?:%|percent))", 0.8),
        # "just turned 60", "I'll turn 21.", "turning 40 next week", "turns 3 today"
        Pattern("turned", rf"\bturn(?:ed|s|ing)?\s+{AGE_NUMBER}{_AGE_END}", 0.8),
        # "Written when he was 78.", "since I was 12,", "when she was 6 years old"
        Pattern(
            "when he was",
            rf"\b(?:when|since|until|till|because|by\s+the\s+time)\s+(?:he|she|they|i|we|you)\s+"
            rf"(?:was|were|is|are|am|turned)\s+{AGE_NUMBER}(?:\s*(?:and|&)\s*{AGE_NUMBER})?{_AGE_END}",
            0.75,
        ),
        # "87 and still cracking jokes", "92 and going strong": an old age told as a wonder
        Pattern(
            "and still",
            # at the start of a clause, as said of someone ("- 87 and still", "she's 90 and still"), not a
            # score or a price ("we scored 75 and still lost")
            # or after an emoji that ends the sentence before ("cried 🥹 91 and still sharp")
            # or after an aside in brackets ("(blurred her face) 87 years and still dancing")
            r"(?:^|[-–—,;:(]\s*|[.!?]\s+|\)\s+|[^\w\s.,;:!?'’\"“”()\[\]$£€%&*+/<=>@#-]\s+|\b(?:she|he|who)(?:['’]s|\s+is|\s+was)\s+)"
            # (with its "years" too: "89 years and still sharp", an old age told as a wonder the same way)
            rf"(?P<span>(?:[6-9]\d|1[01]\d)(?:\s+(?:years|yrs)(?:\s+(?:old|young))?)?)\s+{OLD_AGE_WONDER}",
            0.7,
        ),
        # "At 81 he's living proof", "At 45 she ran her first marathon": an age opening a sentence about
        # someone (issue 10: an age tied to a person). From 25 up, so no clock time ("At 7 he came in",
        # "At 10 she rang") reads as one.
        Pattern(
            "at N he",
            r"(?:^|[.!?]\s+|[^\w\s.,;:!?'’\"“”()\[\]$£€%&*+/<=>@#-]\s+)(?-i:At)\s+"
            r"(?P<span>(?:2[5-9]|[3-9]\d|1[01]\d))(?!\s*(?:%|percent|mph|km|kg|[:.]\d))\s*,?\s+(?:he|she)(?:['’]s|\s+(?:is|was|still|has|had))\b",
            0.65,
        ),
        # "mum only 19, from a tiny village": a person and "only" before an age, with no verb (headline style)
        Pattern(
            "person only N",
            # (with a baby's unit too: "the youngest only 8 months.", a baby told by months as headlines do)
            rf"\b{_PERSON_SUBJECT}\s+(?:only|just|barely)\s+(?P<span>{AGE_NUMBER}(?:\s*(?:months?|mths?|weeks?|wks?)(?:\s+old)?)?)"
            r"(?=\s*[,.;:!?)]|\s*$|\s+(?:and|but|from|when|so)\b)",
            0.65,
        ),
        # "the only teen mom in our barangay, 14 lang siya" (Tagalog: "she's only 14")
        Pattern("lang siya", rf"{AGE_NUMBER}(?=\s+(?:pa\s+)?lang\s+(?:siya|sya|ang\s+edad)\b)", 0.7),
        # "birthday niya, 101 na siya!!" (Tagalog: "she's 101 now"): "na" and the pronoun after the number tell the
        # age reached ("alas 5 na siya umuwi" is a clock time: "alas" or "ala" before it)
        Pattern("na siya", rf"(?<!\balas\s)(?<!\bala\s){AGE_NUMBER}(?=\s+na\s+(?:po\s+)?(?:siya|sya)\b)", 0.7),
        # "... wala na siya kaninang umaga. 88 pa lang." (Tagalog: "only 88"): "pa lang" closing a sentence that is
        # only the number, after a sentence about a person (accept); "5 pa lang kami" goes on and is a headcount
        Pattern(
            "N pa lang.",
            rf"(?:^|(?<=[.!?,;])\s*|(?<=[.!?,;]\s))(?P<span>{AGE_NUMBER})(?=\s+pa\s+lang\s*(?:[.!?]|$|[^\w\s]))",
            0.65,
        ),
        # "😭 82 years, diabetic foot, still dey crack jokes": an old age opening a sentence of details
        Pattern(
            "old age opening",
            r"(?:^|[.!?]\s+|[^\w\s.,;:!?'’\"“”()\[\]$£€%&*+/<=>@#-]\s+)(?P<span>(?:[6-9]\d|1[01]\d)\s+(?:years|yrs))\s*,\s+[a-z]",
            0.65,
        ),
        # "I'm 34.", "she's 9 and ...", "he is 15," — a pronoun, a form of "to be", the number, end of clause
        # (and the same with the "h" dropped, as the West Country, Cockney and the North say it: "'e's 101 come Tuesday")
        Pattern("I am", rf"(?:\b(?:i'?m|i\s+am|he'?s|he\s+is|she'?s|she\s+is|they'?re|they\s+are)|(?<![\w'’])['’]e['’]s)\s+{AGE_NUMBER}{_AGE_END}", 0.6),
        # "Mrs Whitcombe who's 79 and", "She's only 14 and", "(she's now 19)", "kid's 12.": the same with
        # "who" or a word for a child as the subject, or a word that qualifies the age before it
        Pattern(
            "who is",
            rf"\b(?:(?:who|kid|child|lad|lass|boy|girl)(?:['’]s|\s+is)|(?:i'?m|i\s+am|he'?s|he\s+is|she'?s|she\s+is|"
            rf"they'?re|they\s+are)\s+(?:only|just|jist|juist|now|nearly|almost|barely|still|like|about|around|easily|probably|pushing))\s+"
            rf"{AGE_NUMBER}{_AGE_END}",
            0.6,
        ),
        # "a girl of 15 from", "a wee girl of 7", "a man of 90", "a widow of 62": a person and their age
        Pattern(
            "girl of",
            rf"\b(?:girl|boy|lad|lass|man|woman|lady|gentleman|gent|child|kid|teen|youngster|chap|fella|bloke|"
            # "my client, a widow of 62": a word for a person by their life, not their children ("mother of 3")
            rf"widow|widower|pensioner|retiree|grandmother|grandfather|granny|grandad|grandpa|grandma)\s+"
            rf"(?P<span>of\s+(?:only\s+|just\s+|about\s+)?{AGE_NUMBER})\b(?!\s*(?:%|percent|[a-z]*(?:foot|feet|ft|cm|kg|kilos?|"
            rf"stone|st|lbs?|pounds?|minutes?|mins?|hours?|days?|weeks?|months?|words?|pages?|items?|people|others|us|them|"
            rf"the|my|his|her|their|our)\b|\s*years?\s+of\s+(?!age\b)))",
            0.65,
        ),
        # a birthday by its ordinal: "happy 93rd to", "her 100th tmrw", "their son's 21st" (not the writer's own:
        # see accept)
        Pattern(
            "birthday ordinal",
            r"\b(?:happy|her|his|their|['’]s)\s+(?P<span>(?:1[3-9]|[2-9]\d|1[01]\d)(?:st|nd|rd|th))\b"
            r"(?=\s*(?:birthday|bday|b-day|party|do|celebrations?)\b|\s*[.,;:!?)\]]|\s*$|\s+(?:to|tmrw|tomorrow|today|"
            r"tonight|on|and|at|with|next|this|last|yesterday)\b|\s*[^\w\s])",
            0.65,
        ),
        # "guy in his 60s got his hand stuck", "a woman in her early 80s": a decade of someone's life (never
        # the writer's own: "in my 40s" is no one else's)
        Pattern(
            "decade of life",
            r"\b(?P<span>in\s+(?:his|her|their)\s+(?:(?:early|mid|late)[\s-]*)?[1-9]0['’]?s)\b(?!['’]?\s*(?:music|style|films?|songs?|decor|house|tunes))",
            0.7,
        ),
        # "Kids are 4 and 7.", "her boys were 6 and 9", "since they were 2 and 4": the ages of someone's
        # children told together (the writer's own, "my kids are 4 and 7", are their own life)
        Pattern(
            "children are N and N",
            rf"(?<!\b(?i:my)\s)(?<!\b(?i:our)\s)\b(?:kids|children|boys|girls|twins|grandkids|sons|daughters|they)\s+(?:are|were)\s+"
            rf"(?:(?:now|only|just)\s+)?(?P<span>{AGE_NUMBER}(?:\s*,\s*{AGE_NUMBER})*\s*(?:and|&)\s*{AGE_NUMBER})"
            r"(?=\s*(?:years?|yrs?)?\s*(?:old\b)?\s*(?:[.,;:!?)\]]|$|and\b|but\b|so\b|now\b))",
            0.7,
        ),
        # "Their dad's 91 and sat right there", "kid's 12.": "'s" for "is" after a word for a person
        Pattern(
            "person's N",
            # Dialect forms say the same: Yorkshire "nobbut" for "only" ("Lad's nobbut 16."), "an" or "n" for
            # "and" before a consonant ("Lad's 58 an his chest is bad"; "58 an hour" is a rate and never matches)
            rf"\b{_PERSON_SUBJECT}['’]s\s+(?:(?:only|just|nearly|almost|barely|now|nobbut)\s+)?(?P<span>{AGE_NUMBER})"
            r"(?=\s*[.,;:!?)\]]|\s*$|\s+(?:and|but|when|so|now)\b|\s+(?:an|n)\s+(?!h(?!(?:is|er|im|e)\b))(?!(?:one|me|mi|my|us|we)\b)[b-df-np-tv-z])",
            0.65,
        ),
        # "Mrs Hale is 87 and still drives", "Mr Obi was 58,": a titled name, a form of "to be", an age
        Pattern(
            "titled name is N",
            rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w'’-]+\s+(?:is|was|turned|turns)\s+(?:(?:only|just|now|nearly|almost|still)\s+)?"
            rf"(?P<span>{AGE_NUMBER}){_AGE_END}",
            0.7,
        ),
        # "(6ft 7 at 15!)", "20 stone at 12": a striking measurement and the age it was reached at, which
        # together pick one child out of a club or a school
        Pattern(
            "height at N",
            r"\b\d{1,2}\s?(?:ft|foot|feet|st|stone|'|’)\s?(?:\d{1,2}\s?(?:in|inches|\"|”)?\s*)?at\s+(?:only\s+|just\s+)?"
            rf"{AGE_NUMBER}(?=\s*[!.,;)?]|\s*$)",
            0.7,
        ),
        # "Lady came in for her Plan B today, 16 at most, with": an age guessed in an aside, of the one person
        # the sentence is about ("12 chairs, 20 at most" is a count)
        Pattern(
            "N at most",
            r"\b(?:lady|girl|boy|lad|lass|kid|child|woman|man|guy|bloke|fella|she|he|her|him)\b[^.!?\n]{0,80}?"
            rf",\s?(?:(?:maybe|about|around)\s+)?(?P<span>{AGE_NUMBER})\s+(?:at\s+(?:the\s+)?most|tops|max|at\s+a\s+push)\s*(?=[,;.!?)]|$)",
            0.65,
        ),
        # "RIP to the lad from the crash ... 19, his first car.": a bare age opening a sentence of details
        # about someone
        Pattern(
            "age opening details",
            rf"(?:^|[.!?]\s+)(?P<span>{AGE_NUMBER}),\s+(?:his|her)\s+(?:first|only|last|whole|own)\b",
            0.65,
        ),
        # "Lady on Lumley Rd was only 41.", "youngest was 14 months and ...", "my son is 7." — a word for a
        # person, a few words, "was/is", the number ending the clause (a measurement word between them,
        # "his pain score was 7", makes it something else)
        Pattern(
            "person was",
            # (a room or a bed the person is in is where, not a measure: "pt in room 412 is 97 and still ...")
            # (Scots "wis" for "was": "the lassie wis 19 an we flagged her")
            rf"\b{_PERSON_SUBJECT}\b(?:[ \t]+(?:(?<=\b(?:in|on)[ \t])(?:room|bed)\b|(?!{_MEASURE}\b)[\w'’.-]+)){{0,4}}?[ \t]+(?:was|wis|is)\s+"
            rf"(?:only|just|nearly|almost|barely|still|not\s+even\s+)?\s*"
            rf"(?P<span>{AGE_NUMBER}(?:\s*(?:years?|yrs?|months?|mths?|weeks?|wks?)(?:\s+old)?)?)"
            # ("an" for "and" before a consonant, as Scots and other Englishes write it; "19 an hour" never matches)
            r"(?=\s*[.,;:!?)\]]|\s*$|\s+(?:and|but|when|so|now|today)\b|\s+an\s+(?!h)[b-df-np-tv-z])",
            0.7,
        ),
    ]

    # Clinical shorthand "16F", "72 M", "(34F)": the sex letter must be a capital and stand alone, and
    # the note must read like one about a person (an article or "pt" before, "with"/"presenting" after),
    # so "12.5M", "$5M" and "revenue hit 5M" (millions) do not match.
    _SEX_AGE = re.compile(r"(?<![\w$£€.,/-])(?P<span>\d{1,3}\s?[FM])(?![\w%])")
    _PERSON_BEFORE = re.compile(
        r"(?:^|[(\[,;:]\s*|\b(?:a|an|the|this|our|my|new|pt|patient|client|resident|male|female)\s+)$",
        re.IGNORECASE,
    )
    _PERSON_AFTER = re.compile(
        r"\s*(?:(?:with|presenting|presents|c/o|complaining|admitted|brought|who|found|seen|on)\b)",
        re.IGNORECASE,
    )

    # A baby's age: "a 3 month old", "6-week-old", "a 10 day old", "she was 3 weeks old". Food, posts and
    # phones are "3 days old" too, so the words around must say it is a person (see _young_age).
    _YOUNG_AGE = re.compile(
        rf"{AGE_NUMBER}[\s-]*(?P<unit>(?:month|mth|mo|week|wk|day)(?P<plural>s)?)[\s-]*old\b", re.IGNORECASE
    )
    # What may follow "a 3 month old" when it means a baby: a word for a child, or no noun at all
    # ("a 3 month old came in", "a 10 day old with jaundice", "a 6 week old.")
    _AFTER_YOUNG_AGE = re.compile(
        r"(?:\s*(?:[.,;:!?)\]]|$)|\s+(?:baby|babies|boy|girl|son|daughter|twins?|infant|neonate|child|patient|"
        r"grandson|granddaughter|nephew|niece|sibling|brother|sister|bub|lad|lass|"
        r"with|who|came|comes|was|is|has|had|and|in|at|on|from|presenting|presented|brought|admitted|seen|"
        r"needs|needed|needing|being|getting|today|yesterday|tonight|last|this|that|whose|arrived|"
        r"screaming|crying|sleeping|asleep|feeding|fed)\b)",
        re.IGNORECASE,
    )
    # "3 weeks old" is a person's age when a person is what "is" or "was" it ("she's 3 weeks old", "my
    # baby was only 6 months old") or when it dates a moment in a life ("at 4 months old", "since 6 weeks old")
    _PERSON_IS_BEFORE = re.compile(
        r"(?:\b(?:he|she|i|you|baby|son|daughter|twins|boy|girl|infant|grandson|granddaughter|nephew|niece|"
        r"brother|sister|child|kid|patient)(?:['’]s|['’]re|['’]m|\s+(?:is|was|were|are|am|turned|turns))|"
        r"\b(?:at|when|since|until|till|from))"
        r"(?:\s+(?:only|just|now|nearly|almost|about|barely|not\s+even))?\s+$",
        re.IGNORECASE,
    )

    # "3 weeks old" in an aside between commas, in a sentence about a baby: "visit with baby Amara this morning,
    # 6 weeks old and thriving", "twins Ana and Eva, 3 weeks old, mam on her own". The aside is the baby's age as a
    # notes-style post tells it (a baby is told by weeks and months); "the bread, 3 days old" has no baby word.
    _APPOSED_YOUNG_AGE = re.compile(r",\s*(?:only\s+|just\s+|now\s+)?$")
    _BABY_IN_SENTENCE = re.compile(
        r"(?i)\b(?:baby|babies|bub|newborns?|infant|neonate|twins|triplets|son|daughter|grandson|granddaughter|"
        r"little\s+(?:one|boy|girl|lad|man)|wee\s+(?:one|boy|girl|lad))\b"
    )
    _AFTER_APPOSED_AGE = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:and|but|now|today|yesterday|with)\b")

    def _young_age(self, m: re.Match, text: str) -> bool:
        if not 0 < int(re.match(r"\d+", m.group()).group()) <= 120:
            return False
        if not m.group("plural"):
            # "a 3 month old came in", "a 6-week-old baby", not "a 3 day old sandwich"
            return self._AFTER_YOUNG_AGE.match(text, m.end()) is not None
        # "3 days old" says whose only before it: "she was 3 days old", not "the milk is 3 days old"
        if self._PERSON_IS_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None:
            return True
        if self._APPOSED_YOUNG_AGE.search(text, max(0, m.start() - 12), m.start()) and \
                self._AFTER_APPOSED_AGE.match(text, m.end()):
            sentence = max(0, *(text.rfind(c, 0, m.start()) + 1 for c in ".!?\n"))
            return self._BABY_IN_SENTENCE.search(text, sentence, m.start()) is not None
        return False

    def find(self, text, nlp_artifacts=None):
        results = super().find(text, nlp_artifacts)
        for m in self._YOUNG_AGE.finditer(text):
            if self._young_age(m, text):
                results.append(self.result(m.start(), m.end(), 0.8, m.group()))
        for m in self._SEX_AGE.finditer(text):
            digits = int(re.match(r"\d+", m.group("span")).group())
            if not 1 <= digits <= 110:
                continue
            if self._PERSON_BEFORE.search(text[max(0, m.start() - 12) : m.start()]) or self._PERSON_AFTER.match(
                text, m.end()
            ):
                start, end = m.span("span")
                results.append(self.result(start, end, 0.6, text[start:end]))
        return results

    # the writer's own birthday or their family's: "happy 40th to me", "my own sister's 50th", "happy 70th
    # to my dad", "Took my dad to Rome for his 70th", "Dad died in spring ... what would've been his 70th"
    _OWN_BIRTHDAY_AFTER = re.compile(
        rf"(?i:\d+\w*\s+to\s+(?:me|us|myself|(?:my|our)\s+(?:\w+\s+)?{vocab.alternation('family_nouns')})\b)"
    )
    _OWN_FAMILY_MENTION = re.compile(
        rf"\b(?:(?i:my|our)\s+(?:(?i:own|little|big|late|baby)\s+)?(?i:{vocab.alternation('family_nouns')})|"
        rf"(?<!['’]s\s)(?<!\b(?i:her|his)\s)(?<!\b(?i:their)\s)(?<!\b(?i:your)\s)"
        rf"(?:Dad|Mum|Mam|Mom|Mammy|Mummy|Daddy|Nan|Nana|Nanna|Gran|Granny|Grandad|Grandpa|Grandma))\b"
    )

    # "Aunty Ronke's 60th", "Nan's 90th", "Uncle Tayo's 50th": a relation's title says it is the writer's own
    _FAMILY_TITLE_BEFORE = re.compile(
        rf"(?<!['’]s\s)(?<!\b(?i:her|his)\s)(?<!\b(?i:their)\s)(?<!\b(?i:your)\s)\b(?i:aunty|auntie|{vocab.alternation('family_nouns')[3:-1]})"
        r"(?:\s+[A-Z][\w-]*)?['’]s\s+$"
    )

    def _own_birthday(self, match: re.Match, text: str) -> bool:
        if self._OWN_BIRTHDAY_AFTER.match(text, match.start("span")):
            return True
        if self._FAMILY_TITLE_BEFORE.search(text, max(0, match.start("span") - 40), match.start("span")):
            return True
        earlier = text[max(0, match.start() - 160) : match.start("span")]
        return bool(self._OWN_FAMILY_MENTION.search(earlier)) and not _OTHER_PEOPLE.search(earlier)

    def accept(self, match: re.Match, text: str) -> bool:
        # the age's own number, not a room's before it ("pt in room 412 is 97")
        number = re.search(r"\d+", match.group("span") if match.groupdict().get("span") else match.group())
        if number is None or int(number.group()) > 120:
            return False
        if landmark_case_ends_at(text, match.start()):
            return False  # "Gideon v. Wainwright turned 60": a landmark case's anniversary, no one's age
        if r"pa\s+lang\s*(?:" in match.re.pattern:
            # "88 pa lang.": an age only after a sentence about someone, and from 13 up ("Tapos na? 3 pa lang." is
            # how much of a task is done)
            before = text[max(0, match.start() - 200) : match.start()]
            if int(number.group()) < 13 or not re.search(
                    r"(?i)\b(?:siya|sya|si|niya|lola|lolo|nanay|tatay|anak|mrs?|ms|miss|patient|resident|client)\b", before):
                return False
        if _CHILDREN_ARE.match(match.group()):
            # "Kids are 4 and 7" opens with a family noun, but not the writer's own: "my kids" never matches
            return True
        if re.match(r"\d+(?:st|nd|rd|th)$", match.group("span") if match.groupdict().get("span") else ""):
            if self._own_birthday(match, text):
                return False
        if _STILL_GOING.match(text, match.end("span") if match.groupdict().get("span") else match.end()):
            # "My nan 🥰 94 and still going strong": the writer's own family, when the post has spoken of no one else
            earlier = text[max(0, match.start() - 160) : match.start()]
            if _OWN_FAMILY_BEFORE.search(earlier) and not _OTHER_PEOPLE.search(earlier):
                return False
        if match.group()[:1] in " \t'’" and match.groupdict().get("span"):
            # "is 97 tomorrow": whose age it is stands before the verb ("my mum is 90 tomorrow" is the writer's own;
            # "the shop is 10 today" an anniversary)
            if re.search(rf"\b{_THINGS}\s*$", text[max(0, match.start() - 12) : match.start()]):
                return False
            earlier = text[max(0, match.start() - 160) : match.start()]
            if _OWN_FAMILY_IS.search(text[max(0, match.start("span") - 40) : match.start("span")]) or (
                _OWN_FAMILY_BEFORE.search(text[max(0, match.start() - 30) : match.start()]) and not _OTHER_PEOPLE.search(earlier)
            ):
                return False
        return not _about_own_family(text, match.start(), match.group())


# The writer's own family ("my nan is 94", "Dad was 58 when he died", "my dad ... He's 67"): the writer's
# own life, which identifies no client, patient or colleague (issue 10). Someone else's ("her son is 7",
# "my client's son was 7") stays an age.
_OWN_FAMILY_BEFORE = re.compile(rf"\b(?i:my|our)\s+(?i:{vocab.alternation('family_nouns')})\b")
_SOMEONE_ELSES = re.compile(r"(?i:\b(?:her|his|their|your)|['’]s)\s*$")
_PRONOUN_AGE = re.compile(r"(?i:he|she)(?:['’]s|\s+is|\s+was)\b")
_STILL_GOING = re.compile(r"\s+(?i:and\s+(?:(?:she|he)(?:['’]s|\s+is)?\s+)?(?:still|going)|not\s+out)\b")
_CHILDREN_ARE = re.compile(r"(?i)(?:kids|children|boys|girls|twins|grandkids|sons|daughters|they)\s+(?:are|were)\b")
_OTHER_PEOPLE = re.compile(rf"\b(?i:{vocab.alternation('own_people')})s?\b")


# "my nan is 94 years old", "our dad, 67 years young,": the age said straight after the writer's own family
_OWN_FAMILY_IS = re.compile(
    rf"\b(?i:my|our)\s+(?i:{vocab.alternation('family_nouns')})\s*(?:,|\s+(?i:is|was|turned|turns|just\s+turned))\s*"
    r"(?i:only|now|nearly|almost|about|a\s+sprightly|a\s+young)?\s*$"
)


def _about_own_family(text: str, start: int, matched: str) -> bool:
    head = matched.split()[0].lower().rstrip("'’s") if matched.split() else ""
    before = text[max(0, start - 40) : start]
    if _OWN_FAMILY_IS.search(before):
        return True
    if head in FAMILY_NOUNS:
        if re.search(r"(?i:\b(?:my|our)\s+)$", before):
            return True
        return matched[0].isupper() and not _SOMEONE_ELSES.search(before)
    if _PRONOUN_AGE.match(matched):
        # "He's 67" where the post has spoken only of the writer's own family so far
        earlier = text[max(0, start - 160) : start]
        return bool(_OWN_FAMILY_BEFORE.search(earlier)) and not _OTHER_PEOPLE.search(earlier)
    return False
