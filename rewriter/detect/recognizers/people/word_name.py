"""First names that are also everyday words, written as names: "So proud of you Hope", "told Summer
she could", "(Jade, now 18!!)".

The other name recognizers rightly distrust a dictionary word on its own. A common first name that is
also a word (rewriter/data/common_word_names.txt, generated from nomquamgender) is a person when it is
capitalised in mid-sentence and stands alone: not at the start of a sentence ("Hope is a strange thing
in this work"), not after an article ("the Ruby community"), not inside a run of capitalised words ("Amber
Alert", "Summer Fair", "HBO Max"), not before a number ("Mark 4", "Genesis 2") and not a month ("May").
Measured on 502 drafts: 39 more of 293 names for 1 more false alarm of 184 (benchmarks/make_word_names.py).
Its people are chased through the post by the second pass, so "Hope's been struggling" is found too.

Where the sentence itself shows a person, such a name counts even at the start of a sentence, and so do
the rarer names that are words (virtue names: rewriter/data/virtue_names.txt): spoken to ("Patience, your
laugh saved our night shift", "Joy, you star") or in a bed or bay ("Hope on bay 3 asked for her
daughter", "Mercy in bed 12 finally pain-free"), or telling the writer something and then called "she" or
"he" ("Summer told me today she's 90 days clean").

The same slots show a person when the name is written in lowercase, as texting and much World English
is ("gary from accounts has called in sick", "w chioma on ward 4b", "lil dot in room 14", "big tony from
the rugby club"). In lowercase the case says nothing, so the word itself must be a given name: one the
dictionary lists only with a capital ("gary", "sandra") or one no dictionary knows ("chioma"); a word of
another language the project lists ("mzee", "kuya"), a kin or address word ("nan", "lola", "gogo") is not.
A name that is also an everyday word ("faith", "tony", "mike") counts only after a nickname word ("little
faith (age 6)", "big tony from the rugby club", "BIG MIKE from night stock crew", read unshouted).

Issue 10 added three slots. In lowercase a name that is a word counts without a nickname word where it opens a
sentence (or is told something) placed where people are served or work, then acts or is spoken of as a person
("grace on st brigid's ward pulled her NG tube out", "rich from infra pushed to prod", "tell rich from finance");
in any case, glossed in brackets by what the person is ("summer (the mum, not the season lol)"). A given name
of the project's name lists that spaCy left is read in the same slots ("Jenna (our dental assistant's cousin)",
"Ava in 1st grade"), and a lowercase given name with its surname in a bed ("gregory walsh in bed 4").

A pet's name is as often an everyday word ("Biscuit", "Pickle") and identifies its owner as well: in a slot
only an animal fills ("had to put Biscuit to sleep", "Biscuit, Mrs Pargeter's 17yo Jack Russell", "Pickle
the cockapoo") or, in a post about animals, brought in to the practice ("Someone brought Biscuit in 3 times
this month"), a capitalised word is a name.
"""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.lexicon import FUNCTION_WORDS
from ..support.base import OwnRecognizer
from ..support.doc_tokens import is_sentence_initial, tag_of
from ..support.public import is_public_mention
from ..support.famous_names import SHARED_NAME_WORDS
from ..support.names import ROLE_NOUNS
from ..support.pet_slots import FOLLOWED_AS_ANIMAL, animal_slot

