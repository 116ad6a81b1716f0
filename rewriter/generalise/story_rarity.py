"""Rarities that single someone out, made general where the post's point survives (issue 11: "a rare
condition into 'a rare condition', 'the only X in <small place>' into 'a X'").

    the writer's first of a kind:       "Diagnosed my first ever case of Fabry disease" -> "Diagnosed a case of ..."
                                        ("First case like this in my 12 years." stays: the writer's own experience,
                                        and the point of the post, while the story's details go elsewhere)
    only a few in a whole place:        "Only 3 people in the whole of Maryland have this" -> "Very few people have this"
    the only one of a group in a job,   "the only woman harbour master in the country" -> "one of very few women in
    across a whole country or state:    her line of work" (the job is what identifies her; that she is one of few
                                        in it is the point, and stays)

Where the sentence would lose its point, nothing is changed and the risk stays for the writer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import vocab
from ..review import Risk
from .regions import region

# "my first ever case of", "our first-ever patient with", "the very first case of".
_FIRST_CASE = re.compile(
    r"(?i)\b(?:(?:my|our|the)\s+)?(?:very\s+)?first(?:[\s-]+ever)?\s+(?P<noun>case|patient|client|diagnosis)(?P<of>\s+(?:of|with)\b)"
)
# "the only woman harbour master in the country": a group, a job of one to three words, a wide scope.
_ONLY_IN_JOB = re.compile(
    r"(?i)\bthe\s+only\s+(?P<who>woman|female|lady|man|male|bloke|guy)\s+(?P<job>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)"
    r"\s+in\s+(?:the\s+(?:whole\s+)?|this\s+|our\s+|all\s+(?:of\s+)?(?:the\s+)?)?"
    r"(?P<scope>country|state|world|nation|province|region|territory|commonwealth|continent|(?-i:[A-Z][a-z]+))\b"
)
# "Only 3 people in the whole of Maryland have this condition" -> "Very few people have this condition".
_ONLY_FEW = re.compile(
    r"(?i)\b(?P<only>only|just)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a\s+handful\s+of)\s+"
    r"(?P<who>people|patients|kids|children|cases|women|men|families|babies|girls|boys|pupils|students)\s+"
    r"(?:in|across)\s+(?:the\s+)?(?:whole\s+(?:of\s+)?)?(?:the\s+)?"
    r"(?:(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))?|country|world|state|region|province|county|island|city)\b"
    r"(?=\s+(?:have|has|had|with|are|were|live|who)\b)"
)
_WOMEN = frozenset({"woman", "female", "lady"})
# How few there are, counted across a wide place, said in an aside the sentence reads on without:
# "(literally 1 of 3 in the UK)", "(one of only 5 in the world)", "- 1 of 12 in Europe -". It goes whole.
_N = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a\s+handful)"
_WIDE = (r"(?:(?:in|across)\s+(?:the\s+(?:whole\s+)?)?(?:world|country|nation|state|uk|us|usa|europe|province|region|"
         r"(?-i:[A-Z][\w'’-]+))|worldwide|globally|nationally|on\s+record|ever\s+recorded|known)")
_COUNTED_ASIDE = re.compile(
    rf"(?i)\s*\(\s*(?:literally\s+|only\s+|just\s+|probably\s+|maybe\s+|like\s+)?(?:{_N}\s+(?:of|out\s+of)\s+(?:only\s+|about\s+|around\s+)?"
    rf"{_N}|(?:only\s+|about\s+|around\s+)?{_N}\s+(?:people|patients|cases|kids|children|families)(?:\s+known)?)\s+{_WIDE}\s*\)"
)
# "a condition so rare there's only about 30 cases in the world" -> "a very rare condition": the count and
# its place go, that it is rare stays.
_SO_RARE = re.compile(
    rf"(?i)\b(?P<det>a|an)\s+(?P<noun>[a-z][\w-]*)\s+so\s+rare\s+(?:that\s+)?(?:there(?:['’]s|\s+is|\s+are|\s+were|\s+was)|it\s+has)\s+"
    rf"(?:only|just)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?{_N}\s+(?:known\s+)?(?:other\s+)?(?:cases?|people|patients|kids|children|families)"
    rf"(?:\s+(?:known|diagnosed|recorded))?\s+{_WIDE}"
)
# "the only one" in an aside set off by commas, after the one it is about: "the girl with the skin condition,
# the only one in the whole parish with it, smiled" (any English: "di only one inna di whole parish"). Who it
# is was said before the comma; the aside only singles her out, and goes with both its commas.
_ONLY_ONE_ASIDE = re.compile(
    r"(?i),\s*(?:the|di|de|da)\s+only\s+one\s+(?:in|inna|ina|on|pon|at|for|of|from)\s+[^,.!?;\n()]{2,60}?,(?=\s)"
    # ... or joined at the end of a clause: "he's a child and the only one in our state with it" -> "he's a child"
    r"|\s+and\s+(?:the|di|de|da)\s+only\s+one\s+(?:in|inna|ina|on|pon|at|for|of|from)\s+[^,.!?;\n()]{2,60}?(?=[.!?;\n]|$)"
)
# A sentence that only says how few there are in a named place: "Only one in Merseyside." It goes.
_ONLY_HERE = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?i:only|just|the\s+only\s+one|the\s+only)\s+(?i:{_N}|one)?\s*(?i:in|across)\s+(?:(?i:the)\s+(?:(?i:whole)\s+(?:(?i:of)\s+)?)?)?"
    rf"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|(?i:country|county|region|area|state|province|city|town|island|borough|parish))[.!]+(?:\s+|$)"
)
# "a rare muscle disease", "an ultra-rare form of epilepsy": the kind of rare condition goes, that it is rare stays.
_RARE_KIND = re.compile(
    r"(?i)\b(?P<det>a|an|this|that|her|his|their)\s+(?:(?:very|extremely|ultra|super|incredibly|really)[\s-]+)?rare\s+"
    r"(?:(?!(?:and|or|but|with|in|of|to)\b)[\w'’-]+\s+){1,3}?(?:disease|syndrome|disorder|condition|cancer|tumou?r|infection|illness|"
    r"mutation|deficiency|form\s+of\s+[\w'’-]+(?:\s+(?:disease|syndrome|disorder|cancer))?)\b(?![\w-])"
)


def _capital(text: str, start: int, words: str) -> str:
    before = text[:start].rstrip()
    opens = not before or before[-1] in ".!?\n" or text[start:start + 1].isupper()
    return words[:1].upper() + words[1:] if opens else words


def rarities(text: str, risks: Sequence[Risk], spans: Sequence = ()) -> list[Risk]:
    """The rarities of a post the review raised ``rare_or_unique`` on, each as a region with its general words;
    "only 3 people in the whole of X have" says its rarity itself, in any post with a risk or a detected span."""
    rare = next((r for r in risks if r.kind == "rare_or_unique" and not r.by_model), None)
    aside = next((r for r in risks if r.kind in ("rare_or_unique", "small_community") and not r.by_model), None)
    asides = [region(aside, text, m.start(), m.end(), "") for m in _ONLY_ONE_ASIDE.finditer(text)] if aside else []
    if rare is None and asides:
        return asides
    if rare is None:
        told = next((r for r in risks if not r.by_model), None)
        if told is None and not spans:
            return []
        template = Risk("rare_or_unique", 0, 0, "", "A rarity singles someone out.", "Drop the rarity.")
        return [region(template, text, m.start(), m.end(), _capital(text, m.start(), "very few " + m.group("who").lower()))
                for m in _ONLY_FEW.finditer(text)]
    out = asides
    for m in _COUNTED_ASIDE.finditer(text):
        out.append(region(rare, text, m.start(), m.end(), ""))
    for m in _SO_RARE.finditer(text):
        out.append(region(rare, text, m.start(), m.end(), f"{m.group('det')[0]} very rare {m.group('noun')}"))
    for m in _ONLY_HERE.finditer(text):
        if m.start() > 0:  # a sentence of its own after another; never the post's only one
            out.append(region(rare, text, m.start(), m.end(), ""))
    for m in _FIRST_CASE.finditer(text):
        out.append(region(rare, text, m.start(), m.start("of"), _capital(text, m.start(), "a " + m.group("noun").lower())))
    for m in _ONLY_FEW.finditer(text):
        out.append(region(rare, text, m.start(), m.end(), _capital(text, m.start(), "very few " + m.group("who").lower())))
    for m in _RARE_KIND.finditer(text):
        det = m.group("det")
        det = ("A" if det[0].isupper() else "a") if det.lower() in ("a", "an") else det
        out.append(region(rare, text, m.start(), m.end(), f"{det} rare condition"))
    for m in _ONLY_IN_JOB.finditer(text):
        if m.group("scope")[0].isupper() and m.group("scope").lower() in ("i", "we") or not _reads_on(text, m.end()):
            continue  # "... in our bank's Marina office": the place runs on past the pattern
        women = m.group("who").lower() in _WOMEN
        words = f"one of very few {'women' if women else 'men'} in {'her' if women else 'his'} line of work"
        out.append(region(rare, text, m.start(), m.end(), words))
    return out


# -- one of a kind in a place or a group ---------------------------------------------------------------
#
#   only, sole, last:            "the only deaf teen at Castlebrook High" -> "a deaf teen"
#                                "the last coal miner left in the valley" -> "a coal miner"
#                                "one of the two GPs in our town" -> "a GP"
#   first, second, a record:     "the first ever negligence claim in NI for ..." -> "a negligence claim for ..."
#                                "the first girl from our club ever picked for ..." -> "one of the few girls picked for ..."
#   youngest, oldest:            "the youngest person ever to win ..." -> "one of the youngest people to win ..."
#                                "our oldest resident on the ward" -> "one of our oldest residents"
#   set off by commas:           "She's 97, the last fluent Welsh speaker on our unit, and ..." -> "She's 97, and ..."
#
# What the kind is stays (the head noun and its plain adjectives); what makes it one of a kind goes: the
# superlative, the place or group it is counted in, "ever", and any name or number before the noun ("the only
# NBA-drafted player" -> "a player"). Never the writer's own ("I'm the only GP on the island"), never a time
# ("the first time in years", "the last 3 years"), never "the only one" with nothing to say who instead.

_WORD = r"[\w'’-]+"
_SCOPE_NOUN = r"(?:" + "|".join(sorted(map(re.escape, vocab.words("story_scope_nouns")), key=len, reverse=True)) + r")"
_CAP = r"(?-i:[A-Z][\w'’&-]*)"
# Where the rarity is counted: "at Castlebrook High", "in our 6-person warehouse team", "on the island", "in the
# whole Tullyvane district", "in the history of Balmuir Primary", "for 30 miles".
_WHERE = (
    r"(?:in\s+the\s+history\s+of\s+(?:(?:the|our)\s+)?|(?:in|on|at|from|across|within|for|inna)\s+"
    r"(?:(?:the|our|this|that|my|his|her|their|a|an|its|di)\s+)?(?:(?:whole|entire)\s+(?:of\s+)?(?:the\s+)?)?)"
    r"(?:(?:little|wee|tiny|small|local|[\w-]*\d[\w-]*)\s+)*"
    rf"(?:{_CAP}(?:\s+(?:{_CAP}|\d+|of|de|da|upon))*(?:\s+{_SCOPE_NOUN})?|(?:(?!(?:the|a|an|our|this|that|his|her|their)\b)[a-z][\w'’-]*\s+){{0,2}}{_SCOPE_NOUN})(?![\w-]|['’](?!s\b))"
    r"(?:['’]s\s+(?:\d+[\s-]year\s+)?history)?"
    r"|for\s+(?:\d+\s*|many\s+)?(?:miles|km|kms|kilomet(?:re|er)s)\b"
)
# What may follow the place and goes with it: "ever", "this year", "in 40 years", "since 1983".
_TAIL = (r"(?:\s+(?:ever|this\s+(?:year|season|term|century)|in\s+(?:over\s+|nearly\s+|almost\s+)?(?:\d+|[a-z]+)\s+(?:years|yrs|decades)|"
         r"in\s+(?:its|their|the)\s+\d+[\s-]year\s+history|in\s+(?:its|their|our)\s+history|since\s+(?:19|20)\d\d|on\s+record))*")
# What the one of a kind did, after it: "to win ...", "picked for ...", "charged under ...": it stays.
_DID = re.compile(
    r"\s+(?:to\s+[a-z]+|(?:born|picked|selected|chosen|called|charged|drafted|diagnosed|admitted|named|appointed|elected|awarded|"
    r"crowned|signed|ordained|promoted|inducted|accepted|invited|capped|registered|treated|delivered|hired|placed|convicted|"
    r"sentenced|honou?red|given|offered|granted|sent|taken|made|allowed|approved|licensed|qualified|trained)\b)"
)
# "we've ever had", "I've ever seen": the writer's measure of the rarity, which goes with it.
_EVER_HAD = r"\s+(?:we|i|they)(?:['’]ve|\s+have)\s+ever\s+(?:had|seen|treated|met|delivered|taught|looked\s+after|cared\s+for|nursed|admitted)"
_ONE_OF_A_KIND = re.compile(
    # the determiner may be left out where "only" opens a clause, as a headline or an aside is written ("Only
    # midwife-led unit in the county and ...", "my drummer, only woman in the lineup, ..."): checked in the code
    r"(?i)(?:\b(?P<det>the|our|di|da|de)\s+|(?<![\w'’-])(?=(?:only|sole)\s))(?:very\s+)?"
    r"(?P<sup>only(?:\s+other)?|sole|last(?:\s+(?:remaining|surviving))?|first(?:[\s-]+ever)?|second|third|fourth|fifth|youngest|oldest)"
    r"(?:\s+(?:ever|known|documented|recorded|confirmed|diagnosed))?\s+"
    rf"(?P<np>(?:{_WORD}\s+){{0,3}}?{_WORD})"
    rf"(?P<comp>(?:{_EVER_HAD})?(?:\s+(?:ever\s+)?(?:(?:left|living|working|remaining|still\s+[a-z]+)\s+)?(?:{_WHERE}){_TAIL}|\s+ever(?=\s+to\s|\s+[a-z]+ed\b|\s*[,.!?;)—–]|\s*$)|"
    r"(?=\s+(?:to\s+[a-z]+|[a-z]+ed)\b)|" rf"\s+left\b|{_EVER_HAD}(?=\s*[,.!?;)—–]|\s*$)))"
)
# "the only known case of bilateral aniridia in our district", "the first patient with Fabry disease on the island":
# the condition and the place go, that the case is rare stays ("a rare case", "a patient with a rare condition").
_ONLY_CASE_OF = re.compile(
    r"(?i)\b(?:the|our|di)\s+(?:only|sole|first(?:[\s-]+ever)?)\s+(?:(?:ever|known|documented|recorded|confirmed|diagnosed)\s+)?"
    r"(?P<noun>case|patient|child|kid|baby|person|pupil|student|client|resident)\s+(?:of|with)\s+"
    rf"(?P<what>(?:(?!(?:the|a|an|and|but|who|which|that|is|was|in|on|at)\b){_WORD}\s+){{0,3}}?(?!(?:the|a|an)\b){_WORD})"
    rf"(?P<comp>\s+(?:{_WHERE}){_TAIL})"
)
# "one of the two GPs in our town", "one of only 3 female pilots at the airline".
_ONE_OF_FEW = re.compile(
    r"(?i)\bone\s+of\s+(?:the\s+)?(?:only\s+|just\s+)?(?:two|three|four|2|3|4|a\s+handful\s+of)\s+"
    rf"(?P<np>(?:{_WORD}\s+){{0,2}}?{_WORD})(?P<comp>\s+(?:{_WHERE}){_TAIL})"
)
# The writer's own: "I'm the only GP on the island", "being the only nurse in a village", "you're the only ambulance".
_OWN_RARITY = re.compile(
    r"(?i)(?:\b(?:i['’]m|i\s+am|i\s+was|i['’]ve\s+been|we['’]re|we\s+are|we\s+were|you['’]re|you\s+are|being|as|me|"
    r"work(?:ing|s)?\s+(?:at|in|for|on)|i\s+work\s+(?:at|in|for|on))\s+"
    r"(?:(?:also|still|now|probably|literally|basically|officially|just|now|currently)\s+)?)$"
)
# Nouns that say when or how, not who: "the first time in years", "the last 3 years", "the only way in".
_NOT_A_KIND = frozenset(
    "time times way ways reason thing things place day days week weeks month months year years night nights hour hours minute "
    "minutes session sessions shift shifts visit call calls chance option choice bit part step word words name names one ones "
    "couple few lot half".split())
# A head too general to stand alone ("the last person living on the island" -> "a person" says nothing): these
# go only where the whole phrase can go.
_PLURAL_HEAD = re.compile(r"(?i)(?<![su'’])s$|^(?:people|children|men|women)$")
# "it'll be the first birth on the island", "what might be the first trial in the province": a first said as what
# something is reads as nothing without its record.
_COPULA_BEFORE = re.compile(r"(?i)(?:\b(?:is|was|be|been|are|were|becomes?|became)|['’](?:s|ll\s+be|d\s+be))\s+$")
_GENERIC = frozenset("person people individual someone body soul human man woman case cases example instance kind type "
                     # "the only one in the borough with ...": a pronoun, which says no kind ("a one" reads as nothing)
                     "one ones".split())
# Where a clause opens: the start of the text, after a sentence's end, a comma, a colon, a bracket or a dash.
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?,;:(\n]|\s[—–-]|[—–]|[\U0001f300-\U0001faff\u2600-\u27bf])\s*$")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?\n]|[\U0001f300-\U0001faff\u2600-\u27bf])\s*$")
_CLAUSE_END = re.compile(r"\s*(?:[,.!?;:)\n—–]|\s-\s|$)")
_APPOSITION_BEFORE = re.compile(r"(?:,|\s[—–-]|\()\s*$")
# What may stand between the phrase and the comma closing it: "the oldest man in Wales he reckons,".
_HEDGE = re.compile(r"(?i)(?:\s+(?:he|she|they|i|we|mum|dad)\s+(?:reckons?|thinks?|says?|said|believes?|claims?)|\s+apparently|\s+i\s+think|\s+probably|\s+now)?")
_FOLLOWS = frozenset(vocab.words("function_words") | vocab.words("function_words_more"))
# Words that end a noun phrase: "the first one of them", "the only thing that".
_BREAKS = frozenset("such same own very a an the and or but of in on at to from by with for that this these those who which what i me my we us our you "
                    "your he him his she her they them their it its is was are were be been has have had do does did not no".split())
_IRREGULAR_PLURALS = {"person": "people", "man": "men", "woman": "women", "child": "children", "fisherman": "fishermen",
                      "foot": "feet", "mouse": "mice", "goose": "geese", "tooth": "teeth", "lady": "ladies", "policeman": "policemen"}


def _plural(noun: str) -> str:
    low = noun.lower()
    if low in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[low]
    for end, more in (("man", "men"), ("woman", "women")):
        if low.endswith(end) and len(low) > len(end) + 2:
            return noun[: -len(end)] + more
    if re.search(r"[^aeiou]y$", low):
        return noun[:-1] + "ies"
    if re.search(r"(?:s|sh|ch|x|z)$", low):
        return noun + "es"
    return noun + "s"


def _singular(noun: str) -> str:
    low = noun.lower()
    for one, many in _IRREGULAR_PLURALS.items():
        if low == many:
            return one
    if low.endswith("ies") and len(low) > 4:
        return noun[:-3] + "y"
    if re.search(r"(?:ss|sh|ch|x|z)es$", low):
        return noun[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return noun[:-1]
    return noun


def _kind_words(np: str) -> list[str] | None:
    """The words of ``np`` that say what kind of one it is: its plain adjectives and its head noun; None where
    the head is no kind of someone or something ("time", "3 years", a name)."""
    words = np.split()
    head = words[-1]
    if head.lower() in _NOT_A_KIND or head.lower() in _FOLLOWS or any(c.isdigit() for c in head) or head[:1].isupper() and len(words) == 1 and head.isupper():
        return None
    if any(w.lower() in _BREAKS for w in words):
        return None  # "the first one of them", "the only thing that": not one noun phrase
    kept = [w for w in words[:-1] if not w[:1].isupper() and not any(c.isdigit() for c in w)
            and w.lower() not in ("other", "remaining", "surviving", "ever")]
    return [*kept, head]


def _article(words: str) -> str:
    return ("an " if words[:1].lower() in "aeiou" and not words.lower().startswith(("uni", "one", "eu", "use")) else "a ") + words


def _reads_on(text: str, end: int) -> bool:
    """What follows ``end`` lets the phrase end there: the end of a clause, a function word, a verb by its
    ending; not a noun the place's name ran into ("the only survivor of the Kettle River ferry sinking")."""
    if _CLAUSE_END.match(text, end):
        return True
    m = re.match(r"\s+([\w'’-]+)", text[end:])
    if not m:
        return True
    word = m.group(1)
    return word.lower() in _FOLLOWS or word.lower().endswith(("ed", "ing", "s")) or word.lower() in ("said", "told", "got", "came", "went", "made", "took", "ran", "won", "lost", "left", "gave")


