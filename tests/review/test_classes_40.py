"""Session 40's classes: cues raised on harmless posts because a second cue was taken for someone the writer
serves (readers called by their group, a simile, a guess of the detector's at words of another language), the
writer's own life ("I'm the only one in the office ...", leaving work, "don't call me"), each with the side
that must still be raised. Every name and text here is invented."""

from __future__ import annotations

import pytest
from review_helpers import kinds, span


# -- readers called by the group they are in are no one served -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "That penalty still gives me chills 🇧🇷 Knee rehab clients, THIS is why you do your hamstring work.",
        "The new series gave me nightmares lol. Parents: please remember your kids' wellies tomorrow!",
    ],
)
def test_readers_called_by_their_group_are_not_the_one_in_touch(text):
    assert "client_contact" not in kinds(text)


def test_a_client_who_gives_still_is():
    assert "client_contact" in kinds("One of my knee rehab clients tried to give me £200 cash at the end of her block.")


# -- a person word in a simile is the writer compared, and leaving a place is no gift ----------------------------


def test_a_simile_and_leaving_work_are_no_gift():
    text = "Clocked off at 2 and walked out of the office like a free man 🎉 Kids are at my sister's, wine is open."
    assert "client_contact" not in kinds(text)
    assert "client_contact" not in kinds("Left the clinic early for once, felt like a new woman. Free pizza at home too.")


def test_a_client_leaving_a_gift_still_is():
    text = "Mrs Ferreira left the nurses a free hamper from her shop, and a £50 voucher for me."
    assert "client_contact" in kinds(text, [span(text, "Mrs Ferreira", "PERSON")])


# -- contact barred by the writer, to everyone ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Holiday from tomorrow, caseload handed over, files done. Don't call me, I'm in Lanzarote 😎",
        "Court out, tings dun, nuh badda call mi till Tuesday 🇯🇲",
    ],
)
def test_the_writer_off_duty_barring_calls_is_no_contact(text):
    assert "client_contact" not in kinds(text)


def test_a_client_calling_is_still_contact():
    text = "My client Delroy keeps calling me at home on a Sunday, I don't know how he got the number."
    assert "client_contact" in kinds(text, [span(text, "Delroy", "PERSON")])


# -- a lowercase guess at words of another language is nobody ------------------------------------------------


def test_a_lowercase_guess_is_not_who_the_writer_met_at_their_mums():
    text = "Sunday dinner at my mum's, pierogi z kapustą and my brother hogging the gravy 😂 Back to payroll Monday."
    assert "client_contact" not in kinds(text, [span(text, "pierogi z kapustą", "PERSON")])


def test_a_named_client_at_the_writers_mums_still_is():
    text = "Bumped into my client Teodor at my mum's of all places, he lives two doors down."
    assert "client_contact" in kinds(text, [span(text, "Teodor", "PERSON")])


def test_a_word_of_address_in_lowercase_is_not_a_name_called_out():
    text = "Rates are finally down per the Bank of England, so call your broker this week, hermano. Ya sabes."
    assert "venting" not in kinds(text, [span(text, "hermano", "PERSON"), span(text, "Bank of England", "ORGANIZATION")])


def test_a_capitalised_name_called_out_still_is():
    text = "Third time this week the float was short. It was Kevin."
    assert "venting" in kinds(text, [span(text, "Kevin", "PERSON")])


# -- "every single" counting a group is no exasperation -------------------------------------------------------


def test_every_single_child_is_a_count():
    assert "venting" not in kinds("nursery staff when it's pyjama day and every single child is a dinosaur 🦖 we had 12 t-rexes")


def test_every_single_time_beside_a_colleague_still_is():
    assert "venting" in kinds("My line manager moves my shifts every single week without asking.")


# -- the writer as the only one in their own workplace --------------------------------------------------------


def test_the_writer_the_only_one_in_the_office():
    text = "15 years on the admin team and I'm still the only one in the office who can unjam the franking machine 😂"
    assert "small_community" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "She's the only one in the office who knew about his diagnosis before the rest of us.",
        "I'm the only one in the village who can drive, so I take my clients to every appointment.",
    ],
)
def test_someone_else_or_a_small_place_still_is(text):
    assert "small_community" in kinds(text)


