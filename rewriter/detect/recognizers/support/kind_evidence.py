"""What the words around a name say it is, when the small model's kind is a guess from the name alone.

The small English model often calls a private first name, nickname or surname an organisation or a
place ("Go on Lily-Mae!!", "Our keeper Callum", "Bex lost 30kg", "Neha di and Vikram bhai"), and a
village an organisation ("23, from Drumlassa", "up past Llanwrtyd"). The generaliser then writes "an
organisation" where a person stood. These read the sentence, not the name:

- ``person_by_context``: a courtesy or kin word right after the name ("Vikram bhai", "Iqbal Hussain
  sahib", "Venkat sir") or a title right before it ("Kuya Jomar", "Aunty Funmi"); a cheer ("Go on
  Lily-Mae!!", "Well done Kofi!"); a noun for someone just before it ("our keeper Callum", "my little
  one Anaya"); a day of one's own after it ("Eli's bar mitzvah", "Kemi's 40th"); what only a body
  does ("Bex lost 30kg", "Doris passed away", "Sam turned 40"); a verb of speech or feeling after an
  aside in brackets ("Jayden (the one who ...) hugged me"); an age in brackets ("(J.T., 24)").
- ``place_by_context``: a name after "past" ("up past Llanwrtyd"), after "from" when what comes from
  it is a person or an age ("23, from Drumlassa", "the 19yo from Frankston": someone comes from a
  place; a delivery or a quote comes from a firm), after a home or a life "in" ("a home in Birch
  Narrows"), after what a place has ("the Mayor of Stockwood", "the outskirts of Kelby"), or a name in
  three hyphened parts ("Rivière-Petit-Loup").

Neither decides alone that a word is a name: they re-type a span the model already found, so nothing is
added to or taken from what is removed.
"""

from __future__ import annotations

import re

from .... import vocab
from .lexicon import is_ordinary_word
from .names import NAME_TITLES

# "Neha di", "Vikram bhai both", "Iqbal Hussain sahib": a courtesy word after the name, lowercase, and
# no capitalised word after it ("Banca di Roma" is Italian for "of").
HONORIFIC_AFTER = re.compile(
    r"[ \t]+" + vocab.alternation("name_honorifics_after") + r"(?![\w'’-])(?![ \t]+[A-Z])"
)
# "Kuya Jomar", "Aunty Funmi", "Mzee Kamau", "Mr Okafor": a title or kin word right before the name.
_TITLE_WORDS = sorted(
    {w.lower() for w in vocab.entries("kin_titles")}
    | set(NAME_TITLES)
    | {"aunty", "auntie", "uncle", "mzee", "oga", "ate", "kuya", "tita", "tito", "lola", "lolo", "nana",
       "bibi", "babu", "dadi", "nani", "chacha", "chachi", "mama", "papa", "baba"},
    key=len, reverse=True,
)
_TITLE_BEFORE = re.compile(r"(?<![\w'’])(?i:" + "|".join(re.escape(w) for w in _TITLE_WORDS) + r")\.?[ \t]+$")
# A cheer with the name: "Go on Lily-Mae!!", "Well done Kofi!", "Come on Ama, you've got this".
_CHEER_BEFORE = re.compile(r"(?i)(?:^|[\s(\"“])(?:go\s+on|(?:(?:well\s+done|congrats|congratulations|happy\s+birthday|"
                           r"happy\s+bday)(?:[ \t]+to)?)|bless|love\s+you|miss\s+you|rip|rest\s+easy)[ \t,]+$")
# Mourned by name: "RIP Big Tam, 31 years at ...", "Rest in peace Nana Jo": a death notice is said of someone
# (or a pet), whatever follows the name; no firm is mourned with "RIP" before its name in a post about a life.
_MOURNED_BEFORE = re.compile(r"(?i)(?:^|[\s(\"“])(?:rip|r\.i\.p\.?|rest\s+in\s+peace|rest\s+easy|sleep\s+tight)[ \t,]+$")
# After a mourned name, the life or the death told: "RIP Big Tam, 31 years at", "RIP Tam 💔", "RIP Tam, taught me".
_LIFE_AFTER = re.compile(r"[ \t]*(?:[.!,]|[\U0001F300-\U0001FAFF\u2600-\u27BF]|\(|$|\n)")
_CHEER_AFTER = re.compile(r"[ \t]*(?:!|[ \t]*[\U0001F300-\U0001FAFF\u2600-\u27BF]|,\s+(?:you|you're|you've)\b)")
# A noun for someone right before the name: "our keeper Callum", "my little one Anaya", "our lad Darnell".
_PERSON_NOUNS = (
    vocab.words("person_words") | vocab.words("person_words_more") | vocab.words("informal_people_words")
    | vocab.words("family_nouns") | vocab.words("role_nouns")
    | {"keeper", "goalie", "captain", "skipper", "striker", "lad", "lass", "girl", "boy", "kid", "little one",
       "youngest", "eldest", "oldest", "baby", "bub", "bubba", "wee one", "bairn", "mentee", "tutee", "student",
       "pupil", "patient", "neighbour", "neighbor", "flatmate", "housemate", "roommate", "bestie",
       "bunso", "panganay", "pamangkin", "apo"}
) - {"client", "clients", "customer", "customers", "partner", "partners", "family", "families", "lead",
     "consultant", "service-user"}  # firms have clients and partners; "our lead Acme"
