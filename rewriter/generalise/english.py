"""English the replacements need: articles, possessives, sentence starts and capitals, words used as
adjectives, and the tidy-up that makes a sentence read well after its spans were replaced."""

from __future__ import annotations

import re

from .. import vocab
from ..detect.recognizers.support.lexicon import is_common_word

ARTICLES = ("a", "an", "the")
DETERMINERS = vocab.words("determiners")
# Words after which a year/date/place span is an adjective ("my thursday group", "the Leeds branch").
FUNCTION_WORDS = vocab.words("function_words")


# -- articles ---------------------------------------------------------------------------------------


def article_for(word: str) -> str:
    """"a" or "an" for the word that follows, by sound for the common exceptions."""
    w = word.lower()
    if w.startswith(("hour", "honest", "honour", "honor", "heir")):
        return "an"
    if w.startswith(("uni", "use", "usu", "uk", "one", "once", "eu", "ewe", "ubiq", "uran", "uro")):
        return "a"
    return "an" if w[:1] in "aeiou" else "a"


def with_article(phrase: str) -> str:
    """Fix the leading "a"/"an" of a phrase to agree with the next word."""
    m = re.match(r"(a|an|A|An)\s+(\S+)", phrase)
    if not m:
        return phrase
    art = article_for(m.group(2))
    if m.group(1)[0].isupper():
        art = art.capitalize()
    return f"{art} {m.group(2)}{phrase[m.end():]}"


def strip_article(phrase: str) -> str:
    return re.sub(r"^(a|an|the)\s+", "", phrase, flags=re.IGNORECASE)


# -- where a word stands -----------------------------------------------------------------------------

# (a closing quote or bracket may stand between the stop and the next sentence: "were 'bad.' Marcus, I can't")
_SENTENCE_END = re.compile(r"(^|[.!?]['’\"”)]*\s+|\n\s*)$")
_ABBREVIATION_BEFORE = re.compile(r"\b(v|vs|mr|mrs|ms|dr|st|prof|no|e\.g|i\.e|etc|approx|ft|feat)\.\s+$|(?:\(|,\s*)pop\.\s+$", re.IGNORECASE)
# The abbreviations after which tidying makes no capital ("(pop. a few hundred)", "e.g. a nurse"); "St." and
# "etc." end sentences often enough that the writer's next word is capitalised as a sentence's.
_NO_CAPITAL_AFTER = re.compile(r"\b(?:e\.g|i\.e|vs|approx)\.\s+$|(?:\(|,\s*)pop\.\s+$", re.IGNORECASE)


def is_sentence_start(text: str, pos: int) -> bool:
    before = text[:pos]
    return bool(_SENTENCE_END.search(before)) and not _ABBREVIATION_BEFORE.search(before)


def opens_sentence(text: str, start: int) -> bool:
    """Does what stands at ``start`` open a sentence the writer capitalises ("emma from my group" is not)?"""
    first = text[start:start + 1]
    return is_sentence_start(text, start) and (first.isupper() or not first.isalpha())


def in_sentence_case(text: str, start: int, new: str) -> str:
    """``new``, to replace what stands at ``start`` in ``text``: capitalised where it opens a sentence."""
    if new and (opens_sentence(text, start) or opens_after_emoji(text, start)):
        return new[0].upper() + new[1:]
    return new


_EMOJI_RUN = "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\uFE0F\u200D]+"
_AFTER_EMOJI = re.compile(r"\S[ \t]*" + _EMOJI_RUN + r"[ \t]+$")
_WORD_AFTER_EMOJI = re.compile(_EMOJI_RUN + r"[ \t]+([A-Za-z])")


