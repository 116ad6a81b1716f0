"""Rewrites that broke around a replacement (session 42, read beside the judges' scores of fresh41a-d), each class
pinned on made-up sentences of the same shape, with the near case that must be left as it was beside it:

- an amount before a word that says what became of it ("£260 gone", "₹9,000 pending", "£3k instead of £1.5k"):
  the amount stays a noun, "a significant sum gone" (never "A large gone", which wants a noun after it); an
  amount before a noun it describes still says "a large write-off".
- a place after a preposition of another language or English that only a place follows (the Spanish "en", the
  Swahili "huko" and "kutoka", the Patois "inna", the Scots "fae" after a person, the Hindi "mein" after the name):
  it is a place whatever the detector called it, and goes with its preposition ("Rough call en [Orlando]" ->
  "Rough call elsewhere"), never "en someone", "huko an organisation", "fae someone else".
"""

from __future__ import annotations

from test_generalise import gen


# -- an amount before a word that is no noun ---------------------------------------------------------------------


def test_an_amount_before_what_became_of_it_stays_a_sum():
    out = gen("Someone emptied the staff tea kitty. [£260] gone. Gutted.", "MONEY", role="office manager")
    assert out == "Someone emptied the staff tea kitty. A significant sum gone. Gutted."


def test_an_amount_left_pending_stays_a_sum():
    out = gen("Tuition fees still not paid, [₹9,000] pending since spring.", "MONEY", role="tutor")
    assert "a significant sum pending" in out and "a large pending" not in out


def test_an_amount_paid_instead_of_another():
    out = gen("The refund went out as [£3,120.40] instead of [£1,560.20] by mistake.", "MONEY", "MONEY", role="accountant")
    assert "a large" not in out and out.startswith("The refund went out as a significant sum instead of")


def test_an_amount_before_its_noun_still_describes_it():
    out = gen("The board signed off a [£2.3M] write-off this morning.", "MONEY", role="accountant")
    assert "a large write-off" in out


def test_an_amount_before_a_described_loan_still_describes_it():
    out = gen("Approved a [£40k] unsecured loan for the bakery today.", "MONEY", role="bank officer")
    assert "a large unsecured loan" in out


def test_an_amount_in_total_says_in_total():
    out = gen("The card was charged nine times, [Rs 41,200] total, for one order.", "MONEY", role="developer")
    assert "a significant sum in total," in out


# -- a place after a preposition that only a place follows -------------------------------------------------------


def test_spanish_en_before_a_town_taken_for_a_person():
    out = gen("Long shift en [Kissimmee] last night, the abuela was fine in the end.", "PERSON", role="paramedic")
    assert out.startswith("Long shift elsewhere last night")


def test_spanish_en_before_a_given_name_shaped_town():
    # a town that is also a given name: after "en" it is still the town
    out = gen("Rough night en [Orlando], two calls back to back.", "LOCATION", role="paramedic")
    assert "en" not in out.split() and "elsewhere" in out


def test_swahili_huko_and_kutoka_take_a_place():
    out = gen("Visited bibi tena huko [Kiambaa], her leg is healing well finally.", "ORGANIZATION", role="nurse")
    assert "huko" not in out and "organisation" not in out and "elsewhere" in out
    out = gen("Her cousins kutoka [Ruiru] came for the cake, so lovely.", "PERSON", role="nurse")
    assert "kutoka" not in out and "someone" not in out


def test_patois_inna_before_a_place_taken_for_a_firm():
    out = gen("Mi grow up inna [Gordon Town] wid mi granny.", "ORGANIZATION", role="coach")
    assert "inna" not in out and "organisation" not in out


def test_scots_fae_after_a_person_is_where_they_are_from():
    out = gen("Wee [Ailsa] fae [Drumchapel] brought us a card.", "PERSON", "PERSON", role="nurse")
    assert "someone else" not in out and "another patient" not in out and "fae" not in out


def test_scots_fae_after_a_man_word():
    out = gen("Saw a young fella fae [Cumbrae] the day.", "ORGANIZATION", role="doctor")
    assert "organisation" not in out and "someone" not in out