WORD_NAMES = vocab.words("common_word_names")
# Words before a name that make it a thing: articles and determiners ("the Ruby gem", "a Rose").
_THING_BEFORE = vocab.words("determiners") | {"a", "an", "the", "some", "any", "every", "each"}
_CALENDAR = vocab.words("months") | vocab.words("weekdays")
# Every first name that is also a word: common ones, and the rarer ones taken only where a person is shown.
NAMES_THAT_ARE_WORDS = WORD_NAMES | vocab.words("word_names") | vocab.words("virtue_names")
# What shows a person right after a name: being spoken to ("Patience, your laugh", "Joy, you star",
# "Hope, mate,"), lying in a bed or bay ("Mercy in bed 12", "Hope on bay 3"), placed in a class or a team.
_PERSON_SHOWN_AFTER = re.compile(
    r"(?:,\s+(?:you|your|you're|youre|thank|thanks|mate|love|hun|babe|darling|lovely|my\s+(?:love|dear|friend))\b"
    # or told what to do if the post reaches them ("Destiny, if you ever see this, I'm so proud of you"): a public
    # post spoken to one reader by name
    # (and in the Englishes that say "ye" or "yous" and drop the g: "Rich, if ye're readin this")
    r"|,\s+if\s+(?:you(?:['’]re|\s+are)?|u|ye(?:['’]re)?|yous|youse)\s+(?:ever\s+)?(?:see|read|reading|readin|seeing|seein)\s+(?:this|these)\b"
    r"|\s+(?:in|on|from)\s+(?:bed|bay|cubicle|side\s+room|room)\s*\d"
    # placed in a school class ("Hope in 10R asked", "Grace in Year 4", "Faith from P3")
    r"|\s+(?:in|from)\s+(?:(?:year|yr|grade|form|class|primary|p)\s?(?:1[0-3]|[1-9])|\d{1,2}(?-i:[A-Z]{1,2})|\d{1,2}(?:st|nd|rd|th)\s+grade)\b"
    # or in a lesson of the school day ("Summer in 2nd period", "Jade from period 3")
    r"|\s+(?:in|from)\s+(?:\d(?:st|nd|rd|th)\s+period|period\s+\d)\b"
    # or in a team at work ("Jade on tills", "Rich from accounts", "Hope in payroll")
    rf"|\s+(?:in|on|from)\s+(?:the\s+)?(?:{vocab.alternation('work_departments')})\b"
    # or in the writer's own class, group or list ("Hope in my class", "Summer from our Tuesday group")
    r"|\s+(?:in|from|on)\s+(?:my|our)\s+(?:[\w-]+\s+)?(?:class|group|form|tutor\s+group|caseload|ward|unit|list|books)\b"
    # or on a numbered ward ("chioma on ward 4b"), or from a club, a crew or a shift ("tony from the rugby
    # club", "Mike from night stock crew", "big mike from 2nd shift")
    r"|\s+(?:in|on)\s+ward\s*\d"
    r"|\s+from\s+(?:(?:the|my|our)\s+)?(?:[\w-]+\s+){0,2}(?:club|crew|squad|choir|gym|church|team|shift)\b"
    # or on a shift ("Our Gaz on the lates at Brambleside told"), on a floor of a home or ward ("on the second
    # floor"), at a named branch of the writer's employer ("Summer at the Elmcrest branch approved"), or from a
    # named place and then "who" ("To Rich from Kaiwhero Flat who comes in every Friday"): a place is no one's
    r"|\s+on\s+(?:the\s+)?(?:lates|earlies|nights|twilights|night\s+shift|day\s+shift|late\s+shift|early\s+shift)\b"
    r"|\s+on\s+the\s+(?:ground|first|second|third|fourth|fifth|top|\d(?:st|nd|rd|th))\s+floor\b"
    r"|\s+(?:at|from)\s+the\s+(?-i:[A-Z])[\w'’-]+\s+(?:branch|site|store|depot|office|practice|surgery|clinic)"
    r"\s+(?:(?:just|has|had|finally|somehow)\s+)?(?-i:[a-z]+ed)\b"
    r"|\s+from\s+(?:(?-i:[A-Z])[\w'’-]+\s+){1,3}who\s)",
    re.IGNORECASE,
)
# A name glossed in brackets by what the person is to the writer, before anything else ("summer (the mum, not
# the season lol)", "Summer (my client, not the season)"): the writer says outright the word is someone; a gloss
# that is no person ("summer (the season)", "Hope (the charity)") leaves it a word.
_GLOSSED_AS_PERSON = re.compile(
    rf"\s*\(\s*(?:(?:the|my|our|a|an|her|his|their)\s+)?(?:[\w-]+(?:['’]s)?\s+){{0,2}}"
    rf"(?:{ROLE_NOUNS}|{vocab.alternation('family_nouns')})\b(?!\s+of\b|['’]s)",
    re.I,
)
# Issue 10, a lowercase name that is a word opening a sentence about care or work: "grace on st brigid's ward
# pulled her NG tube out", "rich in room 12 finally let me shave him", "rich from infra pushed to prod",
# "summer in yr 2 did a drawing of me ... that child". In lowercase a word-name ("rich", "grace", "summer") is
# read as a name only where three things meet: it opens the sentence (or is told or asked something: "tell
# rich from finance"), it is placed where people are served or work (a bed, a ward, a class, a team), and what
# follows is a person's act (a past verb straight after) or speaks of a person ("him", "her", "that child").
# "summer in year 2 was hard for all of us", "patience in room 4 is wearing thin" stay words.
_PLACED = re.compile(
    r"\s+(?:in|on|from)\s+(?:(?:bed|bay|cubicle|side\s+room|room|ward)\s*\d\w*"
    r"|(?:year|yr|grade|form|class|primary|p)\s?(?:1[0-3]|[1-9])\b|\d{1,2}(?-i:[A-Z]{1,2})\b|\d(?:st|nd|rd|th)\s+period\b"
    r"|(?:[\w'’-]+\s+){1,3}(?:ward|unit)\b"
    rf"|(?:the\s+)?(?:{vocab.alternation('work_departments')})\b)",
    re.IGNORECASE,
)
_TOLD_BEFORE = frozenset({"tell", "told", "ask", "asked", "remind", "reminded", "warn", "warned", "thank", "thanked"})
_PERSON_AHEAD = re.compile(
    r"(?i)\b(?:she|he|her|him|his|hers|himself|herself|(?:that|this|the)\s+(?:child|kid|boy|girl|lad|lass|man|woman|bloke|fella))\b(?!-)"
)
# what a word, not a person, does after a place: be, have, seem ("summer in year 2 was hard")
_NOT_AN_ACT = frozenset(
    "was were is are been be had has have seemed felt looked meant went came got became remained stayed flew "
    "passed ended started began".split()
)
# Or doing what only a person does, to the writer or aloud, and then spoken of as "she" or "he": "Summer told
# me today she's 90 days clean", "Hope said she wants to be a nurse". Both are needed: "Summer said goodbye
# to the beach", "Faith tells us all we need" are a season and a belief.
_SAYS_AFTER = re.compile(
    r"\s+(?:(?:just|finally|actually|then|also|even|once|always|still)\s+)?"
    r"(?:told|tells|said|says|asked|asks|texted|messaged|emailed|rang|phoned|whispered|admitted|confided|"
    r"announced|promised|explained|replied|shouted|screamed|cried|laughed|smiled|hugged)\b",
    re.IGNORECASE,
)
# Opening a sentence, a name that is a word placed by where the person is from and then doing what a person
# does: "Rich from Kahuwera Rovers did his ACL again", "Rich from block C on Marlowe Estate taking the council to
# tribunal", "Hope from the Tuesday group finally rang". A word opens no sentence so: "Hope from the community
# keeps us going" has no person's act after it.
_FROM_THEN_ACTS = re.compile(
    r"\s+(?:from|fae|frae)\s+[^.!?\n;:,]{1,45}?\s(?:(?:just|finally|has|had|then|again|also|only|now)\s+)*"
    r"(?:did|done|got|came|went|told|asked|said|rang|called|tore|broke|hurt|injured|scored|taking|took|cried|"
    r"passed|died|left|walked|sent|texted|messaged|showed|signed|moved|fell|collapsed|(?:is|was)\s+(?:back|admitted|discharged))\b",
    re.IGNORECASE,
)
# Or coming to the writer where they work: "Hope came to my office crying again", "Joy walked into my classroom",
# then spoken of as "she" or "he" (see analyze); "Hope came back" has no place of work after it.
_CAME_TO = re.compile(
    r"\s+(?:(?:just|finally|again)\s+)?(?:came|comes|walked|ran|turned\s+up|showed\s+up|popped|stormed|burst|rocked\s+up)\s+"
    r"(?:in(?:to)?|to|up\s+to|by|round\s+to)\s+(?:my|our|the)\s+(?:office|room|class(?:room)?|desk|clinic|door|"
    r"session|surgery|station|ward|counter|base)\b",
    re.IGNORECASE,
)
_PERSON_PRONOUN = re.compile(r"(?i)\b(?:she|he|her|him|his|hers|himself|herself)\b(?!-)")
# A child's name after a word of endearment, even at the start of a sentence: "Little Hope finally said
# 'mummy'", "wee Grace", "baby Summer".
_ENDEARMENT_BEFORE = frozenset({"little", "wee", "lil", "baby"})
# Before a capitalised name that is a word, what is said of a person and never of the thing: "Poor Summer's been in
# bits", "Young Hope in 2nd year" ("poor hope", "young love" in lowercase are phrases; these need the capital)
_FROM_AFTER = re.compile(r"\s+(?:from|fae|frae|aff|off)\s+\S", re.I)
_PITY_BEFORE = frozenset({"poor", "young"})
# A name in apposition to what the person is to the writer: "Patience our tenant at the Larkfield Road house",
# "precious, the HCA on nights", "Summer, one of the lasses we support". After "our" or "my" the role noun may
# follow straight on; after "the", "a" or "one of" a comma must stand between ("Hope the patient is ok" is a wish).
_PERSON_NOUNS = "|".join(sorted((re.escape(w) for w in (
    {w.lower() for n in ("role_nouns", "role_nouns_more", "person_words", "review_people_served", "role_acronyms")
     for w in vocab.words(n)} - {w.lower() for w in vocab.words("family_nouns")}) if len(w) > 2), key=len, reverse=True))
