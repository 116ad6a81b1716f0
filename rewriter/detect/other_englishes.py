"""Words of the other Englishes and of the languages people mix into an English post, read as names.

The name rules and the small spaCy model take a word they do not know for a name when it stands where a
name does: after a role noun or a verb ("the children sef", "Tell yuh granny dem"), repeated ("yuh ... yuh"),
after "miss" ("miss ko pa rin"), or capitalised to open or close a sentence ("Lawd", "Innit ☕", "G'day from
the clinic"). A word of Nigerian Pidgin, Patois, Tagalog, Hindi-Urdu, Singlish, Scots and the like is no one's
name, whatever stands around it: a span of a name's kind made only of such words goes, from any source.

The words: rewriter/data/other_english_words.txt (generated from stopword and Pidgin dictionary packages,
less every English word and every given name people bear), other_english_words_more.txt (a short hand list
of Patois, Hindi-Urdu, Singlish, Scots and slang words and words for one's parents no package holds, read in
any case) and code_switch_words.txt. A capitalised function word of those languages opening a sentence, with no English word
after it, opens a clause of that language ("Kaya niyo 'yan!", "Ang sarap"; other_language_function_words.txt,
generated from stopwords-iso, given names kept), whatever name it is spelt like. A word of the long generated list or of code_switch_words counts only in
lowercase: capitalised, some are places or names ("Tombo wharf", "Bas").

Beyond the small words: a greeting or an exclamation in another language ("Maligayang Pasko!", "Kumusta kayo?",
"Bonne fin de semaine!", "Mabuhay to all caregivers 💪") is made of that language's common words, which
other_language_words.txt holds (generated from wordfreq: the words of Zipf 4 or more in 26 languages, less
given names and English words). A place is named in such words too ("Sangre Grande", "Bukit Timah"), so the
words count only where the sentence says them as an exclamation: the clause holds little but them and ends
with "!", "?", an emoji or the post's end, or they open a sentence before a comma ("Grabe, ang init").

wordfreq holds no Swahili: other_language_words_swahili.txt (from the gruut-lang-sw lexicon, names nomquamgender
holds left out) is read with the common words. In a post written partly in another language, a capitalised word of
the lists opening a sentence before another of its words ("Nyumba imeungua"), a Swahili verb opening a sentence
("Tulikutana na ..."; cut off a name taken in with it: "Nimetembelea Grace ..."), a small word of a language or a
creole opening one ("Pero worth it", "Una fit rest now") and a lowercase saying alone in its clause ("ndio maisha")
name no one; a capitalised word inside the sentence, or a subject's verb after the word, still makes it a name.
Greek, Russian, Ukrainian and Bengali, which wordfreq counts in their own scripts, are written in Latin letters in an
English post ("Xronia polla!", "Spasibo", "bhalo achen"), and Vietnamese says most words in two letters ("Bà ơi"):
other_language_words_transliterated.txt (generated from wordfreq, the words of public people's names left out) is
read with the common words. A greeting sent to a group ("Chronia polla to all the mums on the ward today!") is an
exclamation however long the group's description.

Neither wordfreq nor stopwords-iso holds Welsh, Irish, Maori, Afrikaans beyond its small words, or romanised
Hindi-Urdu, and their words were rewritten as someone ("Diwrnod hir", "Slán go fóill", "Kia kaha", "Kal raat"). The
stop words spaCy ships (other_language_function_words_spacy.txt: Afrikaans "hy", Irish "agus") join the function
words; words no given name is spelt like join the any-case hand list ("diwrnod", "slan", "ngempela", "hamesha");
those a name is also spelt like ("kia", "kal", "shona", "hui", "hauora") are read with the generated common words
(other_language_words_more.txt), so only a sentence or a post written in the language clears them. The lists hold
words without their accents, and the rules fold a word's accents before reading them ("fóill", "pēpi").

A sentence mostly in another language ("Story ya leo: supermarket yetu ya Kitengela ...", "Ma nafx x'se nagħmel")
gives no name guess made only of its own words and English ones: the language is told by the lists and, for
languages no list holds (Maltese), by its lowercase words no everyday English dictionary holds. A capitalised word
inside the sentence, a figure, a title or a word of kin, a lowercase name after a role noun or a possessive ("my
client wairimu") and a capitalised word of no list opening the sentence stay names; the small words of the language
a guess took in before a name are cut off it ("ya Kitengela" -> "Kitengela").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import replace
from typing import NamedTuple

from .. import vocab
from ..spans import Span
from .text_windows import last_end_before
from .recognizers.support import lexicon

# Read in any case: the short hand list, whose words were chosen as never names ("Lawd", "Innit", "Nanay").
HAND_WORDS = vocab.words("other_english_words_more")
# Read in lowercase only: the generated list is long, and a capitalised word of it may be a place or a
# business named in that language ("Tombo wharf": "tombo" is palm wine); code_switch_words says of itself
# that a few of its words are names when capitalised ("Bas", "Haan").
# Negatives of other Englishes ("cyah", "doh", "nahi", "hapana"), read in lowercase: a rewrite that takes one for a
# name drops it and reverses the sentence ("de children cyah see their father").
NEGATIVES = vocab.words("other_english_negatives")
OTHER_ENGLISH_WORDS = (vocab.words("other_english_words") | vocab.words("code_switch_words") | HAND_WORDS
                       | NEGATIVES)
_NAME_KINDS = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})
# Words of one or two letters that open a clause of Tagalog or Pidgin ("ko pa rin", "na so"), and Polish "z" (with)
# between a dish's words ("barszcz z uszkami"): part of such a span only beside a longer word of the lists.
_SHORT = frozenset({"ko", "pa", "na", "ng", "sa", "po", "mi", "fi", "di", "o", "e", "ba", "ka", "ni", "ba", "z"})
_WORD = re.compile(r"[\w'’]+")


def fold(word: str) -> str:
    """ "slàinte" -> "slainte", "hāngī" -> "hangi": the word without its accents, as most lists hold it."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# Thanks in another language ("Asante sana to my parents", "Grazzi lil-familja ☺️"), said as "thanks" is:
# before "to", "for", "everyone", "all", a pause or an emoji, perhaps after one or two more lowercase words of the
# language ("sana", "po", "lil-familja").
THANKS = vocab.words("other_language_thanks")
_THANKED_AFTER = re.compile(
    r"(?:\s+[a-zà-ÿāēīōūħġċżş'’]+(?:-[a-zà-ÿāēīōūħġċżş'’]+)?){0,2}?(?:\s+(?:to|for|everyone|everybody|all|y'?all|ya'?ll|fam|team|guys|folks)\b|\s*[^\w\s'’-]|\s*$)"
)


def is_thanks_in_another_language(span: Span, text: str) -> bool:
    """A capitalisation guess that is a word of thanks in another language, said as thanks: "Asante sana to my
    parents", "Shukriya everyone", "Diolch, team!". Not after a title or a word that takes a person ("Mr Asante",
    "with Asante"): the span is its own clause's first word."""
    words = span.text.removesuffix("'s").removesuffix("’s").split()
    if words and fold(" ".join(words).lower()) not in THANKS and fold(words[0].lower()) not in THANKS:
        # the guess took only the first words of a longer thanks ("Tapadh" of "Tapadh leibh to every crew member",
        # "Go raibh maith agaibh"): the thanks read whole, from the span's first word
        whole = _thanks_from(span, text)
        if whole is None:
            return False
        span = replace(span, end=whole, text=text[span.start:whole])
        words = span.text.split()
    if not words or fold(" ".join(words).lower()) not in THANKS and fold(words[0].lower()) not in THANKS:
        return False
    if len(words) > 1 and fold(" ".join(words).lower()) not in THANKS and not all(_foreign_word(fold(w)) for w in words[1:]):
        return False
    before = text[max(0, span.start - 3) : span.start]
    if before.strip() and not re.search(r"(?:^|[.!?:;\n]|[^\w\s,'’])\s*$", before):
        return False
    if _THANKED_AFTER.match(text, span.end) is not None:
        return True
    # or the thanks go on in the language, whatever they end on: "Salamat sa lahat ng caregivers" (thanks to all
    # the caregivers), "Asante sana kwa ..."; a word of the language's lists, in lowercase and no English word, next
    m = _NEXT_WORD.match(text, span.end)
    return m is not None and _foreign_word(m.group(1)) and not lexicon.is_ordinary_word(m.group(1))


_LONGEST_THANKS = max(len(t.split()) for t in THANKS)


def _thanks_from(span: Span, text: str) -> int | None:
    """Where a thanks of the list of more than one word ends when it opens at ``span`` and runs past it in lowercase
    ("Tapadh leibh"), or None."""
    words = list(re.finditer(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text[span.start : span.start + 60]))
    for n in range(_LONGEST_THANKS, 1, -1):
        if len(words) < n or span.start + words[n - 1].end() < span.end:
            continue
        if any(not w.group().islower() for w in words[1:n]):
            continue
        if fold(" ".join(w.group() for w in words[:n]).lower()) in THANKS:
            return span.start + words[n - 1].end()
    return None


# A word drawn out as it is said, a letter written three times or a laugh ("Hayeee", "Sooo", "Hahaha", "Aduhh",
# "Ayyy"): an exclamation opening a post ("Hayeee did a scan today"), which the model takes for a name when
# capitalised. No name is spelt so; a name's letter doubled ("Aaron", "Hannah") is not.
_DRAWN_OUT = re.compile(r"(?i)[^\W\d_]*([^\W\d_])\1\1[^\W\d_]*|(?:ha){2,}h?|(?:he){2,}h?|[^\W\d_]+hh")


def is_drawn_out_exclamation(text: str) -> bool:
    """``text`` (a span) is one word drawn out as an exclamation: "Hayeee", "Hahaha", "Aduhh"."""
    word = text.strip()
    # in capitals it is an acronym or a regnal number ("HCCC", "III"), no exclamation
    return " " not in word and _DRAWN_OUT.fullmatch(word) is not None and not word.isupper()


def is_phrase_of_english_and_other_english(text: str) -> bool:
    """A guess made of everyday English words (no name among them) and at least one lowercase word of another
    English or language: "Whole khandaan" (the whole family), "Proper bairns". A name in lowercase beside an English
    word ("big dave") is on no list, so it stays."""
    words = [w.removesuffix("'s").removesuffix("’s") for w in _WORD.findall(text)]
    if len(words) < 2 or len(words) > 3:
        return False
    # the word of the other English is the phrase's last, its noun ("Whole khandaan"); before it only everyday
    # words, the first alone capitalised (a capital further in is a name's: "dem under de Chamberlain Bridge")
    *rest, last = words
    return (last.islower() and is_other_english(last)
            and all(lexicon.is_ordinary_word(w.lower()) and not lexicon.is_listed_as_name(w) and (i == 0 or w.islower())
                    for i, w in enumerate(rest)))


