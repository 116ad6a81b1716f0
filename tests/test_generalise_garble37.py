"""Sentences the deterministic rewrite broke around a replacement (session 37, from the judges' GARBLED notes
on the fresh36 drafts), each class pinned on made-up sentences of the same shape, with the near case that
must be left as it was beside it:

- a word for a person the role lists do not hold, then the name it names ("the 999 caller [Marnie
  Tolliver]", "Pet owner [Brisley Anwar]", "Our little fella [Tobiah]'s", "The seller Mrs. [Odette
  Varnham]"): the noun says who, the name goes (never "the 999 caller a patient");
- "one" as "a certain" before a titled name ("sold it to one Mrs. [Pelly Okonjo]"): a determiner said
  already, so the person's phrase takes none of its own ("to one patient", never "to one a patient");
- the writer's own lower-case sentence start ("Do I accept?? he was lovely", "audit mein dekha, ..."):
  kept as written, where only a sentence a replacement began is capitalised;
- a rarity detail whose span stops inside its noun phrase before a relative clause ("the only person in
  our tiny| town who reads Latin"): the phrase goes whole (never "a person town who");
- "the only one in ..." (a pronoun): no article before it (never "a one in the borough");
- a word with its "g" dropped taken for a name ("Bostin' shift"): the apostrophe goes with the word
  (never "Someone' shift").
"""

from __future__ import annotations

import pytest

from test_generalise import gen


# -- a word for a person, then the name it names -------------------------------------------------------


@pytest.mark.parametrize(
    "draft, expected, gone",
    [
        ("Shout out to the 999 caller Marnie Tolliver who kept her neighbour breathing until we got there.",
         "Shout out to the 999 caller who kept", "Tolliver"),
        ("Dog owner Brisley Anwar, please stop posting about the stitches, ring the clinic instead.",
         "Dog owner, please stop", "Anwar"),
        ("Our little fella Tobiah's last hearing is next week, fingers crossed.",
         "Our little fella's last hearing", "Tobiah"),
        ("The seller Mrs. Odette Varnham wants offers by Friday.", "The seller wants offers", "Varnham"),
    ],
)
def test_a_person_noun_before_a_name_stands_for_it(floor, draft, expected, gone):
    out = floor(draft, "nurse")
    assert expected in out
    assert gone not in out
    assert not any(bad in out for bad in ("a patient", "someone", "my patient"))


def test_a_person_noun_without_a_determiner_mid_sentence_is_left_to_the_name_rules(floor):
    # "owner" bare mid-sentence may be a verb's object ("met owner") or part of a name: the name still goes, the
    # words before it stay as written
    out = floor("We called owner Brisley Anwar about the stitches yesterday.", "nurse")
    assert "Anwar" not in out
    assert out.startswith("We called ")


# -- "one" as "a certain" ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Sold the house to one Mrs. Pelly Okonjo for cash.", "Sold the house to one "),
        ("We finally discharged one Mr. Grimble Ashworth after six weeks on the ward.", "We finally discharged one "),
    ],
)
def test_one_before_a_titled_name_takes_a_bare_noun(floor, draft, expected):
    out = floor(draft, "nurse")
    assert expected in out
    assert " one a " not in out and " one the " not in out and " one someone" not in out
    assert "Okonjo" not in out and "Ashworth" not in out


@pytest.mark.parametrize("draft, kept", [
    ("No one Tamsin Orrell-Vance trusts came to visit today.", "No one "),
    ("Di likkle one Tobiah Marsh-Quill keep asking fi him pastor.", "Di likkle one "),
])
def test_one_as_a_pronoun_keeps_its_one(floor, draft, kept):
    # the pronoun "one" of "no one", "the little one": the name only follows it
    out = floor(draft, "nurse")
    assert out.startswith(kept)
    assert "Orrell" not in out and "Marsh" not in out


# -- the writer's own lower-case sentence starts ------------------------------------------------------------


def test_a_lower_case_start_the_writer_wrote_stays(floor):
    out = floor("Big thanks to Dervla Quist for covering my shift. Couldn't have done it without her! "
                "she is a star.", "nurse")
    assert "Quist" not in out
    assert "! she is a star." in out


def test_a_sentence_a_replacement_opens_is_still_capitalised(floor):
    # the opening name goes with its words: the sentence now opens on a word that did not open one in the draft
    out = floor("Thanks Dervla. Covered my whole shift. Legend.", "nurse")
    assert "Dervla" not in out
    assert out[:1].isupper()


# -- a rarity's phrase before a relative clause --------------------------------------------------------------


def test_a_rarity_before_a_relative_clause_goes_whole(floor):
    out = floor("We've got a regular who's the only person in our tiny town who reads Latin and he asked for "
                "another book.", "librarian")
    assert "town who" not in out
    assert "tiny" not in out


def test_a_rarity_before_a_preposition_still_stops_there(floor):
    out = floor("The only lady in our tiny town with that condition came in today.", "nurse")
    assert "with that condition came in today" in out
    assert "tiny" not in out


# -- "the only one" ---------------------------------------------------------------------------------------


def test_the_only_one_takes_no_article(floor):
    out = floor("the SENCO at my school (the only one in the borough with a badge) binned my notes.", "teacher")
    assert "a one" not in out and "an one" not in out
    assert "only one" not in out


def test_the_only_chippy_still_takes_its_article(floor):
    out = floor("Runs the only chippy in the village, everyone knows him.", "nurse")
    assert "a chippy" in out


# -- a dropped "g" --------------------------------------------------------------------------------------------


def test_a_dropped_g_apostrophe_goes_with_its_word():
    # the word marked as a name by hand: the detector no longer takes "Bostin'" for one (lang37), but any
    # g-dropped word it does take must not leave its apostrophe behind
    out = gen("[Bostin]' shift today ar kid, whole team were proper on it.", "PERSON", role="nurse")
    assert "' shift" not in out and "’ shift" not in out
    assert out.endswith("shift today ar kid, whole team were proper on it.")


def test_a_possessive_apostrophe_after_s_is_no_dropped_g(floor):
    out = floor("Took Mr Hollins' bloods this morning, he was cheery.", "nurse")
    assert "Hollins" not in out
    assert "'s bloods" in out


def test_a_plural_person_noun_before_names_is_left_to_the_group_rules(floor):
    # "our carers Bev and Tony": a list of people after a plural, never "our carers and someone else"
    out = floor("Congrats to our carers Bev and Tobias Okafor-Marsh of Fenwick Lane, approved today as carers for teens 🥳",
                "social worker")
    assert "Tobias" not in out and "Okafor" not in out
    assert "carers and someone else" not in out