_APPOSED_OWN = re.compile(rf"\s*,?\s+(?:our|my)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_PERSON_NOUNS})s?\b(?!['’]s|\s+of\b)", re.I)
_APPOSED_THE = re.compile(
    rf"\s*,\s+(?:the|a|an|one\s+of\s+(?:the|our|my))\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_PERSON_NOUNS})s?\b(?!['’]s|\s+of\b)", re.I)
# The writer saying in brackets that the word is a name: "Hope (yes that's actually her name lol)", "(real name!)"
_GLOSSED_AS_NAME = re.compile(
    r"\s*\((?:[^()\n]{0,30}?\b)?(?:(?:her|his|their)\s+(?:real\s+|actual\s+)?name|real\s+name|named\s+that|called\s+that)\b",
    re.I)


def _apposed_as_person(text: str, doc, i: int, end: int) -> bool:
    """``doc[i]``, a name that is a word, stands in apposition to a role or person noun (see _APPOSED_OWN)."""
    if doc[i].lower_ in _AUXILIARIES:
        return False  # "Will our client get bail?": a question, not a name
    if _APPOSED_THE.match(text, end):
        return True
    own = _APPOSED_OWN.match(text, end)
    if own is None:
        return False
    # without a comma, a verb opening a wish ("Hope our patients are ok") is no name
    return "," in own.group()[:3] or not tag_of(doc[i]).startswith(("VB", "MD"))