# A word of the lists capitalised to open a sentence, or one of the language's small words after an English noun:
# "Aaj Class 7C ki ek bachi ..." (today), "Ek Class 12 ka student" (one), "Principal ko report kar diya" (to the
# principal): the model takes the language's word and the English noun beside it for one name. The other words of
# the guess are everyday English words no one is named (capitalised only as the opener's neighbour: "Class").
# Only in a post written partly in that language (two more words of the lists in lowercase), as
# opens_sentence_of_a_post_in_another_language reads an opener.
_LEAST_FOR_MIXED_PHRASE = 2


def is_mixed_phrase_opening_a_sentence(span: Span, text: str) -> bool:
    """A guess of two or three words opening its sentence: a word of another language's lists and everyday English
    words, "Aaj Class", "Ek Class", "Principal ko". Not a listed name ("Sana Khan", "Rosa Parks"), a title or a word
    of kin with them ("Tita Bea"), a capitalised word of no list (a surname: "Kaya Scodelario"), a word that says a
    name comes next ("si Bea"), nor an English post."""
    words = [m for m in _LETTERS.finditer(text, span.start, span.end)]
    if not 2 <= len(words) <= 3 or any(c.isdigit() for c in span.text) or not _opens_sentence(text, span.start):
        return False
    first, *rest = words
    if words[-1].group().islower() and not first.group().islower():
        # an English noun and a small word of the language after it ("Principal ko"): the noun opens the sentence
        head, tail = words[:-1], words[-1].group()
        return (all(_english_no_name(m.group()) for m in head) and (tail in FUNCTION_WORDS or tail in _SHORT)
                and tail not in _NAME_MARKERS and _post_in_another_language(span, text, _LEAST_FOR_MIXED_PHRASE))
    low = fold(first.group().lower())
    if not (low in HAND_WORDS or low in FUNCTION_WORDS) or low in _PERSON_WORDS or low in _NAME_MARKERS \
            or lexicon.is_listed_as_name(first.group()):
        return False
    return all(_english_no_name(m.group()) for m in rest) and _post_in_another_language(span, text, _LEAST_FOR_MIXED_PHRASE)


def _english_no_name(word: str) -> bool:
    low = word.lower()
    return lexicon.is_common_word(low) and not lexicon.is_listed_as_name(word.capitalize()) and low not in _PERSON_WORDS


def _post_in_another_language(span: Span, text: str, least: int) -> bool:
    """``least`` words of the lists or more, in lowercase and no English word, outside the span."""
    others = [w for w in _LETTERS.findall(text[: span.start] + " " + text[span.end :])
              if w.islower() and len(w) >= 2 and (fold(w) in OTHER_ENGLISH_WORDS
                                                  or (_foreign_word(w) and not lexicon.is_common_word(w)))]
    return len(others) >= least


# A phrase of another language quoted as said ("answering the phones with 'Kia ora' and 'Mōrena'", "she says
# 'Salamat po' to everyone"): a greeting or a saying, which the model takes for a name when capitalised. Every word
# of the quotation is a word of the lists or, in lowercase, an everyday English word, one at least of the lists; the
# quotation holds at most four words. A nickname is quoted too: not after a word that names ("called 'Le Gros'",
# "aka 'Bossman'"), nor inside a name ("Maxime 'Le Gros' Ouellet"), nor with a title or a word of kin ("'Tita Bea'").
_QUOTE_PAIRS = {"'": "'", "‘": "’", '"': '"', "“": "”"}
_NAMING_BEFORE = re.compile(r"(?i)\b(?:(?:call(?:s|ed|ing)?|name[sd]?|nicknamed?|dubbed)(?:\s+(?:him|her|them|me|us|it|you))?"
                            r"|aka|a\.k\.a\.|known\s+as|alias)\s*$")
_MOST_QUOTED = 4
_NAMING_AFTER = re.compile(r"(?i)\s*[(,—–-]?\s*(?:as\s+)?(?:we|they|everyone|people|the\s+\w+|she|he|i)\s+call(?:s|ed)?\b")
_PERSON_NOUNS = frozenset(w.lower() for name in ("person_words", "gendered_people", "colleague_nouns")
                          for w in vocab.words(name) if " " not in w)


def is_quoted_phrase_of_another_language(span: Span, text: str) -> bool:
    """The guess lies inside a short quotation made of another language's words: "'Kia ora'", "'Mōrena'"."""
    opening = None
    for i in range(span.start - 1, max(-1, span.start - 40), -1):
        if text[i] in _QUOTE_PAIRS and (i == 0 or not text[i - 1].isalnum()):
            opening = i
            break
        if text[i] in "\n.!?" or text[i] in _QUOTE_PAIRS.values():
            return False
    if opening is None:
        return False
    closing = text.find(_QUOTE_PAIRS[text[opening]], span.end)
    if closing < 0 or closing - opening > 60 or (closing + 1 < len(text) and text[closing + 1].isalnum()):
        return False
    words = _LETTERS.findall(text, opening + 1, closing)
    if not words or len(words) > _MOST_QUOTED:
        return False
    if _NAMING_BEFORE.search(text, max(0, opening - 20), opening):
        return False
    before = _LETTERS.findall(text, max(0, opening - 30), opening)
    if before and (before[-1][:1].isupper() or before[-1].lower() in _ROLE_NOUNS or before[-1].lower() in _PERSON_WORDS
                   or before[-1].lower() in _PERSON_NOUNS):
        # a nickname after a name, a word for a person or a capitalised noun of the language: "Maxime 'Le Gros'
        # Ouellet", "the porter 'Kimbo'", "Kijana 'Chipukizi' (we call him that ...)"; a greeting follows a verb or
        # a preposition ("answers with 'Mōrena'")
        return False
    if _NAMING_AFTER.match(text, closing + 1):
        return False  # "'Chipukizi' (we call him that ...)"
    listed = False
    for w in words:
        low = fold(w.lower())
        if low in _PERSON_WORDS or low in _NAME_MARKERS:
            return False
        if _foreign_word(w) and not lexicon.is_common_word(low):
            listed = True
        elif not (w.islower() and lexicon.is_ordinary_word(w)) and low not in FUNCTION_WORDS:
            return False
    return listed


# French and Italian write a pronoun and its verb as one word ("C'est moi ça lol", "J'ai fini", "Qu'est-ce que"):
# no one is named so, whatever language the sentence around it is read as. Not "D'Angelo", "L'Oréal", "M'Bappé":
# "d'", "l'" and "m'" open names as well.
_PRONOUN_AND_VERB = re.compile(r"(?:[CcJj]|[Qq]u)['’][a-zà-ÿ]+(?:-[a-zà-ÿ]+)*")


def is_pronoun_joined_to_its_verb(span: Span) -> bool:
    """ "C'est", "J'ai", "Qu'il": a French or Italian pronoun joined to its verb, no name."""
    return _PRONOUN_AND_VERB.fullmatch(span.text.strip()) is not None


# English endings a dialect verb takes like any other ("Mithered to death", "mitherin' me", "skrikin'"): the word
# of the hand list is its stem. Stems of four letters or more, so no short particle is read into a name.
_ENDINGS = ("in'", "ing", "in", "ed", "d", "s")


def _hand_word_stem(low: str) -> str:
    """``low`` itself when a list holds it, else the hand-list word it inflects ("mithered" -> "mither"), else itself."""
    if low in HAND_WORDS or low in OTHER_ENGLISH_WORDS:
        return low
    for ending in _ENDINGS:
        stem = low[: -len(ending)]
        if low.endswith(ending) and len(stem) >= 4 and stem in HAND_WORDS:
            return stem
    return low


def is_other_english(text: str) -> bool:
    """``text`` (a span) is made only of words of other Englishes: "sef", "yuh granny dem" is not
    ("granny" is English, but a name's span of it would be wrong anyway and is left to the rest)."""
    if text.strip().lower() in HAND_WORDS and not text.strip().isupper():
        return True  # a hyphenated word of the hand list, whole: "Ta-ra", "Tara-a-bit"
    words = [w.removesuffix("'s").removesuffix("’s") for w in _WORD.findall(text)]
    if not words:
        return False
    long_seen = False
    for w in words:
        low = w.lower().replace("’", "'")
        if low not in HAND_WORDS and low not in OTHER_ENGLISH_WORDS:
            low = fold(low)  # "Slàinte", written with its accent
        low = _hand_word_stem(low)
        # in capitals, an acronym ("with SIA": Singapore Airlines, not the particle "sia")
        if (low in HAND_WORDS and not (w.isupper() and len(w) > 1)) or (low in OTHER_ENGLISH_WORDS and w.islower()):
            long_seen = True
        elif not (low in _SHORT and w.islower()):
            return False
    return long_seen


# Function words of those languages, given names kept ("kaya", can; "ang", the; "sana", hopefully): read only as a
# capitalised word opening a clause (other_language_function_words.txt, generated from stopwords-iso; and
# other_language_function_words_spacy.txt, from the stop words spaCy ships for more languages: Afrikaans "hy", Irish
# "agus"; other_language_function_words_hinglish.txt, from hinglishswd: romanised Hindi-Urdu "mein", "diya", "kuch",
# which no stop-word list above holds).
FUNCTION_WORDS = (vocab.words("other_language_function_words") | vocab.words("other_language_function_words_spacy")
                  | vocab.words("other_language_function_words_hinglish"))
_NEXT_WORD = re.compile(r"\s+([a-z][\w'’]*)")


def _opens_sentence(text: str, start: int) -> bool:
    """Only a sentence's end, the draft's start or a sign that is no word or comma stands before ``start`` (spaces
    aside). Read backwards from ``start``: a rule asking it of every span never copies a long draft's text."""
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i == 0 or text[i - 1] in ".!?:;" or not re.match(r"[\w,]", text[i - 1])


