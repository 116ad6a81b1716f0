"""Distinctive details: "with Stiff Person Syndrome" -> "with a rare condition", "our Head of
Procurement" -> "a senior colleague", a detail about a person -> the person, anything else -> "something
unusual"."""

from __future__ import annotations

import re

from .. import vocab
from ..kinds import Detail
from ..detect.recognizers.support import lexicon
from ..spans import Span
from .context import Context, Replacing
from .english import FUNCTION_WORDS, in_sentence_case, space_after, with_article

PERSON_WORDS = vocab.words("person_words")

_ONE_PERSON_TITLE = re.compile(
    r"(?i:deputy\s+|assistant\s+|interim\s+)?(?:Head|Director|Chief|VP|Vice\s+President|Lead|Manager|Matron|Principal|"
    r"head|director|lead)\s+of\b"
)


# "the only therapist in Ballykeel", "the first set of triplets EVER born on our unit": the words that
# make someone one of a kind, before the noun that stays, and what may follow it.
# ("Our only female engineer on the night shift" too: the writer's own one-of-a-kind is still one of a kind)
_RARITY = re.compile(r"(?i)^(?:(?:the|our|my|their)\s+)?(?:only|first|sole|one and only|first ever)\s+(?:ever\s+)?")
_RARITY_TAIL = re.compile(r"(?i)\s+(?:ever|in|on|at|born|to|from|for|who|that|across|since)\b")
# (a school year is no place: "the only Deaf girl in Year 9")
_NAMED_PLACE_TAIL = re.compile(r"\s+in\s+(?:the\s+)?(?!(?:Year|Yr|Class|Form|Grade|Standard|Primary|Reception|[PSJ]\d)\b)[A-Z]")
_GENERIC_PLACE_TAIL = re.compile(r"\s+(?:in|on|at)\s+(?:a|an)\s+(?:town|village|hamlet|island|school|practice|surgery|team|ward|unit)")


def without_rarity(text: str) -> str | None:
    """"the only therapist in Ballykeel" -> "a therapist in a small town", "the first set of triplets
    EVER born on our unit" -> "a set of triplets": the noun without what makes it one of a kind; None
    when ``text`` does not say so."""
    m = _RARITY.match(text)
    if not m:
        return None
    rest = text[m.end():]
    tail = _RARITY_TAIL.search(rest)
    noun = rest[:tail.start()] if tail else rest
    if not re.fullmatch(r"(?:[A-Za-z][a-z-]* ){0,3}[a-z][a-z-]*", noun) or not all(
            w.islower() or lexicon.is_ordinary_word(w) or lexicon.is_not_a_name(w) for w in noun.split()):
        # no plain noun: "the only Okafor", "the first 3"; nor a name before the noun ("the only Okafor kid")
        return None
    # A group's capitalised word before the noun ("the only Black family", "the only Polish nurse") is what
    # made them one of a kind there: it goes with the rarity ("a family", "a nurse"), never "a family member".
    noun = " ".join(w for w in noun.split() if w.islower())
    place = " in a small town" if tail and _NAMED_PLACE_TAIL.match(rest, tail.start()) else ""
    if tail and _GENERIC_PLACE_TAIL.fullmatch(rest, tail.start()):
        place = rest[tail.start():]  # "the only nurse in a village" -> "a nurse in a village": nothing named
    if tail and not place and re.match(r"(?i)\s+born\b", rest[tail.start():]) and re.search(r"(?:twins|triplets|quads|babies)$", noun):
        place = " born"  # "first ever twins born there" -> "twins born there": the birth is what the sentence says
    if noun.startswith("other "):
        # "the only other psychologist in our team" -> "another psychologist", never "an other psychologist"
        return "another " + noun[len("other "):] + place
    return with_article("a " + noun) + place


_ORDINAL = re.compile(
    r"(?i)[1-9]\d?(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
)


# The rest of a noun phrase a detail's span stops inside: "the only woman on the tanker| audit team,", "the
# oldest dialysis patient at our Madurai| unit,": plain words up to a comma, a stop or a preposition.
# (or a verb that only a subject's noun takes: "Our only female engineer on the night| shift has put in")
# (or a relative clause about the one of a kind: "the only person in our tiny| town who reads Old Norse")
_PHRASE_REST = re.compile(r"((?:[ \t]+[a-z][a-z0-9-]*){1,2})(?=[ \t]*(?:[,.;:!?)—–]|$)|[ \t]+(?:at|in|on|from|for|with|who|whose|that|where)\b"
                          r"|[ \t]+(?:has|have|had|is|was|were|are|will|would|can|could|keeps|kept)\b)")
