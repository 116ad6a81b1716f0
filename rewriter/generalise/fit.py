"""The last look at a replacement before it goes in: does the phrase fit the slot the name stood in?
(issue 10, "The right kind and the right words", "Grammar")

A handler picks the words for what a span is; the words around it decide their form:

- after a determiner and words that describe ("our little [Aoife] won", "to the lovely [Kowalczyk]
  family", "Our [Doris] turned"): a bare noun, never a second article, "someone" or nothing at all;
  after a noun that already says who ("my star reader [Sofia] did"), nothing;
- as a noun's modifier ("[Bed 12] uncle ate", "[Springboks] replay on the TV", "our [Pune] ICU"): the
  name goes and the noun stands on its own ("The uncle ate", "the replay", "our ICU");
- alone as a sentence of its own ("... while I was on leave. [Deborah]. It was fine."): the sentence goes;
- a street's phrase "at" a venue ("at [the Wattle Grove] we do not do miracles", by a hotel
  receptionist): the kind of venue the post or the role says, never "at a local street".
"""

from __future__ import annotations

import functools
import re

from .. import vocab
from ..review.cues import NUMBER_WORDS
from ..spans import Span
from .context import ROLE_NOUNS, Context, name_tokens
from ..detect.recognizers.support.lexicon import is_common_word, is_ordinary_word
from .english import _NO_NOUN_AFTER, FUNCTION_WORDS, article_for, is_reflexive, is_sentence_start, opens_after_emoji, possessive_after, predicate_at, space_after, with_article

_DETERMINER = r"(?:the|our|my|his|her|their|your|its|this|that|these|those)"
_ADJECTIVES = vocab.words("name_adjectives") | frozenset({
    "new", "main", "former", "favourite", "favorite", "precious", "gorgeous", "beautiful", "brave", "darling",
    "amazing", "wonderful", "fabulous", "lovely", "dear", "darling", "cheeky", "tiny", "gentle", "kind",
    "fierce", "famous", "usual", "regular", "beloved", "late", "dearest", "only", "very", "whole",
})
# A determiner, then up to three plain lower-case words, right before the name.
# Other Englishes' "the" and "our" (dialect_determiners.txt: "at t' branch", "wir peerie lass"); those that are
# also pronouns or other languages' words only after a preposition ("from us office", "at da junction", never
# "gave me a client" or "casa de Maria").
# The pronoun-like ones ("me", "us") only after a preposition of place, never after "of", "for" or "with" ("3 of us
# a significant sum", "with me a patient"), where they are the pronoun.
_AFTER_PREPOSITION_ONLY = vocab.words("dialect_determiners_after_prepositions")
_DIALECT_ARTICLES = frozenset({"da", "de", "di"})
_DIALECT_DETERMINER = (r"(?:(?:" + "|".join(re.escape(w) for w in sorted(vocab.words("dialect_determiners") - _AFTER_PREPOSITION_ONLY, key=len, reverse=True))
                       + r")(?=\s)|(?:at|from|to|in|on|for|wi|with|of|o|fae|frae|by|off|past|into|round|near|aboot|about|up|down|ower|over)[ \t]+(?:"
                       + "|".join(sorted(_AFTER_PREPOSITION_ONLY & _DIALECT_ARTICLES)) + r")"
                       + r"|(?:at|from|to|in|on|fae|frae|off|past|into|round|near|up|down|ower|over)[ \t]+(?:"
                       + "|".join(sorted(_AFTER_PREPOSITION_ONLY - _DIALECT_ARTICLES, key=len, reverse=True)) + r"))")
_DETERMINED = re.compile(r"(?i)(?<![\w'’])(?:" + _DETERMINER + "|" + _DIALECT_DETERMINER + r")\s+((?:[a-z][\w-]*\s+){0,3})$")
# The same less the pronoun-like ones, for a phrase put straight after the determiner with nothing between: there
# "to me" and "from us" are as often the pronoun ("disclosed PTSD to me a few years ago", held-out writer_y).
_DIALECT_ARTICLE_OR_OUR = (r"(?:(?:" + "|".join(re.escape(w) for w in sorted(vocab.words("dialect_determiners") - _AFTER_PREPOSITION_ONLY, key=len, reverse=True))
                           + r")(?=\s)|(?:at|from|to|in|on|for|wi|with|of|o|fae|frae|by|off|past|into|round|near|aboot|about|up|down|ower|over)[ \t]+(?:"
                           + "|".join(sorted(_AFTER_PREPOSITION_ONLY & _DIALECT_ARTICLES)) + r"))")
_OPENS_WITH_ARTICLE = re.compile(r"(?i)(?:a|an|the)\s+(?=\S)")
_SOMEONE = re.compile(r"(?i)(?:someone(?:\s+else)?|another\s+[a-z ]+?)(['’]s)?$")
_GROUP_AFTER = re.compile(r"[ \t]+(?:family|families|household|clan|twins|kids|children|girls|boys|lot)\b")
_NOUN_FAMILIES = ("person", "someone", "household")


def _adjective(word: str) -> bool:
    w = word.lower()
    return w in _ADJECTIVES or w.endswith(("est", "ful", "ous"))


def determined_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """A name after a determiner (and words that describe) takes a bare noun, or nothing after a noun."""
    if family not in _NOUN_FAMILIES:
        return start, end, new
    m = _DETERMINED.search(ctx.text, ctx.cursor, start)
    if not m or _THAT_CONJUNCTION.search(ctx.text, ctx.cursor, start):
        return start, end, new  # "Delighted that ...": a conjunction, no determiner
    words = m.group(1).split()
    if any(w.lower() in FUNCTION_WORDS for w in words):
        return start, end, new
    if any(w.lower() in _PAST or len(w) > 4 and w.lower().endswith("ed") and w.lower() not in _ADJECTIVES for w in words[1:]):
        return start, end, new  # "Our manager brought Krispy Kremes in": the determiner opened the subject, a verb came between
    phrase = new.strip()
    group_after = _GROUP_AFTER.match(ctx.text, end)
    if group_after and phrase and (_SOMEONE.fullmatch(phrase) or phrase.endswith(("'s", "’s"))):
        return start, end, ""  # "to the lovely Kowalczyk family" -> "to the lovely family"
    last_is_noun = bool(words) and not _adjective(words[-1])
    if start < span.start:
        return start, end, new  # the handler took words before the name along ("manager Deborah" -> "manager")
    if last_is_noun and _names_someone(words[-1]) and (_SOMEONE.fullmatch(phrase) or _OPENS_WITH_ARTICLE.match(phrase)):
        # "my star reader Sofia M." -> "my star reader", "Our starting point guard Jaylen tore" -> "... guard tore"
        if possessive_after(ctx.text, span.end) and end <= span.end:
            return start, end, ""
        return start, end, "" if not phrase.endswith(("'s", "’s")) else "'s"
    if (last_is_noun and family in ("person", "someone") and _PERSON_PLACEHOLDER.fullmatch(phrase)
            and m.group(0).split()[0].lower() in ("my", "our", "their", "his", "her", "your")  # never "this week Sarah"
            and re.fullmatch(r"[a-z]{3,}", words[-1]) and not words[-1].endswith(("ed", "ing", "ly"))
            and words[-1] not in FUNCTION_WORDS and not possessive_after(ctx.text, span.end)
            and not any(s is not span and 0 <= s.start - span.end <= 1 for s in ctx.spans)):  # "Anjali [Raghunathan]": one name
        # "Our locum Ade keeps leaving", "my supervisee Jo": after "our" and a noun a name only says which
        # one, never "Our locum a customer"
        return start, end, ""
    if last_is_noun:
        return start, end, new
    noun = ctx.person.noun if ctx.person.article else ""
    poss = "'s" if phrase.endswith(("'s", "’s")) else ""
    nxt = re.match(r"[ \t]+([a-z][a-z-]*)\b", ctx.text[end:])
    if nxt and phrase and nxt.group(1) not in FUNCTION_WORDS and not _verb_after(ctx.text, end) \
            and not nxt.group(1).endswith(("s", "ed", "ing", "ly")) and nxt.group(1) not in _NO_NOUN_AFTER:
        # (never before a word of where: "the Priceline up the road" is no modifier of "up")
        return start, end, ""  # "their little Pontypridd rugby kits" -> "their little rugby kits"
    if _OPENS_WITH_ARTICLE.match(phrase):
        bare = phrase[_OPENS_WITH_ARTICLE.match(phrase).end():]
        return start, end, _same_space(new, bare)  # "our little a student" -> "our little student"
    if _SOMEONE.fullmatch(phrase) and noun:
        return start, end, _same_space(new, noun + poss)  # "our little someone" -> "our little resident"
    if _SOMEONE.fullmatch(phrase) and words and not _PERSON_NOUNS.intersection(w.lower() for w in words):
        # "Our gorgeous Edna" -> "Our gorgeous lady", never "Our gorgeous someone": a writer whose people have
        # no noun of their own gets one from the words around ("little" a child, "she" a lady)
        return start, end, _same_space(new, _described_person(ctx.text, words, end) + poss)
    if not phrase and not words and _verb_after(ctx.text, end) and m.group(0).split()[0].lower() in ("her", "his", "their") \
            and family == "person" and not possessive_after(ctx.text, span.end):
        # a bare given name after someone else's "her", "his" or "their" is one of their family, most often their
        # child ("asked why her Jago didn't get a part" -> "why her child didn't"), never "why her didn't"
        return start, end, "child "
    if not phrase and noun and _verb_after(ctx.text, end):
        return start, end, noun + " "  # "Our Doris turned 94" -> "Our resident had ..." (never "Our had")
    if not phrase and not noun and not words and _verb_after(ctx.text, end) and m.group(0).split()[0].lower() in ("our", "my"):
        # a writer whose people have no noun of their own ("paediatric oncology nurse"): the fond "our"/"my" of
        # "Our Sonny turned 10" was the name's, and goes with it: "Someone had a milestone birthday", never "Our
        # had a milestone birthday" (a determiner left without its noun; session 40's judges)
        return ctx.cursor + m.start(), end, "someone "
    return start, end, new


# The words a person's name becomes when nothing says more: "someone", "a customer", "another client".
_PERSON_PLACEHOLDER = re.compile(r"(?i)someone(?:[ \t]+else)?|(?:an?|another)[ \t]+(?:client|customer|patient|student|colleague|resident|"
                                 r"service user|family member|pupil|person)")
_LITTLE = frozenset("little tiny wee young baby smallest youngest".split())
_PRONOUN_AFTER = re.compile(r"(?i)\b(she|her|hers|herself|he|him|his|himself)\b")


def _described_person(text: str, words: list[str], end: int) -> str:
    """A noun for someone described before their name ("our gorgeous Edna"): "one" for a little one, else by
    the pronoun the text goes on with ("lady", "gentleman"), else "one"."""
    if any(w.lower() in _LITTLE for w in words):
        return "one"
    pronoun = _PRONOUN_AFTER.search(text, end, end + 200)
    if pronoun is None:
        return "one"
    return "lady" if pronoun.group(1).lower().startswith(("s", "her")) else "gentleman"


def _names_someone(word: str) -> bool:
    """Is ``word`` a noun for a person ("guard", "reader", "girl"), so that a name after it only repeats who?"""
    w = word.lower()
    return w in _PERSON_NOUNS or w in _OCCUPATIONS or len(w) >= 5 and bool(re.search(r"(?:er|or|ist|ant|ent)$", w)) and w not in FUNCTION_WORDS


_PAST = vocab.words("common_past_forms") | vocab.words("irregular_past_forms") | vocab.words("speech_verbs")


def _verb_after(text: str, end: int) -> bool:
    """Does a verb follow (a name's sentence goes on: "Our Doris turned 94"), not a noun ("the Okonkwo
    children", where the name was only a modifier and goes)?"""
    m = re.match(r"[ \t]*([a-z][a-z'’]*)\b", text[end:])
    return bool(m) and (m.group(1) in _PAST or m.group(1) in _AUXILIARY or len(m.group(1)) > 4 and m.group(1).endswith("ed"))


def _same_space(old: str, new: str) -> str:
    lead = old[: len(old) - len(old.lstrip())]
    trail = old[len(old.rstrip()):]
    return lead + new + trail


# A noun after a name that makes the name its modifier: a person's or a place's noun, or any plain word
# followed by a verb that only a subject's noun takes ("Vodacom bill can wait").
_PERSON_NOUNS = (vocab.words("person_words") | vocab.words("family_nouns") | ROLE_NOUNS | vocab.words("pet_words")
                 | vocab.words("unit_nouns"))
_UNITS = frozenset(w.lower() for w in vocab.words("unit_nouns"))
_OCCUPATIONS = vocab.words("occupations") | vocab.words("person_words_more") | vocab.words("role_nouns_more")
_AUXILIARY = frozenset(
    "can can't cannot will won't would should could might must may is isn't was wasn't are aren't were has hasn't "
    "have had does doesn't did didn't don dey".split()
)
_MANY = re.compile(r"(?i)\b(?:many|several|few|both|all|no|some|those|these)\s+$")
# ... and a family's children by the plural noun for them (judges of fresh42: "the three someone bairns", "the
# someone sibs"): "the three Milne bairns" -> "the three bairns", as "the Mokoena family" -> "the family".
_GROUP_NOUN_AFTER = re.compile(r"([ \t]+)(?:family|families|household|clan|bairns|weans|kids|children|sibs|siblings|twins|"
                               r"brothers|sisters|grandkids|grandchildren|youngsters|little\s+ones)\b")
# Things a name is often the modifier of: "Burna Boy concert", "Springboks replay", "Vodacom bill".
_THINGS_NAMED = frozenset(
    "concert gig song album film movie show tour fan fans replay game match ads advert bill results stats price "
    "prices shares app campaign merch jersey kit".split()
)
# The last noun of a compound a name may stand before ("the Orlando Pirates bumper sticker", "that viral
# Lekki video"): the name goes, the compound stays.
_COMPOUND_ENDS = frozenset("sticker stickers shirt shirts scarf flag poster mug badge video videos clip story post "
                           "page group chat channel headline article piece interview".split())
_QUANTIFIER = re.compile(r"(?i)(?<![\w'’])(?:a|an|all|every|each|some|any|no|one|both|many|most|few|several|" + _DETERMINER[3:-1] + r")\s+$")
_WORD = re.compile(r"[ \t]+([a-z][a-z-]*|[A-Z]{2,4})\b(?:[ \t]+([a-z][a-z'’-]*)\b)?")
_MODIFIER_FAMILIES = ("person", "someone", "place", "organisation")


def _plural_noun(word: str) -> bool:
    w = word.lower()
    if w in _PERSON_NOUNS or w[:-1] in _PERSON_NOUNS or w[:-2] in _PERSON_NOUNS:
        return w.endswith("s") and w not in _PERSON_NOUNS
    return False


def _is_noun_after(word: str, following: str | None) -> bool:
    w = word.lower()
    if word.isupper():
        return w in _UNITS  # "our Pune ICU"
    if w in FUNCTION_WORDS or re.search(r"(?:ed|ing|ly)$", w):
        return False
    if w in _PERSON_NOUNS or (w.endswith("s") and (w[:-1] in _PERSON_NOUNS or w[:-2] in _PERSON_NOUNS)):
        return True
    if w in _THINGS_NAMED:
        return True
    if following and following.lower() in _COMPOUND_PERSON_HEADS \
            and following.lower() not in FUNCTION_WORDS and w not in _PAST and w not in _AUXILIARY \
            and (not w.endswith("s") or w in _NOUNS_IN_S) and len(w) > 2 and is_ordinary_word(w):
        return True  # "Bayliss account guy tried", "our Harlow sales rep": a compound whose head is a person
    return bool(following) and following.lower() in _AUXILIARY and not w.endswith("s")


