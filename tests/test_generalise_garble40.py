"""Rewrites that broke around a replacement (session 40, read beside the judges' scores of fresh39a-d), each class
pinned on made-up sentences of the same shape, with the near case that must be left as it was beside it:

- leftover punctuation: a figure's span that took the comma after it ("Not for £200, not for £20,000, not for
  anyone"): the comma is the list's, and stays (never "a significant sum not for a significant sum not for");
- a replacement repeated in a list: a name of the list with a describing word or a nickname's quotes of its own
  ("Maeve, Tadhg and wee Orla", "Priya, Jonah and 'Scout'") is still one list, said once (never "two students
  and another wee student", nor "three people' went");
- a determiner after a describing word: "wee [Morag (4)]" -> "a wee child" (never "wee a child"); with a
  determiner of its own ("our wee [Tomasz]") a dropped name leaves "one" (never "Our wee had");
- one person becoming two: a name in commas right after general words that said a person ("A young child,
  [little Tai], lost") only named them; it goes with its commas (never "A young child, someone, lost").
"""

from __future__ import annotations

import pytest

from test_generalise import gen


# -- leftover punctuation: the comma after a figure --------------------------------------------------------------


def test_a_figure_that_took_its_lists_comma_leaves_it():
    out = gen("Not for [£200,] not for [£20,000,] not for anyone: results are private.", "MONEY", "MONEY", role="nurse")
    assert out == "Not for a significant sum, not for a significant sum, not for anyone: results are private."


def test_a_figure_with_no_comma_of_its_own_gains_none():
    out = gen("Quoted [£3,400] for the new boiler today.", "MONEY", role="engineer")
    assert out == "Quoted a significant sum for the new boiler today."


# -- a replacement repeated in a list --------------------------------------------------------------------------


def test_a_list_name_with_a_describing_word_is_still_the_list():
    out = gen("Thanks to [Maeve], [Tadhg] and wee [Orla] for reading aloud today.", "PERSON", "PERSON", "PERSON", role="teacher")
    assert out == "Thanks to three students for reading aloud today."


def test_a_quoted_nickname_closing_a_list_takes_its_quotes_along():
    out = gen("Story time with [Priyanka], [Jonah] and '[Scout]' went brilliantly.", "PERSON", "PERSON", "PERSON", role="teacher")
    assert "'" not in out and "students" in out and out.endswith("went brilliantly.")


def test_a_describing_word_after_a_verb_joins_no_list():
    # "and little" is no list's joint here: the second name is a sentence of its own
    out = gen("Met [Dervla] today and little [Cathal] waved at me.", "PERSON", "PERSON", role="nurse")
    assert "two" not in out


# -- a determiner after a describing word ----------------------------------------------------------------------


def test_the_article_goes_before_the_describing_word():
    out = gen("Here's wee [Morag] [(4)] with her sandcastle at the beach.", "PERSON", "AGE", role="teacher")
    assert out.startswith("Here's a wee child with her sandcastle")


def test_a_determiner_before_the_describing_word_keeps_the_phrase():
    # a writer whose people have no noun of their own: the name goes, and "one" stands for it
    out = gen("Our wee [Tomasz] [turned 5] today!", "PERSON", "AGE", role="other")
    assert out == "Our wee one had a milestone birthday today!"
    assert gen("Our wee [Tomasz] [turned 5] today!", "PERSON", "AGE", role="teacher").startswith("Our wee student had")


def test_a_describing_word_after_a_possessive_name_is_determined():
    out = gen("Gran's wee [Tomasz] came to visit.", "PERSON", role="care worker")
    assert "a wee" not in out


# -- one person becoming two: a name in apposition -------------------------------------------------------------


def test_a_name_in_commas_after_a_person_described_goes():
    out = gen("[Our only Year 4 boy], little [Fintan], lost his whole house.", "AGE", "PERSON", role="teacher")
    assert out == "A young child lost his whole house."


def test_a_name_in_commas_that_opens_a_list_stays_its_own_person():
    out = gen("[Our only Year 4 boy], [Fintan], and his sister came in.", "AGE", "PERSON", role="teacher")
    assert out.count(",") == 2 and "his sister came in" in out


# -- determiners: an elided word's "a" is no article ---------------------------------------------------------------


def test_a_french_verb_after_an_apostrophe_is_never_made_an():
    out = gen("Cette dame, Mme [Lachance], m'a offert des biscuits.", "PERSON", role="other")
    assert "m'a offert" in out and "m'an" not in out


def test_an_english_article_a_replacement_left_before_a_vowel_still_agrees():
    from rewriter.generalise.english import tidy
    assert tidy("We met a old friend there.", "We met Bob there.") == "We met an old friend there."


def test_a_name_dropped_before_the_noun_it_described_leaves_no_one():
    out = gen("Congratulations to the lovely [Kowalczyk] family on the new baby.", "PERSON", role="other")
    assert "one" not in out and "lovely family" in out


def test_a_dropped_name_before_a_verb_with_its_space_outside_the_name():
    out = gen("Proud of our wee [Ruairi] who swam a length today.", "PERSON", role="other")
    assert "wee one who swam" in out


# -- a place inside a sentence's subject ---------------------------------------------------------------------------


def test_a_place_between_the_subject_and_its_verb_goes():
    out = gen("Rough quarter. Management at [Corby] told us to keep quiet.", "LOCATION", role="analyst")
    assert out == "Rough quarter. Management told us to keep quiet."
    assert gen("Our DC in [Corby] lost the contract.", "LOCATION", role="analyst") == "Our DC lost the contract."
    # a noun after a determiner keeps "in town", which reads right
    assert gen("Our depot in [Corby] lost the contract.", "LOCATION", role="analyst") == "Our depot in town lost the contract."


def test_a_place_after_a_verb_of_living_keeps_its_word():
    out = gen("My cousin who lives in [Corby] is coming to stay.", "LOCATION", role="analyst")
    assert "elsewhere" in out or "in town" in out


def test_a_place_after_a_noun_with_no_verb_after_is_left_to_the_other_rules():
    out = gen("Our depot in [Corby], of all places, flooded.", "LOCATION", role="analyst")
    assert "Our depot" in out and out != "Our depot, of all places, flooded."


# -- determiners: a number after a label the lists do not know -----------------------------------------------------


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Swab ID [QX/19/20417] came back unlabelled.", "The swab came back unlabelled."),
        ("Logged specimen no. [HX-40213] and sent it on.", "Logged a specimen and sent it on."),
        ("Her pallet # [PX-2291] went missing.", "Her pallet went missing."),
        ("My staff ID [77120983] stopped working.", "My staff ID stopped working."),
    ],
)
def test_a_number_after_its_label_leaves_the_labelled_thing(draft, expected):
    assert gen(draft, "REFERENCE_NUMBER", role="nurse") == expected


def test_a_known_label_is_still_said_as_before():
    assert gen("Ticket [INC-99812] is still open.", "REFERENCE_NUMBER", role="engineer") == "The ticket is still open."


def test_only_before_a_place_is_no_subject():
    out = gen("Only in [Ballykeel] would the bin lorry come at 5am.", "LOCATION", role="nurse")
    assert out.startswith("Only round here would")