def opens_after_emoji(text: str, start: int) -> bool:
    """Does a capitalised word at ``start`` open a new sentence after an emoji ("before discharge 🥰 Grandma
    Betty from ...")? Only where the writer capitalises after their emoji: a lower-case word after another
    of them ("😍 pic below") says they run on."""
    if not text[start:start + 1].isupper() or not _AFTER_EMOJI.search(text[max(0, start - 40):start]):
        return False
    return not any(m.group(1).islower() for m in _WORD_AFTER_EMOJI.finditer(text) if m.end() - 1 != start)


def next_word(text: str, pos: int) -> str:
    m = re.match(r"\s+([A-Za-z][\w'-]*)", text[pos:])
    return m.group(1) if m else ""


_PAST_FORMS = vocab.words("common_past_forms") | vocab.words("irregular_past_forms")
# Words that open a predicate: the verb right after a subject ("Sarah, 9, loves drawing", "the CAO throws").
_AUXILIARIES = frozenset("is are was were has have had will would can could should may might must does did do "
                         "isn't wasn't hasn't hadn't won't can't couldn't doesn't didn't gets got keeps".split())
# A third-person "-s" word that is as often a noun ("glass", "bus", "branches", "mums"): never read as a verb
# on its own; only where a pronoun object follows ("throws at ye", "tells me"), never a bare preposition ("the
# Leeds branches in Yorkshire"), a determiner ("the news the staffy") or an "-ing" word ("the siblings screaming").
_VERB_S = re.compile(r"[a-z]{2,}[^s'’u]s$")
_AFTER_A_VERB = re.compile(r"[ \t]+(?:(?:at|to|on|for|with|about|over|up|out|off)[ \t]+(?:me|us|you|ye|him|her|them|it|everyone)|"
                           r"me|us|you|ye|him|them|it|everyone)\b")
# Subjects that open a clause of their own: "only 3, she was found", "..., mummy was found".
_SUBJECT_PRONOUNS = frozenset("i we he she they it you there".split())


_DETERMINER_AFTER = re.compile(r"[ \t]+(?:the|a|an|my|our|his|her|their|your|every|all)\b")


def predicate_at(text: str, pos: int, after_a_name: bool = False) -> bool:
    """Does a verb stand right after ``pos`` (spaces first), so that what stood before is its subject?
    "the CAO throws at ye", "our council presented to". ``after_a_name``: a name and its aside stood before,
    where a word in "-s" before a determiner is its verb ("Sarah, 9, loves the piano"), not a noun ("the
    BBC news the staffy")."""
    m = re.match(r"[ \t]*([a-z][a-z'’]*)\b", text[pos:])
    if m is None or (pos > 0 and text[pos - 1].isalnum() and m.start(1) == 0):
        return False
    word = m.group(1)
    if word in _PAST_FORMS or word in _AUXILIARIES:
        return True
    if re.fullmatch(r"[a-z]{3,}ed", word):
        # "presented to the MP": a verb; "our Birmingham based office": a describing word before its noun
        after = re.match(r"[ \t]*([A-Za-z'’]+|[^\w\s]|$)", text[pos + m.end():])
        return after is not None and (not after.group(1)[:1].isalpha() or after.group(1).lower() in FUNCTION_WORDS)
    return bool(_VERB_S.fullmatch(word)) and word not in FUNCTION_WORDS and (
        _AFTER_A_VERB.match(text, pos + m.end()) is not None
        or after_a_name and _DETERMINER_AFTER.match(text, pos + m.end()) is not None)


def clause_at(text: str, pos: int) -> bool:
    """Does a clause of its own open right after ``pos``: a subject and its verb ("mummy was found",
    "she cried")? A comma before it keeps the sentence from running on when the words between go."""
    m = re.match(r"[ \t]+([A-Za-z][\w'’-]*)", text[pos:])
    if m is None:
        return False
    return m.group(1).lower() in _SUBJECT_PRONOUNS or (m.group(1).lower() not in FUNCTION_WORDS and predicate_at(text, pos + m.end()))