# Everyday words for a person that end a compound: "the account guy", "the shop owner", "the tea lady".
_PERSON_HEADS = frozenset("guy guys owner owners fella lady ladies boss man woman girl boy".split())
_COMPOUND_PERSON_HEADS = (vocab.words("person_words") | vocab.words("family_nouns") | ROLE_NOUNS | _OCCUPATIONS
                          | _PERSON_HEADS) - FUNCTION_WORDS - _UNITS
# Nouns ending in "s" that stand before a person's noun in a compound ("sales rep", "business owner").
_NOUNS_IN_S = frozenset("sales business press bus class chess fitness access news claims accounts operations ops".split())


def modifier_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """A name used as a noun's modifier goes, and the noun stands alone: "Bed 12 uncle ate" -> "The uncle
    ate", "Springboks replay on the TV" -> "the replay on the TV", "our Pune ICU" -> "our ICU"."""
    if family not in _MODIFIER_FAMILIES or not new.strip() or end < span.end or possessive_after(ctx.text, span.end):
        return start, end, new
    phrase = new.strip()
    family_noun = _GROUP_NOUN_AFTER.match(ctx.text, end)
    if family_noun and _DETERMINED.search(ctx.text, ctx.cursor, start):
        # "Home visit to the Mokoena family" -> "to the family", never "the local family"
        return start, end + len(family_noun.group(1)), ""
    if not (_SOMEONE.fullmatch(phrase) or _OPENS_WITH_ARTICLE.match(phrase) or phrase in ("the area", "area")):
        return start, end, new
    m = _WORD.match(ctx.text, end)
    left = ctx.text[ctx.cursor:start]
    if m and start == span.start and _DETERMINED.search(ctx.text, ctx.cursor, start) and m.group(1).islower() and (
            m.group(1) in _COMPOUND_ENDS or m.group(2) in _COMPOUND_ENDS and m.group(1) not in FUNCTION_WORDS):
        # "that viral Lekki video" -> "that viral video", "the Pirates bumper sticker" -> "the bumper sticker"
        return start, end + len(m.group(0)) - len(m.group(0).lstrip(" \t")), ""
    many = _MANY.search(left)
    if not m or not (_is_noun_after(m.group(1), m.group(2)) or many and m.group(1).lower() not in FUNCTION_WORDS):
        return start, end, new
    if re.match(r"(?i)(?:and|&|or)\b", ctx.text[end:].strip()) or re.search(r"(?i)(?:\b(?:and|or)|&)\s*$", left):
        return start, end, new  # "MTN and Glo ads": one of a list, not a modifier standing alone
    space = " " if new[:1] == " " else ""
    if _QUANTIFIER.search(left) or re.search(r"(?i)\bex-$", left) or _plural_noun(m.group(1)):
        if re.search(r"-$", left):
            return start, end + 1 if ctx.text[end:end + 1] == " " else end, ""
        return start, end + len(m.group(0)) - len(m.group(0).lstrip(" \t")), space
    own = re.match(r"(?i)(?:a|an|the)\s+", ctx.text[start:end])  # the span brought its article: "a Tunnock's"
    if own:
        return start, end + len(m.group(0)) - len(m.group(0).lstrip(" \t")), space + ctx.text[start:start + own.end()]
    article = "a " if re.search(r"(?i)\bas\s+$", left) else "the "  # "worked there as a Biomedical engineer"
    return start, end + len(m.group(0)) - len(m.group(0).lstrip(" \t")), space + article


_ALONE = re.compile(r"[ \t]*[.!?]+(?=\s|$)")


def alone_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """A name said alone as a sentence ("... on leave. Deborah. It was fine.") goes with its full stop:
    "Someone." says nothing and points at no one."""
    # (session 41: a firm's or a place's name alone is no more a sentence than a person's: "Yoh. Audit at ..." with
    # "Yoh" read as a firm gave "Someone. Audit at"; the post's first sentence ("Dydd Gŵyl Dewi Hapus! We made")
    # and its last ("... under one ffs. Ragin.") and one after an emoji ("🙏 Kayang-kaya!") are sentences too:
    # "Someone!", "Someone else!" and "Someone." closed or opened last session's posts)
    if family not in ("person", "someone", "organisation", "place") or not new.strip() or start != span.start:
        return start, end, new
    text = ctx.text
    if not (is_sentence_start(text, start) or start == 0 or opens_after_emoji(text, start)):
        return start, end, new
    after = _ALONE.match(text, end)
    if not after or not (text[after.end():].strip() or text[:start].strip()):
        return start, end, new  # the whole post: left to its general words
    if start == 0 and not after.group(0).strip().startswith(("!", ".")):
        return start, end, new  # "Kerry? ..." opening a post asks something
    stop = after.end()
    if start > 0:
        # (opening the post, the space after stays: the next phrase's handler reads its own word before it, " At the
        # Tirukkoyilur PHC", as it would after any sentence; the driver gives the next word the capital)
        stop += len(re.match(r"[ \t]*", text[stop:]).group(0))
    return start, stop, ""


# A venue's words in the post or the writer's role: what a street's name after "at" really is.
_VENUES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), phrase)
    for pattern, phrase in (
        (r"\b(?:wedding|weddings|event\s+planner|ceremony|marquee)\b", "the venue"),
        (r"\b(?:hotel|front\s+desk|reception(?:ist)?|guests?|check[\s-]?in|room\s+service|concierge)\b", "the hotel"),
        (r"\b(?:pub|pints?|bar(?:man|maid|tender|staff)?|landlord|last\s+orders)\b", "the pub"),
        (r"\b(?:cafe|café|coffee\s+shop|barista|flat\s+whites?)\b", "the cafe"),
        (r"\b(?:restaurant|chef|waiter|waitress|diners?|kitchen)\b", "the restaurant"),
        (r"\b(?:church|vicar|priest|pastor|parish|sermon|congregation|funeral)\b", "the church"),
        (r"\b(?:gym|personal\s+trainer)\b", "the gym"),
        (r"\b(?:shop|store|till|checkout|aisle|shelves)\b", "a local shop"),
    )
)
_AT = re.compile(r"(?i)\bat\s+$")
_LOCATED_AT = re.compile(r"(?i)\b(?:is|are|was|were|be|located|based|situated|sits|lies)\s+(?:located\s+|based\s+|situated\s+)?at\s+$")
_BUILDING = re.compile(r"\s(?:House|Hall|Manor|Castle|Barn|Rooms|Estate|Lodge|Hotel|Inn)$")


def venue_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """"at the Wattle Grove we do not do miracles" (a hotel's receptionist) -> "at the hotel": a street is
    not a place one is "at"; the post or the role says what kind of venue the name is."""
    at_inside = bool(re.match(r"(?i)\s*at\s", ctx.text[start:span.start] + " "))
    building = _BUILDING.search(span.text) and (
        new.strip() == "elsewhere" and at_inside
        or new.strip() in ("an organisation", "a local place") and _AT.search(ctx.text, max(ctx.cursor, start - 6), start))
    if building and not _LOCATED_AT.search(ctx.text, ctx.cursor, start):  # "What a day at Glenvara House" (an event planner) -> "at the venue", not "elsewhere"
        haystack = ctx.text[:span.start] + " " + ctx.text[span.end:] + " " + ctx.role
        for pattern, phrase in _VENUES:
            if pattern.search(haystack):
                return start, end, (" at " if at_inside else "") + phrase
        return start, end, new
    if new.strip() not in ("a local street", "a local place") or not _AT.search(ctx.text, max(ctx.cursor, start - 6), start):
        return start, end, new
    region = ctx.text[min(start, span.start):max(end, span.end)].strip()
    street_named = new.strip() == "a local street" and not re.match(r"(?i)the\s", region)
    if re.search(r"\d", region) or street_named or _LOCATED_AT.search(ctx.text, ctx.cursor, start):
        return start, end, new  # "The restaurant is at 12 Crown St": an address, where the subject is
    haystack = ctx.text[:span.start] + " " + ctx.text[span.end:] + " " + ctx.role
    for pattern, phrase in _VENUES:
        if pattern.search(haystack):
            if phrase.startswith("the ") and not re.match(r"(?i)the\s", span.text) and new.strip() == "a local place":
                phrase = "a local " + phrase[4:]
            return start, end, _same_space(new, phrase)
    return start, end, new


_PREPOSITION_LEFT = re.compile(r"(?i)[ \t]+(?:at|in|on|of|from|with|by|to|for|aged)[ \t]*$")
_CLAUSE_ENDS = re.compile(r"[ \t]*(?:[.!?,;:)]|$)")


def stranded_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """A phrase that went whole leaves no preposition before the end of its clause: "zero fillings at age
    84." -> "zero fillings.", never "zero fillings at."."""
    if new.strip() or not _CLAUSE_ENDS.match(ctx.text, end):
        return start, end, new
    m = _PREPOSITION_LEFT.search(ctx.text, ctx.cursor, start)
    return (m.start(), end, new) if m else (start, end, new)


_PREPOSITION_THE_LEFT = re.compile(r"(?i)[ \t]+(?:on|at|in|near|off|by|along|up|down)[ \t]+the[ \t]*$")


def stranded_article(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """"from the servo on the Hume rang me" -> "from the servo rang me", never "on the rang me": a name that
    went whole after a preposition and "the" takes them along when a verb or a clause's end follows."""
    if new.strip() or not (_CLAUSE_ENDS.match(ctx.text, end) or _verb_after(ctx.text, end)):
        return start, end, new
    m = _PREPOSITION_THE_LEFT.search(ctx.text, ctx.cursor, start)
    return (m.start(), end, " " if re.match(r"\w", ctx.text[end:end + 1]) else "") if m else (start, end, new)


# A name whose last words are a plain noun ("the Akosombo substation"): the noun stays.
_LOWER_TAIL = re.compile(r"(?:[A-Z][\w'’.-]*\s+)+([a-z][a-z-]{3,}(?:\s+[a-z][a-z-]{3,})?)")


def tail_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """"finished the Akosombo substation two months early" -> "finished the substation ...", never "the local"."""
    if family != "place" or new.strip() not in ("local", "the area", "a local place", "an organisation") or end != span.end:
        return start, end, new
    m = _LOWER_TAIL.fullmatch(span.text.strip())
    if not m or m.group(1).split()[0] in FUNCTION_WORDS:
        return start, end, new
    tail = m.group(1)
    determined = re.search(r"(?i)(?<![\w'’])(?:" + _DETERMINER[3:-1] + r"|a|an)\s+(?:[a-z][\w-]*\s+){0,2}$", ctx.text[ctx.cursor:start])
    return start, end, _same_space(new, tail if determined else "a " + tail)


# (and "nobody", "no one", "someone": "nobody at Kirkby Fendyke knows" -> "nobody there knows", never "nobody
# elsewhere knows", which says the opposite)
_EVERYONE_IN = re.compile(r"(?i)\b(?:everyone|everybody|anyone|anybody|people|nobody|no[ -]?one|someone|somebody)(?:[ \t]+else)?([ \t]+(?:on|in|at)[ \t]+)$")


def everyone_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """"Everyone on Inchmorra will know" -> "Everyone in town will know", never "on a local place"."""
    if family not in ("place", "organisation") or end < span.end or new.strip() not in (
            "a local place", "the area", "elsewhere", "in town", "an organisation", "a company", "a local organisation"):
        return start, end, new
    m = _EVERYONE_IN.search(ctx.text, ctx.cursor, span.start)
    if not m or possessive_after(ctx.text, span.end):
        return start, end, new
    if m.group(1).strip().lower() == "at":
        return m.start(1), end, " there"  # "so everyone at Rosehill knows" -> "so everyone there knows"
    if family != "place":
        return start, end, new
    return m.start(1), end, " in town"


_EVENT_AFTER = re.compile(r"[ \t]+(Day|Night|Eve)\b")
_MONTH_AFTER = re.compile(r"[ \t]+(?=(?i:" + vocab.alternation("months") + r")\b)")


def event_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """A name before "Day", "Night" or a month names a day of the year, not someone: "Happy someone Day"
    -> "Happy holiday", "this someone December" -> "this December"."""
    if family not in ("person", "someone") or end != span.end or not (
            _SOMEONE.fullmatch(new.strip() or "-") or _OPENS_WITH_ARTICLE.match(new.strip())):
        return start, end, new
    month = _MONTH_AFTER.match(ctx.text, end)
    if month:
        return start, month.end(), ""
    day = _EVENT_AFTER.match(ctx.text, end)
    if day and re.search(r"(?i)\b(?:happy|on|for|this|a|celebrating|celebrate)\s+$", ctx.text[ctx.cursor:start]):
        return start, day.end(), _same_space(new, "holiday" if day.group(1) == "Day" else "night")
    return start, end, new


# Two first names joined before a day of their own: "for Niamh & Ciarán's wedding" -> "for a couple's wedding".
_COUPLE = re.compile(r"[A-Z][\w'’-]+\s*(?:&|and|\+)\s*[A-Z][\w'’-]+(?:['’]s)?")
_THEIR_DAY_AFTER = re.compile(r"(?:['’]s)?\s+(?:wedding|engagement|big\s+day|anniversary|hen|stag|reception|ceremony|vows)\b")


def couple_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    if family not in ("person", "someone", "organisation") or not _COUPLE.fullmatch(span.text.strip()):
        return start, end, new
    if not _THEIR_DAY_AFTER.match(ctx.text, span.end - (2 if span.text.endswith(("'s", "’s")) else 0)):
        return start, end, new
    poss = "'s" if new.strip().endswith(("'s", "’s")) else ""
    m = re.search(r"(?i)\b(?:a|an|the)\s+$", ctx.text[ctx.cursor:start])
    return (ctx.cursor + m.start() if m else start), end, _same_space(new, "a couple" + poss)


_THIS_IS = re.compile(r"(?i)\b(?:this|it|that)(?:['’]s|\s+is)\s+$")
_SMALL_PLACE = re.compile(r"(?i)\b(?:small|tiny|wee)\s+(?:town|village|place|island|community)|\bvillage\b|\bpop\.?\s+\d")


def this_is_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """"Sir, this is Harlan Falls, your wife's cousin works here" in a post about a small town -> "this is a
    small town, ...", never "this is, your wife's"."""
    if new.strip() or not _THIS_IS.search(ctx.text, ctx.cursor, start) or not _SMALL_PLACE.search(ctx.text):
        return start, end, new
    return start, end, "a small town" + (" " if re.match(r"\w", ctx.text[end:end + 1]) else "")


_AGE_IN_BRACKETS = re.compile(r"\(\s*(\d{1,2})\s*\)$")


def child_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """"Tshepo (9) had no school shoes" -> "A child had no ...": an age in brackets says who, better than
    the role's word ("a family member")."""
    age = _AGE_IN_BRACKETS.search(ctx.text[span.start:end].rstrip())
    phrase = new.strip()
    if family not in ("person", "someone") or not age or not phrase or not (
            _SOMEONE.fullmatch(phrase) or phrase.lower() in (ctx.person.indefinite.lower(), "a family member")):
        return start, end, new
    years = int(age.group(1))
    if years >= 18:
        return start, end, new
    return start, end, _same_space(new, "a child" if years < 13 else "a teenager")


# A name made an adjective with a hyphen: "a Mombasa-based cement importer", "a Revolut-level offer".
_HYPHENED = re.compile(r"[-–](?:based|born|bred|raised|registered|headquartered|owned|run|level|style|sized|type|listed|backed|"
                       r"inspired|themed|led|funded|sponsored)\b[ \t]*")
# Two names joined by a hyphen before a noun, as its modifier: "the Lekki-Epe expressway", "the Kapoor-Malhotra
# wedding", "a Leeds-Bradford service".
_HYPHEN_PART_AFTER = re.compile(r"[-–][A-Z][\w'’]*(?=[ \t]+[a-z])")
_HYPHEN_PART_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w'’]*[-–]$")
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|a|an|our|their|this|that|his|her|my|your)[ \t]+$")
_NOUN_AFTER = re.compile(r"[ \t]+[a-z]")


