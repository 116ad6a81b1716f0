"""Words of other languages read as names (issue 10, session 43): romanised Tamil and Telugu words no package holds
in Latin letters ("Ayyo", "Paavam", "Semma", "Enna ... idhu?"), and the repeat of one word of a guess that was
cleared as another language's ("ek het gehuil ... sy het gehuil": the model took "het gehuil", the repeat rule then
chased "gehuil" alone). Each with the near miss that must stay a name: a given name spelt like a Tamil word in an
English post ("Enna"), a name whose repeat stands beside a cleared word ("Ako" is no cleared word when the clause is
English), and a person named twice. Wording written for these tests (real Presidio engine)."""

from __future__ import annotations

import pytest

_NAMES = ("PERSON", "ORGANIZATION", "LOCATION", "NRP")


def _names(detector, text):
    return [s.text for s in detector.detect(text) if s.entity_type in _NAMES]


@pytest.mark.parametrize(
    "text, word",
    [
        # romanised Tamil and Telugu interjections and intensifiers (other_english_words_more.txt, session 43)
        ("Ayyo the printer jammed again on the ward round 🙄 who even designed this thing", "Ayyo"),
        ("Paavam, the new starters look terrified of the night shift already.", "Paavam"),
        ("Semma busy clinic today, 30 patients before lunch da!", "Semma"),
        ("Kalakkal work by the whole pharmacy team this week 👏", "Kalakkal"),
        # the forms a given name is spelt like, where the post is in the language
        ("Rota again changed without telling us. Enna nyayam idhu? Romba kashtam da.", "Enna"),
        # the repeat of one word of a cleared guess goes with it (Afrikaans "gehuil", cried; Tagalog "ako", I)
        ("Graduation day for my learners! Sy ma het gehuil, ek het gehuil, almal het gehuil. So trots.", "gehuil"),
        ("Sabi ng supervisor tamad daw ako, pero ako pa rin ang nag-stay late kanina. Ako na lang lagi 😩", "ako"),
    ],
)
def test_words_of_other_languages_are_no_names(detector, text, word):
    assert not any(word.lower() in name.lower() for name in _names(detector, text))


@pytest.mark.parametrize(
    "text, name",
    [
        # a given name spelt like a Tamil word, in an English post: still someone
        ("Enna from the Tuesday group finally opened up about her dad today.", "Enna"),
        # a person named in full and again by first name, beside words of another language
        ("Mrs Thandiwe Mokoena came in crying, ek het gehuil ook. Thandiwe is so brave.", "Thandiwe"),
        # a name in a Tamil sentence's subject slot, before an English verb
        ("Our patient Kavitha Raman went home today, romba happy for her. Kavitha thanked everyone.", "Kavitha"),
    ],
)
def test_names_beside_words_of_other_languages_stay(detector, text, name):
    assert any(name in found for found in _names(detector, text))


@pytest.mark.parametrize(
    "text, word",
    [
        # an isiXhosa or isiZulu verb with "I" written into it, opening a sentence
        ("Three referrals came through before lunch. Ndiyabulela to the intake team, you carried us.", "Ndiyabulela"),
        ("Long clinic but we got through it all. Ngiyabonga kakhulu colleagues 🙏", "Ngiyabonga"),
    ],
)
def test_nguni_first_person_verbs_are_no_names(detector, text, word):
    assert not any(word in name for name in _names(detector, text))


def test_nguni_names_of_other_shapes_stay(detector):
    # a given name opening on "Siya" is no verb of this shape, nor one opening on "Ndi" ("Ndidi"): still someone
    assert any("Siyabonga" in name for name in _names(detector, "Our client Siyabonga Dlamini came in for his review today, much better."))
    assert any("Ndidi" in name for name in _names(detector, "My colleague Ndidi covered the whole ward alone last night."))