# Before a name in lowercase, the nickname words too ("big tony", "BIG MIKE" read as "Big mike").
_NICKNAME_BEFORE = _ENDEARMENT_BEFORE | {"big", "young", "old"}
# An age right after a name ("little faith (age 6)", "lil dot, 7,", "wee rosie (4)").
_AGE_AFTER = re.compile(r"\s*(?:\(\s*(?:aged?\s*)?\d{1,2}\s*(?:yo|y/o|yrs?)?\s*\)|,\s*(?:aged?\s*)?\d{1,2}\s*(?:yo|y/o)?\s*,)", re.I)
# Words for the person a post is about, straight before a lowercase name ("dat yute shaquille", "my client
# marisol", "the boy kevin"); not family words, which name the writer's own ("my son kevin": own_family.py).
_PERSON_NOUN_BEFORE = frozenset(
    w.lower() for name in ("person_words", "review_people_served", "role_nouns") for w in vocab.words(name)
) - frozenset(w.lower() for w in vocab.words("family_nouns"))
# Words that are never a given name in lowercase, though no dictionary knows them or it lists them with a
# capital: words of other languages mixed into English posts, kin and address words ("lola", "gogo", "nan").
NOT_LOWERCASE_NAMES = frozenset(
    w.lower()
    for name in ("other_language_words", "other_language_words_swahili", "other_language_words_transliterated",
                 "other_language_function_words",
                 "other_language_function_words_spacy", "other_language_function_words_hinglish", "other_language_thanks",
                 "other_english_words", "other_english_words_more", "kin_words_as_names", "kin_titles",
                 "address_words", "family_nouns", "pet_words", "role_nouns", "role_nouns_more")
    for w in vocab.words(name)
)