def joined_names_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """"watching the Lekki-Epe expressway expansion" -> "watching the expressway expansion", never "the
    area-someone expressway": two names joined by a hyphen after a determiner and before a noun describe it,
    and go together."""
    if family not in ("person", "someone", "place", "organisation", "household") or end != span.end or start > span.start:
        return start, end, new
    text = ctx.text
    own = text[start:span.start]  # the article the handler took along: "the" of "the Lekki"
    if own and not re.fullmatch(r"(?i)(?:the|a|an)[ \t]+", own):
        return start, end, new
    after = _HYPHEN_PART_AFTER.match(text, end)
    before = None if own else _HYPHEN_PART_BEFORE.search(text, ctx.cursor, span.start)
    if not after and not before:
        return start, end, new
    first = before.start() if before else span.start
    last = after.end() if after else end
    if not _NOUN_AFTER.match(text, last) or not (own or _DETERMINER_BEFORE.search(text, ctx.cursor, first)):
        return start, end, new
    return min(first, start), last + space_after(text, last), own


def hyphened_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """"our biggest client, a Mombasa-based cement importer" -> "a cement importer", never "someone-based
    cement importer": the name and its hyphened ending go, the article stays."""
    m = _HYPHENED.match(ctx.text, end)
    if not m or end != span.end or family in ("time", "money", "figure", "age"):
        return start, end, new
    own = re.match(r"(?i)(?:a|an|the)\s+", ctx.text[start:span.start + 1] if start < span.start else "")
    article = ctx.text[start:start + own.end()] if own else ""
    return start, m.end(), _same_space(new, article.lower() if article and start > 0 else article)


# After a possessive, a phrase takes no article of its own: "at our bank's the office" -> "our bank's office".
_POSSESSIVE_LEFT = re.compile(r"(?i)(?<![\w'’])(?!(?:it|that|he|she|there|here|what|who|where|let|this|how|when|why|one|everyone|"
                              r"everything|nobody|someone|something)['’]s)[\w-]+['’]s[ \t]+$")


def possessed_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    if start != span.start or not _POSSESSIVE_LEFT.search(ctx.text, ctx.cursor, start):
        return start, end, new
    if _THAT_CONJUNCTION.search(ctx.text, ctx.cursor, start):
        return start, end, new  # "confirmed to me that the elder ... is on life support": no "that elder"
    m = _OPENS_WITH_ARTICLE.match(new.strip())
    if not m or _SOMEONE.fullmatch(new.strip()):
        return start, end, new
    return start, end, _same_space(new, new.strip()[m.end():])


# "Delighted that": "that" is no determiner here, and the role's bare noun wants its article.
_THAT_CONJUNCTION = re.compile(r"(?i)\b(?:delighted|glad|happy|proud|sad|said|says|say|think|thought|hope|know|knew|"
                               r"news|so|such|sure|shame|fact|heard|hear|told|tells|confirmed|me|us|him|her|them)\s+that[ \t]+$")


def that_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    noun = new.strip()
    if not re.fullmatch(r"[a-z]+", noun) or not (noun in _PERSON_NOUNS or noun in _OCCUPATIONS):
        return start, end, new
    if not _THAT_CONJUNCTION.search(ctx.text, ctx.cursor, start):
        return start, end, new
    return start, end, _same_space(new, with_article(noun))


# Nouns for a place or an institution a name may stand before as its modifier: "at San Fernando assizes",
# "off Kisumu road", "from Walton Vale youth club", "the whole of Penhallow nick". The name goes, the noun
# stays, and "local" says where: "at the local assizes", "off a local road".
_ROADS = frozenset("road rd street st lane avenue ave drive highway hwy bypass".split())
_MEDIA_HEADS = frozenset("paper papers newspaper rag gazette".split())  # "the Ennis paper" -> "the local paper"
_HEADS = _ROADS | frozenset(
    "assizes court courts magistrates mags tribunal school schools primary secondary academy college high sec "
    "infants juniors nursery kindergarten hospital hospice clinic pharmacy chemist club station nick barracks "
    "prison jail gaol library market church chapel mosque temple cathedral estate flats mall stadium ground "
    "gym pool beach harbour port airport mine mill factory farm yard garage dairy shop store pub hotel "
    "restaurant cafe café centre center hall fintech startup start-up agency bakery salon foodbank".split()
) | frozenset(_MEDIA_HEADS)
# Words that make a compound with such a noun: "youth club", "family court", "primary school".
_HEAD_MODIFIERS = frozenset(
    "youth family crown magistrates county district high primary secondary police fire bus train health community "
    "leisure sports football rugby golf cricket boarding shopping training medical dental vet veterinary village "
    "parish junior senior infant private public state general juvenile coroners farmers fish night corner petrol "
    "bowling tennis swimming social working nursing care day main back test".split()
)
# People of a place: "Lekki people", "Dubbo folk", "Ikeja parents".
_PEOPLE_AFTER = re.compile(r"[ \t]+(?:people|folk|folks|residents|parents|families|mums|mothers|dads|kids|youths|businesses|shops|"
                           r"drivers|fans|lads|lasses|boys|girls|trades|tradies|teachers|nurses|doctors|chemists|pharmacists|"
                           r"landlords|locals|commuters|neighbours)\b(?!['’])")
# What a case or a deal is called by a name: "the Ramlogan matter" -> "the matter".
_NAMED_MATTERS = frozenset(
    "matter case file hearing trial inquest inquiry appeal dispute contract deal account project tender bid merger "
    "takeover lawsuit claim divorce custody separation".split()
)
_HEAD_AFTER = (re.compile(r"[ \t]+()([a-z][a-z-]+)\b(?!['’])"),
               re.compile(r"[ \t]+([a-z][a-z-]+)[ \t]+([a-z][a-z-]+)\b(?!['’])"))
_PREPOSITION_LEAD = re.compile(r"(?i)\s*(at|in|on|off|from|near|by|to|into|outside|along|up|down|of)\s+$")
_DETERMINER_END = re.compile(r"(?i)(?<![\w'’])(?:" + _DETERMINER[3:-1] + r"|a|an|whole\s+of\s+the)\s+$")
_HEADED_NEW = re.compile(r"(?i)(?:(?:at|in|on|off|from|near|by|to|into)\s+)?(?:elsewhere|in\s+town|town|nearby|the\s+area|work|"
                         r"someone(?:\s+else)?|another\s+[a-z ]+|an?\s+[a-z ]+|local)?")


def headed_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """A name before a place's or an institution's noun was that noun's modifier: "Long day at San Fernando
    assizes" -> "at the local assizes" (never "elsewhere assizes"), "off Kisumu road" -> "off a local road",
    "the Ramlogan matter" -> "the matter"."""
    if family not in ("person", "someone", "place", "organisation", "household") or end != span.end or possessive_after(ctx.text, span.end):
        return start, end, new
    if family == "household":  # "in the Ennis paper" read as a family's: the town's paper, "in the local paper"
        m = next((m for m in (h.match(ctx.text, end) for h in _HEAD_AFTER) if m and m.group(2) in _MEDIA_HEADS | _NAMED_MATTERS), None)
        if not m or m.group(1):
            return start, end, new
    people = _PEOPLE_AFTER.match(ctx.text, end)
    # a name guessed a person's or a firm's before the people of a place is the place: "Not a good look, Bridgend
    # lads" -> "local lads", never "someone else lads"; "Karachi chemists pls check" -> "Local chemists"
    guessed = family in ("person", "someone", "organisation") and span.entity_type in ("PERSON", "ORGANIZATION", "LOCATION") \
        and " " not in span.text.strip() and span.text[:1].isupper() and not _DETERMINER_END.search(ctx.text[max(0, start - 30):start]) \
        and re.fullmatch(r"(?i)(?:an?|the|another)\s+[a-z ]+|someone(?: else)?|an organisation|the area", new.strip())
    if people and (family == "place" and new.strip() in ("the area", "elsewhere", "in town", "local", "a local place") or guessed) \
            and start == span.start:
        # "Lekki people, eat elsewhere" -> "Local people, ...", never "the area people"
        before = ctx.text[:start].rstrip()
        opens = not before or is_sentence_start(ctx.text, start) or not before[-1].isalnum() and before[-1] not in ",;:-–—'\"(’‘“"
        word = "Local" if opens and span.text[:1].isupper() else "local"
        return start, end, (" " if new[:1] == " " else "") + word
    m = next((m for m in (h.match(ctx.text, end) for h in _HEAD_AFTER) if m and m.group(2) in _HEADS | _NAMED_MATTERS), None)
    if not m:
        return start, end, new
    modifier, head = m.group(1), m.group(2)
    # an "-ing" word right before a place's noun makes a compound with it ("Nsumbi trading centre", "Kilburn
    # recycling centre"), whatever the word
    if modifier and modifier not in _HEAD_MODIFIERS and not (len(modifier) > 5 and modifier.endswith("ing")):
        return start, end, new
    phrase = new.strip()
    if re.search(r"(?i)\blocal$", phrase) and phrase.lower() != "local" or not _HEADED_NEW.fullmatch(phrase):
        return start, end, new  # the handler's words already fit: "a local", "the local"
    if re.fullmatch(r"(?i)an?|the", phrase):
        return start, end, new
    left_of = ctx.text[ctx.cursor:min(start, span.start)]
    if not phrase and (_DETERMINER_END.search(left_of) or _DETERMINED.search(ctx.text, ctx.cursor, min(start, span.start))):
        return start, end, new  # "The whole Ballyhaunis test centre" -> "The whole test centre": gone is enough
    lead_text = ctx.text[start:span.start] if start < span.start else ""
    lead = _PREPOSITION_LEAD.fullmatch(" " + lead_text) if lead_text else None
    if lead_text and not lead and not re.fullmatch(r"(?i)\s*(?:the|a|an)\s+", lead_text):
        return start, end, new
    space = " " if new[:1] == " " else ""
    prep = lead.group(1) + " " if lead else ""
    left = ctx.text[ctx.cursor:min(start, span.start)]
    described = _DETERMINED_LEFT.search(left)  # "a good Filipino store" -> "a good local store", never "a good the local"
    described = described and described.group(1).strip() and not any(w.lower() in FUNCTION_WORDS for w in described.group(1).split()) \
        and not _PLACE_PREPOSITION_LEFT.search(left)  # "the path off Kisumu road": a preposition, no describing word
    determined = bool(_DETERMINER_END.search(left) or described) and not lead and not re.fullmatch(r"(?i)\s*(?:a|an)\s+", lead_text)
    if head.lower() in _NAMED_MATTERS:
        if not (determined or re.fullmatch(r"(?i)\s*the\s+", lead_text)):
            return start, end, new
        keep = lead_text if re.fullmatch(r"(?i)\s*the\s+", lead_text) else ""
        return start, end + len(m.group(0)) - len(m.group(0).lstrip(" \t")), space + keep
    if determined:
        return start, end, space + "local"
    if re.fullmatch(r"(?i)\s*the\s+", lead_text):
        return start, end, space + lead_text.strip() + " local"
    article = "a local" if head.lower() in _ROADS and not modifier else "the local"
    if re.fullmatch(r"(?i)\s*(?:a|an)\s+", lead_text):
        article = "a local"  # "at a Joburg fintech" -> "at a local fintech": the writer's article stays
    if re.match(r"[A-Z]", ctx.text[start:start + 1]) and not prep and is_sentence_start(ctx.text, start):
        article = article.capitalize()
    return start, end, space + prep + article


# The last word of a name that is a part of a place: "on Rowan Unit", "at Kestrel Wing".
_UNIT_LAST = re.compile(r"(?:[A-Z][\w'’.-]*\s+)+(Unit|Ward|Wing|Block|Department|Dept|Clinic|Practice|Surgery|Branch|Campus|Depot|Lab|Theatre|"
                        r"(?i:office|site|warehouse|depot|branch|plant|factory|HQ))")
# A firm's or a place's bare word left after a determiner ("the whole organisation"): the unit's noun says more.
_BARE_KIND = frozenset({"organisation", "company", "client company", "business", "site", "area", "place"})
_DETERMINED_UNIT = re.compile(r"(?i)(?<![\w'’])(?:the|our|my|their|his|her|its|this|that)\s+(?:(?:whole|entire|new|old|main)\s+)?$")


def unit_name_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """"Small wins on Rowan Unit" -> "on the unit", never "on an organisation": a name ending in a word for a
    part of a place is that part."""
    if family not in ("place", "organisation", "person", "someone") or end != span.end or possessive_after(ctx.text, span.end):
        return start, end, new
    m = _UNIT_LAST.fullmatch(span.text.strip())
    if not m or not (_HEADED_NEW.fullmatch(new.strip()) or new.strip() in _BARE_KIND) or re.search(r"(?i)\blocal\b", new):
        return start, end, new
    lead_text = ctx.text[start:span.start] if start < span.start else ""
    lead = _PREPOSITION_LEAD.fullmatch(" " + lead_text) if lead_text else None
    own_the = re.fullmatch(r"(?i)\s*the\s+", lead_text)  # "that the Leeds depot is closing" -> "that the depot ..."
    if lead_text and not lead and not own_the:
        return start, end, new
    unit = m.group(1) if m.group(1).isupper() and len(m.group(1)) <= 3 else m.group(1).lower()
    left = ctx.text[ctx.cursor:min(start, span.start)]
    determined = (_DETERMINER_END.search(left) or _DETERMINED_UNIT.search(left)) and not lead and not own_the
    phrase = unit if determined else ("the " + unit)
    if not lead and is_sentence_start(ctx.text, start):
        phrase = phrase.capitalize()
    return start, end, (" " if new[:1] == " " else "") + (lead.group(1) + " " if lead else "") + phrase


# After a name, words that say when or how ("rang Sarah later", "at Tesco earlier"): no noun it describes.
_ADVERBS_AFTER = vocab.words("adverbs_after_names")
# A title said after a name is part of it, no noun it describes: "Iqbal Hussain sahib who", "Neha di".
_HONORIFICS_AFTER = frozenset(w.lower() for w in vocab.words("name_honorifics_after"))
# "-ing" words that begin a compound noun ("petting zoo", "swimming pool"); any other "-ing" word after a
# name is a verb ("at Tesco buying milk").
_ING_MODIFIERS = _HEAD_MODIFIERS | frozenset("petting swimming driving riding parking dining waiting sewing".split())
# The plain word after a name, and the word after that (to tell "X shoppers," from "X loves the").
_PLAIN_NEXT = re.compile(r"[ \t]+([a-z][a-z-]{2,})\b(?!['’-])(?:[ \t]+([A-Za-z][\w'’-]*))?")
# What stands right before the name: a determiner and up to two plain words ("the government's new"), or a
# preposition of place ("at", "to", "Heads up").
_DETERMINED_LEFT = re.compile(r"(?i)(?<![\w'’])(?:the|a|an|our|my|his|her|their|your|its|this|that|these|those|[\w-]+['’]s)"
                              r"((?:[ \t]+[a-z][\w-]*){0,2})[ \t]+$")
