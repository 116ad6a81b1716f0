"""Issue 11, session 19: classes of risky posts the review missed on drafts nobody tuned it to, each beside
harmless posts of the same shape that must stay clear of that kind. Run with the real detector's spans, as
the pipeline does."""

from __future__ import annotations

import pytest
from review_helpers import review  # noqa: F401 (a fixture)


# -- client contact from someone described, with no word for someone served and no name ------------------


@pytest.mark.parametrize(
    "text",
    [
        "One of my mums from the unit added me on Facebook last night.",
        "One of my tenants from the old block messaged me on Insta asking for a reference.",
        "The father from one of my cases turned up at my door on Sunday.",
        "Someone I used to support sent me a friend request today.",
        "An ex-client found me on LinkedIn and wants to meet for coffee.",
        "A guy on my caseload showed up at my kid's football game.",
    ],
)
def test_contact_from_someone_described_is_client_contact(review, text):
    assert "client_contact" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "One of my friends from uni added me on Facebook after ten years.",
        "One of my colleagues messaged me on WhatsApp about the rota.",
        "An old school friend sent me a friend request today.",
        "My cousin showed up at my door with cake.",
        "DM me for the slides from today's session.",
    ],
)
def test_contact_from_the_writers_own_circle_is_no_client_contact(review, text):
    assert "client_contact" not in review(text)


# -- a small place told as one body, too small to hide in, or the first of its own --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The lad I coached is back playing after his leukaemia. Whole valley's going to be talking about it.",
        "Buried one of my old patients today, a farmer, 91. Half the parish turned up.",
        "Caught three teenagers shoplifting today, didn't press charges. Town's too small to wreck their lives.",
        "One of my Year 6 girls won the national spelling bee, first girl from our village ever.",
    ],
)
def test_a_small_place_as_one_body_is_small_community(review, text):
    assert "small_community" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Preached on forgiveness this morning. Half the congregation confused, every teenager suddenly awake.",
        "Whole school wore green and gold today for the match.",
        "She left her entire estate to a donkey sanctuary, which I love.",
        "Proud of the whole town for the flood fundraiser today.",
        "First time in our village pub since lockdown, the Guinness is still grand.",
        "Lovely chat with a farmer from Ballykeel at the mart about his new tractor.",
    ],
)
def test_a_crowd_or_a_place_with_no_one_told_of_is_no_small_community(review, text):
    assert "small_community" not in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our barber from the shop on Mill Lane finally told me his cancer is back.",
        "The baker from the cupcake shop on Rye Lane admitted the panic attacks started after the divorce.",
    ],
)
def test_someone_by_the_local_shop_they_work_at_is_small_community(review, text):
    assert "small_community" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Got a lovely coffee from the cafe next door before my shift.",
        "Inmate on B wing (the one from the post office job, you'll have seen it) kicked off again at dinner.",
    ],
)
def test_a_shop_with_no_one_working_there_told_of_is_no_small_community(review, text):
    assert "small_community" not in review(text)


# -- a stage of a case still to come ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Inmate on B wing kicked off again at dinner. Appeal's in Feb so he's on his best behaviour.",
        "Fourteen arrests and the main fella is a youth worker. Charges pending so say no more.",
        "My guy on licence broke his curfew. Recall paperwork goes in tomorrow.",
        "Custody review for the twins is on Thursday, fingers crossed for mum.",
        "Client sent me a friend request. Not while we're waiting on the Sheriff's decision.",
    ],
)
def test_a_stage_of_a_case_still_to_come_is_ongoing_case(review, text):
    assert "ongoing_case" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our Christmas appeal for the food bank closes next Friday, please give!",
        "My annual review is next week and I'm terrified.",
        "His appeal was dismissed back in 2019 and that was the end of it.",
        "If this ever went to court I'd be a witness, I suppose.",
        "Imagine being in a custody battle at Christmas. Grateful for my boring life.",
    ],
)
def test_an_everyday_stage_word_or_a_supposed_case_is_no_ongoing_case(review, text):
    assert "ongoing_case" not in review(text)


