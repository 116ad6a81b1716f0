"""Issue 11, session 20: stories offered as clean while the detail that identifies someone stayed (false_clean),
by class, each beside harmless posts of the same shape that must stay clear of that kind. Run with the real
detector's spans, as the pipeline does."""

from __future__ import annotations

import pytest
from review_helpers import kinds, review, span  # noqa: F401 (review: a fixture)


# -- a life-saving act done on someone the post tells of is their health ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Saw the lady I did CPR on at Kilbride Co-op today. She's walking her dog again round Ardnagh Park!",
        "Bumped into the man I did CPR on outside Kilbride Co-op last spring. He's back coaching the under 12s!",
    ],
)
def test_cpr_done_on_someone_told_of_is_health_detail(review, text):
    assert "health_detail" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "I did CPR on a dummy at the training day in Leeds and she said my compressions were perfect.",
        "Did my CPR refresher today, she said I was great.",
        "Everyone should learn CPR. I did CPR on shift for the first time last year and it stays with you.",
        "I did CPR on the manikin for ten minutes straight at the refresher in Kilbride, and she said I was a natural.",
    ],
)
def test_cpr_practised_or_told_of_in_general_is_no_health_detail(review, text):
    assert "health_detail" not in review(text)


# -- someone's own oxygen ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mr Brannigan in bed 4 tried to light a roll-up next to his oxygen again. 79 and fearless.",
        "Caught her taking her oxygen off to have a fag out the window of room 12.",
    ],
)
def test_someones_oxygen_is_health_detail(review, text):
    assert "health_detail" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Flight safety tip for carers too: put your own oxygen mask on first.",
        "The oxygen levels in this open plan office by 3pm are criminal.",
    ],
)
def test_oxygen_of_no_one_is_no_health_detail(review, text):
    assert "health_detail" not in review(text)


# -- a case called by its party's name, worked on now ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mediation in the Okorie-Blake matter collapsed again today. Two kids stuck in the middle.",
        "Talks in the Farrow-Quinn matter fell apart again this morning. Some days this job is heavy.",
    ],
)
def test_a_named_case_worked_on_now_is_ongoing_case(review, text):
    assert "ongoing_case" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Donoghue case is the one every law student learns first. I love teaching it.",
        "Reading the Supreme Court's judgment in the Rwanda case with my coffee. Whatever your politics, the reasoning is worth it.",
        "The Farrow matter settled last spring and I'm finally taking the kids on holiday.",
        "Binge-watched the Menendez case documentary with my mum again tonight.",
    ],
)
def test_a_named_case_taught_read_or_settled_is_no_ongoing_case(review, text):
    assert "ongoing_case" not in review(text)


# -- an emergency call from someone in danger from their own family --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Took a 911 call at 2am from a boy hiding under his bed while his mum's boyfriend kicked the door in. I can still hear him.",
        "Took a 999 call from a little boy hiding in the airing cupboard while his dad threw plates. He told me his dog's name.",
        "Long night. An emergency call from a teenager whose stepdad had locked her in the garage.",
    ],
)
def test_an_emergency_call_about_harm_at_home_is_ongoing_case(review, text):
    assert "ongoing_case" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "If you call 999 for a splinter, I will find you. Love, a very tired call handler.",
        "My dad called 999 when I fell off the ladder; my brother drove me to A&E after.",
        "Please ring 999 if someone is in danger, not the station's number.",
        "Took a 911 call from a man whose cat was up a tree. Sent the fire crew, cat was fine.",
    ],
)
def test_an_emergency_call_with_no_harm_at_home_is_no_ongoing_case(review, text):
    assert "ongoing_case" not in review(text)