def opens_other_english_clause(span: Span, text: str) -> bool:
    """A capitalised function word of another language opening a sentence, and the word after it no English
    word: the word opens a clause of that language, whatever name it is spelt like ("Kaya niyo 'yan!": "kaya",
    can; "Ang sarap maging teacher"; "Salamat po sa lahat"). Not "Kaya went home" (an English verb after it), nor a
    name that is no function word ("Bea made me a card", "Rhea na ang bahala")."""
    word = span.text
    low = fold(word.lower())  # the lists hold words without their accents ("Slán" is "slan")
    if not word[:1].isupper() or not (low in FUNCTION_WORDS or low in OTHER_ENGLISH_WORDS) or not _WORD.fullmatch(word):
        return False
    if not _opens_sentence(text, span.start):
        return False
    m = _NEXT_WORD.match(text, span.end)
    if m is None:
        return False
    after = fold(m.group(1).replace("’", "'").strip("'"))
    return after in OTHER_ENGLISH_WORDS or after in FUNCTION_WORDS or after in _SHORT or not lexicon.is_ordinary_word(after)


# Common words of languages in Latin letters (wordfreq, Zipf 4+ in one of 26 languages, no given names or English
# words): ~140,000, read once at the engine's start like the other large lists. wordfreq holds no Swahili: its
# words come from a Swahili lexicon (other_language_words_swahili.txt, ~57,000 words, names left out).
SWAHILI_WORDS = vocab.words("other_language_words_swahili")
# The languages wordfreq does not count, words a name is also spelt like ("kia", "kal", "shona", "hauora"): a hand
# list read as the generated one is, where the sentence or the post is written in the language.
# Greek, Russian, Ukrainian and Bengali are written in Latin letters in an English post ("Chronia polla!", "Spasibo",
# "bhalo achen"), and Vietnamese says most words in two letters ("bà", "mẹ", "ơi"), which the 26 languages' list leaves
# out: other_language_words_transliterated.txt (generated from wordfreq, names of public people left out).
TRANSLITERATED_WORDS = vocab.words("other_language_words_transliterated")
OTHER_LANGUAGE_WORDS = (vocab.words("other_language_words") | SWAHILI_WORDS | vocab.words("other_language_words_more")
                        | TRANSLITERATED_WORDS)
# Titles and kin words say who someone is, so an exclamation with one is said to a person ("Ms Varga!",
# "Uncle Segun!"), whatever language the name is in.
_PERSON_WORDS = (
    {w.lower() for name in ("titles", "kin_titles", "family_nouns") for w in vocab.words(name)}
    | {w.strip().lower() for row in vocab.entries("name_titles") for w in row.split(":")[0].split(",")}
)
_LETTERS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# What ends a clause: a stop, a comma and the like, or an emoji (not a letter, digit, space or common punctuation).
_CLAUSE_END = re.compile(r"[.!?\n,;:]|[^\w\s'’()\"“”&/#@%$£€+*=<>\[\]{}|\\^~`-]")
_MOST_BEFORE, _MOST_AFTER = 1, 4


# Taglish makes a verb of an English word with a Tagalog affix and a hyphen ("nag-viral", "mag-comment",
# "nag-pa-color", "ma-transfer", "i-post", "pa-share"): a word of that language, whatever the word after the hyphen.
_TAGALOG_AFFIXED = re.compile(r"(?:(?:mag|nag|pag|ma|na|i|ipa|pa|ka|maka|naka|makipag|nakipag|mang|nang|um)-)+[a-z]{3,}")
# the longer affixes make a verb of a name too ("bago mag-Pasko", before Christmas comes; "nag-Jollibee kami"): the
# word is the language's verb, whatever the capital after the hyphen
_TAGALOG_AFFIXED_NAME = re.compile(r"(?:mag|nag|pag|maka|naka|makipag|nakipag)-(?:pa-)?[A-Z][a-z]{2,}")
# isiXhosa and isiZulu write "I" into the verb: "ndi-"/"ngi-" (I) with the present "-ya-" or the future "-za-" before
# the stem ("Ndiyakuthanda", I love you; "Ngiyabonga", I thank; "Ndizakubona", I will see you). A word of that shape
# is a verb, no one's name: none of nomquamgender 0.1.4's given names (MIT, 1.5 million names) opens on these four
# prefixes with a stem of four letters or more ("Siya", "Ndidi", "Ngina" open otherwise). The model and the name
# rules took such verbs for names when they opened a sentence ("Ndiyakhathala ngaye" -> "Someone else ngaye").
_NGUNI_FIRST_PERSON_VERB = re.compile(r"(?i:ndiya|ngiya|ndiza|ngiza)[a-z]{4,}")


def _foreign_word(word: str) -> bool:
    low = word.lower()
    if low not in OTHER_LANGUAGE_WORDS:
        low = fold(low)  # "fóill", "pēpi": the hand lists and the function words hold words without their accents
    return low not in _PERSON_WORDS and (low in OTHER_LANGUAGE_WORDS or low in OTHER_ENGLISH_WORDS
                                         or low in FUNCTION_WORDS or low in _SHORT
                                         or (word.islower() and _TAGALOG_AFFIXED.fullmatch(low) is not None)
                                         or _TAGALOG_AFFIXED_NAME.fullmatch(word) is not None
                                         or _swahili_verb(low))


def _in_another_language(span_text: str) -> bool:
    """Every word is a word of another language, a function word of one, or a lowercase-able English word that
    names no one (in lowercase, "fin" and "de" of "Bonne fin de semaine" are no one's names), and one at least is of the
    common-words list or the other Englishes' lists."""
    words = _LETTERS.findall(span_text.removesuffix("'s").removesuffix("’s"))
    seen = False
    for w in words:
        low = w.lower()
        if low in _PERSON_WORDS:
            return False
        if low not in OTHER_LANGUAGE_WORDS and low not in OTHER_ENGLISH_WORDS:
            low = fold(low)  # "Kurczę", "Mōrena": the hand lists hold words without their accents, as _foreign_word reads
        if low in OTHER_LANGUAGE_WORDS or (low in OTHER_ENGLISH_WORDS and (w.islower() or low in HAND_WORDS)):
            seen = True
        elif _words_of_a_compound(w):
            seen = True  # "Kayang-kaya!" (kaya, can: doubled with a hyphen), "Fijne Beamtenleben!"
        elif not (low in FUNCTION_WORDS or low in _SHORT
                  or (lexicon.is_ordinary_word(w) and (w.islower() or not lexicon.is_listed_as_name(w)))):
            return False
    return seen


def _words_of_a_compound(word: str) -> bool:
    """A word joined of words of the lists: by hyphens, every part on the lists or a function word and one at least
    on the long lists ("Kayang-kaya": a word doubled, as Tagalog and Malay say "very"; "Sekretariat-Update"), or
    closed as German and Dutch join nouns (read only in a German sentence, below)."""
    parts = [p.lower() for p in re.split(r"[-‐]", word) if p]
    if lexicon.is_ordinary_word(word):
        return False
    if len(parts) > 1:
        return all((_common_foreign_word(p) or p in FUNCTION_WORDS or lexicon.is_ordinary_word(p))
                   and not lexicon.is_listed_as_name(p) and p not in _PERSON_WORDS for p in parts) \
            and any(_common_foreign_word(p) for p in parts)
    # A closed compound counts only where the sentence is read as German or Dutch (is_noun_of_a_sentence_in_german):
    # alone, a word that splits into two listed words is as often a firm's coined name or a surname ("Legistorm",
    # "Innography", "Poissonnier": names the synth benchmark's signature blocks and titles lost this way).
    return False


def _said_as_exclamation(span: Span, text: str) -> bool:
    """The span is most of its sentence's clause: opening it (or after one more word of another language: "Miss ko
    na kayo!") with at most four words after, up to a "!", a "?", an emoji, a line's or the post's end
    ("Maligayang Pasko po in advance 🎄", "Mabuhay to all caregivers abroad 💪"), or alone between a sentence's
    start and a comma ("Grabe, ang traffic"; not "Lekki people, eat elsewhere"). Not after a comma (someone spoken
    to: "Welcome back, Tayo!"; "especially Losa and Mere"), an English word ("Congrats Tayo!") or a place's
    preposition ("from Jurong to Changi")."""
    ends_before = list(_CLAUSE_END.finditer(text, 0, span.start))
    left = ends_before[-1].end() if ends_before else 0
    left_mark = text[ends_before[-1].start()] if ends_before else ""
    end = _CLAUSE_END.search(text, span.end)
    right = end.start() if end else len(text)
    end_mark = text[right] if end else ""
    if left_mark and left_mark in ",;:":
        return False  # after a comma a name is someone spoken to: "Welcome back, Tayo!", "Thank you, Losa 🙏"
    before = _LETTERS.findall(text, left, span.start)
    # a word of English before makes it a name called out: "Congrats Tayo!", "Thanks Dato!", "Ms Varga!"
    if len(before) > _MOST_BEFORE or any(not _foreign_word(w) for w in before):
        return False
    after = _LETTERS.findall(text, span.end, right)
    if (len(after) > _MOST_AFTER and not (not before and _sent_to_or_from(after))) or end_mark in ".;:":
        return False
    # before a comma, the words alone make the clause ("Grabe, ..."); "Lekki people, eat elsewhere" names a place's
    return end_mark != "," or not (before or after)


# A greeting or a wish sent to people, as a card says it: "Chronia polla to all the mums on the ward today!", "Mabuhay
# to all caregivers abroad 💪". What follows "to" says who, at whatever length; a word of the language may finish the
# wish before it ("polla"). Only to a group opened by a word that says so ("all", "the", "every", "my"), every word
# after it in lowercase: "Sangre Grande to Arima" is a journey. Not "from": a name spelt like a common word is
# introduced so ("Big Dai from estates retiring Friday": Italian "dai").
_SENT_TO = frozenset({"to"})
_GROUP_OPENERS = frozenset({"all", "the", "every", "everyone", "everybody", "each", "my", "our", "your", "you", "y'all",
                            "ya'll"})


def _sent_to_or_from(after: list[str]) -> bool:
    """``after`` (the clause's words after the guess) opens on "to" and a group, every word in lowercase, perhaps after
    one lowercase word of the language or of no everyday English ("polla to all the mums on the ward today")."""
    if any(not w.islower() for w in after):
        return False
    for i in range(min(2, len(after) - 1)):
        if after[i] in _SENT_TO:
            return after[i + 1] in _GROUP_OPENERS
        if lexicon.is_common_word(after[i]) and not _foreign_word(after[i]):
            return False
    return False


def is_exclaimed_in_another_language(span: Span, text: str) -> bool:
    """A greeting or exclamation in another language ("Maligayang Pasko!", "Kumusta kayo?"): no one's name. Not the
    same words in lowercase anywhere: a place is written so too ("we moved to vila do conde"); nor a word after an
    abbreviation's stop ("Mrs. Poissonnier, see ...": the stop is the title's, the word a surname)."""
    if _ABBREVIATION_BEFORE.search(text, max(0, span.start - 8), span.start):
        return False
    return _in_another_language(span.text) and _said_as_exclamation(span, text)