_PLACE_PREPOSITION_LEFT = re.compile(r"(?i)(?<![\w'’])(?:at|in|on|from|to|into|near|by|up|off|outside|inside|round|around|behind)[ \t]+$")
_OWN_ARTICLE = re.compile(r"(?i)(?:the|a|an)[ \t]+")
# The stock words a handler gives a name (with a preposition it took along): "someone", "an organisation",
# "elsewhere", "the area", "at a local place"; a firm's noun without its article after a possessive ("last
# week's organisation", as possessed_slot leaves it).
_STOCK_NAME_WORDS = re.compile(r"(?i)(?:(?:at|in|on|off|from|near|by|to|into)\s+)?(?:elsewhere|the\s+area|area|"
                               r"someone(?:\s+else)?|another\s+[a-z]+|(?:an\s+)?organisation|(?:an?\s+)?(?:client\s+)?(?:company|firm|business))")
# What may follow a noun a name described ("Tollgate Farm petting zoo today", "Kalyanpur colony where",
# "the Dempsey-Walsh matter collapsed"): the clause goes on, but not with an object of a verb ("at Tesco
# know if", "from Ikeja come in").
_NOUN_FOLLOWERS = frozenset("and or but where which who whose that today tonight yesterday this last next again after "
                            "before".split())
# Words that open a verb's object ("hit another record"): no second noun of a compound.
_QUANTIFIERS_AFTER = frozenset("another some any every each no all both several many few".split())
_OBJECT_WORDS = frozenset("it him her them me us you a an the my his their our your this that these those".split())
_AFTER_WORD = re.compile(r"[ \t]*(?:[,.!?;:)]|$|\n|[\U0001F300-\U0001FAFF\u2600-\u27BF])")


# The cardinal numbers written as words (rewriter/data/number_words.txt: "three", "twenty").
_CARDINALS = frozenset(NUMBER_WORDS)


def _plain_word(word: str, ing_verbs: bool = True) -> bool:
    """Is ``word`` a plain word that may be a noun: not a small word, an adverb, a verb's past or "-ing"?"""
    w = word.lower()
    if w in FUNCTION_WORDS or w in _ADVERBS_AFTER or w in _HONORIFICS_AFTER or w in _PAST or w in _AUXILIARY \
            or w.endswith(("ed", "ly")) or is_reflexive(w):  # "Came as the Gruffalo myself": no noun after
        return False
    if w in _CARDINALS:
        # a cardinal opens a phrase of its own, a count or a time ("walked into Byker ABC three month ago"), never
        # the noun a name describes ("the local three month ago")
        return False
        return False
    if ing_verbs and w.endswith("ing") and w not in _ING_MODIFIERS and any(
            is_ordinary_word(stem) for stem in (w[:-3], w[:-3] + "e", w[:-4] if w[-4:-3] == w[-5:-4] else "")):
        return False  # a verb's "-ing" ("buying", "making"), not a noun that ends so ("hamstring", "ceiling")
    return is_ordinary_word(w) or _closed_compound(w)


def _closed_compound(word: str) -> bool:
    """Is ``word`` two everyday words written as one ("shoebox", "cookshop", "schoolbag")? Such nouns are
    missing from the dictionary lists; a lower-case word after a name is no name itself."""
    if len(word) < 6 or not word.isalpha() or word.endswith(("ed", "ing", "ly")):
        return False
    return any(len(word[:i]) >= 3 and len(word[i:]) >= 3 and is_ordinary_word(word[:i]) and is_ordinary_word(word[i:])
               for i in range(3, len(word) - 2))


def _noun_described(text: str, end: int, ing_verbs: bool = True, verb_possible: bool = False) -> re.Match | None:
    """The plain noun after a name at ``end`` that the name describes, read by what follows it: the clause's
    end ("Westgate Mall shoppers,"), a second noun of a compound ("petting zoo", "box set", "care home"), or a
    word that goes on with the clause ("colony where", "matter collapsed"); never a verb with its object ("at
    Tesco know if", "Mum loves her", "at the depot keeps leaving"). ``verb_possible``: the name may be a
    subject here ("People in Ballyrush talk."), so a singular word ending the clause may be its verb."""
    before_end_singular_only = True
    m = _PLAIN_NEXT.match(text, end)
    if not m or not _plain_word(m.group(1), ing_verbs):
        return None
    first, second = m.group(1).lower(), (m.group(2) or "")
    singular = not _plural(first) or first.endswith("ss")
    if _AFTER_WORD.match(text, m.end(1)):
        return m if not before_end_singular_only or not singular or not verb_possible else None
    if not second or not second.islower() or not singular:
        return None
    if second in _NOUN_FOLLOWERS or (second in _PAST or len(second) > 4 and second.endswith("ed")) and second not in _AUXILIARY:
        return m
    if _plain_word(second, ing_verbs) and not _plural(second) or _plain_word(second, ing_verbs) and _AFTER_WORD.match(text, m.end(2)):
        third = re.match(r"[ \t]+([A-Za-z][\w'’]*)", text[m.end(2):])
        if not third or third.group(1).lower() not in _OBJECT_WORDS:
            return m  # "petting zoo today", "box set,", "care home after"
    return None


def _plural(word: str) -> bool:
    w = word.lower()
    return w.endswith("s") and not w.endswith(("ss", "us", "is")) and w not in _NOUNS_IN_S


def plain_noun_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """A name between a determiner or a preposition and a plain noun was that noun's modifier, whatever the
    noun: "the government's new Children's Social Care reforms" -> "the government's new reforms", "a Percy
    Jackson box set" -> "a box set", "at Cedar Hollow care home" -> "at the local care home", "Heads up
    Westgate Mall shoppers" -> "Heads up local shoppers"; never "new an organisation reforms", "someone box
    set", "elsewhere care home". A school year before a noun goes the same way ("a grade 3 hamstring tear"
    -> "a hamstring tear"), never "a school year hamstring tear"."""
    if end != span.end or possessive_after(ctx.text, span.end):
        return start, end, new
    phrase = new.strip()
    if family == "age":
        if not re.fullmatch(r"(?i)(?:an?\s+|the\s+|their\s+)?school\s+year", phrase):
            return start, end, new
    elif family not in _MODIFIER_FAMILIES or phrase and not (_STOCK_NAME_WORDS.fullmatch(phrase)
                                                           or phrase.lower() == ctx.person.indefinite.lower()):
        return start, end, new
    m = _noun_described(ctx.text, end, ing_verbs=family != "age", verb_possible=not _DETERMINED_LEFT.search(ctx.text, ctx.cursor, start)
                        and not _OWN_ARTICLE.match(span.text) and not _OWN_ARTICLE.fullmatch(ctx.text, start, span.start))
    if not m:
        return start, end, new
    if any(s is not span and s.start >= end and s.start < m.end(1) for s in ctx.spans):
        return start, end, new  # the next word is a name of its own
    left = ctx.text[ctx.cursor:start]
    taken = ctx.text[start:span.start]  # what the handler took along before the name ("at ", "the ")
    article = _OWN_ARTICLE.match(span.text)
    keep = (taken + (span.text[:article.end()] if article else "")).lstrip()
    space = " " if new[:1] == " " or taken[:1].isspace() else ""
    if not phrase and not re.fullmatch(r"(?i)(?:at|in|on|off|from|near|by|to|into)[ \t]+", keep):
        return start, end, new  # gone whole where no preposition is left bare: nothing dangles
    if _OWN_ARTICLE.fullmatch(keep) or (not keep and _DETERMINED_LEFT.search(left)
                                        and not any(w in FUNCTION_WORDS for w in _DETERMINED_LEFT.search(left).group(1).split())):
        return start, end, (space + keep.strip()) if keep else ""
    if family == "age":
        return start, end, new
    preposition = re.fullmatch(r"(?i)((?:at|in|on|off|from|near|by|to|into)[ \t]+)(the[ \t]+)?", keep)
    if keep and not preposition:
        return start, end, new
    second = (m.group(2) or "").lower()
    if not keep and family in ("organisation", "place") and is_sentence_start(ctx.text, start) and not _plural(m.group(1)) \
            and second and second not in _OBJECT_WORDS and second not in _QUANTIFIERS_AFTER and _plain_word(second):
        # "GES audit team found" -> "The audit team found", never "An organisation audit team found": a firm's
        # or a place's name opening a sentence before a noun describes it (a person's name there is a subject)
        return start, end, space + ("The" if phrase[:1].isupper() else "the")
    if not keep and not _PLACE_PREPOSITION_LEFT.search(left):
        return start, end, new
    lead = preposition.group(1) if preposition else ""
    if preposition and preposition.group(2):
        return start, end, space + lead + preposition.group(2).strip()  # "in the Dempsey-Walsh matter" -> "in the matter"
    local = "local" if _plural(m.group(1)) else "the local"
    return start, end, space + lead + local


# A name right after singing, dancing or listening to, or watching, is a song, a singer or a show, never a person
# of the post: "Sang Vera Lynn with the lounge", "dancing to Elvis", "Watching Suits while billing".
_PERFORMED_BEFORE = (
    (re.compile(r"(?i)(?<![\w'’])(?:sang|sing|sings|singing|sung|hummed|humming|belted|belting)[ \t]+$"), "a song"),
    (re.compile(r"(?i)(?<![\w'’])(?:danc(?:e|ed|es|ing)|listen(?:ed|s|ing)?|bopp(?:ed|ing)|jamm(?:ed|ing)|vibing)[ \t]+to[ \t]+$"),
     "music"),
    (re.compile(r"(?i)(?<![\w'’])(?:watch(?:ed|ing)?|binge(?:d|ing)?|binge-watch(?:ed|ing)?|rewatch(?:ed|ing)?)[ \t]+$"), "a show"),
)
# After a show's name, what says it was a show and not someone watched: "Watching Suits while billing".
_SHOW_AFTER = re.compile(r"(?i)[ \t]*(?:[.,!?;]|$|(?:while|again|tonight|reruns|on[ \t]+(?:tv|netflix|iplayer|telly|prime|disney))\b)")


def performed_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """"Sang Vera Lynn with the whole lounge" -> "Sang a song with ...", "dancing to Elvis" -> "dancing to
    music", never "Sang a resident" or "dancing to another resident": one sings a song, not a person."""
    if family not in ("person", "someone") or start != span.start or end != span.end or not new.strip():
        return start, end, new
    if possessive_after(ctx.text, span.end) or not (_SOMEONE.fullmatch(new.strip()) or _OPENS_WITH_ARTICLE.match(new.strip())):
        return start, end, new
    for before, phrase in _PERFORMED_BEFORE:
        if before.search(ctx.text, ctx.cursor, start):
            if phrase == "a show" and not _SHOW_AFTER.match(ctx.text, end):
                return start, end, new  # "watching Jayden score": someone watched
            return start, end, _same_space(new, phrase)
    return start, end, new


_BARE_DETERMINER_LEFT = re.compile(r"(?i)(?<![\w'’])(the|our|my|their|your)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]*([a-z][a-z'’]*)\b(?:[ \t]+([A-Za-z][\w'’]*))?")
# Who or what a verb of saying or thinking is about: "reckons it's", "says we", "thinks they".
_SUBJECT_AFTER = re.compile(r"(?i)(?:it|he|she|they|we|i|you)(?:['’]\w+)?")


def _verb_follows(text: str, at: int) -> bool:
    """Does a verb stand at ``at`` ("went", "lost", "reckons it's"), so that what stood before was its
    subject? A plural noun before "is", "are" or "that" ("the kids are", "the plans that") is no verb."""
    m = _WORD_AFTER.match(text, at)
    if not m:
        return False
    word = m.group(1)
    if word in _AUXILIARY or word.endswith("s") and not word.endswith("ss"):
        return (bool(m.group(2)) and word not in _AUXILIARY and len(word) > 3 and bool(_SUBJECT_AFTER.fullmatch(m.group(2)))
                or word not in _AUXILIARY and predicate_at(text, at))  # "throws at ye", "loves telling"
    return word in _PAST or len(word) > 4 and word.endswith("ed") or predicate_at(text, at)


# A participle, then a plural noun that ends its phrase: "the Mansa conjoined twins,", "the Kerrow retired
# teachers who".
_PARTICIPLE_NOUN = re.compile(r"[ \t]*([a-z]{3,}ed)[ \t]+([a-z][a-z-]{2,}s)\b(?=[ \t]*(?:[,.!?;:)]|$|\n|[ \t]+(?:who|which|that|and|or|but|"
                              r"in|at|on|of|from|with|for|to|into|are|were|have|had|will|can|could|would|is|was)\b))")


def _participle_before_noun(text: str, end: int, span: Span) -> bool:
    """Does a participle that describes a plural noun follow, not a verb ("the Mansa conjoined twins," is no
    "the Mansa conjoined")? A name in the plural ("the Bakers visited friends") is a family whose verb it is."""
    m = _PARTICIPLE_NOUN.match(text, end)
    if not m or re.search(r"[^s'’]s$", span.text.strip()) or not _plain_word(m.group(2)):
        return False
    return m.group(1) not in _AUXILIARY and is_ordinary_word(m.group(1))


def bare_determiner_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """A name that went whole after "the" leaves the subject of a verb behind: "the Pharmacy Guild reckons"
    -> "the organisation reckons", "with the Vasquez-Reids went" -> "with the family went", never "the
    reckons" or "the went": where a verb follows, the name's kind stays as a bare noun."""
    if new.strip() or end < span.end or family not in ("person", "someone", "household", "organisation", "place"):
        return start, end, new
    determiner = _BARE_DETERMINER_LEFT.search(ctx.text, ctx.cursor, start)
    if not determiner or not _verb_follows(ctx.text, end) or _participle_before_noun(ctx.text, end, span):
        return start, end, new
    if determiner.group(1).lower() != "the" and family != "organisation":
        return start, end, new  # "our Eco Council presented" -> "our organisation presented"; "my Dave said" is another slot's
    if family == "household" or re.search(r"[^s'’]s$", span.text.strip()) and family in ("person", "someone"):
        noun = "family"  # "the Vasquez-Reids", "the Nguyens": a family's surname in the plural
    elif family == "organisation":
        noun = "organisation"
    else:
        return start, end, new  # "the Kessler girl", "the Okonkwo kids": a modifier, and rightly gone
    return start, end, noun + (" " if re.match(r"[ \t]", ctx.text[end - 1:end] or "x") or re.match(r"\w", ctx.text[end:end + 1]) else "")