# -- a marriage few couples reach ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two of our residents, married 69 years, moved into a double room today. Not a dry eye on the unit.",
        "Helped a couple celebrate their 72nd wedding anniversary on the ward this afternoon 💕",
        "He's been visiting her every day; 66 years married and he still brings her a flower.",
    ],
)
def test_a_marriage_of_65_years_or_more_is_rare_or_unique(review, text):
    assert "rare_or_unique" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "My grandparents have been married 67 years and still hold hands on the bus.",
        "Married 12 years today, love you babe.",
        "Our 25th wedding anniversary next week and I still can't cook.",
    ],
)
def test_an_ordinary_or_own_familys_marriage_is_no_rarity(review, text):
    assert "rare_or_unique" not in review(text)


# -- someone served told by their trade in a small place (the detector often reads such a place as a name) ---


@pytest.mark.parametrize(
    "text, place",
    [
        ("One of my clients, a 52yo postman in Ballykeel, finally said out loud that he's not coping.", "Ballykeel"),
        ("A patient of mine, a retired blacksmith from Inverlochy, brought me eggs today.", "Inverlochy"),
    ],
)
def test_someone_served_by_trade_and_small_place_is_small_community(text, place):
    assert "small_community" in kinds(text, [span(text, place, "PERSON")])


@pytest.mark.parametrize(
    "text, place",
    [
        ("One of my clients, a nurse in Toronto, said the night shifts are the hardest part.", "Toronto"),
        ("I'm a postman in Ballykeel and I love my round.", "Ballykeel"),
        ("My brother, a plumber in Kilbride, fixed our boiler for free.", "Kilbride"),
    ],
)
def test_a_trade_in_a_big_place_or_the_writers_own_is_no_small_community(text, place):
    assert "small_community" not in kinds(text, [span(text, place, "PERSON")])


# -- met in a public place by someone the writer cared for, told the other way round ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Got stopped in the queue at Aldi by the man we pulled out of the canal last winter. He wanted to shake my hand.",
        "Was hugged at the school gate by a former pupil, now a dad himself!",
        "Got recognised at the pub by the baby I delivered 18 years ago. He's taller than me now.",
    ],
)
def test_met_in_public_by_someone_cared_for_is_client_contact(review, text):
    assert "client_contact" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Got recognised in Tesco by the lady from the telly, she was lovely.",
        "Got stopped at the school gate by my own mum, she wanted the car keys.",
        "Was approached in the pub by a guy selling raffle tickets.",
    ],
)
def test_met_in_public_by_anyone_else_is_no_client_contact(review, text):
    assert "client_contact" not in review(text)


# -- "that" incident the readers are taken to know, placed or dated ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "That tractor accident up at Carrowmore on Sunday, yes that was us. The lad's in ICU now, pray for him.",
        "That tractor accident up at Glenmore on Sunday, yes that was our crew. Say a prayer for the family.",
    ],
)
def test_that_placed_incident_the_writer_was_at_is_news_event(review, text):
    assert "news_event" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "That fire drill at work on Friday was a shambles, I was in the loo the whole time.",
        "That crash course in Excel on Monday actually helped me, thanks Priya.",
    ],
)
def test_that_drill_or_course_is_no_news_event(review, text):
    assert "news_event" not in review(text)


# -- someone pointed at with a stressed "THE", as everyone round there knows them ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Guess who's in my Year 10 set now... yes, THE girl from the county final penalty shoot-out. No pressure.",
        "Had THE lad who won the Ballyhale show jumping in for his jabs today, he was a nervous wreck 😂",
    ],
)
def test_someone_pointed_at_with_a_stressed_the_is_small_community(review, text):
    assert "small_community" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "I AM SO DONE WITH THE KIDS FROM YEAR 9 TODAY",
        "This is THE best pasta recipe from my nan, trust me.",
        "The lad from IT fixed my printer again, what a hero.",
    ],
)
def test_shouting_or_a_stressed_thing_is_no_small_community(review, text):
    assert "small_community" not in review(text)


