"""Generate rewriter/data/other_language_words.txt: the common words of the languages written in Latin letters
that people mix into English posts, at development time only.

    pip install --target SCRATCH wordfreq==3.1.1 nomquamgender==0.1.4   # never into the app's venv
    PYTHONPATH=SCRATCH python benchmarks/make_other_language_words.py > rewriter/data/other_language_words.txt

wordfreq (code Apache-2.0, data CC BY-SA 4.0: Wikipedia, subtitles, news, books, web text and social media in
each language) says how often each word is written in 40-odd languages. A greeting or a word of another language
("Maligayang Pasko", "Kumusta kayo", "Bonne fin de semaine", "Mabuhay") is among the commonest words of its own
language, while a private person's name is rare in every language, so such a word is one nobody is named by.
A given name is common too ("Beatriz", "Agnieszka"), so given names are left out (nomquamgender, MIT: a name
50 people or more bear; 1,000 or more for a word as common as "bonne" or "kayo", which records of people hold by
chance), and so are the words a name may be: every word the dictionary lists with a capital ("Grace", "Fin"),
every English word (the app's dictionary: the English rules read those), every word more common in English
than one step of ten below its own language, and words of one or two letters. Place names are made of such
words too ("Bukit Timah", "Sangre Grande"): the list says what a word is, and the rule that reads it
(detect/other_englishes.py) asks the sentence whether it is said as an exclamation or a place.

Measured (session 19) on the name spans the detector gave the tuning drafts: 11 of the 396 on harmless posts
read as an exclamation in these words ("Maligayang Pasko po", "Kumusta kayo", "Bonne fin de semaine",
"Mabuhay"), none of the 3,637 on labelled identifiers; on the name drafts (8,795 spans), none on a NAME, PLACE
or ORG mark. English frequency alone tells no famous name from a private surname ("kipchoge" 1.6, "sudafed"
1.8, "kelechi" 1.8, "abernethy" 2.3, "hargreaves" 2.8), so the list holds other languages' words only.
The app reads the generated file (1.3 MB, about 143,000 words); it imports neither package.

With --swahili, rewriter/data/other_language_words_swahili.txt: wordfreq holds no Swahili, so the words come from
the Swahili lexicon of the gruut phonemizer (gruut-lang-sw, MIT: about 70,000 words, no frequencies), which holds
Kenyan and Tanzanian names and places beside the words ("wambui", "otieno", "nairobi"). With no frequency to tell
a name from a word, every word nomquamgender holds for anyone is left out, unless the lexicon also holds its
locative ("maisha"/"maishani", "kazi"/"kazini": a noun of the language, which a name seldom is), and so are the big
places, English words and words the dictionary lists with a capital.

    pip install --target SCRATCH gruut-lang-sw==2.0.1 wordfreq==3.1.1 nomquamgender==0.1.4
    PYTHONPATH=SCRATCH python benchmarks/make_other_language_words.py --swahili \
        > rewriter/data/other_language_words_swahili.txt

With --countries, rewriter/data/countries_in_other_languages.txt: the countries by their CLDR names in every
language written in Latin letters ("Reino Unido", "Brasil"), from the same Babel data, less English words and
names.

    pip install --target SCRATCH babel==2.16.0 nomquamgender==0.1.4
    PYTHONPATH=SCRATCH python benchmarks/make_other_language_words.py --countries \
        > rewriter/data/countries_in_other_languages.txt

With --calendar, rewriter/data/other_language_calendar_words.txt: the weekday and month names of every language
written in Latin letters, from the CLDR data Babel ships ("Sabado", "Jumamosi", "Dydd Sadwrn"), less English
words and words the dictionary lists with a capital.

    pip install --target SCRATCH babel==2.16.0 nomquamgender==0.1.4
    PYTHONPATH=SCRATCH python benchmarks/make_other_language_words.py --calendar \
        > rewriter/data/other_language_calendar_words.txt

With --stopwords, rewriter/data/other_language_words_stopwords.txt: the function words (pronouns, conjunctions,
prepositions, auxiliaries, adverbs of time) of the languages written in Latin letters that wordfreq does not count
(Somali, Hausa, Yoruba, Zulu, Sesotho, Setswana, Luganda, Irish, Scottish Gaelic, Afrikaans, Luxembourgish,
Albanian, Basque ...), from the stop-word lists of stopwordsiso (MIT; data from the stopwords-iso collection, MIT)
and of spaCy's language packages (MIT), less names, English words and words of one or two letters, as the main list.

    pip install --target SCRATCH stopwordsiso==0.7.1 wordfreq==3.1.1   # spaCy is the app's own
    PYTHONPATH=.:SCRATCH python benchmarks/make_other_language_words.py --stopwords \
        > rewriter/data/other_language_words_stopwords.txt

"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import math
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rewriter.detect.recognizers.support import lexicon  # noqa: E402

# wordfreq's languages written in Latin letters, English aside ("fil" is Filipino, "sh" Serbo-Croatian).
LANGUAGES = ("ca", "cs", "da", "de", "es", "fi", "fil", "fr", "hu", "id", "is", "it", "lt", "lv", "ms", "nb", "nl",
             "pl", "pt", "ro", "sh", "sk", "sl", "sv", "tr", "vi")
# Zipf 4: once in every 100,000 words of that language ("kumusta" 4.2, "maligayang" 4.3, "semaine" 5.4); a
# surname stays under it ("kowalczyk" 3.8 in Polish).
MIN_ZIPF = 4.0
# English frequency at least this much lower: a word English writes too ("pasta", "karaoke") is no sign.
ENGLISH_MARGIN = 1.0
GIVEN_NAME_COUNT = 50
GIVEN_NAME_COUNT_COMMON_WORD = 1000
COMMON_WORD_ZIPF = 5.0

HEADER = """\
# Common words of the languages written in Latin letters that people mix into English posts, lowercase as
# written ("maligayang", "pasko", "kumusta", "semaine", "mabuhay"): a span of a name's kind made of these, said
# as an exclamation or greeting ("Maligayang Pasko!", "Kumusta kayo?"), names no one (detect/other_englishes.py).
# A place may be named in such words ("Sangre Grande"), so the list alone never clears a span.
# source: wordfreq {wf} (Apache-2.0; data CC BY-SA 4.0), words of Zipf frequency {zipf} or more in {langs}
# languages; given names of {given}+ people in nomquamgender {nqg} (MIT) left out, and English words, words the
# dictionary lists with a capital, and words of one or two letters. Generated by
# benchmarks/make_other_language_words.py; do not edit by hand.
"""


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _package_file(package: str, name: str) -> str:
    spec = importlib.util.find_spec(package)
    return (Path(next(iter(spec.submodule_search_locations))) / name).read_text()


def words() -> set[str]:
    import wordfreq

    given = json.loads(_package_file("nomquamgender", "name_data.json"))
    best: dict[str, float] = {}
    for lang in LANGUAGES:
        for w, freq in wordfreq.get_frequency_dict(lang, wordlist="best").items():
            zipf = math.log10(freq) + 9
            if zipf < MIN_ZIPF:
                break  # the dictionary comes most frequent first
            if len(w) >= 3 and w.isalpha() and zipf > best.get(w, 0):
                best[w] = zipf
    keep = set()
    for w, zipf in best.items():
        if wordfreq.zipf_frequency(w, "en") > zipf - ENGLISH_MARGIN:
            continue
        people = max(given.get(w, (0, 0))[1], given.get(_plain(w), (0, 0))[1])
        if people >= GIVEN_NAME_COUNT and (zipf < COMMON_WORD_ZIPF or people >= GIVEN_NAME_COUNT_COMMON_WORD):
            continue
        if lexicon.is_ordinary_word(w) or lexicon.is_listed_as_name(w) or lexicon.is_listed_as_name(_plain(w)):
            continue
        keep.add(w)
    return keep


SWAHILI_HEADER = """\
# Swahili words (lowercase, as the lexicon writes them: "nyumba", "shule", "imeungua", "anasema"), which wordfreq
# does not cover: read with other_language_words.txt wherever that list is read (detect/other_englishes.py), so a
# word of a Swahili clause is no one's name. A place may be named in such words, so the list alone clears no span.
# source: the Swahili lexicon of gruut-lang-sw {gruut} (MIT), {count} words of three letters or more, of a Swahili
# word's shape (a vowel at the end, no "q" or "x", "c" only in "ch"); left out:
# every word nomquamgender {nqg} (MIT) holds as someone's given name (unless the lexicon holds its locative in
# "-ni", a noun: "maisha"), English words (the app's dictionary, and wordfreq {wf} Zipf 3 or more in English),
# words the dictionary lists with a capital, and the big places. Generated by
# benchmarks/make_other_language_words.py --swahili; do not edit by hand.
"""
# A word written this often in English is English to a reader, whatever Swahili says ("wake", "leo").
SWAHILI_ENGLISH_ZIPF = 3.0
# A Swahili word ends in a vowel and writes no "q" or "x", and "c" only in "ch": the lexicon's acronyms and
# English, Afrikaans or Arabic loans and names ("klm", "hilux", "sandton", "fallujah") do not.
SWAHILI_SHAPE = re.compile(r"(?:[abd-pr-wyz]|ch)*[aeiou]")


def swahili_words() -> set[str]:
    import sqlite3

    import wordfreq

    from rewriter.detect.recognizers.support.public import _PUBLIC_PLACES

    given = json.loads(_package_file("nomquamgender", "name_data.json"))
    db = sqlite3.connect(Path(next(iter(importlib.util.find_spec("gruut_lang_sw").submodule_search_locations)))
                         / "espeak" / "lexicon.db")
    lexicon_words = {w.split("(")[0] for (w,) in db.execute("SELECT word FROM word_phonemes")}
    keep = set()
    for w in lexicon_words:
        if len(w) < 3 or not SWAHILI_SHAPE.fullmatch(w):
            continue
        if w in given and w + "ni" not in lexicon_words:
            continue
        if wordfreq.zipf_frequency(w, "en") >= SWAHILI_ENGLISH_ZIPF or lexicon.is_ordinary_word(w) \
                or lexicon.is_listed_as_name(w) or w.capitalize() in _PUBLIC_PLACES:
            continue
        keep.add(w)
    return keep


CALENDAR_HEADER = """\
# The names of the weekdays and months in the languages written in Latin letters other than English, lowercase
# as written and without accents ("sabado", "jumamosi", "dydd sadwrn", "isnin", "hanuere"): in a post written
# partly in another language, a day or month named in it ("birthday niya sa Sabado") is a time, not someone
# (detect/other_englishes.py).
# source: the CLDR data of Babel {babel} (BSD-3-Clause; Unicode licence for CLDR), the wide names of the
# {count} languages; left out: English words, words the dictionary lists with a capital and the given names of
# {given}+ people in nomquamgender {nqg} (MIT) ("mane", "china", "domingo"). Generated by
# benchmarks/make_other_language_words.py --calendar; do not edit by hand.
"""
# Letters of the Latin script, accented ones included (Latin-1 to Latin Extended Additional).
_LATIN = re.compile(r"[a-zà-ɏḀ-ỿ'’ -]+")


def calendar_words() -> tuple[set[str], int]:
    from babel import Locale, localedata

    given = json.loads(_package_file("nomquamgender", "name_data.json"))
    keep, locales = set(), 0
    for name in localedata.locale_identifiers():
        if name == "en" or name.startswith("en_") or "_" in name:
            continue  # a language once, not each country's copy of it
        try:
            loc = Locale.parse(name)
        except Exception:  # noqa: BLE001 - a locale Babel lists but cannot read
            continue
        # the format names only: Babel 2.16 resolves a stand-alone table's alias against the last locale read
        names = [n for table in (loc.days, loc.months) for n in table["format"]["wide"].values()]
        if not names or not all(_LATIN.fullmatch(n.lower()) for n in names):
            continue
        locales += 1
        for n in names:
            low = _plain(n.lower()).replace("’", "'")
            words = low.split()
            if len(low) < 3 or (len(words) == 1 and (lexicon.is_ordinary_word(low) or lexicon.is_listed_as_name(low)
                                                      or lexicon.is_listed_as_name(low.capitalize())
                                                      or given.get(low, (0, 0))[1] >= GIVEN_NAME_COUNT)):
                continue
            if all(lexicon.is_ordinary_word(w) for w in words):
                continue
            keep.add(low)
    return keep, locales


COUNTRIES_HEADER = """\
# The countries of the world by their names in the languages written in Latin letters other than English, as written
# ("Reino Unido", "Brasil", "Alemanha", "Pilipinas", "Deutschland"): in a post written partly in another language,
# a country named in it holds millions and points at no one, as its English name does (detect/nation_words.py, with
# nations_in_own_words.txt).
# source: the CLDR data of Babel {babel} (BSD-3-Clause; Unicode licence for CLDR), the territory names of the
# {count} languages; left out: names in one word that are English words, words the dictionary lists with a capital
# or the given names of {given}+ people in nomquamgender {nqg} (MIT) ("Chad", "Jordan", "Maurice"), and names with
# a figure, a stop or a bracket. Generated by benchmarks/make_other_language_words.py --countries; do not edit by
# hand.
"""


def country_names() -> tuple[set[str], int]:
    from babel import Locale, localedata

    given = json.loads(_package_file("nomquamgender", "name_data.json"))
    keep, locales = set(), 0
    for name in localedata.locale_identifiers():
        if name == "en" or name.startswith("en_") or "_" in name:
            continue
        try:
            loc = Locale.parse(name)
        except Exception:  # noqa: BLE001 - a locale Babel lists but cannot read
            continue
        names = [n for code, n in loc.territories.items() if re.fullmatch(r"[A-Z]{2}", code)
                 and code not in ("EU", "EZ", "UN", "QO", "XA", "XB", "ZZ")]
        if not names or not all(_LATIN.fullmatch(n.lower()) for n in names):
            continue
        locales += 1
        for n in names:
            words = n.split()
            low = n.lower()
            if len(low) < 4 or not re.fullmatch(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*", n):
                continue
            if len(words) == 1 and (lexicon.is_ordinary_word(low) or lexicon.is_listed_as_name(n)
                                    or given.get(_plain(low), (0, 0))[1] >= GIVEN_NAME_COUNT):
                continue
            keep.add(n)
    return keep, locales


STOPWORD_HEADER = """\
# Function words (pronouns, conjunctions, prepositions, auxiliaries, adverbs) of the languages written in Latin
# letters that wordfreq does not count, lowercase and without accents ("kuma", "lokacin", "wannan", "ukuthi",
# "kodwa", "gbogbo", "nitori"): read with other_language_words.txt by the gate of name guesses in sentences of
# another language (detect/foreign_sentences.py), so a clause of these words is no one's name. Languages: {langs}.
# A place may be named in such words, so the list alone clears no span.
# source: the stop-word lists of stopwordsiso {iso} (MIT; the stopwords-iso collection, MIT) and of spaCy {spacy}
# (MIT), {count} words of three letters or more; left out: English words (the app's dictionary, and wordfreq {wf}
# Zipf 3 or more in English), words the dictionary lists with a capital, words of the names of public people on the
# app's lists (famous_names.SHARED_NAME_WORDS, wikipedia_people.txt) and the big places. About {kb} KB.
# Generated by benchmarks/make_other_language_words.py --stopwords; do not edit by hand.
"""
# The languages of the drafts that wordfreq does not count, written in Latin letters: stopwordsiso's and spaCy's
# lists of them (spaCy: Luganda, Setswana, Scottish Gaelic, Luxembourgish, Ligurian, Kurmanji)
STOPWORD_LANGUAGES_ISO = ("af", "br", "eo", "et", "eu", "ga", "gl", "ha", "ku", "la", "so", "st", "sw", "tl", "yo", "zu")
STOPWORD_LANGUAGES_SPACY = ("af", "az", "et", "eu", "ga", "gd", "kmr", "la", "lb", "lg", "lij", "sq", "tl", "tn", "yo")
LANGUAGE_NAMES = {"af": "Afrikaans", "az": "Azerbaijani", "br": "Breton", "eo": "Esperanto", "et": "Estonian",
                  "eu": "Basque", "ga": "Irish", "gd": "Scottish Gaelic", "gl": "Galician", "ha": "Hausa",
                  "kmr": "Kurmanji", "ku": "Kurdish", "la": "Latin", "lb": "Luxembourgish", "lg": "Luganda",
                  "lij": "Ligurian", "so": "Somali", "sq": "Albanian", "st": "Sesotho", "sw": "Swahili",
                  "tl": "Tagalog", "tn": "Setswana", "yo": "Yoruba", "zu": "Zulu"}


def _spacy_stop_words(lang: str) -> set[str]:
    import runpy

    import spacy

    path = Path(spacy.__file__).parent / "lang" / lang / "stop_words.py"
    return set(runpy.run_path(str(path))["STOP_WORDS"]) if path.exists() else set()


def stop_words() -> tuple[set[str], list[str]]:
    import stopwordsiso
    import wordfreq

    from rewriter import vocab
    from rewriter.detect.recognizers.support.famous_names import SHARED_NAME_WORDS
    from rewriter.detect.recognizers.support.public import _PUBLIC_PLACES

    raw: set[str] = set()
    for lang in STOPWORD_LANGUAGES_ISO:
        raw |= set(stopwordsiso.stopwords(lang))
    for lang in STOPWORD_LANGUAGES_SPACY:
        raw |= _spacy_stop_words(lang)
    people = {w.lower() for line in vocab.words("wikipedia_people") for w in line.split()}
    keep = set()
    for w in raw:
        low = _plain(w.lower())
        if len(low) < 3 or not low.isalpha() or not _LATIN.fullmatch(low):
            continue  # Kurdish is listed in its Arabic letters too
        if wordfreq.zipf_frequency(low, "en") >= SWAHILI_ENGLISH_ZIPF or lexicon.is_ordinary_word(low) \
                or lexicon.is_listed_as_name(low) or low.capitalize() in SHARED_NAME_WORDS or low in people \
                or low.capitalize() in _PUBLIC_PLACES:
            continue
        keep.add(low)
    langs = sorted(LANGUAGE_NAMES[c] for c in set(STOPWORD_LANGUAGES_ISO) | set(STOPWORD_LANGUAGES_SPACY))
    return keep, langs


def main() -> None:
    version = importlib.metadata.version
    if "--stopwords" in sys.argv[1:]:
        import textwrap

        import spacy

        kept, langs = stop_words()
        body = "".join(w + "\n" for w in sorted(kept))
        header = STOPWORD_HEADER.format(langs=", ".join(langs[:-1]) + " and " + langs[-1], iso=version("stopwordsiso"),
                                        spacy=spacy.__version__, count=len(kept), wf=version("wordfreq"),
                                        kb=round(len(body.encode()) / 1024))
        # the list of languages is long: the header is wrapped again, what it is and its source each a paragraph
        lines = [line[2:] for line in header.splitlines()]
        at = next(i for i, line in enumerate(lines) if line.startswith("source:"))
        for paragraph in (lines[:at], lines[at:]):
            print(textwrap.fill(" ".join(paragraph), 116, initial_indent="# ", subsequent_indent="# ",
                                break_on_hyphens=False))
        print(body, end="")
        return
    if "--countries" in sys.argv[1:]:
        kept, locales = country_names()
        print(COUNTRIES_HEADER.format(babel=version("babel"), count=locales, given=GIVEN_NAME_COUNT,
                                      nqg=version("nomquamgender")), end="")
        for w in sorted(kept):
            print(w)
        return
    if "--calendar" in sys.argv[1:]:
        kept, locales = calendar_words()
        print(CALENDAR_HEADER.format(babel=version("babel"), count=locales, given=GIVEN_NAME_COUNT,
                                     nqg=version("nomquamgender")), end="")
        for w in sorted(kept):
            print(w)
        return
    if "--swahili" in sys.argv[1:]:
        kept = swahili_words()
        print(SWAHILI_HEADER.format(gruut=version("gruut-lang-sw"), count=len(kept), nqg=version("nomquamgender"),
                                    wf=version("wordfreq")), end="")
        for w in sorted(kept):
            print(w)
        return
    print(HEADER.format(wf=version("wordfreq"), zipf=MIN_ZIPF, langs=len(LANGUAGES), given=GIVEN_NAME_COUNT,
                        nqg=version("nomquamgender")), end="")
    for w in sorted(words()):
        print(w)


if __name__ == "__main__":
    main()
