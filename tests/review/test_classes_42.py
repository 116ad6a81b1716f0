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