_TIME_WORDS = frozenset({"last", "night", "tonight", "today", "yesterday", "morning", "evening", "afternoon",
                         "week", "month", "year", "ago", "now", "again", "already", "too"})
_PREPOSITION_INSIDE = re.compile(r"\s(?:on|at|in|of|from)\s")
# "one of only two teachers at our school": one of few, said as one of them.
_ONE_OF_FEW = re.compile(
    r"(?i)^one\s+of\s+(?:only|just|the\s+only)\s+(?:two|three|four|five|a\s+few|a\s+handful\s+of|\d{1,2})\s+(?=[a-z])"
)
# A clause that only a superlative can take: "(the first kid) I've seen in 20 yrs", "(the only mum) she's
# ever had".
_EVER_SEEN = re.compile(
    r"(?i)[ \t]+(?:that[ \t]+|who[ \t]+)?(?:I|we|she|he|they|you)(?:['’](?:ve|s|d)|[ \t]+have|[ \t]+has|[ \t]+had)"
    r"[ \t]+(?:ever[ \t]+)?(?:seen|had|met|known|treated|taught|nursed|done|heard|worked\s+with)\b[^.!?,;:\n'’\"”)]*"
)
# After the first of a kind, what they were the first to do: "(the first woman) ever to lead".
_FIRST_TO = re.compile(r"(?i)(?:[ \t]+ever)?[ \t]+to[ \t]+([a-z]+)\b")
_IRREGULAR_PAST = {
    "win": "won", "make": "made", "get": "got", "go": "went", "do": "did", "be": "was", "take": "took",
    "become": "became", "run": "ran", "swim": "swam", "lead": "led", "hold": "held", "see": "saw", "give": "gave",
    "have": "had", "come": "came", "sing": "sang", "ride": "rode", "fly": "flew", "drive": "drove", "write": "wrote",
    "throw": "threw", "teach": "taught", "build": "built", "bring": "brought", "speak": "spoke", "break": "broke",
    "wear": "wore", "sit": "sat", "stand": "stood", "leave": "left", "meet": "met", "begin": "began", "hit": "hit",
    "set": "set", "put": "put", "beat": "beat", "catch": "caught", "fight": "fought", "sell": "sold", "tell": "told",
    "find": "found", "grow": "grew", "know": "knew", "draw": "drew", "eat": "ate", "fall": "fell", "feel": "felt",
    "keep": "kept", "buy": "bought", "pay": "paid", "say": "said", "send": "sent", "spend": "spent", "think": "thought",
}


def past_tense(verb: str) -> str:
    """"win" -> "won", "summit" -> "summited", "carry" -> "carried", "graduate" -> "graduated"."""
    v = verb.lower()
    if v in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[v]
    if v.endswith("e"):
        return v + "d"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ied"
    return v + "ed"


def present_tense(verb: str) -> str:
    """"speak" -> "speaks", "have" -> "has", "teach" -> "teaches", "carry" -> "carries"."""
    v = verb.lower()
    special = {"be": "is", "have": "has", "do": "does", "go": "goes"}
    if v in special:
        return special[v]
    if re.search(r"(?:s|sh|ch|x|z|o)$", v):
        return v + "es"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ies"
    return v + "s"


# Nouns for people born together: "first ever twins" -> "twins", never "a twins".
_PLURAL_HEAD = re.compile(r"(?:twins|triplets|quads|quadruplets|quintuplets|[a-z]{3,}[^su\s]s)$")


# A span that stops on the side of a country before its name: "(born in) northern| Saskatchewan".
_SIDE_BEFORE_NAME = re.compile(r"(?i)\b(?:north|south|east|west|central|northern|southern|eastern|western|rural|upstate|"
                               r"inner|outer|upper|lower)$")
_NAME_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){1,3}")