def comma_kept_after_aside(text: str, comma_end: int) -> bool:
    """An aside between commas ("Sarah, 9, ...") goes: is the second comma still needed? Yes where a clause of
    its own follows ("last night, only 3, mummy was found") or a bare noun does ("M, 34, agoraphobia"); no
    where the predicate or a preposition follows ("Sarah, 9, loves drawing", "Tom, 8, from Leeds")."""
    if clause_at(text, comma_end):
        return True
    if re.match(r"[ \t]+(?:my|our|his|her|their|the|a|an)[ \t]+(?:[a-z][\w'’-]*[ \t]+)?(?:patient|client|resident|student|pupil|"
                r"colleague|customer|neighbour|neighbor|friend|regular|oldest|youngest|eldest|favourite|favorite|new|old|"
                r"retired|former|local|lovely|wonderful|best)\b", text[comma_end:]):
        # "Doris, 94, our oldest resident, for the cake" -> "someone, our oldest resident,": a noun in apposition
        # to the name follows, and it keeps its comma (never "thanks to someone our oldest resident")
        return True
    m = re.match(r"[ \t]+([a-z][a-z'’-]*)", text[comma_end:])
    return m is not None and m.group(1) not in FUNCTION_WORDS and not predicate_at(text, comma_end, after_a_name=True) \
        and not m.group(1).endswith(("ing", "ly"))


# Time words that can stand between a day and the noun it describes: "my Tues 9am seminar",
# "our Monday 6.30pm evening group".
_TIME_RUN = re.compile(r"(?:\s+(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)|\d{1,2}[:.]\d{2}|morning|afternoon|evening|night|lunchtime)(?![\w'’]))+", re.I)


def time_run_end(text: str, end: int) -> int:
    """Where a run of time words right after ``end`` stops (``end`` itself when there is none)."""
    m = _TIME_RUN.match(text, end)
    return m.end() if m else end


def is_modifier(text: str, start: int, end: int, cursor: int) -> bool:
    """True for "the Okonkwo children", "my thursday group", "the Leeds branch": determiner, span, noun."""
    before = text[cursor:start]
    if not re.search(r"\b(" + vocab.alternation("determiners") + r")\s+$", before, re.IGNORECASE):
        return False
    end = time_run_end(text, end)
    nxt = next_word(text, end)
    # (nor an interjection after it: "Shoutout to the Springboks hey" names a team, never "Shoutout to the hey")
    return bool(nxt) and nxt[0].islower() and nxt.lower() not in FUNCTION_WORDS and nxt.lower() not in _NO_NOUN_AFTER \
        and text[end:end + 1] == " " and not _adverb(nxt)


def _adverb(word: str) -> bool:
    """Is ``word`` an adverb made of an adjective ("finally", "really", "usually")? After a name it says how
    or when, no noun the name describes ("Glad that Petra Vask finally went home" keeps the name's words;
    "the Kelly family", "the Tesco supply chain" end in "-ly" but are no adverbs)."""
    w = word.lower()
    if not w.endswith("ly") or len(w) < 5 or w in _NOT_ADVERBS_IN_LY:
        return False
    stem = w[:-2]
    return len(stem) >= 4 and is_common_word(stem) or w.endswith("ily") and is_common_word(stem[:-1] + "y") or w.endswith("ally") and len(w) > 7 and is_common_word(w[:-4])


# Words in "-ly" that stand before a noun ("the Leeds early shift", "the Tesco weekly shop").
_NOT_ADVERBS_IN_LY = frozenset("early only weekly daily monthly yearly nightly hourly quarterly lovely friendly elderly".split())


# Words after a name that are no noun it could describe: interjections, "last" and "next".
_NO_NOUN_AFTER = vocab.words("words_after_a_name") | vocab.words("where_words_after_a_name")
_REFLEXIVE = re.compile(r"(?i)(?:my|your|him|her|it|our|them)sel(?:f|ves)")


