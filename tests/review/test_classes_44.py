"""Session 44's classes, found on fresh39a-d, fresh40a-d and fresh41a-d (employee posts): an employer's cut to
staff, posts, hours or pay told from inside; what an audit or a stocktake found at a business; a mark of secrecy
beside a named business's dated next step; the police in slang, Scots and other languages, a workplace's HR and the
child-protection services at work on a case now. Each with the side that must not be raised. Every name and text
here is invented."""

from __future__ import annotations

import pytest
from review_helpers import kinds, phrases, span

# -- an employer's cut to staff, posts, hours or pay ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, spans",
    [
        ("Heads up: Brackenfield Imaging is cutting 4 sonographer posts next month and the floor hasn't been told.",
         [("Brackenfield Imaging", "ORGANIZATION")]),
        ("Management have slashed our weekend allowance again and still want the rota covered.", []),
        ("The new owners at Harlow Court Care want to cut night staff to two for forty residents.", [("Harlow Court Care", "FACILITY")]),
        ("Our head has axed half the TA hours for next term. Morale is on the floor.", []),
    ],
)
def test_an_employers_cut_to_staff_or_pay_told_from_inside(text, spans):
    assert "confidential_business" in kinds(text, [span(text, part, kind) for part, kind in spans])


@pytest.mark.parametrize(
    "text",
    [
        "I cut my hours to look after Mum and honestly it was the best decision I made this year.",
        "We cut the staff meeting short because the sun came out. Best Friday.",
        "Cut the cake, cut the ribbon, cut the crap: retirement do sorted.",
        "Budget tip for students: cut your phone contract down to SIM-only.",
    ],
)
def test_the_writers_own_choice_or_another_cut_is_not(text):
    assert "confidential_business" not in kinds(text)


# -- what an audit, a stocktake or a reconciliation found at a business --------------------------------------------


@pytest.mark.parametrize(
    "text, found",
    [
        ("Audit at a haulier in Kimberley found R410k missing from petty cash and the FD calls it a timing issue.", "R410k"),
        ("We found a 52 000 kr shortfall in spirits on the stocktake and the cameras show who it was.", "52 000 kr"),
        ("First audit at the dairy and the stocktake sheets were pre-filled before we arrived. Manager says leave it.", "pre-filled"),
        ("Year-end audit at a family vineyard turned up £190k of consulting fees paid to the owner's cousin.", "£190k"),
    ],
)
def test_what_an_audit_found_at_a_business_is_confidential(text, found):
    assert found in phrases(text, "confidential_business")


@pytest.mark.parametrize(
    "text",
    [
        "Survived the audit!! Three weeks of prep and not a single finding. Team drinks tonight 🎉",
        "Busy season: audit for 14 clients this month and 3 coffees a day just to keep up.",
        "Did my own tax return and reconciled my bank statements. Adulting level: expert.",
    ],
)
def test_an_audit_with_nothing_found_or_the_writers_own_books_is_not(text):
    assert "confidential_business" not in kinds(text)


# -- a mark of secrecy beside a named business's dated next step ---------------------------------------------------


def test_secrecy_beside_a_named_business_opening_on_a_date():
    text = "Can't say much but the Juniper Tide group's rooftop bar opens April 9th and I've tasted the menu. NDA says shh."
    assert "confidential_business" in kinds(text, [span(text, "Juniper Tide", "ORGANIZATION")])


@pytest.mark.parametrize(
    "text",
    [
        "No spoilers, can't say more about the plot, but the finale drops next Friday and I'm not okay.",
        "Can't say much but my sister's getting married next month and I'm doing the cake.",
    ],
)
def test_secrecy_about_the_writers_own_plans_with_no_business_named_is_not(text):
    assert "confidential_business" not in kinds(text)


# -- the police, HR or child-protection services at work on a case now ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Someone tried to pass a forged script at the counter again today, third time this month. Cops on it now.",
        "Wee lad turned up at the club wi a split lip and said who did it. Social work been called, polis involved.",
        "Our pantry got broken into last night, they took the whole hamper stock. Police still looking.",
        "Two of the sales team got caught at the Christmas do and now HR is investigating. Never a dull moment.",
        "Break-in at the museum last week and we can't say a thing while die Polizei ermittelt.",
    ],
)
def test_an_authority_at_work_on_a_case_now(text):
    assert "ongoing_case" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Huge thanks to the police who came to our careers fair today, the kids loved the car.",
        "HR sent round the new holiday form. Riveting stuff.",
        "Did a social work placement in my second year and loved it.",
    ],
)
def test_an_authority_named_with_no_case_running_is_not(text):
    assert "ongoing_case" not in kinds(text)