# What ends a sentence for the count of its words: a stop, a line's end or an emoji.
_SENTENCE_END = re.compile(r"[.!?\n]|[^\w\s'’()\"“”&/#@%$£€+*=<>\[\]{}|\\^~`,;:-]")
_MOSTLY = 0.6
_SHORT_SENTENCE = 6
# How far either side of a guess its sentence is read, at most: longer than any post's sentence.
_SENTENCE_REACH = 600


def _sentence_around(span: Span, text: str) -> tuple[int, int]:
    """The sentence holding the span, read at most _SENTENCE_REACH characters either side: a pasted run of
    thousands of characters with no stop is read near the guess, so that every guess in it does not read all of
    it again (a 300,000-character line took minutes)."""
    left = last_end_before(_SENTENCE_END, text, span.start, floor=span.start - _SENTENCE_REACH)
    limit = min(len(text), span.end + _SENTENCE_REACH)
    end = _SENTENCE_END.search(text, span.end, limit)
    return left, end.start() if end else limit


class _GuessInSentence(NamedTuple):
    """A name guess's words and the sentence around it (bounds and words), as the sentence rules read them."""
    tokens: list[re.Match]
    left: int
    right: int
    sentence: list[re.Match]


def _guess_in_sentence(span: Span, text: str) -> _GuessInSentence | None:
    """The guess's words and its sentence's, or None when the guess holds a figure (a sum, a date, a room: read by
    their own rules) or no word."""
    if any(c.isdigit() for c in span.text):
        return None
    tokens = list(_LETTERS.finditer(text, span.start, span.end))
    if not tokens:
        return None
    left, right = _sentence_around(span, text)
    return _GuessInSentence(tokens, left, right, list(_LETTERS.finditer(text, left, right)))


def _particle(low: str) -> bool:
    return low in _SHORT or low in FUNCTION_WORDS


def _not_english(word: str) -> bool:
    """A word of another language for the count of a sentence's words: on the common-words lists, a particle, or a
    word in lowercase outside the everyday English both dictionaries hold ("kayo", "tubig": Webster's 2nd has
    rare entries of many short words of other languages)."""
    low = word.lower()
    return _foreign_word(low) or (word.islower() and not lexicon.is_common_word(low))


def is_in_a_clause_of_another_language(span: Span, text: str) -> bool:
    """A name guess made of the words of a clause in another language: "Matulog kayo. Uminom ng tubig. Hindi ka
    machine." (a short sentence whose words are mostly another language's), or a lowercase run with that language's
    small words in it ("miss ko na kayo", "mga kaibigan"). The common words of 26 languages (other_language_words.txt)
    and the particles say which words are another language's; a word no English dictionary holds, written in
    lowercase, counts with them in a sentence.

    A name stays: a capitalised word that does not open its sentence ("kasama ko si Bea", "Ingat, Marco!",
    "uwi muna sa Bantayan"), a word of kin or a title ("Tita Bea"), and a lowercase run with none of the
    language's small words ("tayo okafor": a name written in lowercase)."""
    words = list(_LETTERS.finditer(text, span.start, span.end))
    if not words:
        return False
    left, right = _sentence_around(span, text)
    first = _LETTERS.search(text, left, right)
    known = particles = 0
    for m in words:
        w = m.group()
        low = w.lower()
        if low in _PERSON_WORDS:
            return False
        if not w.islower() and not (first is not None and m.start() == first.start()):
            return False  # a capitalised word inside the sentence: a name or a place
        if _particle(low):
            particles += 1
        elif _foreign_word(low):
            known += 1
        elif not w.islower() and not _foreign_word(low):
            return False  # a capitalised word of no list opening the sentence: a name as well as anything
    if known + particles < max(1, len(words) / 2) or not (known or particles >= 2 or (particles and len(words) > 1)):
        return False
    if all(m.group().islower() for m in words) and particles and len(words) > 1:
        return True
    sentence = _LETTERS.findall(text, left, right)
    # a short sentence only, said as advice, a wish or an exclamation is: a long one in another language tells a story,
    # whose names and details the English rules cannot read, and is left to them as it was
    return 2 <= len(sentence) <= _SHORT_SENTENCE and sum(_not_english(w) for w in sentence) >= _MOSTLY * len(sentence)


# Words that say a name comes next in another language ("si jomar", "kay ate"): what follows is someone.
_NAME_MARKERS = vocab.words("other_language_name_markers")
_LEAST_AROUND = 2
_LEAST_IN_POST = 4


def _whole_clause(span: Span, text: str) -> bool:
    ends_before = list(_CLAUSE_END.finditer(text, 0, span.start))
    left = ends_before[-1].end() if ends_before else 0
    end = _CLAUSE_END.search(text, span.end)
    right = end.start() if end else len(text)
    return not text[left : span.start].strip() and not text[span.end : right].strip()


def is_lowercase_run_of_the_clause(span: Span, text: str) -> bool:
    """A lowercase guess whose words are all of another language's lists or everyday English, one at least of the
    lists, in a sentence with two more words of the lists outside it: the words of a code-switched clause ("late ako
    ng 20 mins sa clinic pero ok lang", "sabi ko po floss pero ayaw talaga"), which spaCy takes for a name written in
    lowercase. A name written in lowercase stays: it is on none of the lists ("big dave", "ngozi", the lists hold no
    given names), or it follows a word of kin or title ("mama ngozi") or one that says a name comes next ("si jomar")."""
    words = list(_LETTERS.finditer(text, span.start, span.end))
    if not words or any(not m.group().islower() for m in words):
        return False
    listed = rare = 0
    for m in words:
        low = m.group().lower()
        if low in _PERSON_WORDS or low in _NAME_MARKERS:
            return False
        if _foreign_word(low):
            listed += 1
        elif not lexicon.is_ordinary_word(low):
            return False
        elif not lexicon.is_common_word(low):
            # a rare entry of the larger dictionary, which the generated lists leave out as English: "kayo" (a
            # knockout; Tagalog: you all), "bago" (Tagalog: before). Enough among the language's words around it.
            rare += 1
    if not (listed or rare):
        return False
    left, right = _sentence_around(span, text)
    before = _LETTERS.findall(text, left, span.start)
    if before and (before[-1].lower() in _PERSON_WORDS or before[-1].lower() in _NAME_MARKERS):
        return False
    around = before + _LETTERS.findall(text, span.end, right)
    if sum(_foreign_word(w.lower()) for w in around) >= _LEAST_AROUND:
        return True
    if not listed:
        return False
    # the run is a clause of its own, between a comma and an emoji or the sentence's end ("Pilau waiting at home, ndio
    # maisha 🇰🇪": that's life), every word of it a word of the lists and none English: a saying, not a name
    if len(words) >= 2 and listed == len(words) and not any(lexicon.is_ordinary_word(m.group()) for m in words) \
            and _whole_clause(span, text):
        return True
    # a short sentence after an emoji ("🦷✨ hindi optional yan haha"): the post's other words say its language
    rest = _LETTERS.findall(text, 0, span.start) + _LETTERS.findall(text, span.end)
    return sum(_foreign_word(w.lower()) for w in rest) >= _LEAST_IN_POST


# A Swahili verb opens on its subject's prefix and its tense's ("ni-me-tembelea", I have visited; "a-na-sema", she
# says; "tu-li-mwona", we saw him): the shape of the word that opens a clause before the name it governs.
_SWAHILI_VERB = re.compile(r"(?:ni|u|a|tu|m|mu|wa|i|li|ya|ki|vi|zi|ku|pa)(?:na|li|ta|me|ki|ka|nge|si|ja|mesha)[a-z]{3,}")
_CAPITALISED_AFTER = re.compile(r"([A-Z][a-z]+)\s+(?=[A-Z][^\W\d_]+)")


# What opens a Swahili verb before its stem: subject, tense and perhaps the object ("tu-li-m-tafuta", we looked
# for him; "ni-me-ku-ona", I have seen you), so the verb is read from the lexicon's infinitive, "ku-" and the stem.
_SWAHILI_PREFIXES = re.compile(r"(?:ni|u|a|tu|m|mu|wa|i|li|ya|ki|vi|zi|ku|pa)(?:na|li|ta|me|ki|ka|nge|si|ja|mesha)"
                               r"(?:mw|m|ni|ku|tu|wa|ki|vi|zi|li|ya|u|i)?")


def _swahili_verb(low: str) -> bool:
    """``low`` is a Swahili verb of the lexicon: the word itself in a verb's shape ("tulikutana"), or, with an object
    between tense and stem, a verb whose infinitive the lexicon holds ("tulimtafuta": kutafuta)."""
    if lexicon.is_ordinary_word(low) or not _SWAHILI_VERB.fullmatch(low):
        return False
    return low in SWAHILI_WORDS or any(
        _SWAHILI_PREFIXES.fullmatch(low, 0, cut) and "ku" + low[cut:] in SWAHILI_WORDS for cut in range(3, len(low) - 2)
    )


def after_opening_verb_of_another_language(text: str, start: int, end: int) -> int:
    """Where a name starts when the sentence's first word, a Swahili verb, was taken in with it ("Nimetembelea
    Grace Wambui na watoto wake": I visited Grace Wambui and her children): the verb is no part of the name, as
    "Visited" is none of "Visited Harlow Foods' depot". Only a word of the Swahili list in a verb's shape, opening
    its sentence, before a capitalised word: not a place named in the language ("Nyumba Tatu Estate")."""
    m = _CAPITALISED_AFTER.match(text, start, end)
    if m is None or m.end() >= end:
        return start
    word = m.group(1)
    low = word.lower()
    if not _swahili_verb(low):
        return start
    if not _opens_sentence(text, start):
        return start
    return m.end()