# Past forms, so that a verb opening a sentence ("Took the dog up Pen y Fan") is not read as a pet's name.
_PAST_FORMS = vocab.words("irregular_past_forms") | vocab.words("common_past_forms")

# A token after which a new sentence starts, though spaCy did not split there: an emoji or a run of them.
_OPENS_AFTER = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+")


class WordNameRecognizer(OwnRecognizer):
    ORDER = 775
    ENTITY = "PERSON"
    NAMES_PEOPLE = True
    WHY = "A first name written as a name, even though it is also an everyday word."

    def analyze(self, text, entities, nlp_artifacts=None):
        doc = getattr(nlp_artifacts, "tokens", None)
        if doc is None or text.istitle() or text.isupper():
            return []
        results = []
        for i, tok in enumerate(doc):
            word = tok.text
            if word.islower():
                full = _lowercase_full_name(text, doc, i)
                if full is not None:
                    results.append(self.result(tok.idx, full, 0.55, text[tok.idx:full]))
                    continue
                if self._lowercase_name(text, doc, i):
                    # the nickname word goes with the name: "big tony", "BIG MIKE"; "lil dot" said as "lil
                    # someone" reads as no sentence
                    start = doc[i - 1].idx if doc[i - 1].lower_ in _NICKNAME_BEFORE else tok.idx
                    results.append(self.result(start, tok.idx + len(word), 0.55, text[start:tok.idx + len(word)]))
                continue
            if word[:1].isupper() and word[1:].islower() and self._pet_name(text, doc, i):
                # above spaCy's 0.85: the slot, not the model's guess of an organisation, says what it is
                results.append(self.result(tok.idx, tok.idx + len(word), 0.86, word))
                continue
            if word[:1].isupper() and word[1:].islower() and word.lower() not in NAMES_THAT_ARE_WORDS:
                # Issue 10: a given name spaCy left (often opening a sentence: "Jenna (our dental assistant's
                # cousin lol) has been...", "🥹 Ava in 1st grade showed me"), shown a person by the same slots
                end = tok.idx + len(word)
                if i > 0 and _capitalised(doc[i - 1].text) and not is_sentence_initial(doc, i) \
                        and not (doc[i - 1].lower_ in ("our", "my") and is_sentence_initial(doc, i - 1)):
                    # the last word of a run of capitals: "Lincoln Park Elementary (mom said ok)"; but "Our Gaz on
                    # the lates told" opens with the possessive, not a name
                    continue
                if (_PERSON_SHOWN_AFTER.match(text, end) or _GLOSSED_AS_PERSON.match(text, end)) and given_name(word) \
                        and not is_public_mention(text, tok.idx, end, "PERSON"):
                    results.append(self.result(tok.idx, end, 0.6, word))
                continue
            if not (word[:1].isupper() and word[1:].islower() and word.lower() in NAMES_THAT_ARE_WORDS):
                continue
            if word.lower() in _CALENDAR:
                continue
            start, end = tok.idx, tok.idx + len(word)
            if _PERSON_SHOWN_AFTER.match(text, end) or _GLOSSED_AS_PERSON.match(text, end) \
                    or _GLOSSED_AS_NAME.match(text, end) or _apposed_as_person(text, doc, i, end):
                results.append(self.result(start, end, 0.6, word))
                continue
            said = _SAYS_AFTER.match(text, end)
            if said and _PERSON_PRONOUN.search(text, said.end(), said.end() + 100):
                results.append(self.result(start, end, 0.55, word))
                continue
            if _FROM_THEN_ACTS.match(text, end) and not is_public_mention(text, start, end, "PERSON"):
                results.append(self.result(start, end, 0.55, word))
                continue
            came = _CAME_TO.match(text, end)
            if came and _PERSON_PRONOUN.search(text, came.end(), came.end() + 100):
                results.append(self.result(start, end, 0.55, word))
                continue
            after = doc[i + 1] if i + 1 < len(doc) else None
            if i > 0 and doc[i - 1].lower_ in (_ENDEARMENT_BEFORE | _PITY_BEFORE) and doc[i - 1].text[:1].isupper() \
                    and not (after is not None and _capitalised(after.text)) or \
                    i > 0 and doc[i - 1].lower_ in _ENDEARMENT_BEFORE and not (after is not None and _capitalised(after.text)):
                results.append(self.result(start, end, 0.55, word))  # not "Little Amber Alert"
                continue
            full = _with_surname(doc, i, text)
            if full is not None:
                results.append(self.result(start, full, 0.55, text[start:full]))
                continue
            if word.lower() not in WORD_NAMES or is_sentence_initial(doc, i):
                continue
            before = doc[i - 1] if i > 0 else None
            after = doc[i + 1] if i + 1 < len(doc) else None
            if before is not None and (before.lower_ in _THING_BEFORE or _capitalised(before.text)):
                continue
            if before is not None and _OPENS_AFTER.fullmatch(before.text):
                continue  # "He walks 8km every day 🥹 Will share his photo": after an emoji a sentence starts
            if after is not None and (_capitalised(after.text) or after.like_num or after.text[:1].isdigit()):
                continue
            if lexicon.is_everyday_term(word) or is_public_mention(text, start, end, "PERSON"):
                continue
            results.append(self.result(start, end, 0.5, word))
        return results

    @staticmethod
    def _lowercase_name(text, doc, i) -> bool:
        tok = doc[i]
        word, end = tok.text, tok.idx + len(tok.text)
        kind = _lowercase_name_kind(word)
        if kind is None:
            return False
        before = doc[i - 1].lower_ if i > 0 else ""
        nickname = before in _NICKNAME_BEFORE
        if before in _THING_BEFORE:
            return False  # "my lola", "the leo from marketing"
        if kind in ("given", "unknown") and before in _PERSON_NOUN_BEFORE and given_name(word.capitalize()):
            # "dat yute shaquille from Spanish Town", "my client marisol got her keys": a word for the person
            # served, then a given name of the name lists in lowercase (not "my client recieved": a typo is no name)
            return not is_public_mention(text, tok.idx, end, "PERSON")
        if kind == "word" and not nickname:
            # "hope from the team" is a word, unless glossed as a person or opening a sentence about one
            # (a name people carry, "summer", "rich": not any word the dictionary also lists with a capital, "school")
            return word in NAMES_THAT_ARE_WORDS and (
                _GLOSSED_AS_PERSON.match(text, end) is not None or _GLOSSED_AS_NAME.match(text, end) is not None
                or _APPOSED_THE.match(text, end) is not None or _word_name_placed(text, doc, i))
        shown = _PERSON_SHOWN_AFTER.match(text, end)
        if shown and re.match(r"\s+(?:in|on)\s+(?!bed|bay|cubicle|side|room|ward)", shown.group(), re.I):
            shown = None  # "vibes in the office", "chaos on tills": in lowercase, only "from" a team shows a person
        said = _SAYS_AFTER.match(text, end) if kind != "word" else None
        if said and not _PERSON_PRONOUN.search(text, said.end(), said.end() + 100):
            said = None  # "sandra told me she's 90 days clean": what a person does, then "she"
        # "big tam fae the bowlin club came in", "little maureen from round the corner came in again": a nickname word,
        # a given name no dictionary holds as a word, and where the person is from ("big boss from head office" and
        # "little bit from the shop" are words)
        placed_from = nickname and kind in ("given", "unknown") and _FROM_AFTER.match(text, end) is not None
        if not (shown or said or placed_from or (nickname and _AGE_AFTER.match(text, end))):
            return False
        return not is_public_mention(text, tok.idx, end, "PERSON")

    @staticmethod
    def _pet_name(text, doc, i) -> bool:
        tok = doc[i]
        start, end = tok.idx, tok.idx + len(tok.text)
        low = tok.lower_
        if low in FUNCTION_WORDS or lexicon.is_not_a_name(tok.text) or low in NOT_LOWERCASE_NAMES:
            return False
        if low in _PAST_FORMS:
            return False
        after = doc[i + 1] if i + 1 < len(doc) else None
        if after is not None and _capitalised(after.text) and not FOLLOWED_AS_ANIMAL.match(text, end):
            return False  # a run of capitals ("Ruby Tuesday") is a thing's name
        if animal_slot(text, start, end) is None:
            return False
        # read through tag_of, and only now: the engine defers tagging, so tok.tag_ was always "" here
        if tag_of(tok).startswith("VB"):
            return False  # "Took the dog up Pen y Fan": a verb opening the sentence, not the dog's name
        return not is_public_mention(text, start, end, "PERSON")


