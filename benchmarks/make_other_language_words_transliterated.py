"""Generate rewriter/data/other_language_words_transliterated.txt: the common words of the languages people write
in Latin letters though their own script is another (Greek, Russian, Ukrainian, Bengali and Sylheti), and the short
common words of Vietnamese, at development time only.

    # a tool venv holding wordfreq 3.1.1 (never the app's venv); the app's package gives the dictionary
    PYTHONPATH=TOOLVENV/lib/python3.11/site-packages:. python benchmarks/make_other_language_words_transliterated.py \
        > rewriter/data/other_language_words_transliterated.txt

other_language_words.txt holds the common words of the 26 languages wordfreq counts in Latin letters. A Greek,
Russian or Bangladeshi writer mixing the language into an English post writes it in Latin letters ("Chronia polla!",
"Christos anesti", "Spasibo everyone", "Alhamdulillah, ammu bhalo achen"): wordfreq counts those words in their own
script (Greek, Cyrillic, Bengali), so the list lacks them, and the name rules took them for people and places. This
spells each word of Zipf 4 or more in Latin letters the ways such writers do (Greek: the ELOT 743 spelling and the
phonetic "Greeklish" one, "efcharisto"/"efharisto", "chronia"/"xronia"; Russian and Ukrainian: the BGN/PCGN-like
spelling with "kh" and "h" for "х"; Bengali: letter by letter with the inherent vowel "o", which word-final
consonants drop, "bhalo", "kemon"). Vietnamese is in the 26 languages, but their list keeps words of three letters
or more, and most Vietnamese words are one syllable of two letters ("bà", grandmother; "mẹ", mother; "ơi", the call):
its words of two letters are kept here when they carry a Vietnamese mark, which no English word and no name written
without marks does (a reader types "Bà" or "bà"; "Le", "Ba" typed plain stay names).

The protections are those of make_other_language_words.py, with the people of English Wikipedia in place of
nomquamgender's given names: left out are the words of the names of two or more people the app's lists of public
people hold (wikipedia_people*.txt, famous_people*.txt: "giorgos", "nikos", "ivan", "natasha", "nguyen", "rahman",
"lê"), words the dictionary lists with a capital, every English word (the app's dictionary, and words wordfreq finds
in English no more than one step of ten below the language), the places of the app's gazetteer lists ("athina",
"moskva", "dhaka"), and words of one or two letters (Vietnamese aside, above). The list says what a word is; the
rules that read other_language_words.txt read this one with it, as exclamations, greetings and clauses of the
language, never a word alone.

With --own-script, rewriter/data/other_language_words_own_script.txt: the same languages' common words in their own
letters (Greek, Cyrillic), for the words a writer leaves in them inside an English post ("Δεν αντέχω.", "Нет слов."),
with the same protections read through each word's Latin spellings.

    PYTHONPATH=TOOLVENV/lib/python3.11/site-packages:. python benchmarks/make_other_language_words_transliterated.py \
        --own-script > rewriter/data/other_language_words_own_script.txt
"""

from __future__ import annotations

import importlib.metadata
import math
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rewriter import vocab  # noqa: E402
from rewriter.detect.recognizers.support import lexicon  # noqa: E402

MIN_ZIPF = 4.0
# Bengali names its children with its common nouns ("Brishti", rain; "Megh", cloud; "Polash", a flower), and English
# Wikipedia knows few Bangladeshi people to leave them out by: only its commonest words, the small words of a clause
# ("ami", "tumi", "bhalo", "kemon", "ache"), a name seldom is.
MIN_ZIPF_BENGALI = 5.5
ENGLISH_MARGIN = 1.0
# A word of the names of this many people of the public lists is a name's word ("giorgos", "ivanova").
NAME_WORD_PEOPLE = 2
PEOPLE_LISTS = ("wikipedia_people", "wikipedia_people_common", "wikipedia_people_commonest", "famous_people",
                "famous_people_top", "famous_people_wide")
PLACE_LISTS = ("big_places", "towns", "travel_places", "countries")