# After an aside's closing comma, words that start a clause of the sentence's own: the aside's opening comma
# stays ("She's 97, the last Welsh speaker on our unit, and ..." -> "She's 97, and ..."). Any other word goes on
# with the sentence the aside interrupted ("The whistleblower, the only female accountant there, testifies"):
# both commas go.
_CLAUSE_GOES_ON = frozenset("and but so or then yet which who whose on in at with for from to since after before because "
                            "though although while when where as plus i he she they we you it its this that".split())
# Words before a comma that make what follows the predicate, not an aside: "my client is, as far as I know, the only".
_NOT_A_NOUN_BEFORE = re.compile(r"(?i)\b(?:is|was|are|were|be|been|being|becomes?|became|know|think|reckon|guess|believe|mean|say|"
                                r"apparently|honestly|probably|basically|literally|now|also|still)\s*[,(—–-]\s*$")


def _aside(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the rarity at [start, end) is an aside set off by commas, dashes or brackets after a noun, the
    region to drop so the sentence reads on; else None."""
    opening = _APPOSITION_BEFORE.search(text, max(0, start - 3), start)
    if not opening or _NOT_A_NOUN_BEFORE.search(text, max(0, start - 30), start):
        return None
    hedge = _HEDGE.match(text, end)
    after = hedge.end() if hedge else end
    mark = text[opening.start():start].strip()
    if mark == "(":
        close = re.match(r"\s*\)", text[after:])
        if not close:
            return None
        a = opening.start() - (1 if text[opening.start() - 1:opening.start()] == " " else 0)
        return a, after + close.end()
    if re.match(r"\s*(?=[.!?]|$)", text[after:]):
        return opening.start(), after  # "..., the first set in the unit's history!": to the end of the sentence
    close = re.match(r"\s*(?:,|\s[—–-])\s*", text[after:])
    if not close:
        return None
    word = re.match(r"[\w'’]+", text[after + close.end():])
    if word and word.group().lower() in _CLAUSE_GOES_ON:
        return start, after + len(close.group().rstrip())  # "She's 97, [the last ... unit,] and her dementia"
    return opening.start(), after + len(close.group().rstrip())  # "The whistleblower[, the only ... office,] testifies"


def one_of_a_kind(text: str, risks: Sequence[Risk]) -> list[Risk]:
    """Each "the only/first/last/youngest X in <place or group>" of a post the review raised a rarity, a small
    community or a news story in, as a region with its plain description (module notes above)."""
    told = [r for r in risks if r.kind in ("rare_or_unique", "small_community", "news_event") and not r.by_model]
    if not told or not re.search(r"(?i)\b(?:only|sole|last|first|second|third|fourth|fifth|youngest|oldest|one\s+of)\b", text):
        return []
    template = next((r for r in told if r.kind == "rare_or_unique"), told[0])
    out = []
    for m in _ONE_OF_A_KIND.finditer(text):
        if _OWN_RARITY.search(text, max(0, m.start() - 30), m.start()) or _ONLY_IN_JOB.match(text, m.start()):
            continue  # the writer's own; "the only woman harbour master in the country" has its own words above
        # "the only baby born early to survive": the participle and what follows it say what the one did, and stay
        # after the kind ("one of the few babies born early to survive")
        np_words = m.group("np").split()
        cut = next((i for i, w in enumerate(np_words) if i and _DID.match(" " + w) and not w.lower().startswith("to")), len(np_words))
        tail = "".join(" " + w for w in np_words[cut:])
        kind = _kind_words(" ".join(np_words[:cut]))
        if kind is None:
            continue
        start, end = m.start(), m.end()
        if not _reads_on(text, end):
            continue
        sup = m.group("sup").lower().split()[0].split("-")[0]
        if m.group("det") is None and (not _CLAUSE_OPENS.search(text, 0, start) or re.match(r"(?i),?\s+(?:so|and|but)\b", text[end:])):
            # "we only hire locals in the area": a bare "only" mid-clause is an adverb; "Only GP surgery for 60km so
            # everyone knew", "Only pharmacy for miles and we just ...": the writer's own workplace said as a headline,
            # its rarity the reason for what follows, is left to the writer ("A pharmacy and we ...", "A public library,
            # he's got nowhere else to go" read as nothing)
            continue
        det = (m.group("det") or "the").lower()
        did = _DID.match(text, end)
        aside = None if did else _aside(text, start, end)
        if aside:
            out.append(region(template, text, *aside, ""))
            continue
        if m.group("det") is None and (not _SENTENCE_OPENS.search(text, 0, start) or text[end:end + 1] == ","):
            continue  # "came off his bike, only farm on that road so ...": no aside to drop, no sentence to open
        head = kind[-1]
        before = text[:start].rstrip()
        if did and not did.group().lstrip().startswith("to ") and (not before or before[-1] in ".!?:;\n"):
            did = None  # "The only alpaca farm in town called us out": the verb of the sentence, not what it did
            if not m.group("comp").strip():
                continue
        if head[:1].isupper() or did and _PLURAL_HEAD.search(head) or _DID.match(" " + head) or head.lower().endswith("ed"):
            continue  # "the only other Ugandan at the firm": who they are is the head itself; left to the writer
        if sup in ("youngest", "oldest"):
            words = f"one of {'our' if det == 'our' else 'the'} {sup} {' '.join([*kind[:-1], _plural(head)])}"
        elif det == "our" and sup not in ("only", "sole"):
            continue  # "our first case was ...": the writer's own first, not a record
        elif did:
            # "the first girl from our club ever picked for ...", "the only Olympian ever to come from ..."
            words = "one of the few " + " ".join([*kind[:-1], _plural(head)])
        elif head.lower() in _GENERIC or _PLURAL_HEAD.search(head) or (
                sup not in ("only", "sole", "last") and _COPULA_BEFORE.search(text, max(0, start - 20), start)):
            continue  # "she's the only case", "the first triplets", "it'll be the first birth on the island": no plain form reads
        else:
            words = _article(" ".join(kind))
        out.append(region(template, text, start, end, _capital(text, start, words + tail)))
    for m in _ONLY_CASE_OF.finditer(text):
        if _OWN_RARITY.search(text, max(0, m.start() - 30), m.start()) or not _reads_on(text, m.end()):
            continue
        noun = m.group("noun").lower()
        words = "a rare case" if noun == "case" else f"a {noun} with a rare condition"
        out.append(region(template, text, m.start(), m.end(), _capital(text, m.start(), words)))
    for m in _ONE_OF_FEW.finditer(text):
        if _OWN_RARITY.search(text, max(0, m.start() - 30), m.start()) or not _reads_on(text, m.end()):
            continue
        kind = _kind_words(m.group("np"))
        if kind is None or kind[-1].lower() in _GENERIC:
            continue
        words = _article(" ".join([*kind[:-1], _singular(kind[-1])]))
        out.append(region(template, text, m.start(), m.end(), _capital(text, m.start(), words)))
    return out