_PERSON_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:my|our|his|her|their|your|the)\s+(?:[\w-]+\s+)?(?:"
    + "|".join(re.escape(w) for w in sorted(_PERSON_NOUNS, key=len, reverse=True))
    + r")(,?)[ \t]+$"
)
# "One of my 5th years, Aoife from ...", "one of our regulars, Doris,": one of a group of people, by name.
_ONE_OF_MINE_BEFORE = re.compile(r"(?i)\bone\s+of\s+(?:my|our|his|her|their)\s+[^,.!?\n]{1,30},[ \t]+$")
# Spoken to: "Yes Nadia, you're on Boxing Day", "(Carrington, you know who you are)".
_VOCATIVE_BEFORE = re.compile(r"(?i)(?:^|[.!?\n]\s*|\()(?:(?:yes|no|oi|hey|hiya|hi|ok|okay|sorry|and|so)[ \t]+)?$")
_VOCATIVE_AFTER = re.compile(r",[ \t]+(?:you|you're|youre|you've|you'll|your)\b")
# A day of one's own after the name: "Eli's bar mitzvah", "Kemi's 40th", "Dad's funeral".
_OWN_DAY_AFTER = re.compile(
    r"['’]s\s+(?:(?:big|special|surprise|\d{1,3}(?:st|nd|rd|th))\s+)?(?:\d{1,3}(?:st|nd|rd|th)\b|bar\s+mitzvah|bat\s+mitzvah|"
    r"b'nai\s+mitzvah|birthday|bday|b-day|wedding|hen\s+(?:do|party)|stag\s+(?:do|party)|funeral|wake|memorial|"
    r"christening|baptism|naming\s+ceremony|first\s+communion|confirmation|quincea[nñ]era|graduation|"
    r"baby\s+shower|gender\s+reveal|engagement|leaving\s+do|retirement|send-?off|debut|first\s+tooth|"
    r"first\s+steps|cast|diagnosis|surgery|op\b|chemo|pregnancy|due\s+date)\b",
    re.IGNORECASE,
)
# What only a worker has, said with their name: "Gethin's overtime", "Marta's payslip", "Kofi's P45", "Dee's
# disciplinary" (a payroll or HR post; a firm has a wage bill, not a payslip or a P45 of its own).
_WORKERS_OWN_AFTER = re.compile(
    r"['’]s\s+(?:(?:last|first|final|next|latest|whole|entire|full|weekend|night|extra|unpaid)\s+)?(?:overtime|payslip|pay\s+slip|"
    r"wages|sick\s+pay|holiday\s+pay|back\s+pay|P45|P60|timesheet|time\s+sheet|appraisal|disciplinary|grievance|"
    r"probation|notice\s+period|tax\s+code)\b",
    re.IGNORECASE,
)
# What only a body does: "Bex lost 30kg", "Doris passed away", "Sam turned 40", "Ama gave birth".
_BODY_AFTER = re.compile(
    r"[ \t]+(?:has\s+|had\s+|just\s+|finally\s+)?(?:lost\s+(?:over\s+)?\d+(?:\.\d+)?\s?(?:kg|kgs|kilos?|lbs?|pounds|stone|st)\b|"
    r"passed\s+away|gave\s+birth|turn(?:ed|s)\s+\d{1,3}\b|is\s+\d{1,3}\s+today\b|got\s+(?:engaged|married)\b|"
    r"(?:was|got)\s+(?:diagnosed|discharged|admitted)\b)",
    re.IGNORECASE,
)
# An aside in brackets, then a verb of speech or feeling: "Jayden (the one who ...) hugged me".
_ASIDE_THEN_PERSON_VERB = re.compile(
    r"[ \t]*\([^()\n]{1,80}\)[ \t]+(?:asked|said|told|cried|laughed|smiled|hugged|replied|whispered|shouted|"
    r"screamed|wanted|felt|drew|wrote|giggled|grinned|waved|sobbed|thanked)\b"
)
# An age in brackets with the name: "(J.T., 24)", "(Maya, 7)".
_AGE_IN_BRACKETS = re.compile(r",\s*(?:aged?\s+)?\d{1,2}\s*\)")