@functools.cache
def _names_people_bear() -> frozenset[str]:
    """Given names and surnames, lowercase, of the people with an English Wikipedia biography (and the famous
    and word-like names the project lists): a word none of them bears is seldom anyone's name. Read only
    when a rule needs it (the lists are long; detection has usually read them already)."""
    words: set[str] = set()
    for listed in ("wikipedia_people", "wikipedia_people_common", "wikipedia_people_commonest", "famous_people"):
        for name in vocab.entries(listed):
            parts = name.split()
            if len(parts) >= 2:
                words.add(parts[0].lower())
                words.add(parts[-1].lower())
    return frozenset(words | {w.lower() for w in vocab.words("common_word_names") | vocab.words("word_names")})


_NAME_WORD = re.compile(r"[A-Z][a-z]{2,}")
# After a lone word opening a sentence: the sentence ends there (an emoji, "!", the line's end), or a comma and
# a clause ("Adoi, boss scold me"; "Msichelewe, the system slows down").
_EXCLAIMED_ALONE = re.compile(r"[ \t]*[!.]*[ \t]*(?=[\U0001F300-\U0001FAFF\u2600-\u27BF\n#]|$)")
_EXCLAIMED_BEFORE_CLAUSE = re.compile(r"[ \t]*,[ \t]+(?=[a-z])")
# The rest of a short sentence in the same language: lowercase words up to its end.
_REST_OF_SENTENCE = re.compile(r"((?:[ \t]+[a-z][\w'’-]*){1,5})[ \t]*(?:[.!?]+[ \t]*|(?=[\U0001F300-\U0001FAFF\u2600-\u27BF\n#])|$)")


def _foreign_word(word: str) -> bool:
    w = word.lower()
    return w not in FUNCTION_WORDS and not is_ordinary_word(w)


def exclaimed_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """A word of another language said as an exclamation, a greeting or a thanks, and taken for a name:
    "... when you hear us. Dankie 🚑", "Happy Diwali to all! Shubh Deepavali 🙏", "Adoi, boss scold me",
    "Samgyup tayo mga bes 🥩". It names no one, and "Someone 🚑" or "Someone else tayo mga bes" reads as
    nonsense: the word goes (with its comma), or its short sentence goes whole. Only a word no one is known
    to bear as a name, and no English word."""
    if family not in ("person", "someone", "place") or start != span.start or end != span.end or not new.strip():
        return start, end, new
    words = span.text.split()
    if not 1 <= len(words) <= 2 or not all(_NAME_WORD.fullmatch(w) and _foreign_word(w) for w in words):
        return start, end, new
    text = ctx.text
    if not (is_sentence_start(text, start) or opens_after_emoji(text, start)) or possessive_after(text, end):
        return start, end, new
    alone = _EXCLAIMED_ALONE.match(text, end)
    clause = _EXCLAIMED_BEFORE_CLAUSE.match(text, end)
    rest = _REST_OF_SENTENCE.match(text, end)
    foreign_rest = rest and sum(_foreign_word(w) for w in rest.group(1).split()) * 2 > len(rest.group(1).split())
    if not (alone or clause or foreign_rest):
        return start, end, new
    if any(w.lower() in _names_people_bear() for w in words):
        return start, end, new
    stop = alone.end() if alone else clause.end() if clause else rest.end()
    if not is_sentence_start(text, start):
        # after an emoji the driver owes no capital: the word that now opens the sentence takes it here
        # ("😂 Duw, what a boy." -> "😂 What a boy.")
        following = re.match(r"[a-z][\w'’-]*", text[stop:])
        if following and (alone or clause):
            return start, stop + following.end(), following.group(0).capitalize()
    return start, stop, ""


# A clause that says which thing of a person's it gives, before a colon: "I know the address by heart:",
# "Their number's burned in my brain:". What follows the colon is only that address or number. (A label
# alone, "Mobile:", is a heading, and keeps its general words.)
_LABEL_BEFORE_COLON = {
    "STREET_ADDRESS": re.compile(r"(?i)\b(?:address|postcode|house|flat)\b[ \t]+[^.!?:\n]*[a-z][^.!?:\n]{0,40}:[ \t]*$"),
    "PHONE_NUMBER": re.compile(r"(?i)\b(?:number|phone|mobile|cell|digits)(?:['’]s)?\b[ \t]+[^.!?:\n]*[a-z][^.!?:\n]{0,40}:[ \t]*$"),
    "EMAIL_ADDRESS": re.compile(r"(?i)\b(?:email|e-mail|address)\b[ \t]+[^.!?:\n]*[a-z][^.!?:\n]{0,40}:[ \t]*$"),
}
_CLAUSE_END_AFTER = re.compile(r"[ \t]*(?=[.!?\U0001F300-\U0001FAFF\u2600-\u27BF\n]|$)")


def labelled_colon_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """"I know the address by heart: 1180 Orchard View Rd." -> "I know the address by heart.", never "...
    by heart: a local street.": the clause before the colon already says it was an address or a number, and
    the general words after it say nothing more."""
    label = _LABEL_BEFORE_COLON.get(span.entity_type)
    if label is None or start != span.start or end < span.end or not new.strip():
        return start, end, new
    before = label.search(ctx.text, ctx.cursor, start)
    if not before or not _CLAUSE_END_AFTER.match(ctx.text, end):
        return start, end, new
    colon = ctx.text.rindex(":", before.start(), start)
    return colon, end, ""


# "a" or "an" and words that describe, right before the name: "eating an entire [Colin the Caterpillar]",
# "buy a new [Prado]": the describing words already carry the article.
_INDEFINITE_DESCRIBED = re.compile(r"(?i)(?<![\w'’])(?:a|an)\s+((?:[a-z][\w-]*\s+){1,2})$")
# Words of order or extent that stand between a determiner and a noun like adjectives: "the next", "her
# first", "an entire".
_ORDER_WORDS = frozenset("entire next first last second third same own real proper actual big little old".split())


def doubled_article_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """"our flaky [CI]" taken for a place -> "our flaky area", never "our flaky the area": after a
    determiner and words that describe, a place's or a firm's phrase takes no article of its own."""
    if family not in ("place", "organisation") or start != span.start:
        return start, end, new
    m = _DETERMINED.search(ctx.text, ctx.cursor, start) or _INDEFINITE_DESCRIBED.search(ctx.text, ctx.cursor, start)
    article = _OPENS_WITH_ARTICLE.match(new.strip())
    if not m or not article or not m.group(1).strip() or _THAT_CONJUNCTION.search(ctx.text, ctx.cursor, start):
        return start, end, new
    if not all(_adjective(w) or w.lower() in _ORDER_WORDS or re.search(r"(?:[^e]y|ish|al|ive|ic|able|ible|less)$", w.lower())
               and w.lower() not in FUNCTION_WORDS for w in m.group(1).split()):
        return start, end, new  # "on her own up Quarry Lane": not words that describe
    return start, end, _same_space(new, new.strip()[article.end():])


# A word for a kind of area right before a place's name, with no determiner: "in rural Montana", "across
# northern Ghana". The word needs a noun: "in a rural area", never "in rural the area".
_AREA_WORD_BEFORE = re.compile(r"(?i)(?<![\w'’-])(?<!the )(?<!our )(?<!a )(rural|remote|regional|coastal|urban|inner-city|outback|"
                               r"northern|southern|eastern|western|central|upstate|downstate|outer|inner)\s+$")


def area_word_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """"our district in rural Montana" -> "in a rural area", never "in rural the area"."""
    if family != "place" or start != span.start or not _OPENS_WITH_ARTICLE.match(new.strip()):
        return start, end, new
    m = _AREA_WORD_BEFORE.search(ctx.text, ctx.cursor, start)
    if not m:
        return start, end, new
    word = m.group(1).lower()
    return m.start(), end, _same_space(new, f"{article_for(word)} {word} area")


# A police rank said by its letters before a name: "PC Gareth Lyle", "DS Okafor".
_RANK_BEFORE = re.compile(r"(?<![\w'’])(PCSO|PC|WPC|DC|DS|DI|DCI|Sgt|Insp)\.?[ \t]+$")
_RANK_WORDS = {"pcso": "an officer", "pc": "an officer", "wpc": "an officer", "dc": "a detective", "ds": "a detective",
               "di": "a detective", "dci": "a detective", "sgt": "a sergeant", "insp": "an inspector"}


def rank_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """"Misconduct hearing for PC Gareth Lyle" -> "for an officer", never "for PC someone": a rank's letters
    before a name go with it, and say who."""
    if family not in ("person", "someone") or start != span.start:
        return start, end, new
    m = _RANK_BEFORE.search(ctx.text, ctx.cursor, start)
    phrase = new.strip()
    if not m or not (_SOMEONE.fullmatch(phrase) or _OPENS_WITH_ARTICLE.match(phrase)):
        return start, end, new
    words = _RANK_WORDS[m.group(1).lower()] + ("'s" if phrase.endswith(("'s", "’s")) else "")
    rank_start = m.start(1)
    article = re.search(r"(?i)(?<![\w'’])(a|an|the|our|my|their|his|her)[ \t]+$", ctx.text[ctx.cursor:rank_start])
    if article:  # "our DS Okafor" -> "our detective"
        words = words.split(" ", 1)[1]
    if is_sentence_start(ctx.text, rank_start):
        words = words[0].upper() + words[1:]
    return rank_start, end, words + (" " if new.endswith(" ") else "")


_WHOLE_OF = re.compile(r"(?i)\bwhole[ \t]+(of[ \t]+)$")
_ARTICLE_BEFORE_WHOLE = re.compile(r"(?i)(?<![\w'’])(?:the|a|our|my|their|this|that)[ \t]+$")
_PART_OF = re.compile(r"(?i)\b(?:whole|half|all|most|much|part|rest|none|some)\s+of\s+$")


def part_of_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """"Half of Dunmore Logistics is updating their CV" -> "Half of the company is ...", "the whole of
    Kilbride will know" -> "the whole area": a part of one known place or firm, never "half of a company"."""
    if family not in ("place", "organisation", "person", "someone") or start != span.start:
        return start, end, new
    if not _PART_OF.search(ctx.text, ctx.cursor, start):
        return start, end, new
    phrase = new.strip()
    if phrase in ("my employer", "my employer's", "work"):  # "Half of my employer is job hunting"
        return start, end, _same_space(new, "the company" + phrase[len("my employer"):] if phrase != "work" else "the company")
    whole_of = _WHOLE_OF.search(ctx.text, ctx.cursor, start)
    if family == "place" and whole_of and phrase in ("a local place", "the area", "elsewhere", "in town"):
        # "the whole of Kilbride heard you" -> "the whole area heard you", never "the whole of the area"
        space = " " if new.endswith(" ") else ""
        if _ARTICLE_BEFORE_WHOLE.search(ctx.text, ctx.cursor, whole_of.start()):
            return whole_of.start(1), end, "area" + space
        # "Whole of Pennington will know" -> "The whole area will know": the article comes back with it
        whole = whole_of.start()
        return whole, end, ("The" if is_sentence_start(ctx.text, whole) else "the") + " whole area" + space
    if phrase in ("a local place", "a local place's"):
        return start, end, _same_space(new, "the area" + phrase[len("a local place"):])
    m = re.fullmatch(r"(?:a|an)\s+((?:[a-z-]+\s+){0,2}(?:company|organisation|business|firm|school|hospital|home|practice|"
                     r"clinic|surgery|service|shop|pharmacy|office|site)(?:['’]s)?)", phrase)
    if not m:
        return start, end, new
    return start, end, _same_space(new, "the " + m.group(1))


_VILLAGE = re.compile(r"(?i)\bvillage\b")
_TOWN = re.compile(r"(?i)\b(?:town|city)\b")


def village_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """"Being a carer in a village this size ... Everyone in Little Hadley knows" -> "Everyone in the village
    knows", never "in town": the post says what kind of place the writer's is."""
    if not new.rstrip().endswith("in town") or not _VILLAGE.search(ctx.text) or _TOWN.search(ctx.text):
        return start, end, new
    stripped = new.rstrip()
    if stripped.strip() == "in town" and _VILLAGE.search(ctx.text, max(ctx.cursor, start - 30), start):
        return start, end, new[len(stripped):]  # "in the village hall in Llanfachwen" -> "in the village hall"
    return start, end, stripped[: -len("in town")] + "in the village" + new[len(stripped):]


# After a name, the rest of it in capitals and then a plain noun: "the Nimbus Pay integration", "the Bondi Rd
# store", "the Zephyr X earbuds" (the detector took the first word only).
_CAPITALISED_TAIL = re.compile(r"((?:[ \t]+(?:[A-Z][\w'’&-]*|\d+[A-Za-z]*)){1,2})[ \t]+([a-z][a-z-]{2,})\b(?!['’])")
_TAIL_DETERMINER = re.compile(r"(?i)(?<![\w'’])(the|a|an|our|their|my|your|his|her|its|this|that)[ \t]+$")


def name_tail_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """"shipping the Nimbus Pay integration" -> "shipping the integration", never "an organisation Pay
    integration": after a determiner, a name whose last words were left in capitals before a plain noun is
    that noun's modifier, and goes whole."""
    if family not in ("person", "someone", "place", "organisation") or end != span.end or not new.strip():
        return start, end, new
    if possessive_after(ctx.text, span.end):
        return start, end, new
    lead = ctx.text[start:span.start] if start < span.start else ""
    if lead and not _TAIL_DETERMINER.fullmatch(lead.lstrip() or " ") and not re.fullmatch(r"(?i)(?:the|a|an)\s+", lead):
        return start, end, new
    left = ctx.text[ctx.cursor:start]
    own = re.fullmatch(r"(?i)((?:the|a|an)\s+)", lead) if lead else None
    if not own and not _TAIL_DETERMINER.search(left):
        return start, end, new
    m = _CAPITALISED_TAIL.match(ctx.text, end)
    if not m or m.group(2) in FUNCTION_WORDS or m.group(2) in _PAST or m.group(2) in _AUXILIARY or m.group(2).endswith(("ed", "ly")):
        return start, end, new
    if any(s is not span and s.start < m.end(1) and s.end > end for s in ctx.spans):
        return start, end, new  # the capitals are a name of their own, found apart
    stop = m.start(2)
    return start, stop, own.group(1) if own else ""


# "She's X," opening its sentence, before the clause that says why X matters: the clause says it all.
_IDENTITY_LEFT = re.compile(r"(?:She|He|They)(?:['’](?:s|re)|[ \t]+(?:is|was|are|were))[ \t]+$")
_IDENTITY_CLAUSE_AFTER = re.compile(r"[ \t]*,[ \t]+(?=[a-z])")


def identity_clause_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """"She's the only Yazidi woman in Whitefox Lake, the whole community knows her" -> "The whole community
    knows her", never "She's someone, the whole community knows her": a clause that only says who she is,
    with no word left to say it, goes whole, and the clause after it opens the sentence."""
    if family not in ("person", "someone", "distinctive") or new.strip().lower() not in ("someone", "someone else"):
        return start, end, new
    left = _IDENTITY_LEFT.search(ctx.text, ctx.cursor, min(start, span.start))
    if not left or not is_sentence_start(ctx.text, left.start()):
        return start, end, new
    after = _IDENTITY_CLAUSE_AFTER.match(ctx.text, end)
    if not after:
        return start, end, new
    return left.start(), after.end(), ""


# A particle of direction before "in" a place: "guy out in Boise", "lives up in Inverness".
_PARTICLE_LEFT = re.compile(r"(?i)(?<![\w'’])(out|over|up|down|across|round)[ \t]*$")
# The particle counts only after a person, a copula or a verb of living (or a name the rewrite has just
# replaced), where it is no part of a phrasal verb ("shout out", "grew up", "broke down").
_BEFORE_PARTICLE = re.compile(r"(?i)(?<![\w'’])(?:" + "|".join(sorted(_PERSON_HEADS)) + r"|bloke|family|folks|mate|people|"
                              r"is|was|were|are|am|be|been|['’]s|['’]re|['’]m|lives?|lived|living|based|stationed)[ \t]+$")