# Places whose names are given names too ("Paris", "Florence"): never read as a person here.
_PLACES = frozenset(
    w.lower() for name in ("big_places", "big_places_named_like_people", "countries", "countries_named_like_people",
                           "metropolises", "us_states") for w in vocab.words(name)
)


def given_name(word: str) -> bool:
    """``word`` (capitalised) is a given name of the project's lists of people's names (a first word of two or
    more of them: famous_names.SHARED_NAME_WORDS) and no common dictionary word, place or function word."""
    low = word.lower()
    return (word in SHARED_NAME_WORDS and low not in FUNCTION_WORDS and low not in _CALENDAR and low not in _PLACES
            and low not in NOT_LOWERCASE_NAMES  # "Mom, thank you", "Nana, you star": family and address words
            and not lexicon.is_common_word(low) and not lexicon.is_not_a_name(word))


def _word_name_placed(text, doc, i) -> bool:
    """A lowercase name that is also a word, opening its sentence or told something, placed where people are
    served or work, then acting or spoken of as a person (see _PLACED): "grace on st brigid's ward pulled her
    NG tube out", "tell rich from finance that ...". Not "summer in year 2 was hard for all of us"."""
    tok = doc[i]
    end = tok.idx + len(tok.text)
    told = i > 0 and doc[i - 1].lower_ in _TOLD_BEFORE
    if not (told or is_sentence_initial(doc, i)):
        return False
    placed = _PLACED.match(text, end)
    if placed is None:
        return False
    if told and re.match(r"\s+from\s", placed.group()) and not re.search(r"\d|ward|unit", placed.group(), re.I):
        return True  # "tell rich from finance": told something, from a team at work ("tell rich from poor" is no team)
    # the clause after the place: a person spoken of, or a past act straight after (an adverb may stand between)
    sentence_end = re.search(r"[.!?\n]", text[placed.end():placed.end() + 160])
    ahead = text[placed.end():placed.end() + (sentence_end.start() if sentence_end else 160)]
    if _PERSON_AHEAD.search(ahead):
        return True
    j = i + 1
    while j < len(doc) and doc[j].idx < placed.end():
        j += 1
    while j < len(doc) and tag_of(doc[j]) == "RB":
        j += 1
    return j < len(doc) and doc[j].lower_ not in _NOT_AN_ACT and tag_of(doc[j]) in ("VBD", "VBN")


