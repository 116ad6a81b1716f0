"""Rewrites the judges of fresh42a-d read as garbled or over-removed where the generaliser, not the detector, was at
fault (session 43). Each class is pinned on made-up sentences of the same shape, with the near case that must be left
as it was beside it:

- a town "up", "down", "doon" or "all over", or a person "fae" it, whatever the detector called it: a place ("in
  town", "all over town", "from elsewhere"), never "up someone", "all over the news"; after a phrasal verb ("picked up
  Sam") or before a given name it is still someone.
- a surname before the plural noun for a family's children ("the three Milne bairns"): the name goes, the noun stays.
- an age after "is only", "she's" with the Scots or Patois "an" after it: the band, never "is only plays", and
  "Lad's only a child", never "Lad's only child" ("'s" there is "is").
- a name after a greeting ("hi Bronwyn if ur seeing this"): "hi there", never "hi someone".
- a day of the month where the sentence says it comes round monthly (a grant, the rent): the part of the month,
  never "soon".
- a second name in commas "to everyone" after a person: the same person, and the aside goes.
- a street's or a building's word last after no given name ("Gibraltar St", "Larkhill House"): a place, never
  "someone else".
"""

from __future__ import annotations

from test_generalise import gen


# -- up, down, all over, fae a place -----------------------------------------------------------------------------


def test_up_a_village_taken_for_a_person_is_a_place():
    out = gen("Found him sleeping rough by the war memorial up [Trewellan] again.", "PERSON", role="outreach worker")
    assert "up someone" not in out and "up a client" not in out and "Trewellan" not in out
    assert "war memorial in town again" in out or "in the village" in out


def test_doon_a_town_taken_for_a_firm_is_a_place():
    out = gen("Polis picked her up doon [Auchterbrae] at midnight.", "ORGANIZATION", role="residential worker")
    assert "an organisation" not in out and "Auchterbrae" not in out


def test_all_over_a_town_is_all_over_town():
    out = gen("Bunting all over [Penzithick] for the regatta!", "ORGANIZATION", role="therapist")
    assert out == "Bunting all over town for the regatta!"


def test_a_lass_fae_a_village_is_from_elsewhere():
    out = gen("Assessment done for a lass fae [Drumbreck] this morning.", "ORGANIZATION", role="mental health officer")
    assert "fae an organisation" not in out and "from elsewhere" in out


def test_picked_up_a_given_name_is_still_someone():
    out = gen("Picked up [Callum] from nursery at three.", "PERSON", role="foster carer")
    assert "in town" not in out and "elsewhere" not in out


def test_let_down_a_surname_with_a_title_is_still_someone():
    out = gen("The council let down [Mrs Pengelly] again.", "PERSON", role="social worker")
    assert "in town" not in out


def test_a_business_closed_down_is_still_a_business():
    # "-ed" and "-ing" verbs make "down" and "up" their particle (blind43: "closed down Golden Wok" -> "closed in town")
    for draft in ("Inspectors closed down [Lucky Dragon] on Ferry Lane, mice everywhere.",
                  "They're shutting down [Brackley Joinery] after the audit."):
        out = gen(draft, "ORGANIZATION", role="other")
        assert "in town" not in out and "Lucky Dragon" not in out and "Brackley" not in out, out
        assert "down an organisation" in out or "down a " in out, out


def test_a_shed_up_a_village_is_still_a_place():
    out = gen("Found him kipping in the shed up [Trewellan] again.", "PERSON", role="outreach worker")
    assert "up someone" not in out and "Trewellan" not in out and "in town" in out, out


# -- a surname before a family's children ------------------------------------------------------------------------


def test_a_surname_before_the_bairns_goes():
    out = gen("Panel today for the two [Rennie] weans, gran wants them back.", "ORGANIZATION", role="social worker")
    assert "the two weans" in out and "someone" not in out


def test_a_surname_before_the_siblings_goes():
    out = gen("Home visit to the [Adeyemi] siblings after school.", "PERSON", role="family support worker")
    assert "the siblings" in out


def test_a_name_with_no_determiner_before_kids_is_left_a_person():
    out = gen("Told [Amara] kids can be cruel at that age.", "PERSON", role="teacher")
    assert not out.startswith("Told kids")


# -- an age after "is only" and a dialect "an" --------------------------------------------------------------------


def test_an_age_after_is_only_with_an_keeps_its_band():
    out = gen("The wee lass is only [11] an wants tae be a vet.", "AGE", role="teacher")
    assert "is only a child an wants" in out


def test_an_age_after_shes_with_an_keeps_its_band():
    out = gen("Visited my gran, she's [93] an still bakes every day.", "AGE", role="nurse")
    assert "she's elderly an still bakes" in out