# -- the review's cue families in French (Québec), and French "son" is no one's son -----------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Longue journée au palais de justice: mon client doit témoigner jeudi et il tremble déjà.", "ongoing_case"),
        ("Séance de médiation avec les Tremblay demain, monsieur veut la garde partagée et madame refuse.", "ongoing_case"),
        ("Ma cliente m'a ajoutée sur Facebook hier soir pis m'écrit pour son dossier. Je réponds pas.", "client_contact"),
        ("On annonce 30 licenciements à l'usine de Granby lundi. Les employés savent pas encore.", "confidential_business"),
    ],
)
def test_cue_families_in_french(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bon weekend tout le monde! Mon chum a fait son fameux pâté chinois pis je relaxe avec mon café ☕",
        "Enfin en vacances, j'ai fermé mon ordi pis mon cell. À lundi la gang!",
    ],
)
def test_french_everyday_posts_raise_nothing(text):
    assert kinds(text) == set()


def test_french_son_is_no_son_but_the_english_one_is():
    from rewriter.review.context import Post

    # "son" before a noun is "his/her" in French: no one served is told of
    for text in ("Il a lancé son cell sur le mur.", "Elle est venue avec son toutou pour son rendez-vous."):
        assert not Post(text).served
    for text in ("Her eldest son rang the ward twice.", "The client's son was there.", "Mum and son both came in."):
        assert [text[a:b] for a, b in Post(text).served][-1] == "son"


def test_a_judges_career_is_no_case():
    for text in ("Congratulations to Justice Marlowe on a remarkable career at the High Court. A true inspiration. Thank you, judge!",
                 "Félicitations à la juge Tremblay pour sa retraite après 30 ans à la Cour du Québec. Merci madame la juge!"):
        assert "ongoing_case" not in kinds(text)
    assert "ongoing_case" in kinds("The judge in my client's custody case is retiring before the final hearing, so we start again.")


# -- English cue families the fresh sets' writers used ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Stitched up the taxi driver from last night's news, the one attacked on the ring road. Lovely man.", "news_event"),
        ("Child contact case this afternoon, wee Orla (5) had to wait four hours in the corridor again.", "ongoing_case"),
        ("So proud of my young person Tane, three months off the weed now and back at kura.", "health_detail"),
        ("posting my yr 10's lino print on my story bc it's incredible 😭 she said I could", "photo"),
        ("Big thanks to the girls on nights, and a big F you to the manager who cut our breaks to 15 minutes.", "venting"),
    ],
)
def test_english_cue_families(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Posted the sunset from our hike on my story, what a view 🌅",
        "Three weeks off the booze for dry January and I feel brilliant, who's with me?",
        "Yesterday's news now, but the new ward rota is finally out.",
    ],
)
def test_english_cue_families_near_misses(text):
    assert kinds(text) == set()


# -- a household name's outage lived as its customer is public news ---------------------------------------------


def test_a_brands_outage_lived_as_a_customer_is_public():
    assert "confidential_business" not in kinds("Vodafone outage all morning and the queue at my pharmacy counter went out the door 😅")


@pytest.mark.parametrize(
    "text",
    [
        "Our Vodafone outage postmortem is due Friday, nobody outside the team knows yet.",
        "Acme Widgets outage at my work again, we lost the whole morning of orders.",
    ],
)
def test_an_outage_from_inside_still_is(text):
    assert "confidential_business" in kinds(text)


# -- a process told in advice to every reader is no one's case ----------------------------------------------------


def test_advice_to_readers_about_a_process_is_no_case():
    text = "PSA for managers: ACAS has free templates. Don't be leaving a grievance to fester until it's a tribunal claim."
    assert "ongoing_case" not in kinds(text)


def test_a_case_after_a_dont_with_someone_in_it_still_is():
    assert "ongoing_case" in kinds("Don't tell anyone but my client's tribunal claim goes in next week.")
