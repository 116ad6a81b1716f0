"""Capitalised words the tagger calls proper nouns and the dictionary does not know: "shouted at
Todd", "Mehrudin said", "moved here from Fortaleza"."""

from __future__ import annotations

import functools
import re

from .... import vocab
from ..support import lexicon
from ..support.base import OwnRecognizer
from ..support.doc_tokens import is_proper, is_sentence_initial, tag_of
from ..support.lexicon import FUNCTION_WORDS
from ..support.names import NAME_SHAPE, PARTICLES, in_person_slot
from .named_condition import is_eponymous_condition
from ..support.public import BRANDS, NATION_STEMS, is_public_mention, place_before_a_noun

# The tagger's verbs, adjectives and adverbs.
_NOT_NAME_TAGS = frozenset("VB VBD VBG VBN VBP VBZ JJ JJR JJS RB RBR RBS".split())
# Endings of those forms that names rarely have ("-ed" and "-ly" left out: "Ahmed", "Emily").
_INFLECTED_ENDINGS = ("ing", "ied", "est")

# Particles inside place names: "barra de carrasco", "vila do conde", "castel di sangro".
PLACE_PARTICLES = vocab.words("place_name_particles")


class ProperNounNameRecognizer(OwnRecognizer):
    """Capitalised words the tagger calls proper nouns and the dictionary does not know.

    A word at the start of a sentence or line is taken only when it is not a dictionary word ("Jacob
    lives on...", "Timotea said"), so "Healing is not linear." or "Software is glamorous." are never
    names. Words spaCy already labelled (as a person, place, date, nationality...) are left to it.
    The type is guessed from the word before: "in/from/to/near Fortaleza" is a place, otherwise a person.
    """

    ORDER = 780
    NAMES_PEOPLE = True
    WHY = "This looks like a name the language model did not recognise."
    LEFT_TO_SPACY = frozenset({"PERSON", "PER", "ORG", "GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "PERCENT"})
    _NATIONALITY = re.compile(r"(?:ish|ian|ese|ean|an|ic|ch|i|s)$")
    # Words before an unknown capitalised word that make it a place: "in Fortaleza", "visiting Tulsa".
    PLACE_WORDS = vocab.words("place_cue_words")

    ENTITIES = ("PERSON", "LOCATION", "ORGANIZATION")

    def __init__(self) -> None:
        super().__init__()
        lexicon.load()

    @classmethod
    def _nationality(cls, word: str) -> bool:
        """ "Irish", "Kenyan", "Ghanaian": a word the dictionary knows, or a place's name with a nationality
        ending; the model also calls rare first names nationalities by their ending ("Cian", "Ruairi")."""
        m = cls._NATIONALITY.search(word)
        if m is None:
            return False
        if lexicon.is_ordinary_word(word) or lexicon.is_listed_as_name(word):
            return True  # "Irish", "Thai", "Filipino"
        stem = word[: m.start()]
        return len(stem) >= 4 and any(stem[:k] in NATION_STEMS for k in range(4, len(stem) + 1))

    def analyze(self, text, entities, nlp_artifacts=None):
        doc = getattr(nlp_artifacts, "tokens", None)
        if doc is None:
            return []
        taken = [False] * len(doc)
        for ent in doc.ents:
            # spaCy's people, places, organisations and dates are reported (or judged) elsewhere;
            # its other labels are often wrong for rare names ("the Okonkwo children" as a nationality)
            if ent.label_ in self.LEFT_TO_SPACY or (ent.label_ == "NORP" and self._nationality(ent.text)):
                after_place_word = ent.start > 0 and doc[ent.start - 1].lower_ in self.PLACE_WORDS
                for i in range(ent.start, ent.end):
                    # "from Poitiers" is no nationality, and "in Tulsa 1021" no date: an unknown
                    # capitalised word there is still a candidate
                    if (ent.label_ == "NORP" and after_place_word) or (
                        ent.label_ == "DATE" and not lexicon.is_ordinary_word(doc[i].text)
                    ):
                        continue
                    taken[i] = True
        results = []
        # the words as one list: most are ruled out by their spelling alone, without a token object
        words = [t.text for t in doc]
        i = 0
        n = len(doc)
        while i < n:
            if taken[i] or not self._candidate(doc, i, words[i]):
                i += 1
                continue
            j = i + 1
            # extend over following capitalised words and particles: "Fletcher Hill", "Willemine ten Pas"
            while j < n and not taken[j]:
                t = doc[j]
                if lexicon.looks_capitalised(t.text) and not lexicon.is_not_a_name(t.text) and (
                    not lexicon.is_ordinary_word(t.text) or is_proper(t)
                ):
                    j += 1
                elif t.lower_ in PARTICLES and j + 1 < n and lexicon.looks_capitalised(doc[j + 1].text):
                    j += 1
                else:
                    break
            start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
            prev = doc[i - 1].lower_ if i > 0 else ""
            if prev == ":" and i > 1:
                prev = doc[i - 2].lower_  # "Where: Upton"
            entity = "LOCATION" if prev in self.PLACE_WORDS and not in_person_slot(text, start) else "PERSON"
            if text[start:end].removesuffix("'s").removesuffix("’s") in BRANDS:
                entity = "ORGANIZATION"  # a brand the post makes a client ("the SDK for Barclays")
            score = 0.55 if entity == "PERSON" else 0.5
            if is_public_mention(text, start, end, entity) or is_eponymous_condition(text, start, end):
                i = j
                continue  # "Boots, Superdrug and ...", "flew to Leeds"; "early Lewy body"
            if j == i + 1 and j < n and doc[i].whitespace_ and place_before_a_noun(text, start, end, lambda: tag_of(doc[j]), words[j]):
                i = j
                continue  # "Ontario teachers:", "Ugandan street food": a place, a language or its people before a noun
            results.append(self.result(start, end, score, entity=entity))
            i = j
        if text.islower():
            results += self._lowercase_places(doc, taken)
        return results

    EMPLOYER_WORDS = frozenset({"for", "at", "joined", "support", "supporting"})

    def _lowercase_places(self, doc, taken) -> list:
        """In a post typed all in lowercase, capitals say nothing; an unknown word after "in", "from",
        "to"... is then most likely a place ("my friend lives in kópavogur", "back to laredo")."""
        results = []
        for i in range(1, len(doc)):
            tok = doc[i]
            prev = doc[i - 1].lower_
            if prev in self.PLACE_WORDS:
                entity, why = "LOCATION", "An unknown word after 'in', 'from' or 'to' is probably a place."
            elif prev in self.EMPLOYER_WORDS:
                entity, why = "ORGANIZATION", "An unknown word after 'for', 'at' or 'joined' is probably a company."
            else:
                continue
            if taken[i] or not tok.is_alpha or len(tok.text) < 4 or tok.lower_ in FUNCTION_WORDS:
                continue
            end = tok.idx + len(tok.text)
            if lexicon.is_ordinary_word(tok.text):
                if entity == "LOCATION" and self._particle_place(doc, i):
                    end = doc[i + 2].idx + len(doc[i + 2].text)  # "in barra de carrasco"
                elif not (entity == "ORGANIZATION" and self._company_pronoun_follows(doc, i)):
                    continue
            results.append(self.result(tok.idx, end, 0.45, entity=entity, why=why))
        return results

    @staticmethod
    def _particle_place(doc, i: int) -> bool:
        """ "in barra de carrasco", "from vila do conde": a word, a particle, and an unknown word is a
        place name even when the first word is in the dictionary."""
        return (
            i + 2 < len(doc)
            and doc[i + 1].lower_ in PLACE_PARTICLES
            and doc[i + 2].is_alpha
            and not lexicon.is_ordinary_word(doc[i + 2].text)
        )

    @staticmethod
    def _company_pronoun_follows(doc, i: int) -> bool:
        """ "looking to join foursquare in its mission": "its" later in the sentence shows the word
        after "join"/"support" is an organisation, even when it is also a dictionary word. Only a
        singular noun counts ("support families in its programme" is no company)."""
        if doc[i - 1].lower_ not in ("join", "joining", "support", "supporting") or tag_of(doc[i]) not in ("NN", "NNP"):
            return False
        for j in range(i + 1, min(len(doc), i + 12)):
            if doc[j].text in (".", "!", "?"):
                return False
            if doc[j].lower_ == "its":
                return True
        return False

    @staticmethod
    def _inflected_opener(tok) -> bool:
        """ "Using the hour...", "Terrified and excited", "Proudest I've been": a verb or adjective form the
        dictionary misses, by its ending and the tagger's reading ("Rosalind", which the tagger may call an
        adjective, has no such ending)."""
        return tok.lower_.endswith(_INFLECTED_ENDINGS) and tag_of(tok) in _NOT_NAME_TAGS

    def _candidate(self, doc, i: int, word: str) -> bool:
        if not _could_be_name(word):
            return False
        tok = doc[i]
        if tok.like_email or tok.like_url:
            return False
        if i > 0 and doc[i - 1].text in ("@", "#"):
            return False
        if _superlative(word):
            # "Hardest call I've made", "🙏 Toughest shift yet": an everyday adjective's -est form, at a sentence's
            # start or after an emoji that ends one, whatever the tagger reads; a name spelt so is one the dictionary
            # lists ("Ernest")
            return False
        if is_sentence_initial(doc, i):
            # "Jacob lives on...", "Opencounter is the brainchild...": a proper noun, or a longer word
            # no dictionary knows (short unknown words at the start are slang: "Ngl", "Smh") that the
            # tagger does not read as a verb, adjective or adverb ("Using the hour...", "Proudest I've been")
            # Read in this order, the tagger is asked only when the spelling cannot settle it: tagging a
            # doc costs more than everything else this recognizer does to it.
            if word.endswith("s") and tag_of(tok) == "NNS":
                # "Decongestants running low?", "Viewings were down": a plural common noun too new or too technical
                # for the dictionary, as the tagger reads it; names it reads as proper ("Hughes asked")
                return False
            if len(word) >= 5 and any(c in "aeiouy" for c in word.lower()) and not word.lower().endswith(_INFLECTED_ENDINGS):
                return True
            if is_proper(tok):
                return True
            return len(word) >= 5 and any(c in "aeiouy" for c in word.lower()) and not self._inflected_opener(tok)
        return True


def _superlative(word: str) -> bool:
    """ "Hardest", "Saddest", "Happiest", "Nicest": the -est form of a dictionary word of three letters or more,
    and no name the dictionary lists ("Ernest", "Everest" stay for the other rules)."""
    low = word.lower()
    if not low.endswith("est") or lexicon.is_listed_as_name(word):
        return False
    stem = low[:-3]
    bases = [stem, stem + "e"]
    if stem.endswith("i"):
        bases.append(stem[:-1] + "y")  # "happiest"
    if len(stem) >= 3 and stem[-1] == stem[-2]:
        bases.append(stem[:-1])  # "biggest", "saddest"
    return any(len(b) >= 3 and lexicon.is_dictionary_word(b) for b in bases)


@functools.lru_cache(maxsize=65_536)  # a post's words are mostly the words of the last posts
def _could_be_name(word: str) -> bool:
    """What the spelling alone says of a word as a name: capitalised, not a day or a title, shaped as
    a name ("Phone:0490", "Fax:345" are a label run into a number) and no dictionary word."""
    return (
        lexicon.looks_capitalised(word)
        and not lexicon.is_not_a_name(word)
        and NAME_SHAPE.fullmatch(word) is not None
        and not lexicon.is_ordinary_word(word)
    )