def particle_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """"guy named Randall out in Boise" -> "guy elsewhere", never "guy out elsewhere": "elsewhere" says
    the whole of "out in Boise", the particle with it."""
    if family != "place" or new.strip() != "elsewhere" or end != span.end + space_after(ctx.text, span.end) and end != span.end:
        return start, end, new
    left = _PARTICLE_LEFT.search(ctx.text, ctx.cursor, min(start, span.start))
    if not left:
        return start, end, new
    opens = is_sentence_start(ctx.text, left.start(1))
    after_replaced = ctx.cursor > 0 and not ctx.text[ctx.cursor:left.start(1)].strip()
    if not (opens or after_replaced or _BEFORE_PARTICLE.search(ctx.text, ctx.cursor, left.start(1))):
        return start, end, new
    word = "Elsewhere" if opens else "elsewhere"
    return left.start(1), end, word + new[len(new.rstrip()):]


# A name given: "she named him Rowan after me", "christened the baby Noah". Only a christening, or a name given
# after someone, reads whole without the name ("They called her Ivy, so cute" would read as a phone call).
_NAMING_LEFT = re.compile(r"(?i)\b(?:(named|called|calling|naming|name|call)|christened|christen)[ \t]+(?:him|her|them|it|"
                          r"(?:the|their|her|his|our|my)[ \t]+(?:baby|boy|girl|son|daughter|twins|puppy|kitten|dog|cat))[ \t]+$")
_NAMING_ENDS = re.compile(r"[ \t]*(?:[.!?,;:)]|$|\n|[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?:after|too|because|in|and|last|this|on)\b)")
_NAMED_AFTER = re.compile(r"[ \t]+after\b")
_NAMED_BARE = re.compile(r"(?i)\bnamed[ \t]+$")


def naming_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """"she named him Rowan after me" -> "she named him after me", never "named him a patient": the name
    given is the news, and the verb already says a name was given; the general words fit no such slot."""
    if family not in ("person", "someone") or start != span.start or end != span.end or not new.strip():
        return start, end, new
    naming = _NAMING_LEFT.search(ctx.text, ctx.cursor, start)
    if not naming and _NAMED_BARE.search(ctx.text, ctx.cursor, start) and _NAMED_AFTER.match(ctx.text, end):
        # "Baby girl born at dawn, named Aaliyah after her nani" -> "..., named after her nani": the verb with
        # no object says the name was given after someone; the name goes, never "named a patient after"
        gap = re.search(r"[ \t]+$", ctx.text[ctx.cursor:start])
        return (start - len(gap.group(0)) if gap else start), end, ""
    if not naming or not (_NAMED_AFTER.match(ctx.text, end) if naming.group(1) else _NAMING_ENDS.match(ctx.text, end)):
        return start, end, new
    gap = re.search(r"[ \t]+$", ctx.text[ctx.cursor:start])
    return (start - len(gap.group(0)) if gap else start), end, ""


# Words said of someone after their name with the verb left out ("Sarah home safe", "Dave gone", "Mo done"):
# the name is the subject there, not a noun's modifier.
_SAID_OF_SOMEONE = frozenset("home back gone done out off away asleep awake safe here there ok okay fine well sorted "
                             "discharged next again too first last open closed shut ready free busy late early due "
                             "up down on over".split())


# Endings of words that describe rather than name ("nervous", "grateful", "massive"): no noun of a sentence.
_ADJECTIVE_ENDINGS = ("ous", "ful", "ive", "able", "ible", "less", "ish")


def opening_modifier_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """A capitalised word opening a sentence before a plain noun describes that noun: "Mini win 💚" -> "The win
    💚", never "Someone win 💚". The noun is what the sentence is about, with an article (the driver gives
    it the capital). A singular word there is no verb
    of the name's (a name's own verb would end in -s or -ed: "Dave wins", "Dave laughed"). A place's name
    there says where ("Lekki people" -> "Local people"): plain_noun_slot's."""
    if family not in ("person", "someone", "organisation") or start != span.start or end != span.end or possessive_after(ctx.text, end):
        return start, end, new
    phrase = new.strip()
    if not phrase or not (_STOCK_NAME_WORDS.fullmatch(phrase) or _SOMEONE.fullmatch(phrase) or phrase.lower() == ctx.person.indefinite.lower()):
        return start, end, new
    if len(span.text.split()) > 2 or not (is_sentence_start(ctx.text, start) or opens_after_emoji(ctx.text, start)):
        return start, end, new
    m = _noun_described(ctx.text, end, verb_possible=False)
    if not m:
        return start, end, new
    noun = m.group(1).lower()
    if noun in _PAST or noun in _AUXILIARY or noun.endswith(("ed", "ly") + _ADJECTIVE_ENDINGS) or _plural(noun) or noun in _SAID_OF_SOMEONE \
            or noun in vocab.words("other_language_words") or noun in vocab.words("other_language_words_swahili") \
            or noun in vocab.words("other_language_words_transliterated"):
        return start, end, new
    if not _AFTER_WORD.match(ctx.text, m.end(1)) and (m.group(2) or "").lower() not in _NOUN_FOLLOWERS:
        return start, end, new  # "Mini win 💚", "Staff party tonight": the noun ends its clause or a time follows
    if any(s is not span and s.start >= end and s.start < m.end(1) for s in ctx.spans):
        return start, end, new  # the next word is a name of its own
    if sum(_language_of(w) == "other" for w in _WORD_IN.findall(ctx.text) if not any(
            w in sp.text for sp in ctx.spans)) >= 3:
        return start, end, new  # a post that mixes in another language ("of course people talk. Dah."): no telling
    # "The win 💚": the noun keeps an article, so the sentence does not open on a bare capitalised word (which
    # a second reading could take for a name); "the" fits a noun of any kind ("The madness.", "The folk.")
    return start, end + space_after(ctx.text, end), "the "


_OTHER_LANGUAGE = (vocab.words("other_language_words") | vocab.words("other_language_words_swahili")
                   | vocab.words("other_language_function_words") | vocab.words("other_language_function_words_spacy")
                   | vocab.words("other_language_words_more") | vocab.words("other_language_function_words_hinglish")
                   | vocab.words("other_language_words_transliterated"))
# What bounds a clause inside a sentence: punctuation, a quotation mark, an emoji, a line's end.
_CLAUSE_MARK = "\n.!?;:,\"“”‘’'()"
_QUOTES = {"'": "'", "‘": "’", "\"": "\"", "“": "”"}
_WORD_IN = re.compile(r"(?<![#@\w'’-])[^\W\d_][\w'’-]*")  # not a hashtag's or a mention's
# Where a clause that ends in a quotation begins: after a comma or a semicolon, or at "and"/"but"/"so".
_CLAUSE_OPENS = re.compile(r"(?i)(?:[,;:][ \t]*|[ \t]+(?:and|but|so)[ \t]+)(?=[^,;:]*$)")


def _language_of(word: str) -> str:
    w = word.lower().strip("'’-")
    if w in FUNCTION_WORDS:
        return "english"
    if "-" in w and all(part in FUNCTION_WORDS or len(part) > 2 and is_ordinary_word(part) for part in w.split("-")):
        return "english"  # "client-side", "well-known": English words joined, though the dictionary lacks the compound
    if w in _OTHER_LANGUAGE or not is_ordinary_word(w):
        return "other"
    return "english"


def _emoji(ch: str) -> bool:
    return bool(re.match(r"[\U0001F1E6-\U0001F1FF\U0001F300-\U0001FAFF\u2600-\u27BF\U000E0020-\U000E007F]", ch))  # flags too


def other_language_clause_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """A name found inside a clause of another language ("the only German I learned was 'Noch einen Kaffee,
    bitte'", "Miss ko na ang sinigang ni Nanay at ang ingay sa Quiapo.") reads as nonsense once general
    English words stand in it ("'someone einen someone, bitte'"): the clause goes whole (a quotation with
    the clause that quotes it), so whatever it named goes too. Only where words of another language
    outnumber English ones around the name."""
    if family not in _MODIFIER_FAMILIES or start > span.start or not new.strip():
        return start, end, new
    text = ctx.text
    left = start
    while left > ctx.cursor and text[left - 1] not in _CLAUSE_MARK and not _emoji(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and text[right] not in _CLAUSE_MARK and not _emoji(text[right]):
        right += 1
    while left < start and text[left] in " \t":
        left += 1
    while right > end and text[right - 1] in " \t":
        right -= 1
    if left == ctx.cursor and ctx.cursor > 0 and text[left - 1] not in _CLAUSE_MARK and not _emoji(text[left - 1]):
        return start, end, new  # the clause began before a replacement already made in it: it cannot go whole now
    opening = text[left - 1] if left > ctx.cursor else ""
    closing = _QUOTES.get(opening)
    if closing:  # the quotation may hold commas of its own: it is read whole
        close = text.find(closing, end)
        if close < 0 or close - left > 120 or "\n" in text[left:close]:
            return start, end, new
        right = close
    others = [s for s in ctx.spans if left <= s.start and s.end <= right]
    outside = text[left:right]
    for s in sorted(others, key=lambda s: s.start, reverse=True):
        outside = outside[: s.start - left] + " " + outside[s.end - left:]
    words = _WORD_IN.findall(outside)
    languages = [_language_of(w) for w in words]
    foreign = languages.count("other")
    if len(words) < 2 or foreign < 2 or foreign <= languages.count("english"):
        return start, end, new
    rest = _WORD_IN.findall(text[:left] + " " + text[right:])
    if not rest or sum(_language_of(w) == "other" for w in rest) * 4 >= len(rest):
        # a post written in another language throughout, or one that is this clause alone: dropping the clause
        # would gut it or leave nothing to post ("Nimemtembelea bibi tena in Kiambaa leo." -> "")
        return start, end, new
    if all(all(w.lower() in _names_people_bear() for w in _WORD_IN.findall(s.text)) for s in others or (span,)):
        return start, end, new  # "Darnell tayo mga bes": a name people bear is someone, whatever the words after it
    if closing:
        # the quotation and the clause that quotes it: "and the only German I learned was '...'"
        quoting = _CLAUSE_OPENS.search(text, ctx.cursor, left - 1)
        begin = quoting.start() if quoting else left - 1
        if not quoting:
            while begin > ctx.cursor and text[begin - 1] not in ".!?\n":
                begin -= 1
        stop = right + 1
        if not quoting and is_sentence_start(text, begin):
            stop += len(re.match(r"[.!?]*[ \t]*", text[stop:]).group(0))
        return begin, stop, ""
    if is_sentence_start(text, left) or opens_after_emoji(text, left):
        stop = right + re.match(r"[.!?,;:]*[ \t]*", text[right:]).end()
        if text[right:right + 1] in ",;:":
            # "Miss ko na ang Pinas pero sige lang, laban!": a short or foreign rest of the sentence goes too (alone,
            # capitalised, a second reading takes "Laban!" for a name)
            rest_of = re.match(r"[^.!?\n]*[.!?]*[ \t]*", text[stop:])
            said = _WORD_IN.findall(rest_of.group(0))
            if len(said) <= 3 or sum(_language_of(w) == "other" for w in said) * 2 > len(said):
                stop += rest_of.end()
        return left, stop, ""
    comma = re.search(r"[ \t]*[,;:][ \t]*$", text[ctx.cursor:left])
    if comma and text[left - 1] in ",;:":
        return left - len(comma.group(0)), right, ""
    return start, end, new


# A plural noun after a name, alone or as the head of a compound: "[Raspberry Pi] weather stations", "[Ozempic]
# and [Mounjaro] questions".
_PLURAL_AFTER = re.compile(r"[ \t]+(?:([a-z][a-z-]{2,})[ \t]+)?([a-z][a-z-]{2,}s)\b(?!['’])")
# Verbs that take a person and then a thing ("bought Mum flowers", "told Dave stories"): the name is the person.
_GIVING = frozenset("gave give gives giving bought buy buys buying sent send sends sending told tell tells telling "
                    "showed show shows showing offered offer brought bring brings made make makes got get gets "
                    "wish wished owe owed owes paid pay pays lent lend handed hand taught teach asked ask cooked cook "
                    "baked bake read poured pour ordered order saved save left leave cost costs promised promise "
                    "sold sell sells fed feed feeds called call calls".split())
# Plurals that say how much or how long, not what: "thinking about Sarah lots", "with Dave ages ago".
_AMOUNTS = frozenset("lots loads tons heaps bits ages times days weeks months years hours minutes nights mornings "
                     "evenings weekends always sometimes thanks cheers".split())
_LEFT_WORD = re.compile(r"([A-Za-z][\w'’-]*)[ \t]+$")
_PREPOSITIONS_BEFORE = frozenset("about on with for of from into in at by to over under around".split())


def plural_modifier_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """A name after a verb or a preposition and before a plural noun describes the noun: "built Raspberry Pi
    weather stations" -> "built weather stations", "fielding Ozempic and Mounjaro questions" -> "fielding
    questions"; never "built a student weather stations" or "two customers questions". Not after a verb
    that takes a person first ("bought Mum flowers")."""
    if family not in ("person", "someone", "organisation") or end < span.end or start > span.start:
        return start, end, new
    phrase = new.strip()
    if not phrase or possessive_after(ctx.text, span.end) or not (
            _STOCK_NAME_WORDS.fullmatch(phrase) or _SOMEONE.fullmatch(phrase) or re.fullmatch(r"(?i)(?:two|both)\s+[a-z]+s", phrase)
            or re.fullmatch(r"(?i)(?:a|an|another)\s+[a-z-]+", phrase)):  # "a student", "a client": the role's person
        return start, end, new
    m = _PLURAL_AFTER.match(ctx.text, end)
    if not m or not _plural(m.group(2)) or m.group(2).endswith("as") or m.group(2) in _PAST or m.group(2) in _AMOUNTS \
            or not is_ordinary_word(m.group(2)):  # "alias", "canvas": no plural
        return start, end, new
    if m.group(1) and (not _plain_word(m.group(1)) or _plural(m.group(1))):
        return start, end, new
    if any(s is not span and s.start >= end and s.start < m.end() for s in ctx.spans):
        return start, end, new
    after = re.match(r"[ \t]*([A-Za-z]+)?", ctx.text[m.end():])
    if not m.group(1) and after.group(1) and after.group(1).lower() in _OBJECT_WORDS:
        return start, end, new  # "Dave questions them": a verb with its object
    left = _LEFT_WORD.search(ctx.text, ctx.cursor, start)
    if not left:
        return start, end, new
    word = left.group(1).lower()
    if word in _GIVING or word in FUNCTION_WORDS - _PREPOSITIONS_BEFORE:
        return start, end, new
    if not (m.group(1) or word not in _PREPOSITIONS_BEFORE and (word in _PAST or word.endswith(("ing", "ed")))):
        # "I think Dave cares", "building for Acme goes live": a word in -s after a name may be its verb;
        # only after a verb that takes the name as its object, or as a compound's head ("weather stations"),
        # is it surely a noun
        return start, end, new
    return start, end + space_after(ctx.text, end), ""


_ORDINAL_OPENING = re.compile(r"(?i)(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                              r"last|final|next)[ \t]+(?=\S)")


def ordinal_modifier_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """A name taken with the ordinal before it, before a plain noun ("3rd IOL attempt", "2nd Acme
    contract") describes the noun, and the count stays: "3rd attempt", never "an organisation attempt"."""
    if family not in ("person", "someone", "organisation") or end != span.end or start != span.start or not new.strip():
        return start, end, new
    ordinal = _ORDINAL_OPENING.match(span.text)
    if not ordinal or possessive_after(ctx.text, end) or len(span.text.split()) > 4:
        return start, end, new
    m = re.match(r"[ \t]+([a-z][a-z-]{2,})\b(?!['’])", ctx.text[end:])
    if not m or not _plain_word(m.group(1)) or m.group(1) in _NOUN_FOLLOWERS:
        return start, end, new
    return start, end + space_after(ctx.text, end), span.text[:ordinal.end()]


# What the date's handler says for a time that has no article of its own: "soon", "recently", "this week".
_ADVERB_TIMES = frozenset({"soon", "recently", "this week", "later this week", "earlier this year", "a while ago",
                           "for days", "for months", "for years", "lately", "earlier", "then"})
_THE_LEFT = re.compile(r"(?i)(?<![\w'’])the[ \t]+$")
# "It is the 1st of November." / "Today's the 3rd." opening a sentence: the whole sentence says only the date.
_IT_IS_LEFT = re.compile(r"(?i)(?:it|today|tomorrow)(?:[ \t]+(?:is|was)|['’]s)[ \t]+(?:(?:only|already|still|now|literally)[ \t]+)?the[ \t]+$")
_SENTENCE_END_AFTER = re.compile(r"[ \t]*[.!?]+(?:[ \t]+|$)")


def dated_article_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """"It is the 1st of November." -> the sentence goes, never "It is the soon."; "the 3rd of May" said
    where a time word takes its place loses its "the" ("by the recently" reads as nonsense)."""
    if family != "time" or start != span.start or new.strip().lower() not in _ADVERB_TIMES:
        return start, end, new
    said = _IT_IS_LEFT.search(ctx.text, ctx.cursor, start)
    if said and is_sentence_start(ctx.text, said.start()):
        stop = _SENTENCE_END_AFTER.match(ctx.text, end)
        if stop:
            return said.start(), stop.end(), ""
        return start, end, new
    the = _THE_LEFT.search(ctx.text, ctx.cursor, start)
    if the:
        return the.start(), end, new
    return start, end, new


# "out Drumsallagh way", "over Kilbrannock way": a word of going, a place's name, then "way".
_GOING_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:out|over|down|up|round|around|across|along|back)[ \t]+$")
_WAY_AFTER = re.compile(r"[ \t]+way\b(?![ \t]+(?:to|of|through|too|more|better|less)\b)")