def opens_clause_of_another_language(span: Span, text: str) -> bool:
    """A capitalised word opening its sentence that is a common word of another language, with a word of that
    language after it in lowercase that is no English word ("Nyumba imeungua, they need blankets": the house has
    burnt; "Pilau waiting" is not, "waiting" being English). Not a name whatever language it is in: the lists hold
    no given names, and a name is followed by its own surname in capitals ("Wanjiru Kamau"), and not a capitalised word
    inside the sentence ("na watoto wake huko Mutuini")."""
    word = span.text.split()[0] if span.text.split() else ""
    if len(span.text.split()) > 1 and not (_swahili_verb(word.lower())
                                           and all(_foreign_word(w) for w in span.text.split()[1:])):
        return False  # more than one word: a Swahili verb and its own words only ("Tulimtafuta sana")
    if not _WORD.fullmatch(word) or not word[:1].isupper() or word.isupper() \
            or not (_foreign_word(word.lower()) or _swahili_verb(word.lower())) or lexicon.is_ordinary_word(word):
        return False
    if not _opens_sentence(text, span.start):
        return False
    m = _NEXT_WORD.match(text, span.end)
    if _swahili_verb(word.lower()) and (m is not None or " " in span.text):
        return True  # a verb, whatever follows it ("Tulikutana na ...": we met with ...)
    if m is None:
        return False
    after = m.group(1).replace("’", "'").strip("'")
    # a rare entry of the larger dictionary counts as the language's word ("Kia kaha": "kaha", strong)
    return after.lower() not in _NAME_MARKERS and _foreign_word(after) and not lexicon.is_common_word(after)


# A word said as a whole sentence ("Yoh.", "Steups.", "Diawl.", "Ragin.", "Bitte.", "Haibo!"): the interjections of
# the other Englishes and of the languages mixed into a post, which no word list holds whole (South African "Yoh",
# Trinidadian "Steups", Welsh "Diawl", a dropped-g "Ragin"). Counted on the tuning drafts (session 41): of 150-odd
# capitalised words that are a sentence alone and no English word, all but four were interjections or greetings;
# the four were names the dictionary lists ("Deborah.", "Derek.", "Madonna.") and a city ("Sialkot."), so a listed
# name, a place of the gazetteer lists, a title or a word of kin stay names. A stop after a short capitalised word
# before it is an abbreviation's ("Brgy. Dagatan", "Dr. Rao"), not a sentence's end.
_PLACES = frozenset(w.lower() for name in ("big_places", "towns", "travel_places", "countries") for w in vocab.words(name))
_ONE_WORD = re.compile(r"[A-Z][a-zà-ÿāēīōūŵŷ'’]+")
_ABBREVIATION_BEFORE = re.compile(r"(?:^|[^\w])(?:[A-Z][a-z]{0,3}|[A-Z])\.\s*$")
# After the word: a stop, an emoji or another sign that is no word, comma or dash, a line's end, or the post's.
_SENTENCE_ALONE_AFTER = re.compile(r"\s*(?:$|[.!?…]|\n|[^\w\s,;:'’\"“”()\[\]&/+\-–—@#%$£€*])")


# A question just before the word: the word is its answer ("Name? Boyle").
_ANSWER_BEFORE = re.compile(r"\?\s*$")
# The word alone on its line with no stop or sign after it, as the lines of a signature or an address block are.
_BARE_LINE = re.compile(r"[ \t]*(?:\n|$)")
_LINE_START_BEFORE = re.compile(r"(?:^|\n)[ \t]*$")


def is_one_word_sentence(span: Span, text: str) -> bool:
    """The guess is a sentence of one word, no listed name, place, title or kin word: an interjection ("Yoh. Audit
    at ...", "... and he vex with ME. Steups.", "Diawl."). Not "Deborah." (a listed name), "Sialkot." (a city), nor
    "Dr. Rao!" (after an abbreviation's stop)."""
    word = span.text.strip()
    if not _ONE_WORD.fullmatch(word) or lexicon.is_listed_as_name(word):
        return False
    low = fold(word.lower()).replace("’", "'")
    if low in _PLACES or low in _PERSON_WORDS or low in _NAME_MARKERS:
        return False
    if not _opens_sentence(text, span.start):
        return False
    # after a dash, a bracket, a quote or "&" the word is signed, named or listed ("— Thandiwe.", "(Thandiwe)")
    sign = text[: span.start].rstrip()[-1:]
    if sign and sign in "-–—(/&+'‘\"“@#":
        return False
    if _ABBREVIATION_BEFORE.search(text, max(0, span.start - 8), span.start):
        return False
    if _ANSWER_BEFORE.search(text, max(0, span.start - 4), span.start):
        return False  # "What's your last name? Nielsen": the answer to a question, a name as often as not
    if _BARE_LINE.match(text, span.end) and _LINE_START_BEFORE.search(text, max(0, span.start - 4), span.start):
        return False  # "Marisa Alves\nLegistorm\n09457 ...": a line of a signature or an address block, no stop
    return _SENTENCE_ALONE_AFTER.match(text, span.end) is not None


_LEAST_OTHER_LANGUAGE_IN_POST = 2
_LEAST_OTHER_LANGUAGE_FOR_COMMON_WORD = 4
# What a person's name as a sentence's subject is followed by ("Una was my patient", "Sana came in today").
_SUBJECTS_VERB = frozenset(
    {"is", "was", "has", "had", "says", "said", "does", "did", "will", "would", "can", "could", "and", "who"}
    | vocab.words("irregular_past_forms") | vocab.words("common_past_forms")
)


def opens_sentence_of_a_post_in_another_language(span: Span, text: str) -> bool:
    """A capitalised small word of another language or an English-based creole opening its sentence, before a word
    in lowercase, in a post written partly in that language ("We don arrest the boy wey dem dey call ... Una fit
    rest now.": "una", you all, in Nigerian Pidgin; "muntik na late 😭 Pero worth it"; "Sana all may 13th month
    pay na"). The English word after it says nothing here, creoles and code-switched clauses being made of English
    words too; two more words of the lists in the post, in lowercase, do. Not a name followed by its surname
    ("Una Stubbs") or by a verb as a subject is ("Una was my patient"), nor one in an English post."""
    word = span.text
    low = fold(word.lower())
    if not _WORD.fullmatch(word) or not word[:1].isupper() or word.isupper() or len(low) < 3 or low in _PERSON_WORDS:
        return False
    if low in OTHER_ENGLISH_WORDS or low in FUNCTION_WORDS:
        least = _LEAST_OTHER_LANGUAGE_IN_POST
    elif low in OTHER_LANGUAGE_WORDS and not lexicon.is_ordinary_word(low) and not lexicon.is_listed_as_name(word):
        # a common word of the long lists ("Bawal daw kami mag-comment": not allowed, they say): those lists are
        # long and a few of their words are surnames too, so the post is written in that language for more of it
        least = _LEAST_OTHER_LANGUAGE_FOR_COMMON_WORD
    else:
        return False
    if not _opens_sentence(text, span.start):
        return False
    m = _NEXT_WORD.match(text, span.end)
    if m is None or m.group(1).lower() in _SUBJECTS_VERB or m.group(1).lower().endswith("ed"):
        return False
    others = [w for w in _LETTERS.findall(text[: span.start] + " " + text[span.end :])
              if w.islower() and len(w) >= 3 and (fold(w) in OTHER_ENGLISH_WORDS
                                                  or (_foreign_word(w) and not lexicon.is_ordinary_word(w)))]
    return len(others) >= least


# A sentence mostly in another language ("Story ya leo: supermarket yetu ya Kitengela, cashier ameshikwa ...",
# Swahili; "Kliem biss mhux biżżejjed.", Maltese): the name rules and the small spaCy model, reading English, take
# its words for names ("Story ya leo", "amesema tusiambie", "Kien jgħidli kull") and the rewrite garbles a harmless
# sentence. Languages no list holds (Maltese, much of Welsh) are told by their words in lowercase that no English
# dictionary holds; those the lists hold by the lists. Counted over the sentence's words in lowercase and the
# lists' words in any case (capitalised words of no list are names or places and say nothing of the language).
_MOSTLY_OTHER = 0.6
_LEAST_OTHER_WORDS = 2
# Possessives and the like before a lowercase word: "my client wanjiku", "our nurse amina": someone spoken of.
_CUE_BEFORE = frozenset({"my", "our", "his", "her", "their", "your", "si", "kay", "ni", "kina", "mr", "mrs", "ms", "dr"})


_ROLE_NOUNS = frozenset(w.lower() for name in ("role_nouns", "role_nouns_more", "occupations", "job_titles")
                        for w in vocab.entries(name) if " " not in w)


@functools.lru_cache(maxsize=16384)  # a long draft reads the same words around each of its guesses
def _other_language_token(word: str) -> bool:
    """A word of another language for the count of a sentence's language: on the lists, or in lowercase and of no
    English dictionary ("nafx", "tusiambie"). Hyphened articles count by their parts ("tal-Assunta": "tal")."""
    parts = [fold(p.lower()) for p in re.split(r"[-'’]", word) if p]
    if word.islower() and (len(word) >= 2 and not lexicon.is_common_word(word) or word in FUNCTION_WORDS or word in HAND_WORDS):
        return True  # "mhux", "biss" (in Webster's 2nd, but no everyday English), "wa", "ya"
    return any((_foreign_word(p) and not lexicon.is_common_word(p)) or p in FUNCTION_WORDS for p in parts)


def _share_of_other_language(words: list[str]) -> tuple[int, int]:
    """(words of another language, words counted): lowercase words, and capitalised ones of the lists."""
    other = counted = 0
    for w in words:
        if _other_language_token(w):
            other += 1
            counted += 1
        elif w.islower() or lexicon.is_common_word(w.lower()):
            counted += 1
    return other, counted