def _lowercase_full_name(text, doc, i) -> int | None:
    """Issue 10, a lowercase given name and surname in a bed, a bay or on a ward: "gregory walsh in bed 4 refused
    his meds", "w adaeze okonkwo on ward 4b". The given name must be one ("gregory": the dictionary lists it only
    with a capital, or no dictionary knows it), the next word no common word ("walsh", not "now" in "gary now in
    bed 4"). Returns the end of the surname, or None."""
    if i + 1 >= len(doc) or _lowercase_name_kind(doc[i].text) not in ("given", "unknown"):
        return None
    if i > 0 and doc[i - 1].lower_ in _THING_BEFORE:
        return None
    surname = doc[i + 1]
    low = surname.text
    if not (low.islower() and low.isalpha() and len(low) > 2) or low in FUNCTION_WORDS or low in NOT_LOWERCASE_NAMES:
        return None
    if lexicon.is_common_word(low) or lexicon.is_not_a_name(low) or low in _CALENDAR:
        return None
    end = surname.idx + len(low)
    if not re.match(r"\s+(?:in|on|from)\s+(?:bed|bay|cubicle|side\s+room|room|ward)\s*\d", text[end:end + 40], re.I):
        return None
    return None if is_public_mention(text, doc[i].idx, end, "PERSON") else end