HEADER = """\
# Common words of the languages written in Latin letters though their script is another (Greek, Russian, Ukrainian,
# Bengali and Sylheti), spelt as their writers spell them in an English post ("chronia", "polla", "efcharisto",
# "spasibo", "bhalo", "achen"), and the Vietnamese words of two letters that carry a Vietnamese mark ("bà", "mẹ", "ơi"),
# lowercase: read with other_language_words.txt wherever it is read, as exclamations, greetings and clauses of the
# language, never a word alone (detect/other_englishes.py).
# source: wordfreq {wf} (Apache-2.0; data CC BY-SA 4.0), words of Zipf frequency {zipf} or more in Greek, Russian and
# Ukrainian and {zipf_bn} or more in Bengali (whose names are its common nouns: "Brishti", rain), transliterated (Greek: ELOT 743 and phonetic Greeklish; Cyrillic: BGN/PCGN-like, "kh" and
# "h"; Bengali: letter by letter, inherent "o"), and in Vietnamese, its words of two letters with a mark. Left out:
# the words of the names of {people}+ people on the app's lists of public people (wikipedia_people*.txt,
# famous_people*.txt), words the dictionary lists with a capital, English words (the app's dictionary; wordfreq's
# English within one step of ten), the places of the app's gazetteer lists, and words of one or two letters but the
# Vietnamese ones. {count} words. Generated by benchmarks/make_other_language_words_transliterated.py; do not edit by
# hand.
"""


def plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# Greek: (digraph, ELOT spelling, phonetic spelling), then the letters.
_GREEK_DIGRAPHS = (("ου", "ou", "ou"), ("αι", "ai", "e"), ("ει", "ei", "i"), ("οι", "oi", "i"), ("υι", "yi", "i"),
                   ("αυ", "av", "af"), ("ευ", "ev", "ef"), ("μπ", "mp", "b"), ("ντ", "nt", "d"), ("γκ", "gk", "g"),
                   ("γγ", "ng", "ng"), ("τσ", "ts", "ts"), ("τζ", "tz", "tz"))
_GREEK = {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
          "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
          "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o"}
_GREEK_PHONETIC = dict(_GREEK, υ="i", χ="h", ξ="ks")


def greek(word: str) -> set[str]:
    """ "ευχαριστώ" -> {"efcharisto", "efharisto", "evcharisto", ...}; "χρόνια" -> {"chronia", "hronia", "xronia"};
    "γιαγιά" -> {"giagia", "yiayia", ...}: each letter or pair that writers spell two ways, both ways."""
    w = plain(word.lower())
    choices: list[tuple[str, ...]] = []
    i = 0
    while i < len(w):
        if w[i] == "γ" and w[i + 1 : i + 2] == "ι" and w[i + 2 : i + 3] in tuple("αεοω"):
            choices.append(("gi", "yi", "y"))  # "γιαγιά" -> "yiayia", "γεια" -> "yeia", "γιατί" -> "yati"
            i += 2
            continue
        d = next((x for x in _GREEK_DIGRAPHS if x[0] == w[i : i + 2]), None)
        if d:
            choices.append(tuple(dict.fromkeys(d[1:])))
            i += 2
            continue
        if w[i] not in _GREEK:
            return set()
        choices.append(tuple(dict.fromkeys((_GREEK[w[i]], _GREEK_PHONETIC[w[i]]))) + (("x",) if w[i] == "χ" else ()))
        i += 1
    out = {""}
    for options in choices:
        out = {o + c for o in out for c in options}
        if len(out) > _MOST_SPELLINGS:
            return set()  # a long word of many such letters: its spellings are too many to be worth listing
    return out


_MOST_SPELLINGS = 64


_CYRILLIC = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
             "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
             "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
             "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g"}


def cyrillic(word: str, lang: str) -> set[str]:
    """ "спасибо" -> {"spasibo"}; "хорошо" -> {"khorosho", "horosho"}; Ukrainian "г" is "h", "и" is "y"."""
    table = dict(_CYRILLIC)
    if lang == "uk":
        table.update({"г": "h", "и": "y"})
    w = word.lower()
    if any(c not in table for c in w):
        return set()
    out = set()
    for kh in ("kh", "h"):
        table["х"] = kh
        out.add("".join(table[c] for c in w))
    return out