def is_guess_in_a_sentence_of_another_language(span: Span, text: str) -> bool:
    """A name guess made only of a sentence's words of another language (and of English words), in a sentence mostly
    in that language: "Story ya leo", "amesema tusiambie", "mhux biżżejjed", "Kien jgħidli kull". A name stays: a
    capitalised word inside the sentence ("supermarket yetu ya Kitengela", "Sur Ċensu Farrugia"), a figure, a word of
    kin or a title, a lowercase word after a possessive or a name's marker ("my client wanjiku", "si jomar"), and a
    capitalised word opening the sentence that is on no list and no English word ("Rhys, Megan a finnau ...")."""
    guess = _guess_in_sentence(span, text)
    if guess is None:
        return False
    tokens, left, right, sentence = guess
    other, counted = _share_of_other_language([m.group() for m in sentence])
    if other < _LEAST_OTHER_WORDS or other < _MOSTLY_OTHER * counted:
        return False
    before = _LETTERS.findall(text, left, span.start)
    if before and (before[-1].lower() in _PERSON_WORDS or before[-1].lower() in _NAME_MARKERS
                   or before[-1].lower() in _CUE_BEFORE):
        return False
    # right after a role noun a lowercase word stays a name unless the language's lists, which hold no given names,
    # hold it ("candidate wanjiku mwangi"; not "Manager amesema tusiambie": the manager said don't tell)
    after_role = bool(before) and before[-1].lower() in _ROLE_NOUNS
    seen_other = False
    for m in tokens:
        w = m.group()
        low = fold(w.lower())
        parts = [p for p in re.split(r"[-'’]", low) if p]
        if low in _PERSON_WORDS or any(p in _PERSON_WORDS for p in parts) or low in _NAME_MARKERS:
            return False
        listed = any(_foreign_word(p) for p in parts) and not lexicon.is_ordinary_word(w)
        if w.islower():
            if after_role and m.start() == span.start and not listed and not lexicon.is_common_word(w):
                return False
            if listed or _other_language_token(w):
                seen_other = True
            continue
        if m.start() != sentence[0].start():
            return False  # a capitalised word inside the sentence: a name or a place ("ya Kitengela")
        if listed:
            seen_other = True
        elif lexicon.is_ordinary_word(w) and not lexicon.is_listed_as_name(w):
            continue  # an English word opening the sentence ("Story ya leo", "Honesty tu")
        else:
            # a capitalised word of no list opening the sentence is a name as well as a word ("Wanjiku alinitumia
            # DM": she sent me; "Siti pergi kerja"): the lists hold no given names, so they cannot tell it from one
            return False
    # a lowercase word the dictionary lists as a name ("big dave on ward 4 sa gabi"), with no word of the lists in the
    # guess beside it: a name written in lowercase ("Story ya leo" has "ya", of; "leo" is also today)
    if any(m.group().islower() and lexicon.is_listed_as_name(m.group()) for m in tokens) and not any(
            _foreign_word(fold(m.group().lower())) for m in tokens):
        return False
    return seen_other


# A sentence the word lists cannot tell is in another language: French above all, whose small words are English
# words or names ("Les contrats attendront lundi", "J'ai fermé l'étude", "Mon boss m'a fait écouter ...": "Les",
# "J'ai" and "m'a" were taken for people). langid (BSD, its model inside the package: nothing is downloaded) names
# the language of a sentence of four words or more; below four words it guesses. Asked only about the sentence of
# a guess whose shape allows it (so a few calls a post at most), loaded on its first call and kept. Measured in
# session 39 on 5,950 tuning posts: French sentences told 33/33 (lists 20/33), 15 more false names dropped and no
# labelled name lost; English sentences called another language at p >= 0.9: 6 of 402 (1.5%).
_LANGID_LEAST_WORDS = 4
_LANGID_LEAST_PROBABILITY = 0.9
# French and Italian elided small words opening a sentence ("J'ai", "C'est", "L'équipe", "Qu'il", "Dell'anno").
_ELIDED = re.compile(r"(?i)(?:c|j|l|d|m|n|s|t|qu|dell|all|nell|dall|sull)['’][^\W\d_]+")
# A verb of the imperative with its pronoun after a hyphen ("Méfiez-vous", "Dis-moi", "Allez-y"): a French clause.
_IMPERATIVE_PRONOUN = re.compile(r"[-‐](?:vous|nous|moi|toi|le|la|les|lui|leur|y|en)\b")
# Romance articles and possessives spelt like a short given name ("Les", "Mon", "Ma"): a small word of the
# sentence's language only before a lowercase word ("Les contrats attendront lundi"; "Les Dennis" stays).
_ARTICLES_LIKE_NAMES = frozenset({"les", "mon", "ma", "mes", "son", "lo", "al", "del", "os", "ao"})


@functools.lru_cache(maxsize=1)
def _language_identifier():
    """langid's identifier with probabilities, built once on first use (about 2 s), or None without the package."""
    try:
        from langid.langid import LanguageIdentifier, model
    except ImportError:  # pragma: no cover - langid is a dependency; without it this route is off
        return None
    return LanguageIdentifier.from_modelstring(model, norm_probs=True)


@functools.lru_cache(maxsize=4096)
def sentence_language(sentence: str) -> tuple[str, float]:
    """(language code, probability) langid gives ``sentence``; ("en", 0.0) without langid."""
    identifier = _language_identifier()
    if identifier is None:
        return "en", 0.0
    lang, prob = identifier.classify(sentence.replace("\n", " "))
    return lang, float(prob)


# The languages in Latin letters whose stop words spaCy ships and langid names: read together before langid is asked
# (a guess whose words are no language's small words is not sent to it), then the one langid names.
_STOP_WORD_LANGUAGES = ("fr", "es", "pt", "it", "de", "nl", "ca", "ro", "pl", "cs", "sk", "sl", "hr", "sv", "da", "nb",
                        "fi", "et", "lv", "lt", "hu", "tr", "id", "ms", "tl", "af", "ga", "eu", "sq", "lb", "is")


@functools.lru_cache(maxsize=64)
def _stop_words(lang: str | None) -> frozenset[str]:
    """The stop words spaCy ships for ``lang`` (any of _STOP_WORD_LANGUAGES when None), accents folded, less the names
    the dictionary lists ("Sara", "Sean")."""
    if lang is None:
        return frozenset().union(*(_stop_words(code) for code in _STOP_WORD_LANGUAGES))
    try:
        module = __import__(f"spacy.lang.{lang}.stop_words", fromlist=["STOP_WORDS"])
    except ImportError:
        return frozenset()
    return frozenset(fold(w.lower()) for w in module.STOP_WORDS if not lexicon.is_listed_as_name(w.capitalize()))


def _opener_of_the_language(word: str, text: str, end: int, lang: str | None) -> bool:
    """A capitalised word opening a sentence langid says is in ``lang`` that is that language's rather than a name:
    on the lists (which hold no given names), a stop word of it, an elided small word, an imperative before its
    pronoun, an article spelt like a name before a lowercase word, or an English word no one is named."""
    low = fold(word.lower())
    if _ELIDED.fullmatch(word) or _IMPERATIVE_PRONOUN.match(text, end):
        return True  # "J'ai", "C'est", "Méfiez-vous"
    if low in _ARTICLES_LIKE_NAMES:
        m = _NEXT_WORD.match(text, end)
        return m is not None and m.group(1).islower()
    if lexicon.is_listed_as_name(word):
        return False  # "Sara ha chiamato ...": the function-word lists keep given names, so a name stays one
    m = _NEXT_WORD.match(text, end)
    if m is not None and (m.group(1).lower() in _SUBJECTS_VERB or m.group(1).lower().endswith("ed")):
        # an English verb after it: a name as a mixed sentence's subject ("Sana came in"); any English word would be
        # too much, French has many of the dictionary's ("Je sais pas": "sais" is in both)
        return False
    # the generated lists hold words with their accents, the hand lists without: _foreign_word reads both
    parts = [p for p in re.split(r"[-'’]", word.lower()) if p]
    if any(_foreign_word(p) for p in parts) and not lexicon.is_ordinary_word(word):
        return True  # "Merci", "Félicitations", "Fière"
    return low in _stop_words(lang) or lexicon.is_ordinary_word(word)  # "Je sais", "Rappel: la CNESST ..."


# The definite articles of French, Spanish, Italian, Portuguese and Catalan, alone or joined to a preposition.
_ROMANCE_ARTICLES = frozenset({"le", "la", "les", "l'", "l’", "du", "des", "au", "aux", "el", "los", "las", "del", "al",
                               "il", "lo", "gli", "della", "dello", "dei", "degli", "o", "os", "as", "do", "da", "dos",
                               "das", "ao", "els"})
_ROMANCE = frozenset({"fr", "es", "it", "pt", "ca"})


def _institution_noun(word: str, before: list[str], text: str, end: int, lang: str | None) -> bool:
    """French and the Romance languages capitalise the noun of an institution after its definite article ("à la
    Cour suprême du Canada", "le Collège des consultants", "l'Assemblée nationale"): a common word of the language
    (the lists hold no given names) right after such an article, with no capitalised word after it, is no person.
    Only those languages and their articles: a place after another small word stays ("runner sa Tondo", Tagalog),
    and so do a name or a word English dictionaries list with a capital ("la Marie") and "la Cour Martin"."""
    if lang is not None and lang not in _ROMANCE:
        return False
    elided = before and before[-1].lower() == "l" and text[end - len(word) - 1 : end - len(word)] in ("'", "’")
    if not before or before[-1].lower() not in _ROMANCE_ARTICLES and not elided:
        return False
    if lexicon.is_ordinary_word(word) or lexicon.is_listed_as_name(word) or not _foreign_word(word.lower()):
        return False
    m = _FOLLOWING_WORD.match(text, end)
    return m is None or not m.group(1)[:1].isupper()


_FOLLOWING_WORD = re.compile(r"\s+([^\W\d_]+)")


def is_guess_in_a_sentence_langid_names(span: Span, text: str, lowercase_follower: bool = False) -> bool:
    """A name guess in a sentence of four words or more that langid says, with p >= 0.9, is in another language,
    made of its lowercase words and perhaps its opening word when that is the language's ("J'ai", "Les contrats",
    "Merci à ma mère, mon chum ...", "Rappel: la CNESST ...", "de ma belle-mère"). A name stays: a capitalised word
    inside the sentence ("Mon client Mathieu Tremblay a appelé"), a figure, a word of kin or a title, a word after a
    possessive, a marker or a role noun, and an opener that is no word of the language ("Wanjiku alinitumia ...").
    A lowercase word after a role noun or a repeated one (``lowercase_follower``) goes only when the language's lists,
    stop words or an elision account for every word of it ("Mon boss m'a fait ..."; not "ma cliente mathilde")."""
    guess = _guess_in_sentence(span, text)
    if guess is None:
        return False
    tokens, left, right, sentence = guess
    if len(sentence) < _LANGID_LEAST_WORDS:
        return False
    before = _LETTERS.findall(text, left, span.start)
    if not lowercase_follower and before and (before[-1].lower() in _PERSON_WORDS or before[-1].lower() in _NAME_MARKERS
                                              or before[-1].lower() in _CUE_BEFORE or before[-1].lower() in _ROLE_NOUNS):
        return False
    openers = []
    for m in tokens:
        w = m.group()
        low = fold(w.lower())
        if low in _PERSON_WORDS or low in _NAME_MARKERS or any(p in _PERSON_WORDS for p in re.split(r"[-'’]", low) if p):
            return False
        if w.islower():
            continue
        if lowercase_follower:
            return False
        if m.start() != sentence[0].start():
            # a capitalised word inside the sentence is a name or a place ("Mon client Mathieu Tremblay"), save one
            # alone taken for a person: see _institution_noun
            if len(tokens) > 1 or span.entity_type != "PERSON":
                return False
        openers.append(m)
    if _name_in_lowercase(tokens):
        return False  # "big dave on ward 4 sa gabi ...": a name written in lowercase
    # the guess's shape is read first with the small words of every language, then langid is asked (a few ms) and the
    # shape read again with the small words of the language it names
    if not _shape_of_the_language(span, text, tokens, openers, sentence, before, lowercase_follower, None):
        return False
    lang, prob = sentence_language(text[left:right])
    if lang == "en" or prob < _LANGID_LEAST_PROBABILITY:
        return False
    return _shape_of_the_language(span, text, tokens, openers, sentence, before, lowercase_follower, lang)


