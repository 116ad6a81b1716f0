"""A name with a courtesy or kin word written AFTER it, as South Asian, East Asian and East African speech and
English write them: "Ajith chettan ന് ഇന്നലെ heart attack", "Raj bhaji bahut khush honge", "Ravi garu", "Sunita
tai", "Tanaka san"; and in Chinese, Japanese and Korean script, the courtesy word joined to the name: "陈先生"
(Mr Chen), "张老师" (teacher Zhang), "高橋さん", "岡本様", "윤서아님", "K.T.さん".

Such a word is said to a colleague, a patient, a neighbour or an elder, and follows their name the way "Mrs" goes
before one in English, so the word before it is a person whatever the small model made of it: in a sentence of
another language the model and the span veto read "Ajith" by its place alone and drop it.

Latin letters (name_honorifics_after.txt): the word before must be a name as other_language_titled_name reads one
after a title (a listed given name or surname, or a capitalised word that is no common word of English or of
another language, no place and no brand), so "Thank you sir", "haan ji", "Lagos aunty", "onion bhaji", "Jackie
Chan" stay. A lowercase word counts only when it is a listed given name and no word ("raj bhai"). A capitalised
word after the courtesy word makes it a particle of a longer name ("Maria da Silva", "Bruno di Marco"), not a title.
The span is the name alone: the generaliser keeps the courtesy word as it keeps "the auntie" for "Mrs Lim".

East Asian scripts (east_asian_courtesy_after.txt): the courtesy word is joined to the name, and its role and kin
words take it too ("店長さん" the shop manager, "お客様" the customer, "팀장님" the team leader, "선생님" teacher), so the
name must begin with a common family name of the language (east_asian_surnames.txt): a Chinese or Japanese family
name with at most two characters of a given name after it, or a Korean three-syllable name. Korean role words of
three syllables that begin like a family name end in 사, 장 or 관 ("변호사님" the lawyer, "구청장님" the district
head), which no list of names needs. A Latin name or initials joined to a Japanese or Korean courtesy word ("K.T.さん",
"Minjiさん") is read the same way.
"""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import Pattern
from ..support.gated import GatedRegexRecognizer
from ..support.names import CAPITALISED_WORD, WORD
from ..support.famous_names import SHARED_NAME_WORDS, famous_person
from ..support.lexicon import FUNCTION_WORDS
from ..support.public import BRANDS
from .other_language_titled_name import name_after_title

_HONORIFICS = vocab.alternation("name_honorifics_after")
_CJK_COURTESY = vocab.alternation("east_asian_courtesy_after")
_SURNAMES = sorted(vocab.entries("east_asian_surnames"), key=len, reverse=True)
_HAN_SURNAMES = "|".join(re.escape(s) for s in _SURNAMES if not re.match(r"[가-힣]", s))
_HANGUL_SURNAMES = "".join(s for s in _SURNAMES if re.fullmatch(r"[가-힣]", s))
_HAN = r"\u4e00-\u9fff\u3400-\u4dbf々"
# Korean three-syllable role words begin like a family name and end in these ("변호사" lawyer, "구청장" district head,
# "주무관" officer); given names do not end so
_KOREAN_ROLE_ENDINGS = ("사", "장", "관")
# "上周老师说" (last week the teacher said): 周 is a family name and the second half of "last week"
_WEEK_BEFORE = re.compile(r"[上下本这這每一两兩几幾]$")
_INITIALS = r"(?:[A-Z]\.){1,3}"
# a name in Latin letters only: kana and Han are letters too, and are read by the patterns above
_LATIN_NAME = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"