def test_hindi_mein_after_a_place():
    out = gen("Bus ne bachon ko [Lajpat Nagar] mein late chhoda.", "PERSON", role="teacher")
    assert "mein" not in out and "someone" not in out and "student" not in out


def test_drives_herself_to_a_town():
    out = gen("At 84 she still drives herself to [Strabane] every week.", "ORGANIZATION", role="solicitor")
    assert "to someone" not in out and "organisation" not in out


def test_a_15_yr_old_from_a_town():
    out = gen("Court this morning for a 16-yr-old from [Kawerau] who stole a car.", "PERSON", role="social worker")
    assert "someone" not in out and "client" not in out


# near misses: a person after these stays a person


def test_a_card_fae_a_person_is_from_a_person():
    out = gen("Got a lovely card fae [Isla] the day.", "PERSON", role="nurse")
    assert "elsewhere" not in out


def test_dutch_en_between_two_names_is_and():
    out = gen("Op die plaas was [Pieter] en [Sannie] baie bly.", "PERSON", "PERSON", role="teacher")
    assert "elsewhere" not in out


def test_hindi_mein_after_a_given_name_is_in_that_person():
    out = gen("[Rahul] mein bahut talent hai, sach mein.", "PERSON", role="teacher")
    assert "elsewhere" not in out


def test_english_en_route_is_no_preposition_of_a_place():
    out = gen("Called [Dominic] en route to the depot.", "PERSON", role="driver")
    assert "elsewhere" not in out


# -- one person named twice: a full name in brackets after a name ------------------------------------------------


def test_a_full_name_in_brackets_after_a_nickname_is_the_same_person():
    out = gen("So proud, our longest patient [Mags] ([Margaret Ellery]) walked to the car park alone.", "PERSON", "PERSON", role="physiotherapist")
    assert "(" not in out and "someone" not in out and "another" not in out
    assert out.startswith("So proud, our longest patient walked")


def test_a_titled_name_with_a_full_name_in_brackets():
    out = gen("RIP [Grandad Ted] ([Edward Pollard]), the kindest man on the ward.", "PERSON", "PERSON", role="nurse")
    assert "(" not in out and "someone" not in out and "another" not in out


def test_a_bracket_that_names_someone_else_is_no_alias():
    # a relation said inside the bracket: two people
    out = gen("Spoke with [Tomasz] (married to [Agnieszka]) about the stairlift.", "PERSON", "PERSON", role="occupational therapist")
    assert "married to" in out


# -- a title said before a name -----------------------------------------------------------------------------------


def test_a_short_rank_with_its_full_stop_goes_with_the_name():
    out = gen("Big thanks to Lt. [Okonjo] and the crew who carried him down.", "PERSON", role="paramedic")
    assert out.startswith("Big thanks to the lieutenant and the crew")


def test_a_determined_short_rank_is_said_in_full():
    out = gen("Our retired Col. [Haverford] left us last night, aged well.", "PERSON", role="hotel manager")
    assert "colonel" in out and "Col." not in out and "col," not in out


def test_a_full_stop_after_a_role_noun_still_ends_its_sentence():
    out = gen("Thanks to the nurse. [Akhtar] came later to help.", "PERSON", role="paramedic")
    assert out.startswith("Thanks to the nurse. ")


def test_a_spanish_article_before_a_titled_name_goes():
    out = gen("Ay, la señora [Remedios Alcalá] brought pan dulce for all of us.", "PERSON", role="dental nurse")
    assert "la the" not in out and out.startswith("Ay, the lady brought")


def test_a_spanish_word_la_not_before_a_replacement_stays():
    out = gen("We sang la la la with [Tomás] the whole way home.", "PERSON", role="teacher")
    assert "la la la" in out


def test_a_whole_word_title_after_a_possessive_is_said_as_written():
    # "Doña" is no short form: it is not turned into its English noun
    out = gen("Mi viejita Doña [Carmen] told me I'm her favourite.", "PERSON", role="home carer")
    assert "lady" not in out.split()[:3]