# German and Luxembourgish write every noun with a capital: in a sentence langid reads as one of them, a guess
# made of words the language's common-word lists hold is made of its nouns ("unendlich viel Kaffee", "nach 10
# Stunden Behörde", "ein Kind fragt mich"), where in English or French a capital inside a sentence makes a name.
# A given name stays a name ("Danke an Jonas Becker"), and so does a word no list holds (a small town, a surname).
_NOUNS_CAPITALISED = frozenset({"de", "lb"})
_GERMAN_TITLE = re.compile(r"(?i)frau|herr|herrn|fr|hr|dr|prof|familie")
_GERMAN_TITLE_BEFORE = re.compile(r"(?i)\b(?:frau|herr|herrn|fr|hr|dr|prof|familie|mein(?:e|em|en)?\s+\w+)\.?\s+$")


def is_noun_of_a_sentence_in_german(span: Span, text: str) -> bool:
    """A name guess made only of common words of German (or Luxembourgish), or of compounds of them ("Lesesaal",
    "Kaffeemaschine"), none of them a listed given name, in German: a sentence of four words or more that langid reads
    as that language with p >= 0.9; in a sentence too short for langid ("Prüfungsphase ist real."), the whole
    post."""
    guess = _guess_in_sentence(span, text)
    if guess is None:
        return False
    tokens = [m.group() for m in guess.tokens]
    before = _GERMAN_TITLE_BEFORE.search(text, max(0, span.start - 12), span.start)
    if before is not None or any(_GERMAN_TITLE.fullmatch(w) for w in tokens):
        return False  # "Frau Koch", "Herr Fischer", "Frau Özdemir": many surnames are common words of a language
    for word in tokens:
        if lexicon.is_listed_as_name(word) or fold(word.lower()) in _PERSON_WORDS:
            return False
        # the lists leave out English words, which German shares as nouns ("das ganze Team", "ein Kind")
        if not (_foreign_word(word) or fold(word.lower()) in _stop_words("de") or lexicon.is_ordinary_word(word)
                or is_compound_of_listed_words(word)):
            return False
    return any(_german(text[left:right]) for left, right in _german_readings(span, text, guess))


def _german(passage: str) -> bool:
    lang, prob = sentence_language(passage)
    return lang in _NOUNS_CAPITALISED and prob >= _LANGID_LEAST_PROBABILITY


# A sentence langid names as another language and the lists agree is (most of its words theirs), opening on a word
# of it that the lists leave out because an English chat word or a name of records is spelt so ("Hii stori ya mama
# wa ...": this story; "Hjertet mitt er knust"): the word opens the language's sentence. A name opening such a
# sentence is followed by its verb, in Swahili a verb of a subject's shape ("Nyokabi alinipigia"), and is a name the
# app's lists hold more often than not ("Wanjiku", "Sara"); a capitalised word after it makes a name of two words.
_LEAST_OTHER_AFTER_OPENER = 3
# Only Swahili, whose verb says by its shape that a name before it is its subject: in French or Spanish an unlisted
# name before its verb ("Maëlle est arrivée", "Yuleisy llegó tarde") reads as the language's word would ("Cabane à
# sucre"), and was cleared so when tried (session 42).
_OPENER_LANGUAGES = frozenset({"sw"})
# What follows a name as a sentence's subject in Swahili besides its verb: "na" (and), "ni" (is), "pia" (too).
_AFTER_A_SWAHILI_SUBJECT = frozenset({"na", "ni", "ndiye", "pia", "mwenyewe", "naye"})


def is_opener_of_a_sentence_langid_and_lists_name(span: Span, text: str) -> bool:
    """A capitalised word of no list opening a sentence of four words or more that langid names as Swahili (p >= 0.9)
    and whose other words are mostly that language's by the lists: "Hii stori ya mama wa ...". Not a name
    the app's lists hold ("Leo", "Wanjiku"), a place, a title or a word of kin, nor a word before a verb
    ("Nyokabi alinipigia jana", "Sana came in"), a capitalised word or a figure."""
    tokens = _LETTERS.findall(text, span.start, span.end)
    word = tokens[0] if tokens else ""
    # the guess may take in the sentence's lowercase words after the opener ("Hii ripoti ya wiki"): of the language
    # or everyday English, no name written in lowercase among them
    if any(not (w.islower() and (_other_language_token(w) or lexicon.is_common_word(w))) or lexicon.is_listed_as_name(w)
           for w in tokens[1:]):
        return False
    if not _ONE_WORD.fullmatch(word) or lexicon.is_listed_as_name(word) or not _opens_sentence(text, span.start):
        return False
    if _ABBREVIATION_BEFORE.search(text, max(0, span.start - 8), span.start):
        return False  # "Sr. Batista, esperamos ...", "si Atty. Reyes": a title's stop, not a sentence's end
    low = fold(word.lower())
    if low in _PLACES or low in _PERSON_WORDS or low in _NAME_MARKERS or lexicon.is_ordinary_word(word):
        return False
    guess = _guess_in_sentence(span, text)
    if guess is None or len(guess.sentence) < _LANGID_LEAST_WORDS or guess.sentence[0].start() != span.start:
        return False
    nxt = guess.sentence[1].group()
    if not nxt.islower() or nxt in _SUBJECTS_VERB or nxt.endswith("ed") or _SWAHILI_VERB.fullmatch(nxt) \
            or nxt in _AFTER_A_SWAHILI_SUBJECT:
        return False
    lang, prob = sentence_language(text[guess.left : guess.right])
    if lang not in _OPENER_LANGUAGES or prob < _LANGID_LEAST_PROBABILITY:
        return False
    # the lists' words, and the stop words spaCy ships for the language langid names ("à", "ma": English words too)
    rest = [m.group() for m in guess.sentence[1:]]
    other, counted = _share_of_other_language(rest)
    stops = _stop_words(lang)
    other += sum(1 for w in rest if w.islower() and not _other_language_token(w) and fold(w) in stops)
    return other >= _LEAST_OTHER_AFTER_OPENER and other >= _MOSTLY_OTHER * counted


def _german_readings(span: Span, text: str, guess: _GuessInSentence):
    """Where the language of a guess's words is read: its sentence (four words or more), else the whole post. (The
    clause of a mixed sentence was tried and dropped: langid read "Teeny school in St Erth" as German.)"""
    if len(guess.sentence) >= _LANGID_LEAST_WORDS:
        yield guess.left, guess.right
    elif len(_LETTERS.findall(text)) >= _LANGID_LEAST_WORDS:
        yield 0, len(text)


# German and Dutch write a noun of two nouns as one word ("Kaffeemaschine", "Beamtenleben", "Prüfungsphase",
# "Lesesaal"), which no list holds whole: read as its two parts, each a common word of the languages' lists or an
# English one (German shares "phase", "saal"), one at least of the lists, with the linking letters between
# ("Prüfung-s-phase", "Beamte-n-leben"). Surnames and places are compounds too ("Rosenberg", "Kleinwalsdorf",
# "Schwarzkopf"), mostly ending on a word of place, trade or descent: those heads (_COMPOUND_NAME_HEADS) keep the
# word a name, and so does a part the dictionary lists as a name ("Goldschale": "gold").
_LINKS = ("", "s", "n", "en", "es", "e", "er")
_COMPOUND_NAME_HEADS = (
    "berg", "burg", "stein", "mann", "man", "dorf", "torf", "feld", "veld", "bach", "beck", "beek", "heim", "hof",
    "hoff", "haus", "hausen", "husen", "huis", "tal", "thal", "dal", "au", "ow", "itz", "witz", "ingen", "ing", "rode",
    "stedt", "stadt", "brück", "bruck", "brugge", "kamp", "meyer", "meier", "maier", "mayer", "müller", "bauer",
    "schmidt", "schmid", "schneider", "wald", "horst", "holz", "kirch", "kirchen", "born", "brunn", "brunnen", "see",
    "weiler", "weil", "dijk", "dyk", "dam", "damm", "hoven", "kerk", "sma", "stra", "son", "sen", "sson", "kopf",
    "hardt", "hart", "ert", "mund", "fried", "helm", "brecht", "bert", "ger", "wig", "rich", "lind", "lund", "strom",
    "ström", "gaard", "gard", "by", "rup", "lev", "slev", "inga", "ik", "ski", "sky", "ová", "ova", "meer", "mere",
    "brug", "drecht", "wijk", "wyk", "voort", "broek", "zand", "binder", "macher", "maker",
) + tuple(vocab.words("place_name_endings"))  # and how English places and surnames end ("Sunderland", "Ashworth")
# Dutch and German surnames open on a contracted "van de(r)" or a preposition ("Verstappen", "Terhorst", "Tenbrink").
_COMPOUND_NAME_OPENERS = ("ver", "van", "von", "ter", "ten", "zum", "zur", "vom")


def is_compound_of_listed_words(word: str) -> bool:
    """``word`` is a compound of two common words, one at least of another language's lists: "Kaffeemaschine",
    "Beamtenleben", "Lesesaal"; not "Rosenberg" (a surname's head), "Goldschale" (a part listed as a name), nor a word
    of seven letters or fewer."""
    low = word.lower()
    # an English word whole is English, whatever it splits into ("Logistics": "logis" + "tics")
    if len(low) < 8 or not low.isalpha() or lexicon.is_listed_as_name(word) or lexicon.is_ordinary_word(low) \
            or low.endswith(_COMPOUND_NAME_HEADS) or low.startswith(_COMPOUND_NAME_OPENERS):
        return False
    for cut in range(3, len(low) - 3):
        head = low[cut:]
        if not _compound_part(head):
            continue
        modifier = low[:cut]
        for link in _LINKS:
            stem = modifier[: len(modifier) - len(link)] if link else modifier
            if len(stem) >= 3 and modifier.endswith(link) and _compound_part(stem) \
                    and (_common_foreign_word(stem) or _common_foreign_word(head)):
                return True
    return False