# -- an IT incident told from inside -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our finance director clicked the phishing link again, third time this quarter, and we lost a week of orders.",
        "New starter dropped the prod database on day two and our whole team spent the night restoring it.",
    ],
)
def test_an_it_incident_told_from_inside_is_confidential(text):
    assert "confidential_business" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ran a phishing awareness session for the Year 9s today, they loved spotting the fake emails.",
        "Tip: never click a link in a text that says your parcel is waiting. Phishing is everywhere this month.",
    ],
)
def test_phishing_taught_or_warned_of_is_not(text):
    assert "confidential_business" not in kinds(text)


# -- a client's money, told by the one who handles it --------------------------------------------------------------


@pytest.mark.parametrize(
    "text, sum_",
    [
        ("A lovely old customer came in wanting to wire $8,700 to a 'grandson' he met online. We stopped it.", "$8,700"),
        ("My client turned down a 31k AED package because the office has no gym 😂", "31k"),
        ("Ma cliente la fleuriste doit 16 200 $ à l'impôt. On va s'arranger.", "16 200 $"),
    ],
)
def test_a_sum_of_one_person_served_is_confidential(text, sum_):
    assert sum_ in phrases(text, "confidential_business")


@pytest.mark.parametrize(
    "text",
    [
        "Our clients raised £2,400 for the hospice at the bake sale, so proud of them!",
        "Flights to see my sister cost $1,300 this year, absolute robbery.",
        "A customer tipped me $20 today and made my whole week.",
    ],
)
def test_money_raised_a_price_or_a_small_tip_is_not(text):
    assert "confidential_business" not in kinds(text)


# -- someone else's body hurt or being sick, in plain words ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Rough shift. Tomasz from the night crew came off the forklift, ankle swollen like a balloon, sent him to A&E.", "Tomasz"),
        ("Sat with Keeley in the first aid room for an hour, she's still in the neck brace after Friday.", "Keeley"),
        ("Dale from the yard came in with a staple through his hand again. We know you by name now, Dale.", "Dale"),
        ("Poor Ronan threw up halfway through the maths paper this morning and was gutted.", "Ronan"),
    ],
)
def test_someone_elses_body_hurt_or_sick_in_plain_words(text, name):
    assert "health_detail" in kinds(text, [span(text, name, "PERSON")])


@pytest.mark.parametrize(
    "text",
    [
        "There's a faint smell of toast in the staffroom and I am here for it.",
        "Black Friday queue at 5am and I'm still going. Swollen feet, full heart.",
        "Threw up a quick shelf in the break room, proud of my DIY.",
        "Walked through the hands-on science fair today, the kids' volcanoes were brilliant.",
    ],
)
def test_a_faint_smell_the_writers_own_feet_or_other_words_are_not(text):
    assert "health_detail" not in kinds(text)


# -- contempt for a boss or an employer in Irish, Scots and Northern English ---------------------------------------


def test_bosses_called_chancers_is_venting():
    assert "venting" in kinds("Three weeks of unpaid overtime. Bosses there are a bunch of chancers, so they are.")


@pytest.mark.parametrize(
    "text",
    [
        "Fell for a chancer of a horse in the Grand National again. Two euro down, no regrets.",
        "Wore my cowboy outfit to the line dancing night and the whole class joined in 🤠",
    ],
)
def test_a_chancer_of_a_horse_or_a_cowboy_outfit_is_not(text):
    assert "venting" not in kinds(text)


# -- a client's contact on the writer's account, the manager told of it in the next sentence -----------------------


def test_a_named_client_on_my_insta_stays_contact_when_the_manager_is_told_next():
    text = "Mr Glyn Howells asked me out again after I sorted his savings, then he found my Insta and DM'd me 9 times. Told my manager."
    assert "client_contact" in kinds(text, [span(text, "Glyn Howells", "PERSON")])


def test_a_colleague_in_the_same_sentence_still_makes_the_name_a_colleagues():
    text = "My manager Glyn Howells found my Insta and followed me, then asked for the rota. Fair enough."
    assert "client_contact" not in kinds(text, [span(text, "Glyn Howells", "PERSON")])