# -- venting about a boss by their title, and contempt --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Ng from accounts is having chemo every Tuesday and the boss still books the finance review on Tuesdays. Heartless.",
        "Lost the pitch today because our director couldn't be arsed to show up.",
        "Our GM gave himself a 20% raise and cut the tip pool the same week. Unbelievable.",
        "The site manager signed off the scaffold without looking at it. Useless.",
    ],
)
def test_contempt_at_a_boss_by_their_title_is_venting(review, text):
    assert "venting" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Three deadlines this week and the printer's jammed again. Send coffee.",
        "Our GM bought the whole team pizza after the stocktake, legend.",
        "Couldn't be arsed to cook tonight, chippy it is.",
        "My site manager signed off my leave, two weeks in Crete!",
    ],
)
def test_workload_grumbling_or_praise_of_a_boss_is_no_venting(review, text):
    assert "venting" not in review(text)


# -- health told by its end, an attempt on a life, or a procedure --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The girl in my form tried to hang herself last night. I can't stop shaking.",
        "Mr K went for his colonoscopy at 2 and came back grinning.",
        "Mrs Patel in bay 4 has only weeks left now, her son flies in tomorrow.",
        "The lad in bed 9 is still on oxygen, third week now.",
    ],
)
def test_health_by_its_end_or_a_procedure_is_health_detail(review, text):
    assert "health_detail" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Six weeks left on my contract and then I'm off travelling.",
        "Two days left until Christmas and the ward is full of tinsel.",
        "I've had a colonoscopy booked for months, wish me luck.",
        "Feeling a bit poorly today, staying in with soup.",
    ],
)
def test_time_left_or_the_writers_own_health_is_no_health_detail(review, text):
    assert "health_detail" not in review(text)


# -- someone served seeing the writer out of work, or asking them along --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The father from one of my cases saw me at the temple and started shouting about the order.",
        "A patient spotted me at the beach and came over to ask about her scan.",
        "The twins' grandmother asked me to come to church with her tonight to pray. I said yes.",
    ],
)
def test_someone_served_meeting_the_writer_out_of_work_is_client_contact(review, text):
    assert "client_contact" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "My friend saw me at the gym and laughed at my form.",
        "My manager asked me to come to the meeting early.",
        "Saw a gorgeous sunset at the beach after my shift.",
    ],
)
def test_the_writers_own_people_meeting_them_is_no_client_contact(review, text):
    assert "client_contact" not in review(text)


# -- a condition named as WordNet files it (review_health_conditions.txt) ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Okafor in bed 6 was diagnosed with apraxia this morning.",
        "The lad in bay 2 came back from Sierra Leone with Lassa fever. Whole ward in masks.",
        "Our receptionist Jan has liver failure and is off for months, send her love.",
    ],
)
def test_a_condition_wordnet_names_is_health_detail(review, text):
    assert "health_detail" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Black Friday at the outlet was a feeding frenzy, never again.",
        "The insanity of this week, three deadlines and a fire drill.",
        "Lassa fever is on the rise in West Africa, read the WHO update.",
    ],
)
def test_everyday_words_and_a_condition_told_of_in_general_are_no_health_detail(review, text):
    assert "health_detail" not in review(text)


# -- someone the writer serves placed by the small place they come from ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Operating on a 6 year old from Bimbilla tomorrow, brain tumour. Pray for my hands.",
        "A Maasai elder from Loiborsoit came in with a lion bite today. Refused painkillers!",
    ],
)
def test_someone_served_from_a_small_named_place_is_small_community(review, text):
    assert "small_community" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "A client from Lagos sent me the loveliest card today.",
        "The mum from Jake's class brought cupcakes for the whole staffroom.",
        "Trad session last night, Fields of Athenry at 1am with a tourist on the bodhrán.",
        "Workshop on girls' education from Kenema to Bo this week, the energy was unreal.",
    ],
)
def test_a_big_place_someones_class_or_a_song_is_no_small_community(review, text):
    assert "small_community" not in review(text)
