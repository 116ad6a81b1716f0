"""Session 42's classes, found on fresh41a-d (last session's blind drafts): one member of staff dismissed or caught
taking the takings, told from inside (in English, French, Scandinavian and Scots words for "our"), a confidence
kept in French or Norwegian, shouting at the writer and mockery said in other languages, births, jaundice, a drug
test, a walker and pain in Pidgin; and, on the harmless side, a hotel's night audit, code merged, newspaper as
craft paper, "the death of me", a boss's praise quoted and a team that won again. Each with the side that must
not be raised. Every name and text here is invented."""

from __future__ import annotations

import pytest
from review_helpers import kinds, span

# -- one member of staff dismissed or disciplined, told by the employer's side ------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Rotten Monday. Had to let our barista Corrigan go this morning, the till was short three weeks running.", "Corrigan"),
        ("We let our night porter Ifeanyi go after 9 years, and it broke my heart to do it.", "Ifeanyi"),
        ("Typing up the written warning for our apprentice Dervla before the 4pm meeting, not fun.", "Dervla"),
        ("Notre technicien Gaëtan s'est fait congédier hier, toute l'équipe est sous le choc.", "Gaëtan"),
        ("Vår lagerchef Birger fick sparken i morse. Säg inget till någon.", "Birger"),
    ],
)
def test_a_colleague_dismissed_told_from_inside_is_confidential(text, name):
    assert "confidential_business" in kinds(text, [span(text, name, "PERSON")])


@pytest.mark.parametrize(
    "text, spans",
    [
        ("Let Rowan go to the corner shop alone for the first time today, proud and terrified.", ["Rowan"]),
        ("Let it go, let it go, the whole of Year 2 singing it at home time 🎶", []),
        ("Had to let Biscuit go out in the rain three times before bed, daft dog.", []),
        ("Finally learning to let go of the inbox at 6pm. Boundaries!", []),
        ("I got a written warning for being late when I was 17 and it was the making of me.", []),
    ],
)
def test_letting_someone_go_out_or_the_writers_own_past_is_not(text, spans):
    assert "confidential_business" not in kinds(text, [span(text, s, "PERSON") for s in spans])


# -- staff taking the takings or the stock, told from inside -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our assistant manager has been skimming from the float for months, the audit trail shows it clear as day.",
        "One of oor carers was liftin cash fae a client's purse. Polis called, I'm shaking.",
        "We've had a till shortfall every Saturday since the new lad started on the tills.",
    ],
)
def test_staff_taking_the_takings_told_from_inside_is_confidential(text):
    assert "confidential_business" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Skimming from the top of the pot, the cream is the best part of the milk, says Gran.",
        "Lifting cash machines with a digger, that's the new thing apparently, says the radio.",
    ],
)
def test_the_same_words_with_no_workplace_are_not(text):
    assert "confidential_business" not in kinds(text)


# -- shouting at the writer, and mockery, said in other languages beside someone named -----------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le superviseur Lortie m'a crié dessus devant tout le monde parce que le camion était en retard.", "Lortie"),
        ("Si Ma'am Dizon sinigawan ako sa harap ng mga estudyante, dahil lang sa attendance sheet.", "Dizon"),
        ("Our director Halvorsen thinks a spreadsheet is a kind of bedsheet 🤡", "Halvorsen"),
    ],
)
def test_shouted_at_or_mocked_in_other_words_is_venting(text, name):
    assert "venting" in kinds(text, [span(text, name, "PERSON")])


@pytest.mark.parametrize(
    "text",
    [
        "Circus-themed birthday at home for my niece 🤡🎪 face paint on every surface.",
        "Le chien m'a crié dessus toute la nuit, on dirait. Pas dormi 😴",
    ],
)
def test_the_same_words_at_nobody_from_work_are_not(text):
    assert "venting" not in kinds(text)


# -- a birth, jaundice, a drug test, a walker, pain in Pidgin, about someone the reader can pick out ----------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Mrs Achterberg went intae labour in the Co-op queue and we delivered a wee girl by the freezers!", "Mrs Achterberg"),
        ("Home visit to the Pemberton twins, the wee one's jaundice is finally fading.", "Pemberton"),
        ("Dobrev, our forklift driver, failed a drug test on Tuesday and is off the floor pending review.", "Dobrev"),
        ("Mr Kowalski walked to the end of the corridor without his walker today 🎉", "Mr Kowalski"),
        ("Oga Chukwuebuka say him knee still dey pain am, he wan see doctor again.", "Oga Chukwuebuka"),
    ],
)
def test_health_said_in_these_words_about_someone_is_a_health_detail(text, name):
    assert "health_detail" in kinds(text, [span(text, name, "PERSON")])


@pytest.mark.parametrize(
    "text",
    [
        "Delivered a boy's worth of pizza to the staffroom, that's my Friday good deed done 🍕",
        "Bought a baby walker for my nephew's first birthday, he zooms round the kitchen in it.",
        "This spreadsheet is going to be the death of me, three tabs and none of them agree.",
    ],
)
def test_the_same_words_of_things_or_the_writer_are_no_health_detail(text):
    assert "health_detail" not in kinds(text)


# -- harmless: a hotel's night audit, code merged, newspaper as craft paper, a boss's praise, a win again -----------