def is_reflexive(word: str) -> bool:
    """"myself", "themselves": after a name the name is a noun of its own ("Came as the Gruffalo myself")."""
    return _REFLEXIVE.fullmatch(word) is not None


# Words that only make the describing word stronger: "a certain very famous Lusaka businessman".
_INTENSIFIERS = frozenset({"very", "really", "quite", "so", "most", "pretty", "rather", "super"})
_DESCRIBED_BEFORE = re.compile(r"\b(?:a|an)\s+((?:[a-z][\w-]*\s+){0,3})$", re.IGNORECASE)
_DETERMINED_BEFORE = re.compile(r"\b(?:the|our|my|their|his|her|its|your|this|that)\s+((?:[a-z][\w-]*\s+){1,2})$", re.IGNORECASE)
# Adjectives that rank or place what a determiner goes with: "our biggest Acme client", "my old Leeds office".
_RANKING_ADJECTIVES = frozenset({
    "new", "old", "main", "former", "favourite", "favorite", "big", "major", "key", "top", "little", "current",
    "previous", "first", "last", "regular", "usual", "famous", "well-known", "only", "whole",
})


def is_described_modifier(text: str, start: int, end: int, cursor: int, determined: bool = False) -> bool:
    """True for "a rather well-known Whitcombe dentist", "a Jersey account": "a", perhaps words that
    describe, the name, then a plain noun; the name says whose or where, and the noun stands without it.
    ``determined``: also after another determiner and words that describe ("our biggest Acme client")."""
    m = _DESCRIBED_BEFORE.search(text, cursor, start)
    if not m and determined:
        m = _DETERMINED_BEFORE.search(text, cursor, start)
        if m and not all(w.lower().endswith("est") or w.lower() in _RANKING_ADJECTIVES for w in m.group(1).split()):
            m = None  # "The body found near Tombo wharf": no adjectives, a clause
    if not m or any(w.lower() in FUNCTION_WORDS and w.lower() not in _INTENSIFIERS for w in m.group(1).split()):
        return False
    nxt = next_word(text, end)
    return (bool(nxt) and nxt[0].islower() and nxt.lower() not in FUNCTION_WORDS and text[end:end + 1] == " "
            and not re.search(r"(?:ed|ing|ly)$", nxt))


def possessive_after(text: str, end: int) -> int:
    """Length of a possessive ending right after ``end`` ("'s", "’s", "'"), else 0. A bare apostrophe is a
    possessive only after an "s" ("the Joneses' dog"), and never when it closes a quote opened before the
    name ("after Miss Honey' 😭", "asked for 'a Ronaldo' so": the quote ends there, no one owns anything)."""
    m = re.match(r"(['’]s\b|['’](?=\s|$))", text[end:])
    if m is None:
        return 0
    if m.group(0) in ("'", "’") and (text[end - 1:end].lower() not in ("s", "z", "x") or closes_quote(text, end)):
        return 0
    return len(m.group(0))


_OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s(\[\"“]))['‘](?=\S)")
_CLOSING_QUOTE = re.compile(r"(?<=\S)['’](?=[\s.,;:!?)\]]|$)")


def closes_quote(text: str, at: int) -> bool:
    """Does the apostrophe at ``at`` close a quote opened earlier on its line ("'the second best teacher after
    Miss Honey' 😭")?"""
    line_start = text.rfind("\n", 0, at) + 1
    opened = [m.end() for m in _OPENING_QUOTE.finditer(text, line_start, at)]
    if not opened:
        return False
    return _CLOSING_QUOTE.search(text[:at], opened[-1]) is None


def space_after(text: str, end: int) -> int:
    m = re.match(r"[ \t]+", text[end:])
    return len(m.group(0)) if m else 0


def spaced(text: str, start: int, end: int, new: str) -> str:
    """``new`` as it replaces text[start:end], with a space wherever it would touch a word either side."""
    if new and new[-1].isalnum() and text[end:end + 1].isalnum():
        new += " "
    if new and new[0].isalnum() and start > 0 and text[start - 1].isalnum():
        new = " " + new
    return new


def sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(".", 0, start), text.rfind("!", 0, start), text.rfind("?", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(".", end), text.find("!", end), text.find("?", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1:right]


# -- tidying after replacement: spacing, punctuation, articles, doubled words, capitals ---------------

# ("her" is left out: "float her a few", "gave her a hug" have an object, not a doubled determiner)
_STACKED_SOMEONE = re.compile(r"\b([Ss]omeone)[ \t]+someone else\b(?![’'])")
# (with other Englishes' "the", "de" and "di": "outside de Charlotte St pharmacy" -> "outside de local pharmacy",
# never "de the local pharmacy")
_DOUBLED_DETERMINER = re.compile(r"\b(a|an|the|my|our|his|their|your|de|di)\s+(a|an|the)\s+(?=\w)", re.IGNORECASE)
# A determiner with a word between it and its noun takes no second article: "the whole an organisation"
# (the replacement brought its own) reads "the whole organisation"; so "all the a", "our entire the".
_ARTICLE_AFTER_PREDETERMINER = re.compile(
    r"\b((?:the|this|that|our|my|their|his|her|your)\s+(?:whole|entire|same|very)|all\s+the|half\s+the|both\s+the)\s+(?:a|an|the)\s+(?=\w)",
    re.IGNORECASE,
)
_DOUBLED_WORD = re.compile(r"\b(a|an|the|my|our|his|her|their|your|in|on|at|to|of|and|elsewhere|nearby)(\s+\1)+\b", re.IGNORECASE)
# "every" and "each" take no article: a replacement that brought its own after them ("To every a patient") drops it.
_EVERY_A = re.compile(r"\b(every|each)\s+(?:a|an)\s+(?=[a-z])", re.IGNORECASE)
_CERTAIN_A = re.compile(r"\b((?:a|an)\s+(?:certain|particular))\s+(?:a|an)\s+(?=\w)", re.IGNORECASE)
_OPENING_DASH = re.compile(r"(^|[.!?]\s+|\n)[ \t]*[—–][ \t]*(?=\w)")
_SAME_AFTER_DASH = re.compile(r"\b(the |The |a |A )([a-z]+) [—–-] (?:the|a) \2\b('s)?")
_ONE_OF_MANY = re.compile(r"\b((?:two|three|four|both|several)\s+([a-z]+)s\s+[—–-]\s+)the\s+\2\s+")
_REPEATED_PHRASE = re.compile(r"\b((?:a|an|the) [a-z]+(?: [a-z]+)?)(?:,? \1)+\b", re.IGNORECASE)


# After a word's first letter: the rest of a word that keeps its lower case at a sentence start, the
# way its owner writes it: "r/psychologists", "iPhone", "eBay", "www.example.io", "npm".
_NOT_A_PLAIN_WORD = r"(?![\w'’-]*[/.@:_]\w)(?![a-z]*[A-Z])"


def capitalised(piece: str) -> str:
    """``piece`` with its first word capitalised, if a plain word opens it ("whoever you are" ->
    "Whoever ..."; "r/sysadmin" and "iPhone" stay as they are)."""
    m = re.match(r"\s*([a-z])" + _NOT_A_PLAIN_WORD, piece)
    return piece[:m.start(1)] + m.group(1).upper() + piece[m.end(1):] if m else piece


def tidy(text: str, original: str = "") -> str:
    """``text`` after replacement made tidy; ``original`` is the draft, whose own wording is left alone."""
    out = text
    out = re.sub(r"(?<![\w.])\(\s*\)", "", out)  # an emptied "( )", not a call's ".reset_index()"
    out = re.sub(r"[ \t]{2,}", " ", out)
    # (not before a dot that starts a word: "Don't commit .env files", "a .csv")
    out = re.sub(r"[ \t]+([,;:!?)]|\.(?![\w/]))", r"\1", out)
    out = re.sub(r"\(\s+", "(", out)
    out = re.sub(r",\s*,", ",", out)
    out = re.sub(r",\s*([.!?])", r"\1", out)
    if not re.search(r"[!?],", original):
        out = re.sub(r"([!?]),(?=\s)", r"\1", out)  # "the baby! [6lb 2oz], born early": the detail's comma goes with it
    out = re.sub(r"^\s*,\s*", "", out)
    out = re.sub(r"(^|\n)[ \t]+", r"\1", out)
    out = re.sub(r"[ \t]+(\n|$)", r"\1", out)  # a line that ended in a removed hashtag
    out = _DOUBLED_WORD.sub(lambda m: m.group(1), out)

    def keep_one(m: re.Match) -> str:
        first, second = m.group(1), m.group(2)
        if _as_written(m.group(0).rstrip(), original):
            # the writer's own pair is no doubling: other Englishes' "an" is "and" ("Harjit an the lads",
            # "mince an the gravy"), kept whole when the name before it was replaced
            return m.group(0)
        if first.lower() in ("a", "an", "the"):
            # keep the determiner the writer chose, agreeing with what follows
            return (second if first[0].islower() else second.capitalize()) + " "
        return first + " "

    out = _DOUBLED_DETERMINER.sub(keep_one, out)
    out = _CERTAIN_A.sub(lambda m: m.group(1) + " ", out)
    out = _EVERY_A.sub(lambda m: m.group(0) if _as_written(m.group(0).rstrip(), original) else m.group(1) + " ", out)  # "for a certain a hotel chain" -> "a certain hotel chain"
    out = _OPENING_DASH.sub(r"\1", out)  # a dropped opening clause leaves no dash to open the sentence
    out = _ARTICLE_AFTER_PREDETERMINER.sub(lambda m: m.group(1) + " ", out)
    out = _REPEATED_PHRASE.sub(lambda m: m.group(1), out)
    # two replaced names side by side are one person said twice ("Eeh little Amara Hussain" read as a name and a
    # name: "Someone someone else were weighed"): one stock phrase is left, never two stacked
    out = _STACKED_SOMEONE.sub(lambda m: m.group(0) if _as_written(m.group(0), original) else m.group(1), out)
    # the same person twice across a dash once their name went: "The patient — the patient's sats" -> "The
    # patient's sats"; "two residents — the resident had" -> "two residents — one of them had"
    out = _SAME_AFTER_DASH.sub(lambda m: m.group(1) + m.group(2) + (m.group(3) or ""), out)
    out = _ONE_OF_MANY.sub(lambda m: m.group(1) + "one of them ", out)
    # Only an article a replacement put or moved next to its word: the writer's own "an" stays as written
    # (Patois and Scots "an" is "and": "mi tired an hungry", "mince an tatties").
    # (determiners: an "a" glued to an apostrophe is an elided word's verb, French "m'a offert", "qu'il l'a
    # appelé", never an English article to agree: "m'an offert" is a typo the rewrite made)
    out = re.sub(r"(?<!['’])\b(a|an|A|An)\s+([A-Za-z][\w'-]*)",
                 lambda m: m.group(0) if _as_written(m.group(0), original) else _fix_article(m.group(1), m.group(2)), out)
    # (not after an ellipsis: "the sock is... out" goes on the same sentence)
    # (nor after an abbreviation's full stop: "(pop. a few hundred)")
    out = re.sub(r"(^|(?<![.…])[.!?]\s+)([a-z])" + _NOT_A_PLAIN_WORD,
                 lambda m: m.group(0) if _NO_CAPITAL_AFTER.search(out, 0, m.start(2)) or _starts_as_written(out, m.start(2), original)
                 else m.group(1) + m.group(2).upper(),
                 out) if _writes_capitals(text) else out
    return out.strip(" \t") if text == text.strip(" \t") else out


def _starts_as_written(out: str, start: int, original: str) -> bool:
    """Does the sentence opening at ``out[start]`` open a sentence of the draft in the same lower-case words
    ("Do I accept?? he was lovely", "audit mein dekha, our client's CFO")? The writer's own casual start
    stays as written; only a sentence a replacement began (or whose first words it changed) is capitalised."""
    if not original:
        return False
    words = re.match(r"[\w'’-]+(?:[ \t]+[\w'’-]+){0,2}", out[start:])
    if words is None:
        return False
    # (not after an initial's full stop, which ends no sentence: "Tyrone B. in my set", "J.T.-O. in Reception")
    return re.search(r"(?:^|(?<![\s.-][A-Z])(?<!^[A-Z])[.!?…]+\s+|\n\s*)" + re.escape(words.group(0)) + r"(?![\w'’-])",
                     original) is not None


def _as_written(words: str, original: str) -> bool:
    """Do ``words`` stand in the draft exactly so, as whole words?"""
    return bool(original) and re.search(r"(?<![\w'-])" + re.escape(words) + r"(?![\w'-])", original) is not None


def _fix_article(article: str, word: str) -> str:
    if re.fullmatch(r"[A-Z][A-Z0-9&]+s?", word):
        return f"{article} {word}"  # "an MRI", "a NASA grant": letters are said by their names, the writer knows
    right = article_for(word)
    if article[0].isupper():
        right = right.capitalize()
    return f"{right} {word}"


def _writes_capitals(text: str) -> bool:
    """Does the writer start sentences with capitals? Then so do we; "i nearly cried" style is left alone."""
    starts = re.findall(r"(?:^|[.!?]\s+)([A-Za-z])", text)
    return bool(starts) and sum(c.isupper() for c in starts) * 2 > len(starts)


# Someone or somewhere spoken to: "love you Derek but ...", "Happy birthday Tunde, my brother", "Thank
# you Mumbai!", "Good morning, Lagos 🙏", "Stay safe Joburg.", "Happy housewarming Jules!". The post says the same to no one, so the name goes with its comma.
CALLING_BEFORE = re.compile(
    r"(?i)\b(?:love you|thank you|thanks|bless you|cheers|well done|congrats|congratulations|miss you|proud of you|"
    r"happy (?:birthday|bday|anniversary|retirement|housewarming|graduation|new year|christmas|eid|diwali)|"
    r"good (?:morning|night|evening|luck)|goodnight|hello|farewell|goodbye|stay (?:safe|strong|warm)|take care|"
    r"get well soon|rest (?:easy|well)|sleep (?:well|tight)|see you soon|welcome back|hang in there|keep it up|ty|tysm|"
    # thanks and praise in the languages mixed into English posts: "Da iawn Nia!", "Diolch Osian bach!"
    r"da iawn|diolch|gracias|obrigad[ao]|merci|asante|salamat|mabrouk(?: ya)?|mubarak)"
    # the greeting said again or to more than one: "love you too Kev", "thanks again Priya", "miss you both"
    r"(?:\s+(?:too|again|both|so much|x+))?\s*,?\s+$"
)
# What may follow a name spoken to: the clause ends, or goes on to say why ("for", "on", "but", "you").
CALLED_ENDS = re.compile(r"\s*(?:$|[,.!?;:—–-]|\s+(?:but|and|for|on|you)\b|\s+\W)")


def sentence_start_at(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins (after the last ., ! or ? run, or line break, before it)."""
    m = None
    for m in re.finditer(r"(?:^|[.!?]+\s+|\n+)", text[:at]):
        pass
    return m.end() if m else 0


def leaves_too_little(text: str, start: int, end: int) -> bool:
    """Would dropping ``text[start:end]`` leave fewer than four words: too little to be the post any more."""
    rest = text[:start] + text[end:]
    return len(re.findall(r"[A-Za-z]{2,}", rest)) < 4