def way_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """"a couple out Drumsallagh way" -> "a couple nearby", never "out someone way": after a word of going, a name
    before "way" is a place whatever kind it was read as, and the whole phrase says where as "nearby" ("from up
    Alston way" -> "from nearby"). (Judges of fresh45 read "lives out that way", "from up that way" as dangling:
    no "that" had been said.)"""
    if family not in _MODIFIER_FAMILIES or start != span.start or end != span.end:
        return start, end, new
    going = _GOING_BEFORE.search(ctx.text, ctx.cursor, start)
    way = _WAY_AFTER.match(ctx.text, end)
    if not going or not way:
        return start, end, new
    word = "nearby" if not _shouted_word(span.text) else "NEARBY"
    return going.start(), way.end(), word


def _shouted_word(text: str) -> bool:
    return len(text) > 3 and text.isupper()


def fitted(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """``new`` (replacing ``start``..``end`` for ``span`` of ``family``) fitted to its slot."""
    start, end, new = way_slot(ctx, span, family, start, end, new)
    if new in ("nearby", "NEARBY") and end > span.end:
        return start, end, new
    for fit in (role_headed_slot, listed_modifier_slot, name_tail_slot, ordinal_modifier_slot, joined_names_slot, hyphened_slot, possessed_slot, that_slot, child_slot, venue_slot, everyone_slot, tail_slot, event_slot, couple_slot, this_is_slot, alone_slot, exclaimed_slot, performed_slot, modifier_slot,
                determined_slot, doubled_article_slot, headed_slot, unit_name_slot, bare_modifier_slot, plain_noun_slot, opening_modifier_slot, plural_modifier_slot, stranded_slot, stranded_article, bare_determiner_slot,
                village_slot, part_of_slot, rank_slot, area_word_slot, labelled_colon_slot, identity_clause_slot, particle_slot, naming_slot, dated_article_slot, other_language_clause_slot,
                stock_modifier_slot, role_opening_slot, described_one_slot):
        start, end, new = fit(ctx, span, family, start, end, new)
    return start, end, new


# What may follow the noun a phrase's last name described: the clause's end, a number ("grade 2."), or a
# word that carries the clause on ("road that's", "series this week").
_AFTER_DESCRIBED = re.compile(r"(?:[ \t]+\d{1,3})?(?:[ \t]*(?:[,.!?;:)]|\n|$)|[ \t]+(?:that|which|who|where|and|but|this|last|next|"
                              r"today|tonight|yesterday|on|in|at|near|outside|off)\b)")
_NAME_ENDS = re.compile(r"(?:[A-Z][\w’'-]*|[a-z]+-[a-z]+)$")


def described_noun_end(text: str, end: int) -> int:
    """Where the noun described by a phrase ending in a name at ``end`` ends: "the crash on the Marrowby| road
    that's" -> after "road"; "the Elmstead Park burglary| series this week" -> after "series". A phrase
    replaced whole must take that noun too, or it is left hanging ("a serious accident road"). ``end`` when
    the phrase does not end in a name or no plain noun follows it."""
    if not _NAME_ENDS.search(text[:end]):
        return end
    m = re.match(r"[ \t]+([a-z][a-z-]{2,})\b(?!['’])", text[end:])
    if not m or not _plain_word(m.group(1)) or m.group(1) in _NOUN_FOLLOWERS or m.group(1) in _SAID_OF_SOMEONE:
        return end
    after = _AFTER_DESCRIBED.match(text, end + m.end())
    if not after:
        return end
    number = re.match(r"[ \t]+\d{1,3}\b", text[end + m.end():])
    return end + m.end() + (number.end() if number else 0)


_LIST_JOINER = re.compile(r"(?i)[ \t]*(?:,[ \t]*)?(?:and|&|or|\+|/)[ \t]*$|[ \t]*,[ \t]*$")
_NOUN_AFTER_LIST = re.compile(r"[ \t]+([a-z][a-z-]{2,})\b(?!['’-])")


def listed_modifier_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """Names listed before a plural noun describe it, and go together: "answering Ozempic and Mounjaro
    questions" -> "answering questions", "the Leeds and Sheffield sites of our firm" -> "the sites of our
    firm", never "a couple of friends questions" or "someone and someone else sites". A list of people
    before a verb ("Kofi and Ama went") is not touched: the word after must be a plain plural noun, or a
    singular one after a determiner ending its phrase ("the Leeds and York office,")."""
    if family not in _MODIFIER_FAMILIES or start > span.start:
        return start, end, new
    text = ctx.text
    later = [s for s in ctx.spans if s.start >= span.end and s is not span]
    members = [span]
    for s in sorted(later, key=lambda s: s.start):
        if _LIST_JOINER.fullmatch(text[members[-1].end:s.start]) and _LIST_JOINER.search(text[members[-1].end:s.start]):
            members.append(s)
        else:
            break
    first = start
    if len(members) < 2:
        # the list's first name went in an earlier reading: "fielding a customer and Mounjaro questions" ->
        # "fielding questions", never "a customer and questions"
        said = _PLACEHOLDER_JOINED.search(text, ctx.cursor, start)
        if not said or start != span.start:
            return start, end, new
        first = said.start()
    elif not re.search(r"(?i)(?:and|&|or|\+|/)", text[members[-2].end:members[-1].start]):
        return start, end, new
    last = members[-1].end
    if end >= last and re.fullmatch(r"(?i)(?:the[ \t]+)?(?:two|three|four|several|both)", new.strip()) or end > last \
            or possessive_after(text, last):
        # the handler took the list whole already ("our Acme and Brightline accounts" -> "our two accounts")
        return start, end, new
    m = _NOUN_AFTER_LIST.match(text, last)
    if not m or not _plain_word(m.group(1)) or m.group(1) in _NOUN_FOLLOWERS or m.group(1) in _SAID_OF_SOMEONE:
        return start, end, new
    own = text[start:span.start]  # "the" of "the Leeds", when the handler took it along
    determined = own.strip() or _DETERMINER_BEFORE.search(text, ctx.cursor, first)
    if not _plural(m.group(1)) and not (determined and _noun_described(text, last, verb_possible=False)):
        return start, end, new
    if first < start and (m.group(1) in _QUANTITY_PLURALS or not _AFTER_PLURAL_NOUN.match(text, m.end(1))):
        return start, end, new
    return first, last + space_after(text, last), own


# General words an earlier reading left for a name, then "and" right before the next name: "a customer and ".
_PLACEHOLDER_JOINED = re.compile(r"(?i)(?<![\w'’])(?:someone(?:[ \t]+else)?|an[ \t]+organisation|an?[ \t]+company|"
                                 r"(?:an?|another)[ \t]+(?:client|customer|patient|student|colleague|resident|pupil))"
                                 r"[ \t]*(?:and|&)[ \t]+$")


# Plural words that say how much or how long, not what a name described: "with Sarah lots of times", "saw
# Sarah ages ago".
_QUANTITY_PLURALS = frozenset("lots loads heaps tons bits ages years days weeks months hours minutes mins times nights "
                              "thanks cheers".split())
# Endings of nouns for a quality, an activity or a field, which take no article and are no place: "talking
# about AI governance", "a report on retail productivity", "German engineering + Elon chaos".
_ABSTRACT_ENDINGS = ("ance", "ence", "ity", "ment", "ness", "tion", "sion", "ism", "ship", "ics", "ogy", "chaos")
# What may follow a plural noun a name described, and never a verb in "-s" the name is the subject of ("Aberfinn
# turns up", "Brightwell goes public", "ward 7 needs to"): the clause's end, a subject, a joiner or a time.
_AFTER_PLURAL_NOUN = re.compile(r"(?i)[ \t]*(?:[,.!?;:)]|\n|$)|[ \t]+(?:of|for|and|or|but|that|which|who|where|from|in|at|with|"
                                r"daily|every|each|this|last|next|today|tonight|yesterday|again|all|"
                                r"were|are|have|had|will|would|can|could|should|must)\b")
_MODIFIER_PREPOSITION_LEFT = re.compile(r"(?i)(?<![\w'’])(?:about|on|of|for|with|over|into|re|regarding|around|and|or|\+|&)[ \t]+$")


def _abstract(word: str) -> bool:
    return word.lower().endswith(_ABSTRACT_ENDINGS) and len(word) > 5


def bare_modifier_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """A name between a preposition (or "and") and a plural or abstract noun describes that noun, and goes: the
    noun stands bare, as such nouns can ("talking about Quantix governance" -> "talking about governance",
    "glasses and Spiderman wellies" -> "glasses and wellies"), never "about someone governance" or "on the
    local productivity". A singular concrete noun is left to the other slots ("at Cedar care home")."""
    if family not in _MODIFIER_FAMILIES or start != span.start or end != span.end or possessive_after(ctx.text, end):
        return start, end, new
    if len(span.text.split()) > 3 or not _MODIFIER_PREPOSITION_LEFT.search(ctx.text, ctx.cursor, start) or _OWN_ARTICLE.match(span.text):
        return start, end, new
    m = _NOUN_AFTER_LIST.match(ctx.text, end)
    if not m or not _plain_word(m.group(1)) or m.group(1) in _NOUN_FOLLOWERS or m.group(1) in _SAID_OF_SOMEONE:
        return start, end, new
    noun = m.group(1)
    if noun in _QUANTITY_PLURALS or not (_plural(noun) or _abstract(noun)):
        return start, end, new
    if family == "place" and not _abstract(noun) and _PLACE_PREPOSITION_LEFT.search(ctx.text, ctx.cursor, start):
        return start, end, new  # "on Corrigan Lane burglaries" -> "on the local burglaries": plain_noun_slot's
    following = re.match(r"[ \t]+([a-z]+)\b", ctx.text[m.end(1):])
    told = following is not None and (following.group(1) in _PAST or following.group(1).endswith("ed"))  # "wellies said"
    # after "and" a word in -s is no verb of the name ("Sam and Jo knows" is not English), so a subject may
    # follow it ("glasses and Spiderman wellies I see"); after "on" it may be ("on ward 7 thinks she")
    subject_after = re.match(r"(?i)[ \t]+(?:i|we|you|he|she|they)\b(?!['’])", ctx.text[m.end(1):]) is not None \
        and re.search(r"(?i)(?:\band|&|\+)[ \t]+$", ctx.text[ctx.cursor:start]) is not None
    if not _abstract(noun) and not told and not subject_after and not _AFTER_PLURAL_NOUN.match(ctx.text, m.end(1)):
        return start, end, new  # "the whole of Aberfinn turns up", "with Brightwell goes public": the name's verb
    if any(s is not span and s.start >= end and s.start < m.end(1) for s in ctx.spans):
        return start, end, new
    return start, end + space_after(ctx.text, end), ""


_ROLE_THEN_NAMES = re.compile(r"(?P<noun>[A-Za-z][a-z]{2,})[ \t]+(?P<names>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*"
                              r"[ \t]+(?:&|and)[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*)")


def role_headed_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """A span that opens with the people's noun before their names says who they are: "Owners Jen & Dave
    Whitlock were in bits" -> "The owners were in bits", "parents Sam and Lee Okoro" -> "the parents", never
    "An organisation were in bits"."""
    if family not in ("organisation", "person", "someone") or start > span.start or end != span.end or possessive_after(ctx.text, end):
        return start, end, new
    m = _ROLE_THEN_NAMES.fullmatch(ctx.text[start:end].strip())  # the handler may have taken the noun along
    if not m:
        return start, end, new
    noun = m.group("noun").lower()
    singular = noun[:-1] if noun.endswith("s") else noun
    if not any(w in words for w in (noun, singular) for words in (_PERSON_NOUNS, _OCCUPATIONS, _COMPOUND_PERSON_HEADS)):
        return start, end, new
    determined = re.search(r"(?i)(?<![\w'’])(?:the|our|my|their|his|her|your)[ \t]+$", ctx.text, 0) and \
        re.search(r"(?i)(?<![\w'’])(?:the|our|my|their|his|her|your)[ \t]+$", ctx.text[ctx.cursor:start])
    return start, end, _same_space(new, noun if determined else "the " + noun)


# The general words a handler gives a name that can never describe a noun after them: "someone weather",
# "elsewhere birthing unit", "an organisation puja", "a family member accounts".
_STOCK_NOUN_PHRASE = re.compile(r"(?i)(?:(?:at|in|on|off|from|near|by|to|into|for)\s+)?(?:elsewhere|the\s+area|area|"
                                r"someone(?:\s+else)?|an\s+organisation|(?:an?|another)\s+(?:family\s+member|patient|client|"
                                r"customer|student|resident|colleague|pupil|person)|a\s+couple\s+of\s+friends)")
# A true preposition or a determiner right before the name: a verb cannot follow the noun phrase it opens ("from
# Pune accounts is", "at Okoro birthing unit"), so a word in "-s" after the name is a plural noun there.
_OPENS_NOUN_PHRASE = re.compile(r"(?i)(?<![\w'’])(?:at|in|on|from|for|to|with|of|near|by|about|into|onto|off|up|over|under|during|"
                                r"via|per|against|without|through|across|around|behind|between|the|a|an|our|my|their|his|her|your|"
                                r"this|that)[ \t]+$")
# Verbs that take a person and then a bare verb ("let Sam know", "made Jo cry"), and a question's auxiliary
# before its subject ("will Sam come"): the word after the name there is a verb, not a noun the name describes.
_BARE_VERB_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:let|lets|make|makes|made|help|helps|helped|watch|watched|see|saw|seen|hear|heard|"
                               r"have|had|get|got|bid|will|would|can|could|should|shall|may|might|must|did|does|do)[ \t]+$")