@pytest.mark.parametrize(
    "text",
    [
        "Night audit balanced first time at 3:40, kettle on, nobody tell the boss I'm watching the snow. #hotellife",
        "Merged the hotfix branch before lunch, the team went for noodles to celebrate. Good Thursday.",
    ],
)
def test_a_night_audit_or_code_merged_is_no_business_matter(text):
    assert "confidential_business" not in kinds(text)


def test_a_merger_told_from_inside_still_is():
    assert "confidential_business" in kinds("We merged with a bigger practice last month and nobody knows yet outside the partners.")


def test_newspaper_as_craft_paper_is_no_news():
    text = "Mi pickney dem make hats outta newspaper and tape for the parade, my colleague Miss Grant helped."
    assert "news_event" not in kinds(text, [span(text, "Miss Grant", "PERSON")])


def test_a_story_in_the_newspaper_still_is_news():
    text = "Our client Mr Oyelaran is in the newspaper today after the fire at his shop."
    assert "news_event" in kinds(text, [span(text, "Mr Oyelaran", "PERSON")])


@pytest.mark.parametrize(
    "text",
    [
        "New haircut at work and my manager said 'STUNNING!' in front of everyone, I'm blushing 😂",
        "My boss said 'bra jobbet' after the demo 🥹 and the sun came out too. Fredag!",
        "My manager brought cake for the team. Our netball club won the league again, what a week!",
    ],
)
def test_a_bosss_praise_quoted_or_a_win_again_is_no_venting(text):
    assert "venting" not in kinds(text)


def test_a_boss_quoted_back_in_a_complaint_still_is_venting():
    text = "My manager said 'just work faster' AGAIN today while cutting two of us from the rota."
    assert "venting" in kinds(text)


# -- a named person's money told by the one who handles it: pay on a payroll run, a counter-offer, a deposit, a
# -- claim settled -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, spans",
    [
        ("Payroll run for Brynmor Plant Hire went out with Tegid's overtime tripled, £3,912.40 where it should be £1,304.", []),
        ("We lost our best applicant for the planner role, she took a counter-offer at $88,000 from her current place.", []),
        ("Mrs Adeyinka came to the counter to break a $150,000 CD for her nephew's 'business idea'. Had to call my branch manager.",
         ["Mrs Adeyinka"]),
        ("So pleased for our client Tomasz, who settled his claim against the haulage firm this morning for £96,000.", ["Tomasz"]),
    ],
)
def test_a_named_persons_money_told_by_who_handles_it_is_confidential(text, spans):
    assert "confidential_business" in kinds(text, [span(text, s, "PERSON") for s in spans])


@pytest.mark.parametrize(
    "text",
    [
        "Finally did a payroll course, £450 well spent, and the overtime for it was worth it.",
        "Settled the argument about the best chippy for £5 and a can of pop. The Anchor wins.",
        "Found my old Oasis CD for £2 at the car boot, what a day.",
    ],
)
def test_the_writers_own_money_or_a_bet_is_not(text):
    assert "confidential_business" not in kinds(text)


def test_a_sum_before_a_word_that_starts_no_noun_is_made_a_sum_not_an_adjective():
    from review_helpers import rewrites

    text = "Payroll run for Brynmor Plant Hire went out with Tegid's overtime tripled, £3,912.40 instead of £1,304."
    assert ("£3,912.40", "a significant sum") in rewrites(text, "confidential_business")


# -- the employer's inaction or a slight, said in other Englishes and languages, beside someone from work --------


@pytest.mark.parametrize(
    "text",
    [
        "Two of our drivers hurt on the depot ramp this month. Management didn't even bother fixing the rail.",
        "Our supervisor promised new gloves in March, abhi tak kuch nahi aaya. Hands cracked raw.",
    ],
)
def test_the_employers_inaction_said_plainly_is_venting(text):
    assert "venting" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "My manager brought in a cake for my birthday and I didn't even notice till lunch, so sweet of her 🎂",
        "Abhi tak the best biryani I've had in this city, our team lunch was a treat 😋",
    ],
)
def test_the_same_words_said_kindly_or_of_food_are_not(text):
    assert "venting" not in kinds(text)


# -- harmless: the writer's own trade framing an opinion; a team owning a sports court ---------------------------


def test_the_writers_own_trade_said_as_a_frame_is_no_health_detail():
    text = "Watched the marathon on telly with Mr Appiah from next door. As a physio, those calves deserve a documentary."
    assert "health_detail" not in kinds(text, [span(text, "Mr Appiah", "PERSON")])


def test_someone_as_a_patient_still_is():
    text = "Mr Appiah, 81, back on the ward as a stroke patient, third time since May."
    assert "health_detail" in kinds(text, [span(text, "Mr Appiah", "PERSON")])


def test_a_team_owning_the_court_is_no_case():
    text = "Di Year 9 girls dem mash up di court again today, Miss Campbell couldn't stop smiling 🏐"
    assert "ongoing_case" not in kinds(text, [span(text, "Miss Campbell", "PERSON")])


def test_a_hearing_at_court_still_is_a_case():
    text = "Our client Mr Oduya is back in court on Friday for the custody hearing."
    assert "ongoing_case" in kinds(text, [span(text, "Mr Oduya", "PERSON")])