class NameBeforeHonorificRecognizer(GatedRegexRecognizer):
    ORDER = 704
    ENTITY = "PERSON"
    NAMES_PEOPLE = True
    WHY = "A courtesy or kin word ('chettan', 'garu', 'san', '先生', '님') follows someone's name."
    PATTERNS = [
        # "Ajith chettan", "Raj bhaji", "raj bhai": a word, a space, the courtesy word in lowercase
        # (scored above spaCy's 0.85, so that where the model read the name alone, the name with its courtesy word is
        # what stands for both, by the evidence that holds in any language, and the span veto does not read it)
        Pattern("name and courtesy word", rf"(?<![\w'’.-])(?P<span>{WORD})\s(?-i:{_HONORIFICS})(?![\w'’-])", 0.86),
        # "陈先生", "張老師", "高橋さん", "岡本様": a family name, up to two characters of a given name, the courtesy word
        Pattern("east asian name and courtesy word", rf"(?:{_HAN_SURNAMES})[{_HAN}]{{0,2}}?(?:{_CJK_COURTESY})", 0.6),
        # "윤서아님", "최민재씨": a Korean family name, two syllables of a given name, 님 or 씨
        Pattern("korean name and courtesy word", rf"(?<![가-힣])[{_HANGUL_SURNAMES}][가-힣]{{2}}(?:님|씨)", 0.6),
        # "K.T.さん", "Minjiさん", "Sarah님": a Latin name or initials joined to a Japanese or Korean courtesy word
        Pattern("latin name and joined courtesy word", rf"(?<![A-Za-z.])(?:{_INITIALS}|{_LATIN_NAME})(?:さん|様|くん|ちゃん|님|씨)", 0.6),
    ]

    # a courtesy word after a space, or joined to a word of an East Asian script: most posts have neither
    GATE = re.compile(rf"\s(?:{_HONORIFICS})(?![\w'’-])|{_CJK_COURTESY}")

    def accept(self, match: re.Match, text: str) -> bool:
        start, end = match.span()  # the whole match: the name and its courtesy word
        found = match.group()
        if re.match(r"[A-Za-z]", found) and " " in found:
            return _latin_name_before(text, start, end)
        if re.match(r"[가-힣]", found):
            return not found[:-1].endswith(_KOREAN_ROLE_ENDINGS)
        if re.match(rf"[{_HAN}]", found):
            # the family name must open a word: not the tail of a compound before it ("上周老师")
            return not _WEEK_BEFORE.search(text[max(0, start - 1) : start]) or not found.startswith("周")
        return True


def _listed_name(word: str) -> bool:
    return word.capitalize() in SHARED_NAME_WORDS or lexicon.is_listed_as_name(word.capitalize())


def _latin_name_before(text: str, start: int, end: int) -> bool:
    name, honorific = text[start:end].rsplit(" ", 1)
    if re.match(r"\s+(?-i:[A-Z])", text[end:]):
        return False  # "Maria da Silva", "Bruno di Marco": a particle inside a longer name
    if name.lower() in FUNCTION_WORDS or lexicon.is_not_a_name(name):
        return False  # "The auntie", "Our uncle", "My didi": a determiner, not a name
    if name.isupper():
        return False  # "MLA uncle", "CEO sir": a role by its acronym
    head, _, tail = name.rpartition("-")
    if head and tail.islower() and lexicon.is_ordinary_word(tail):
        return False  # "EMI-paying uncle", "tea-loving aunty": a compound adjective, not a double-barrelled name
    if len(honorific) <= 2 and not _listed_name(name):
        return False  # "Iechyd da" (Welsh: cheers), "Kashtam da": a two-letter word is a name's only after a known name
    if famous_person(text, start, start + len(name), name):
        return False  # "Virat bhai", "Modi ji": a public figure, said fondly
    if name[0].isupper():
        if name in BRANDS:
            return False
        # and no English word opening a sentence ("Proud aunty moment", "Bless uncle")
        return name_after_title(name, honorific) and (lexicon.is_listed_as_name(name) or not lexicon.is_ordinary_word(name.lower()))
    # a lowercase name only when listed and no word, before a courtesy word of three letters or more ("raj bhai", not
    # "yes sir", "haan ji", Hausa "yana da")
    return len(honorific) > 2 and lexicon.is_listed_as_name(name.capitalize()) and not lexicon.is_ordinary_word(name)