_NOUN_NEXT = re.compile(r"[ \t]+([a-z][a-z-]{2,}|[A-Z]{2,5})\b(?!['’-])(?:[ \t]*([^\s\w]|[A-Za-z][\w'’-]*))?")
_CLAUSE_GOES_ON = frozenset("in on at for with from near of about over after before during today tonight tomorrow "
                            "yesterday this last next again".split())
# Prepositions that follow a verb as often as a noun: a sentence that opens "X pray for", "X talk about" has its
# verb there ("Y'all pray for my buddy"), so the word is read as no noun the name described.
_AFTER_A_VERB_TOO = frozenset("for with about over after before during".split())
# Adverb particles after a name: "for Mrs Henare out at", "Sam back home".
_PARTICLES_AFTER = frozenset("out up down off back away home over round around".split())
# After a preposition, the words that may follow the noun the name described, and hardly a verb ("from X come
# in", "for X goes live", "at X gets to"): a preposition that opens no verb's phrase, or the clause's end.
_AFTER_NOUN_IN_PHRASE = frozenset("with for at from near of during".split())


def stock_modifier_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """The general words left for a name that stood before a noun as its modifier, when no other slot took
    it ("Sinigang weather in London", "for Lakshmi puja with family", "from the Maple County DCFS office",
    "at Oturu birthing unit"): whatever the detector took the name for, "someone weather", "an organisation
    puja" and "elsewhere DCFS office" are no English. The name goes and the noun stands, with "the" where a
    singular noun has no determiner: "The weather in London", "for the puja", "from the DCFS office", "at the
    birthing unit". A verb after a name is left alone ("let Sam know", "Sam laughs", "Sam went")."""
    phrase = new.strip()
    taken = ctx.text[start:span.start]
    if end != span.end or possessive_after(ctx.text, end) or family in ("age", "time", "money", "figure"):
        return start, end, new
    if not (_STOCK_NOUN_PHRASE.fullmatch(phrase) if phrase else re.fullmatch(r"(?i)\s*(?:at|in|on|from|near|by|to|into|for)\s+", taken)):
        return start, end, new  # (gone with its preposition: "at Korrimbi birthing unit" would leave "a baby birthing unit")
    m = _NOUN_NEXT.match(ctx.text, end)
    if not phrase and not (m and (m.group(2) or "").lower() in _HEADS | _UNITS):
        return start, end, new  # gone whole, the preposition too: only a compound place noun after is left hanging
    if not m or any(s is not span and s.start < m.end(1) and s.end > end for s in ctx.spans):
        return start, end, new
    if any(s.start >= end and name_tokens(s.text) & name_tokens(span.text) for s in ctx.spans):
        return start, end, new  # named again later, where the words for them need this first mention
    word, after = m.group(1), m.group(2) or ""
    left = ctx.text[ctx.cursor:min(start, span.start)]
    article = _OWN_ARTICLE.match(span.text)
    keep = (taken + (span.text[:article.end()] if article else "")).strip()
    described = _DETERMINED_LEFT.search(left)  # "a signed Brennock poster"
    described = bool(described and described.group(1).strip() and not any(w.lower() in FUNCTION_WORDS for w in described.group(1).split()))
    opener = bool(keep) or bool(_OPENS_NOUN_PHRASE.search(left)) or described
    if _BARE_VERB_BEFORE.search(left) or word.lower() in _COMPOUND_PERSON_HEADS or word.lower() in _QUANTITY_PLURALS \
            or word.lower() in _PARTICLES_AFTER or any(s is not span and s.start >= m.end(1) and s.start <= m.end(1) + 2 for s in ctx.spans):
        return start, end, new  # "for Mrs Henare out at", "for Dylan Price DOB 03/04/2012": no noun the name described
    if re.search(r"[A-Z][\w'’-]*[ \t]+of[ \t]+$", left):
        return start, end, new  # "Duke of Edinburgh bronze": the name ends a title, which is another matter
    acronym = word.isupper()
    if acronym:
        if not opener or word in ("I", "OK") or len(word) < 2:
            return start, end, new  # "Sam OK?" ; an acronym after a bare name may be its own thing
        plural_like = True  # "in IT", "the DCFS office": no article of ours before an acronym
    else:
        compound_ing = opener and after.lower() in _HEADS | _UNITS  # "at Oturu birthing unit"
        if not _plain_word(word, ing_verbs=not compound_ing):
            return start, end, new
        if span.text.islower() and word.islower() and not is_common_word(word.lower()):
            return start, end, new  # "gregory walsh in bed 4": in the writer's lower case a rare word after a name is more of it
        plural_like = _plural(word) or word.lower() in _NOUNS_IN_S
        ends = not after or not after[:1].isalnum()
        aux = after.lower() in _AUXILIARY
        if plural_like and not (opener and aux) and not compound_ing:
            return start, end, new  # "Sam laughs.", "the guy from X comes in": a verb in "-s"; "from X accounts is" a noun
        goes_on = after.lower() in _CLAUSE_GOES_ON or aux or after.lower() in _PAST
        determiner_opens = bool(keep and article) or described or bool(re.search(r"(?i)(?<![\w'’])(?:the|a|an|our|my|their|his|her|your|this|that)[ \t]+$", left))
        if opener and not determiner_opens and not compound_ing and not (
                ends and after[:1] in ("!", "?", ".", ",", ":", ")") or after.lower() in _AFTER_NOUN_IN_PHRASE or aux):
            return start, end, new  # after a preposition alone the word may be the verb of a subject before it ("a customer from X come in")
        if not (ends or goes_on or after.islower() and _plain_word(after) and not _plural(after)):
            return start, end, new
        if not opener and not is_sentence_start(ctx.text, min(start, span.start)):
            return start, end, new  # "Cheers Dave mate", "told Sam thanks": no noun phrase opens here
        if not opener and not (goes_on and not aux and after.lower() not in _AFTER_A_VERB_TOO) and not (ends and after[:1] == ":"):
            return start, end, new  # "UPI hit another record", "Kia ora,": a subject's verb, or words of a greeting
    determined = keep.lower().split()[-1:] in (["the"], ["a"], ["an"]) or _DETERMINED_LEFT.search(left) and not keep
    prep = re.match(r"(?i)(at|in|on|off|from|near|by|to|into|for)\b", keep)
    words = [prep.group(1)] if prep else []
    own = re.search(r"(?i)(?:^|\s)(a|an|the)$", keep)  # the article the handler took along: "by an Aussie firm" -> "by a firm"
    if own:
        words.append("the" if own.group(1).lower() == "the" else article_for(word))
    elif not determined and not plural_like:
        words.append("the")
    out = " ".join(words)
    if out and is_sentence_start(ctx.text, start) and ctx.text[start:start + 1].isupper():
        out = out[:1].upper() + out[1:]
    space = " " if new[:1] == " " or taken[:1].isspace() else ""
    if not out:
        return start, end + space_after(ctx.text, end), ""
    return start, end, space + out


_OWN_PEOPLE = vocab.words("own_people")
# A word for one of the writer's own people opening a sentence with no determiner, then (a title and) the name:
# "Client Hope Achieng filed", "Patient Tadhg Byrne, DOB ..., wants", "Client Mdm Lim (78) signed".
_ROLE_OPENING = re.compile(r"(?:^|(?<=[.!?\n]\s)|(?<=[.!?]\s\s)|(?<=\n))[ \t]*([A-Z][a-z]+)[ \t]+(?:(?:Mr|Mrs|Ms|Mdm|Miss|Mx|Dr)\.?[ \t]+)?$")


def role_opening_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """A name after the bare word for one of the writer's people opening a sentence, as a form writes it:
    the name goes and the word takes "my", as a post says it ("Client Hope Achieng filed" -> "My client filed",
    never "Client filed" or "Client the lady filed"). Any other word before a name is left to the other slots
    ("Nurse Joy said", "Coach Dee")."""
    if family not in ("person", "someone") or end < span.end or possessive_after(ctx.text, end):
        return start, end, new
    phrase = new.strip()
    head = re.fullmatch(r"([A-Z][a-z]+)", phrase)
    if head and head.group(1).lower() in _OWN_PEOPLE and ctx.text[start:span.start].strip() == phrase:
        role_start = start + ctx.text[start:span.start].index(phrase)  # the handler took the word along
        noun = head.group(1).lower()
    else:
        m = _ROLE_OPENING.search(ctx.text, ctx.cursor, min(start, span.start))
        if not m or m.group(1).lower() not in _OWN_PEOPLE or phrase and not re.fullmatch(r"(?i)the\s+[a-z]+", phrase):
            return start, end, new
        role_start, noun = m.start(1), m.group(1).lower()
    if not is_sentence_start(ctx.text, role_start) and role_start != 0:
        return start, end, new
    if not re.match(r"[ \t]+[a-z]|[ \t]*[,(]", ctx.text[end:]):
        return start, end, new  # "Client: Hope" is a form's label; "Patient Byrne." alone is another slot's
    return role_start, end, "My " + noun


# Words of order and size that describe a thing before its noun: "the last Rolo", "my first Tunnock's".
_ONE_AFTER = _ORDER_WORDS | frozenset("final other new".split())


def described_one_slot(ctx: Context, span: Span, family: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """A name gone whole after a determiner and a describing word, at the end of its clause, leaves the
    determiner before no noun ("crept up on me like the last Rolo." -> "like the last."): "one" takes the
    name's place ("like the last one."), as a writer says it of a thing or a person met before."""
    if new.strip() or end < span.end or family not in _MODIFIER_FAMILIES + ("household",):
        return start, end, new
    m = _DETERMINED_LEFT.search(ctx.text, ctx.cursor, start)
    if not m or not m.group(1).strip() or any(w.lower() in FUNCTION_WORDS or w.lower() in _PAST for w in m.group(1).split()):
        return start, end, new
    last = m.group(1).split()[-1].lower()
    if not (_adjective(last) or last in _ONE_AFTER):
        return start, end, new  # "Welcome to the world Isla 💕": a noun before the name, which reads whole without it
    if not _AFTER_WORD.match(ctx.text, end):
        return start, end, new
    return start, end, " one" if ctx.text[start - 1:start].isalnum() else "one"


# A determiner and the words that describe what follows it, at the end of the rewrite made so far ("Our
# longest-serving ", "my older ", "Our group's new "). The words may be the writer's or an earlier
# replacement's ("my 94-yr-old client" -> "my older"). A noun's possessive is a determiner only with a
# describing word after it ("the group's new"): "Mum's a nurse" is "Mum is".
_DETERMINER_SAID = re.compile(r"(?i)(?<![\w'’])(?:(my|our|your|his|her|their|its|this|that|these|those|the|" + _DIALECT_ARTICLE_OR_OUR + r")|"
                              r"(?!(?:it|that|he|she|there|here|what|who|where|let|this|how|when|why|one|everyone|"
                              r"everything|nobody|someone|something)['’]s)([\w-]+['’]s))"
                              r"((?:[ \t]+[a-z][\w-]*){0,2})[ \t]+$")
# (a person's phrase may bring the writer's own "my": "our Tyler's painting" -> "our resident's painting", never
# "our my resident's")
_ARTICLE_SAID = re.compile(r"(?i)(?:a|an|the|another|my|our)[ \t]+(?=[a-z])")
_SUPERLATIVE = frozenset("best worst most least".split())
_DESCRIBING_END = re.compile(r"(?:[^e]y|ish|al|ive|ic|able|ible|less|est|ful|ous)$")
# Comparatives the age bands give ("my 94-yr-old client" -> "my older"); other words in "-er" are as often
# a person's noun ("Our funder", "her father"), after which a name is no noun of its own.
_COMPARATIVES = frozenset("older younger elder newer bigger smaller".split())


def _describing(word: str) -> bool:
    """Can ``word`` stand between a determiner and its noun ("sweet", "older", "longest-serving", "new")?"""
    w = word.lower()
    if w in FUNCTION_WORDS or w in _PAST or w in _AUXILIARY or w in _ADVERBS_AFTER:
        return False
    if w.endswith("ed") and w not in _ADJECTIVES:
        return False  # "our manager told a client": a verb came between
    return _adjective(w) or w in _ORDER_WORDS or w in _COMPARATIVES or "-" in w or bool(_DESCRIBING_END.search(w))


_AGE_BANDS = frozenset({"a child", "a teenager", "a baby", "a young child", "a toddler"})
_IS_ONLY_SAID = re.compile(r"(?i)\b[a-z]+['’]s\s+(?:only|just|nearly|almost|barely|still|nobbut)\s+$")


def determiner_said_before(ctx: Context, said: str, new: str) -> str:
    """A noun phrase put where the rewrite so far (``said``) already ends in a determiner and words that
    describe takes no article of its own, whatever handler made it: "Our longest-serving customer Doreen"
    -> "Our longest-serving customer", "Our group's new Central branch" -> "Our group's new branch", "my
    94-yr-old client Mrs H." -> "my older client", never "Our longest-serving the customer"; and a bare
    "someone" there becomes the writer's noun for the people in a post ("My sweet Mr. Odell" -> "My sweet
    resident", never "My sweet someone"). A determiner that may be a pronoun or a conjunction ("told her a
    client", "said that a client") counts only with a describing word after it."""
    phrase = new.strip()
    if not phrase:
        return new
    m = _DETERMINER_SAID.search(said)
    if not m:
        return new
    words = m.group(3).split()
    if not all(_describing(w) for w in words):
        return new
    determiner = (m.group(1) or "").lower()
    if determiner == "the" and any(w.lower() in _SUPERLATIVE or w.lower().endswith("est") for w in words):
        return new  # "the best Sarah could do": a superlative's clause, no noun it describes
    if not words and (m.group(2) or determiner in ("her", "that", "this", "its")):
        return new
    if phrase in _AGE_BANDS and _IS_ONLY_SAID.search(said):
        # "Lad's only 10" is "the lad is only 10": "'s" there is "is", no possessive, so the band keeps its article
        # ("Lad's only a child", never "Lad's only child", judges of fresh42)
        return new
    article = _ARTICLE_SAID.match(phrase)
    if article:
        return _same_space(new, phrase[article.end():])
    if words and _SOMEONE.fullmatch(phrase) and not phrase.lower().startswith("another"):
        poss = "'s" if phrase.endswith(("'s", "’s")) else ""
        noun = ctx.person.noun if ctx.person.article else _described_person(ctx.text, words, ctx.cursor)
        return _same_space(new, noun + poss)
    return new