# -- the best or worst one of a kind in a small named place, said of someone or an animal --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Put Mick's old sheepdog down today. 15 years, best dog in the whole Glenariff valley. Rough one.",
        "Retirement do for Dr Ahmed tonight, the best GP in Ballycastle by a mile.",
    ],
)
def test_the_best_someone_in_a_small_named_place_is_small_community(review, text):
    assert "small_community" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Had a lovely chat with Tom at the best chippy in Ballycastle today.",
        "Best views in the whole of Glenariff from the top car park, Sinead says.",
    ],
)
def test_the_best_shop_or_view_in_a_small_place_is_no_small_community(review, text):
    assert "small_community" not in review(text)


# -- a stammer or a visible injury told of someone the post points to --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "So proud of Maisie in my Year 3 class who did the class assembly reading despite her stutter.",
        "The lad in my form who was in the Millbrook chip shop fire is back today, still bandaged, and grinning.",
        "One of my Year 5s came in with burns to his arms from the bonfire on Dunmore Green. Parents say he's fine.",
    ],
)
def test_a_stammer_or_a_burn_told_of_someone_is_health_detail(review, text):
    assert "health_detail" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "I stammered my way through the whole presentation today, mortifying.",
        "Restocked the bandages and the burns kit in the staff room, you're welcome.",
    ],
)
def test_the_writers_own_stammer_or_supplies_are_no_health_detail(review, text):
    assert "health_detail" not in review(text)


# -- a small place told as close or with no name, up a glen or a valley -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Please keep Ellie's family in your prayers tonight, Cairnbrook Primary is a tight bunch.",
        "Diagnosed my first ever case of Wilson's disease this week in 30 years. Old shepherd from up the valley.",
        "Sat with a widow this afternoon whose husband hanged himself in the barn. Small places carry this for years.",
    ],
)
def test_a_small_place_told_as_close_or_up_a_valley_is_small_community(review, text):
    assert "small_community" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lovely walk up the glen this morning with the dog, the heather is out.",
        "Our team is a tight bunch, best colleagues ever.",
    ],
)
def test_a_walk_or_a_close_team_is_no_small_community(review, text):
    assert "small_community" not in review(text)


# -- a stay in hospital by its length, told of someone going home ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Dunne in bay 2 was discharged after four months and the whole ward clapped her out.",
        "Our little man from cot 6 finally went home today after 11 weeks with us 🥹",
    ],
)
def test_a_long_stay_told_of_someone_going_home_is_health_detail(review, text):
    assert "health_detail" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Finally going home after 3 weeks of night shifts on the ward, my own bed here I come.",
        "Sarah went home after 2 days of the conference, lightweight.",
        "Went home after 12 hours on the unit and slept till noon.",
    ],
)
def test_the_writers_own_way_home_is_no_health_detail(review, text):
    assert "health_detail" not in review(text)


def test_a_trip_up_the_valley_with_the_writers_own_family_is_no_small_community(review):
    assert "small_community" not in review("Heading up the holler for Mamaw's biscuits, my boy Wyatt asking 'are we there yet'.")


# -- escalation or exasperation beside someone from work ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our ops director Gavin signed off the overtime cuts and then booked himself business class. Make it make sense.",
        "Supervisor Mrs Tan scolded me in front of the whole branch for a till error that wasn't mine.",
        "Our charge nurse keeps leaving the drugs cupboard open on nights. I've flagged it twice now.",
    ],
)
def test_exasperation_beside_someone_from_work_is_venting(review, text):
    assert "venting" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our new rota tool has three logins for one job. Make it make sense.",
        "My mum scolded me for wearing white to a wedding in 2009 and I'm still not over it.",
        "I flagged it to my manager Jo and she sorted it within the hour. Love this team.",
    ],
)
def test_exasperation_with_a_thing_or_the_writers_family_is_no_venting(review, text):
    assert "venting" not in review(text)


def test_a_big_city_named_like_a_person_is_no_small_place(review):
    assert "small_community" not in review("One of my clients, a nurse in London, said the night shifts are the hardest part.")