def test_lads_only_an_age_keeps_its_article():
    out = gen("Lad's only [9] and already tackles like a pro.", "AGE", role="coach")
    assert "Lad's only a child and" in out


def test_an_age_opening_its_clause_with_an_still_goes_whole():
    out = gen("Appeal lost again, [71] an sleepin in a car.", "AGE", role="advice worker")
    assert out == "Appeal lost again, sleepin in a car."


# -- a name after a greeting --------------------------------------------------------------------------------------


def test_a_name_after_hi_is_hi_there():
    out = gen("she found my video 🙈 hi [Rosalind] if ur reading this!!", "PERSON", role="stylist")
    assert "hi there if ur reading this" in out


def test_a_greeting_reported_keeps_who_it_went_to():
    out = gen("[Kez] said hi [Ollie] and walked off.", "PERSON", "PERSON", role="youth worker")
    assert "hi there" not in out


# -- a day of the month that comes round monthly -------------------------------------------------------------------


def test_a_grant_day_is_the_start_of_the_month():
    out = gen("Spends his whole pension on the [2nd] every month, then nothing.", "DATE_TIME", role="social worker")
    assert "at the start of every month" in out and "soon" not in out


def test_rent_due_late_in_the_month():
    out = gen("Her rent is due on the [27th] and she has nothing left.", "DATE_TIME", role="support worker")
    assert "due at the end of the month" in out


def test_a_hearing_on_a_day_of_the_month_is_left_soon():
    out = gen("The hearing is on the [4th], fingers crossed.", "DATE_TIME", role="solicitor")
    assert "month" not in out


# -- a second name in commas, "to everyone" ------------------------------------------------------------------------


def test_a_name_everyone_calls_him_is_the_same_man():
    out = gen("Held [Bernard's] hand tonight, [Bernie] to all his mates, till the end.".replace("[Bernard's]", "[Bernard]'s"),
              "PERSON", "PERSON", role="nurse")
    assert "else" not in out and "another" not in out and "Bernie" not in out


def test_a_second_person_after_a_comma_stays_a_second_person():
    out = gen("Sat with [Bernard] tonight, [Moira] popped in too.", "PERSON", "PERSON", role="nurse")
    assert "another" in out or "else" in out


# -- a street's or a building's word last ---------------------------------------------------------------------------


def test_a_street_by_its_short_word_is_a_street():
    out = gen("Fence done for a family at the top of [Corowa St] today.", "PERSON", role="builder")
    assert "a local street" in out and "someone" not in out


def test_a_given_name_before_lane_is_still_someone():
    out = gen("Coffee with [Deborah Lane] from payroll.", "PERSON", role="accountant")
    assert "street" not in out


def test_a_house_by_its_name_is_a_place():
    out = gen("Our Mr [Trelawney] ([Room 12], [Penhallow House]) wouldn't take his tablets.", "PERSON", "FACILITY", "PERSON",
              role="care worker")
    assert "someone else" not in out and "another resident" not in out


def test_a_person_named_hall_is_still_someone():
    out = gen("Had a chat with [Martin Hall] about the rota.", "PERSON", role="care worker")
    assert "care home" not in out and "local" not in out


# -- a sentence that opens by naming the child ---------------------------------------------------------------------


def test_a_sentence_naming_the_kid_goes_with_its_and():
    out = gen("He drew his mum crying today. Kid's name is [Brody] and the whole street knows why.", "PERSON", role="teacher")
    assert out.endswith("today. The whole street knows why.")


def test_his_names_clause_goes_with_its_comma():
    out = gen("Third school move this year. His name's [Tayo], he just wants to settle.", "PERSON", role="teacher")
    assert out == "Third school move this year. He just wants to settle."


def test_a_name_given_after_a_dash_still_goes_alone():
    out = gen("I won't pretend otherwise — her name's [Niamh].", "PERSON", role="teacher")
    assert "Niamh" not in out and "name's someone" not in out


# -- a name after "you," closing the clause -------------------------------------------------------------------------


def test_a_name_after_you_comma_is_who_is_spoken_to():
    out = gen("Someone paid in Monopoly money last night 😂 small pub, we know it was you, [Gazza]. #hospo", "ORGANIZATION",
              role="bar manager")
    assert "we know it was you. #hospo" in out


def test_a_big_place_after_thank_you_is_left_to_the_place_rules():
    out = gen("What a gig, thank you, [Glasgow]!", "LOCATION", role="musician")
    assert "someone" not in out


def test_from_up_a_town_is_from_nearby():
    out = gen("Caught a regular from up [Moorside] nicking razors again.", "LOCATION", role="shop manager")
    assert out == "Caught a regular from nearby nicking razors again."