def _lowercase_name_kind(word: str) -> str | None:
    """What a word in lowercase is as a given name: "given" (the dictionary lists it only with a capital:
    "gary", "sandra"), "unknown" (no dictionary knows it: "chioma"), "word" (a name that is also an everyday
    word: "faith", "tony"), or None (no name: a function word, another language's word, a kin word)."""
    if len(word) < 3 or not word.isalpha() or word in FUNCTION_WORDS or word in NOT_LOWERCASE_NAMES:
        return None
    if lexicon.is_not_a_name(word) or word in _CALENDAR:
        return None
    if word in NAMES_THAT_ARE_WORDS:
        return "word"
    if lexicon.is_ordinary_word(word) or lexicon.is_closed_compound(word):
        return "word" if lexicon.is_listed_as_name(word) else None
    return "given" if lexicon.is_listed_as_name(word) else "unknown"


# Words that open a question or a wish before a name: "Will Sandra be in?", "May Dlamini's family..." is rare.
_AUXILIARIES = frozenset({"will", "may", "can", "must", "shall", "did", "does", "should", "would", "could"})


def _with_surname(doc, i: int, text: str) -> int | None:
    """A first name that is a word, then a capitalised word no dictionary knows and no first name ("Ivy
    Thackeray came in for her bloods", "a card from Rose Marsden-Vale"): a full name, wherever it stands,
    where a run of words the dictionary knows is a thing ("Amber Alert", "Summer Fair", "Ruby Tuesday").
    Not after an article ("the Rose Marsden Centre"), not before a third capitalised word (a building, a
    fund), not a famous person ("Amber Rudd"). Returns the full name's end, or None."""
    tok = doc[i]
    if tok.lower_ in _AUXILIARIES or i + 1 >= len(doc):
        return None
    surname = doc[i + 1]
    if not tok.whitespace_ or not _capitalised(surname.text) or not surname.text[1:2].islower():
        return None
    bare = surname.text.removesuffix("'s").removesuffix("’s")
    if lexicon.is_ordinary_word(bare) or lexicon.is_not_a_name(bare) or lexicon.is_listed_as_name(bare):
        return None
    if i > 0 and doc[i - 1].lower_ in _THING_BEFORE:
        return None
    if i + 2 < len(doc) and _capitalised(doc[i + 2].text) and doc[i + 2].text not in ("'s", "’s"):
        return None
    end = surname.idx + len(surname.text)
    if is_public_mention(text, tok.idx, end, "PERSON") or lexicon.is_everyday_term(text[tok.idx:end]):
        return None
    return end


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in ("i", "i'm", "i've", "i'll", "i'd")