def _common_foreign_word(part: str) -> bool:
    """On the long generated lists of common words (not the hand lists of interjections: "golds-chale")."""
    return part in OTHER_LANGUAGE_WORDS or fold(part) in OTHER_LANGUAGE_WORDS


def _compound_part(part: str) -> bool:
    return not lexicon.is_listed_as_name(part) and (_foreign_word(part) or lexicon.is_ordinary_word(part)) \
        and part not in _SHORT and part not in _PERSON_WORDS


def _name_in_lowercase(tokens: list[re.Match]) -> bool:
    """A lowercase word the dictionary lists as a name ("big dave"), and no word of the lists or small word of a
    language (stop words, names kept: "mon parapluie", "votre mot de passe") in the guess beside it."""
    return any(m.group().islower() and lexicon.is_listed_as_name(m.group()) for m in tokens) and not any(
        _foreign_word(m.group().lower()) or fold(m.group().lower()) in _any_stop_words_names_kept() for m in tokens)


@functools.lru_cache(maxsize=1)
def _any_stop_words_names_kept() -> frozenset[str]:
    words = set()
    for code in _STOP_WORD_LANGUAGES:
        try:
            words |= {fold(w.lower()) for w in __import__(f"spacy.lang.{code}.stop_words", fromlist=["STOP_WORDS"]).STOP_WORDS}
        except ImportError:
            pass
    return frozenset(words)


def _shape_of_the_language(span, text, tokens, openers, sentence, before, lowercase_follower, lang) -> bool:
    """The words of the guess are the sentence's language's (``lang``; any language when None): see above."""
    if openers and openers[0].start() != sentence[0].start():
        return _institution_noun(openers[0].group(), before, text, openers[0].end(), lang)
    if lowercase_follower:
        stops = _stop_words(lang)
        for m in tokens:
            w = m.group()
            parts = [p for p in re.split(r"[-'’]", w) if p]
            if not (_ELIDED.fullmatch(w) or fold(w) in stops
                    or (all(_foreign_word(p) or fold(p) in stops for p in parts) and not lexicon.is_ordinary_word(w))):
                return False
        return True
    return all(_opener_of_the_language(m.group(), text, m.end(), lang) for m in openers)


def _listed_words_in_a_sentence_of_another_language(span: Span, text: str) -> bool:
    """A lowercase word taken for a name after a role noun or as a name's repeat ("AML officer amechanganyikiwa": is
    confused), every word of it on the language's lists (which hold no given names), in a sentence mostly in that
    language. A name written in lowercase after a role stays ("candidate wanjiku mwangi": on no list)."""
    words = _LETTERS.findall(text, span.start, span.end)
    if not words or not all(w.islower() and _foreign_word(fold(w)) and not lexicon.is_ordinary_word(w) for w in words):
        return False
    return is_guess_in_a_sentence_of_another_language(span, text) or False


# The weekdays and months of the languages in Latin letters (other_language_calendar_words.txt, from CLDR).
CALENDAR_WORDS = vocab.words("other_language_calendar_words")
_LEAST_FOR_CALENDAR = 2


def is_time_named_in_another_language(span: Span, text: str) -> bool:
    """A weekday or a month named in another language, in a post written partly in it ("60th birthday niya sa
    Sabado", "tutaonana Jumamosi"): a time, not someone, as "Saturday" is none. Not after a title, a word of kin or a
    word that says a name comes next ("si Sabado"), nor in an English post, where the word may be a surname."""
    name = span.text.removesuffix("'s").removesuffix("’s")
    if fold(name.lower()).replace("’", "'") not in CALENDAR_WORDS:
        return False
    before = _LETTERS.findall(text, max(0, span.start - 30), span.start)
    if before and (before[-1].lower() in _PERSON_WORDS or before[-1].lower() in _NAME_MARKERS):
        return False
    others = [w for w in _LETTERS.findall(text[: span.start] + " " + text[span.end :])
              if w.islower() and len(w) >= 3 and _foreign_word(w) and not lexicon.is_ordinary_word(w)]
    return len(others) >= _LEAST_FOR_CALENDAR


# A hyphen after it and an everyday English word in lowercase: the word is one, of that language, made of an affix
# and an English stem, as Taglish makes its verbs ("Nagpapa-check up tayo": we get check-ups; "Nagpa-renew"), not
# a name and what follows; a double surname's second part is no English word ("Hauta-aho").
_HYPHEN_STEM = re.compile(r"[-‐]([a-z]+)\b")


def is_affix_of_another_language(span: Span, text: str) -> bool:
    """A capitalised word of another language's lists (no English word, no given name the lists hold) joined by a
    hyphen to a lowercase word: "Nagpapa-check up tayo ng ngipin". Not "Jean-luc" (no word of the lists), nor
    "Anne-marie", nor a double surname ("Hauta-aho": no English word after the hyphen)."""
    word = span.text
    if not _WORD.fullmatch(word) or not word[:1].isupper() or word.isupper() or lexicon.is_ordinary_word(word):
        return False
    low = fold(word.lower())
    if not (low in OTHER_LANGUAGE_WORDS or low in OTHER_ENGLISH_WORDS or low in FUNCTION_WORDS) or low in _PERSON_WORDS:
        return False
    m = _HYPHEN_STEM.match(text, span.end)
    return m is not None and lexicon.is_common_word(m.group(1))


def _without_leading_particles(span: Span, text: str) -> Span:
    """A name guess that took in the lowercase small words of another language before the name ("ya Kitengela": of
    Kitengela; "na Wanjiru"): the name alone, as "of" is no part of "of Leeds". Only function words and the short
    particles of the lists, only before a capitalised word, and no figure after them (a sum is read by its own rules)."""
    if span.entity_type not in _NAME_KINDS or span.source not in _GUESSES or any(c.isdigit() for c in span.text):
        return span
    start = span.start
    for m in _LETTERS.finditer(text, span.start, span.end):
        w = m.group()
        if w.islower() and (w in FUNCTION_WORDS or w in _SHORT or w in _GENITIVES) and w not in _NAME_MARKERS:
            continue
        if w[:1].isupper() and m.start() > span.start:
            start = m.start()
        break
    if start == span.start:
        return span
    return replace(span, start=start, text=text[start:span.end])


# Swahili's "of" agrees with its noun ("mgeni wa", "supermarket ya", "watoto za"): small words no list keeps, as
# "wa" and "ya" are words of English chat too.
_GENITIVES = frozenset({"wa", "ya", "za", "la", "cha", "vya", "kwa"})


def outside_other_englishes(spans: list[Span], text: str) -> list[Span]:
    """``spans`` less the names that are words of another English ("sef", "unuh", "Lawd", "ko pa rin"), and a
    capitalised word opening a clause of one ("Kaya niyo 'yan")."""
    spans = [_without_leading_particles(s, text) for s in spans]
    kept = [s for s in spans if not (s.entity_type in _NAME_KINDS and s.entity_type != "WATCHED"
                                     and (is_other_english(s.text) or is_drawn_out_exclamation(s.text)
                                          or opens_other_english_clause(s, text)
                                          or is_exclaimed_in_another_language(s, text)
                                          or is_time_named_in_another_language(s, text)
                                          or _TAGALOG_AFFIXED_NAME.fullmatch(s.text) is not None
                                          or _NGUNI_FIRST_PERSON_VERB.fullmatch(s.text) is not None
                                          or is_affix_of_another_language(s, text)
                                          or (s.source in _GUESSES and (is_thanks_in_another_language(s, text)
                                                                        or is_mixed_phrase_opening_a_sentence(s, text)
                                                                        or is_pronoun_joined_to_its_verb(s)
                                                                        or is_quoted_phrase_of_another_language(s, text)
                                                                        or is_one_word_sentence(s, text)
                                                                        or is_phrase_of_english_and_other_english(s.text)
                                                                        or opens_clause_of_another_language(s, text)
                                                                        or opens_sentence_of_a_post_in_another_language(s, text)
                                                                        or is_in_a_clause_of_another_language(s, text)
                                                                        or is_lowercase_run_of_the_clause(s, text)
                                                                        or is_guess_in_a_sentence_of_another_language(s, text)
                                                                        or is_guess_in_a_sentence_langid_names(s, text)
                                                                        or is_opener_of_a_sentence_langid_and_lists_name(s, text)
                                                                        or is_noun_of_a_sentence_in_german(s, text)))
                                          or (s.source in _LOWERCASE_FOLLOWERS and (is_lowercase_run_of_the_clause(s, text)
                                                                                    or _listed_words_in_a_sentence_of_another_language(s, text)
                                                                                    or is_guess_in_a_sentence_langid_names(s, text, lowercase_follower=True)))))]
    # the repeated-name rule found its repeats from the guesses before they were read here: a repeat of a word cleared
    # here ("Prüfungsphase ist real ... #Prüfungsphase") goes with it, unless another span still holds that word. The
    # repeat is of one word of what was cleared as often as of the whole: "Sy ma het gehuil, ek het gehuil" (the model
    # took "ma het gehuil", the repeat rule "gehuil"), "sinabihan ako ... Ako pa?!", "dem don ... season don land":
    # each word of a cleared guess counts, as the repeat rule chases each word.
    cleared = {w for s in spans if s.entity_type in _NAME_KINDS and s.source != "repeated name rule"
               for w in _words_lowered(s.text)} - {w for s in kept if s.source != "repeated name rule"
                                                    for w in _words_lowered(s.text)}
    if cleared:
        kept = [s for s in kept if not (s.source == "repeated name rule" and s.text.lower() in cleared)]
    return kept


def _words_lowered(text: str) -> set[str]:
    """The span's text whole and each of its words, lowercased ("ma het gehuil" -> {"ma het gehuil", "ma", ...})."""
    low = text.lower()
    return {low, *(w.lower() for w in _LETTERS.findall(text))}


# Rules that take a lowercase word for a name because of another span: the word of a name found elsewhere again
# ("Grabe ang toxic ... kayo ang tunay na MVP", after the model took "Grabe ang" for a name) and the word after a
# role noun ("nurse kaya"). In a clause of another language such a lowercase word is that language's ("ang", the),
# as it is when the model guesses it.
_LOWERCASE_FOLLOWERS = frozenset({"repeated name rule", "role noun name rule"})
# The rules that guess a name from capitals and position (a title, a role or an age before it is no guess).
_GUESSES = frozenset({"language model (spaCy)", "proper noun name rule", "sentence subject name rule",
                      "name in context rule", "capitalised place rule", "vocative name rule", "word name rule"})