# Bengali: consonants (with their inherent "o"), independent vowels, vowel signs; the virama drops the inherent vowel.
_BN_CONSONANTS = {"ক": "k", "খ": "kh", "গ": "g", "ঘ": "gh", "ঙ": "ng", "চ": "ch", "ছ": "ch", "জ": "j", "ঝ": "jh",
                  "ঞ": "n", "ট": "t", "ঠ": "th", "ড": "d", "ঢ": "dh", "ণ": "n", "ত": "t", "থ": "th", "দ": "d",
                  "ধ": "dh", "ন": "n", "প": "p", "ফ": "f", "ব": "b", "ভ": "bh", "ম": "m", "য": "j", "র": "r", "ল": "l",
                  "শ": "sh", "ষ": "sh", "স": "s", "হ": "h", "ড়": "r", "ঢ়": "rh", "য়": "y", "ৎ": "t"}
_BN_VOWELS = {"অ": "o", "আ": "a", "ই": "i", "ঈ": "i", "উ": "u", "ঊ": "u", "ঋ": "ri", "এ": "e", "ঐ": "oi", "ও": "o",
              "ঔ": "ou"}
_BN_SIGNS = {"া": "a", "ি": "i", "ী": "i", "ু": "u", "ূ": "u", "ৃ": "ri", "ে": "e", "ৈ": "oi", "ো": "o", "ৌ": "ou"}
_BN_MARKS = {"ং": "ng", "ঃ": "", "ঁ": ""}
_BN_VIRAMA = "্"


def bengali(word: str) -> set[str]:
    """ "ভালো" -> "bhalo", "আমি" -> "ami", "কেমন" -> "kemon" (the last consonant without its "o"), "আছেন" -> "achen"."""
    w = unicodedata.normalize("NFC", word)
    w = w.replace("ড়", "ড়").replace("ঢ়", "ঢ়").replace("য়", "য়")
    s, i = [], 0
    while i < len(w):
        c = w[i]
        if c in _BN_CONSONANTS:
            nxt = w[i + 1 : i + 2]
            if nxt in _BN_SIGNS:
                s.append(_BN_CONSONANTS[c] + _BN_SIGNS[nxt])
                i += 2
            elif nxt == _BN_VIRAMA:
                s.append(_BN_CONSONANTS[c])
                i += 2
            else:
                s.append(_BN_CONSONANTS[c] + ("o" if i + 1 < len(w) and w[i + 1] not in _BN_MARKS else ""))
                i += 1
        elif c in _BN_VOWELS:
            s.append(_BN_VOWELS[c])
            i += 1
        elif c in _BN_MARKS:
            s.append(_BN_MARKS[c])
            i += 1
        else:
            return set()
    return {"".join(s)}


def _people_words() -> Counter:
    counts: Counter = Counter()
    for name in PEOPLE_LISTS:
        for person in set(vocab.entries(name)):
            for w in set(re.findall(r"[^\W\d_]+", person.lower())):
                counts[w] += 1
                if plain(w) != w:
                    counts[plain(w)] += 1
    return counts


def words() -> set[str]:
    import wordfreq

    people = _people_words()
    places = {plain(p.lower()) for name in PLACE_LISTS for p in vocab.words(name)}
    best: dict[str, float] = {}

    def offer(latin: str, zipf: float) -> None:
        if re.fullmatch(r"[a-z]{3,}", latin) and zipf > best.get(latin, 0):
            best[latin] = zipf

    for lang, spell in (("el", greek), ("ru", lambda w: cyrillic(w, "ru")), ("uk", lambda w: cyrillic(w, "uk")),
                        ("bn", bengali)):
        least = MIN_ZIPF_BENGALI if lang == "bn" else MIN_ZIPF
        for w, freq in wordfreq.get_frequency_dict(lang, wordlist="best").items():
            zipf = math.log10(freq) + 9
            if zipf < least:
                break  # most frequent first
            for latin in spell(w):
                offer(latin, zipf)
    keep = set()
    for w, zipf in best.items():
        if wordfreq.zipf_frequency(w, "en") > zipf - ENGLISH_MARGIN or people[w] >= NAME_WORD_PEOPLE or w in places:
            continue
        if lexicon.is_ordinary_word(w) or lexicon.is_listed_as_name(w):
            continue
        keep.add(w)
    for w, freq in wordfreq.get_frequency_dict("vi", wordlist="best").items():
        zipf = math.log10(freq) + 9
        if zipf < MIN_ZIPF:
            break
        # two letters with a Vietnamese mark ("bà", "mẹ", "ơi", "đi"); not a name's word written so ("lê", "hồ")
        if len(w) == 2 and w.isalpha() and not w.isascii() and people[w] < NAME_WORD_PEOPLE:
            keep.add(w)
    return keep