def person_by_context(text: str, start: int, end: int) -> bool:
    """Do the words around the name at ``text[start:end]`` say it is someone's?"""
    if re.search(r"['’]s\s", text[start:end]):
        return False  # "Mama Tola's Kitchen": an owner's business, whatever title its owner has
    before = text[max(0, start - 60) : start]
    if HONORIFIC_AFTER.match(text, end) or _TITLE_BEFORE.search(before):
        return True
    if _CHEER_BEFORE.search(before) and _CHEER_AFTER.match(text, end):
        return True  # "Well done to Kofi 💪", "Go on Lily-Mae!!"
    if _MOURNED_BEFORE.search(before) and _LIFE_AFTER.match(text, end):
        return True
    noun = _PERSON_NOUN_BEFORE.search(before)
    if noun and (not noun.group(1) or text[end : end + 1] == ","):
        return True  # "our keeper Callum"; "The youngest, Selam, hugged me": a name in apposition
    if _ONE_OF_MINE_BEFORE.search(before):
        return True
    if _VOCATIVE_AFTER.match(text, end) and _VOCATIVE_BEFORE.search(text[max(0, start - 12) : start]) \
            and re.search(r"(?i)(?:yes|no|oi|hey|hiya|hi|ok|okay|sorry|\()[ \t]*$", before):
        return True
    if _OWN_DAY_AFTER.match(text, end) or _WORKERS_OWN_AFTER.match(text, end) or _BODY_AFTER.match(text, end) or _ASIDE_THEN_PERSON_VERB.match(text, end):
        return True
    return bool(_AGE_IN_BRACKETS.match(text, end)) and "(" in text[max(0, start - 2) : start]


# Someone or an age, then "from": "23, from Drumlassa", "(47) from Kelby", "the 19yo from Frankston", "a lad from Birchwood".
_AGE_OR_PERSON = (
    r"\d{1,3}\s*,?|\(\d{1,3}\)|\d{1,3}\s*(?:yo|y/o|yrs?\s+old|years?\s+old)|\d{1,3}-(?:year|yr)s?-old|"
    + "|".join(re.escape(w) for w in sorted(_PERSON_NOUNS - {"little one", "wee one"}, key=len, reverse=True))
    + r"|man|woman|men|women|bloke|guy|lady|fella|widow|widower|family|families|couple|farmer|lads|girls|boys|kids"
    # a person by a word of praise or by their children: "the genius from Ballyfinn who", "single mom of three from"
    + r"|genius|legend|hero|heroine|superstar|(?:mum|mom|mam|mother|dad|father)\s+of\s+(?:one|two|three|four|five|six|\d{1,2})"
)
_FROM_AFTER_SOMEONE = re.compile(r"(?i)(?:^|[\s(])(?:" + _AGE_OR_PERSON + r")s?[ \t]+(?:originally[ \t]+)?(?:from|fae|frae)[ \t]+$")
# A home or a life "in" a place: "a home in Birch Narrows", "a flat in Kirkstall Moor", "Small-town life in X".
_DWELLING_IN_BEFORE = re.compile(
    r"(?i)\b(?:home|homes|house|houses|flat|flats|farm|farms|village|town|estate|street|life|born|raised|"
    r"grew\s+up|growing\s+up|lives|lived|living|live|family|families|kids|school|church|pub|shop|community)"
    r"[ \t]+(?:in|on|near|outside)[ \t]+$"
)
_COMPANY_TAIL = re.compile(rf"(?i:{vocab.alternation('organisation_endings')})\.?$")
# What a place has: "The Mayor of Stockwood", "the outskirts of Kelby", "the residents of Ardnish".
_PART_OF_A_PLACE_BEFORE = re.compile(
    r"(?i)\b(?:mayor|outskirts|edge|centre|center|heart|residents|townsfolk|villagers|town|village|city|county|"
    r"parish|streets|pubs|shops|beaches|hills)\s+of[ \t]+$"
)
_PAST_BEFORE = re.compile(r"(?i)(?:^|\s)(?:up|down|out|just|way|farm|farms|road)?[ \t]*past[ \t]+$")


def place_by_context(text: str, start: int, end: int) -> bool:
    """Do the words before the name at ``text[start:end]`` say it is a place ("23, from Drumlassa",
    "up past Llanwrtyd", "a home in Birch Narrows")? A one-word name the dictionary knows as a word is
    left to other rules; so is a name that ends like a firm's."""
    word = text[start:end]
    words = word.split()
    if re.match(r"['’]s\b", text[end:]) or _COMPANY_TAIL.search(word):
        return False
    if 1 <= len(words) <= 3 and all(w[:1].isupper() and w[1:2].islower() for w in words) \
            and _DWELLING_IN_BEFORE.search(text[max(0, start - 40) : start]):
        return True
    if 1 <= len(words) <= 3 and all(w[:1].isupper() and w[1:2].islower() for w in words) \
            and not is_ordinary_word(words[0]) and _FROM_AFTER_SOMEONE.search(text[max(0, start - 40) : start]):
        return True  # "a 79-year-old widow from Holbeck Rise"
    if re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+){2,}", word) and sum(p[:1].isupper() for p in word.split("-")) >= 2:
        return True  # "Rivière-Petit-Loup", "Stratford-upon-Avon": a name in three hyphened parts is a place's
    if not (word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()) or is_ordinary_word(word):
        return False
    if re.match(r"['’]s\b", text[end:]):
        return False  # "from Kemi's": someone's
    before = text[max(0, start - 40) : start]
    return bool(_FROM_AFTER_SOMEONE.search(before) or _PAST_BEFORE.search(before) or _PART_OF_A_PLACE_BEFORE.search(before))