def _rest_of_phrase(text: str, span: Span) -> int:
    """How far past ``span`` its noun phrase runs, when the span stops inside one after a preposition."""
    if _PREPOSITION_INSIDE.search(span.text) and _SIDE_BEFORE_NAME.search(span.text):
        name = _NAME_AFTER.match(text, span.end)
        if name:  # "the first set of quadruplets ever born in northern| Saskatchewan": the name goes with it
            return name.end()
    if not _PREPOSITION_INSIDE.search(span.text) or not span.text[-1:].isalpha():
        return span.end  # "the only Dalit girl in Class 9| stopped coming": the phrase ended with its number
    m = _PHRASE_REST.match(text, span.end)
    if not m or any(w in FUNCTION_WORDS or w in _TIME_WORDS or re.search(r"(?:ed|ing)$", w) for w in m.group(1).split()):
        return span.end
    return m.end(1)


def distinctive_span(ctx: Context, span: Span) -> Replacing:
    # "first in his family to stay clean" -> "one of the few to stay clean": the feat stays, whose first it was goes
    if re.fullmatch(r"(?i)first\s+(?:one\s+|person\s+)?in\s+(?:his|her|their)\s+(?:\w+\s+)?\w+\s+to", span.text.strip()):
        return span.start, span.end, in_sentence_case(ctx.text, span.start, "one of the few to")
    if _ORDINAL.fullmatch(span.text):  # "the mum's 5th baby" -> "the mum's baby"
        return span.start, span.end + space_after(ctx.text, span.end), ""
    few = _ONE_OF_FEW.match(span.text)
    if few:  # "I'm one of only two teachers at our school" -> "I'm one of the teachers at our school"
        return span.start, span.end, span.text[:few.end()].split()[0] + " of the " + span.text[few.end():]
    plain = without_rarity(span.text)
    if plain is not None:
        noun = plain[plain.index(" ") + 1:] if plain.startswith(("a ", "an ")) else plain
        if " of " not in noun and _PLURAL_HEAD.search(noun.split(" in ")[0].removesuffix(" born")):
            plain = noun  # "first ever conjoined twins born ..." -> "conjoined twins"
        start, phrase = ctx.absorb_article(span.start, plain)
        end = _rest_of_phrase(ctx.text, span)
        ever = _EVER_SEEN.match(ctx.text, end)
        if ever:  # "the first mute kid I've seen in 20 yrs" -> "a mute kid": the clause needed the "first"
            end = ever.end()
        first_to = _FIRST_TO.match(ctx.text, end) if re.match(r"(?i)(?:the\s+)?(?:first|only)\b", span.text) else None
        if first_to and not plain.endswith(" born"):
            # "the first woman ever to lead the unit" -> "a woman who led the unit" ("a woman ever to lead"); "the
            # only nurse to speak Welsh" -> "a nurse who speaks Welsh"
            first = re.match(r"(?i)(?:the\s+)?first\b", span.text)
            verb = past_tense(first_to.group(1)) if first else present_tense(first_to.group(1))
            return start, first_to.end(), phrase + " who " + verb
        return start, end, phrase
    if span.detail is Detail.RARE_CONDITION:  # "with Stiff Person Syndrome" -> "with a rare condition"
        return ctx.article_phrase(span, "a rare condition")
    if _ONE_PERSON_TITLE.match(span.text):  # "our Head of Procurement was walked out"
        start, _ = ctx.absorb_left(span.start, r"\b(our|my|their|his|her|the|your)\s+(?:(?:new|acting|interim)\s+)?")
        return start, span.end, "a senior colleague"
    words = set(re.findall(r"[a-z]+", span.text.lower()))
    if words & PERSON_WORDS:
        ctx.mention(span)
        start, phrase = ctx.absorb_article(span.start, ctx.person.indefinite if ctx.person.article else "someone")
        return start, _rest_of_phrase(ctx.text, span), phrase
    if _CONDITION_NOUN.search(span.text):  # "an ultra rare genetic syndrome" -> "a rare condition", never "a something unusual"
        return ctx.article_phrase(span, "a rare condition")
    return ctx.article_phrase(span, "something unusual")


# The last word of a detail that names an illness: it is said as one ("a rare condition").
_CONDITION_NOUN = re.compile(r"(?i)\b(?:syndrome|disease|disorder|condition|illness|cancer|tumou?r|deficiency|dystrophy|anomaly)$")