# --own-script: the Greek, Russian and Ukrainian words in their own letters, for the words written so inside an
# English post ("Δεν αντέχω.", "Ну вот.", "Нет слов."). A word in those letters is never English, so the English
# filters do not apply; a name is told through the word's Latin spellings, and only the commonest words are kept
# (about the top 2,000 of each language), where a given name is one popular enough for the people lists to hold it
# many times ("александр" 5.3, "γιώργος" 5.1, "μαρία" 5.1) while a word's spelling is seldom a name's word ("den"
# of "δεν", 29 people; "moya" of "моя", 16).
MIN_ZIPF_OWN_SCRIPT = 5.0
NAME_WORD_PEOPLE_OWN_SCRIPT = 50
NAME_OPENING_PEOPLE = 5
_GREEK_OR_CYRILLIC = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff]+")

OWN_SCRIPT_HEADER = """\
# Common words of Greek, Russian and Ukrainian in their own letters, lowercase ("δεν", "μόλις", "ну", "нет", "моя"):
# a capitalised one opening a sentence inside an English post is a word of that language, not a name
# (detect/foreign_sentences.py).
# source: wordfreq {wf} (Apache-2.0; data CC BY-SA 4.0), words of Zipf frequency {zipf} or more in Greek, Russian and
# Ukrainian, in Greek or Cyrillic letters. Left out: every word one of whose Latin spellings (those of
# other_language_words_transliterated.txt) is a word of the names of {people} or more people of the app's lists of
# public people ("иван", "μαρία", "γιώργος") or opens as one of those of 5 or more does ("сергей"/"sergey"), a
# name the dictionary lists ("нет"/"net" goes by that rule too) or a place of the gazetteer lists. {count} words,
# about {kb} KB.
# Generated by benchmarks/make_other_language_words_transliterated.py --own-script; do not edit by hand.
"""


def own_script_words() -> set[str]:
    import wordfreq

    people = _people_words()
    places = {plain(p.lower()) for name in PLACE_LISTS for p in vocab.words(name)}
    # the first five letters of the popular names, for the spellings that differ from the lists' ("sergey" beside
    # "sergei", "volodimir" beside "volodymyr", "andriy" beside "andrii")
    name_openings = {w[:5] for w, n in people.items() if n >= NAME_OPENING_PEOPLE and len(w) >= 5}
    keep = set()
    for lang, spell in (("el", greek), ("ru", lambda w: cyrillic(w, "ru")), ("uk", lambda w: cyrillic(w, "uk"))):
        for w, freq in wordfreq.get_frequency_dict(lang, wordlist="best").items():
            if math.log10(freq) + 9 < MIN_ZIPF_OWN_SCRIPT:
                break
            if len(w) < 2 or not _GREEK_OR_CYRILLIC.fullmatch(w):
                continue
            if any(people[s] >= NAME_WORD_PEOPLE_OWN_SCRIPT or s in places or lexicon.is_listed_as_name(s)
                   or (len(s) >= 5 and s[:5] in name_openings) for s in spell(w)):
                continue
            keep.add(w)
    return keep


def main() -> None:
    if "--own-script" in sys.argv:
        kept = own_script_words()
        size = sum(len(w.encode()) + 1 for w in kept) // 1000
        print(OWN_SCRIPT_HEADER.format(wf=importlib.metadata.version("wordfreq"), zipf=MIN_ZIPF_OWN_SCRIPT,
                                       people=NAME_WORD_PEOPLE_OWN_SCRIPT, count=len(kept), kb=size), end="")
        for w in sorted(kept):
            print(w)
        return
    kept = words()
    print(HEADER.format(wf=importlib.metadata.version("wordfreq"), zipf=MIN_ZIPF, zipf_bn=MIN_ZIPF_BENGALI, people=NAME_WORD_PEOPLE,
                        count=len(kept)), end="")
    for w in sorted(kept):
        print(w)


if __name__ == "__main__":
    main()
