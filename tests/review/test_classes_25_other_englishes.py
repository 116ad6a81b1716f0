"""Session 22: the same risks told in other Englishes. Posts in Jamaican Patois, Nigerian and Sierra Leonean
Pidgin, Scots, Irish English, Singlish and Tagalog-English carried a client's contact, a live case, a story in the
news or venting in words the cue lists held only in standard English: the people served ("di yute", "the
oke", "yer one"), contact ("sen mi di pics", "add me pon Facebook", "call me for night"), the writer's own
arrest ("weh mi arrest"), a case under way ("the matter dey court", "may kaso na"), a story everyone shares
("wey everybody dey share", "all the blogs dey post") and anger ("jialat", "mi vex"). Each class beside
posts of the same words that carry no such risk. Run with the real detector's spans, as the pipeline does."""

from __future__ import annotations

import pytest
from review_helpers import review  # noqa: F401 (a fixture)


# -- the people served, in the words of other Englishes ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Di yute weh mi did caution last summer just add me pon Facebook. Mi seh no.",
        "The oke I helped with his tax return last year added me on Insta this morning.",
        "Yer one from the Tuesday clinic has found my personal number somehow.",
        "A wee laddie fae my P3 class, his mammy sent me a friend request last night.",
    ],
)
def test_someone_served_called_by_another_englishs_word_gets_in_touch(review, text):
    assert "client_contact" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Big up to all the yutes who came out for the beach clean this morning!",
        "Mzee Kiprono's tea shop on the corner does the best chapati in town.",
        "Yer man on the radio this morning had me crying laughing.",
    ],
)
def test_the_same_words_with_no_contact_raise_none(review, text):
    assert "client_contact" not in review(text)


# -- private contact in the spellings of other Englishes -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Di patient from bed 9, her son sen mi di pics from di wedding. So sweet.",
        "The mother of one of my pupils dey call me for night about the homework. Abeg.",
        "My client Tunde dey call me every day since the court date was fixed.",
        "Bumped intae a dad fae my caseload at the chippy and he wanted tae talk aboot his review.",
    ],
)
def test_contact_in_patois_pidgin_and_scots_spellings(review, text):
    assert "client_contact" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mi madda sen mi di pics from Sunday dinner, mi cyaan stop laugh.",
        # "mi" is "my" before the writer's own people too: the writer's own child, not a child served
        "Mi pickney sen mi a voice note from school camp, she miss home bad.",
        "My sister dey call me for night to gist. Na so we be.",
        "Bumped intae my auld school pal at the chippy, what a laugh.",
    ],
)
def test_the_same_contact_from_the_writers_own_people_raises_none(review, text):
    assert "client_contact" not in review(text)


# -- the writer's own arrest, and a case under way in Pidgin and Tagalog-English ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Di man weh mi arrest fi di shop break-in a Tuesday still a seh a nuh him. Mi know a him.",
        "The lad I nicked for the catalytic converters is out on bail and waving at me in the street.",
        "My client's land matter dey court and the other side dey play games. Chale.",
        "Yung tenant ko, may kaso na sa barangay. Ingat po sa pag-share.",
    ],
)
def test_a_live_case_said_in_other_englishes(review, text):
    assert "ongoing_case" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shoutout to the police arrest team for the charity football match today, great craic.",
        "The court dey for the end of the road, near the market. Nobody fit miss am.",
        "May kasoy na ako sa bahay, gusto nyo? Fresh from Antique.",
    ],
)
def test_the_same_words_with_no_case_raise_none(review, text):
    assert "ongoing_case" not in review(text)


# -- a story everyone shares, in Pidgin, Patois, Scots and Tagalog-English -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The man wey everybody dey share him video for Twitter na my patient for ward 2. Make una stop.",
        "The boy in my form class, the one all the blogs dey post, came back to school today.",
        "Ye'll have seen the headline about the fire on the estate. My client lost everything.",
    ],
)
def test_a_story_everyone_shares_said_in_other_englishes(review, text):
    assert "news_event" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "That jollof recipe wey everybody dey share for WhatsApp? I tried it, e no bad at all.",
        "Ye'll have seen the sunset tonight, pure magic over the loch.",
    ],
)
def test_the_same_words_about_no_one_served_raise_none(review, text):
    assert "news_event" not in review(text)


# -- anger and "they'll read this" in Singlish, Patois, Pidgin and Tagalog -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our supervisor Darren keeps changing the roster last minute. Jialat.",
        "Mi manager Mr Blackwood tek mi off di schedule again. Mi vex bad.",
        "TL namin si Rommel laging wala sa huddle, kami ang napapagalitan. Sana mabasa niya to.",
    ],
)
def test_venting_about_someone_at_work_in_other_englishes(review, text):
    assert "venting" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Traffic on the PIE this morning, jialat. Made it in by nine anyway.",
        "Sana mabasa niya to, my daughter's first letter to her lola 💛",
    ],
)
def test_the_same_words_about_no_one_raise_no_venting(review, text):
    assert "venting" not in review(text)


# -- "everyone will know who", in Scots, Pidgin and Patois -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The manager at our Stromness branch is cutting two of us. It's a wee toon, everyone'll ken who.",
        "One of my patients for the clinic don run comot with the church money. For our street everybody sabi am.",
    ],
)
def test_readers_will_know_who_said_in_other_englishes(review, text):
    assert "small_community" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tablet or laptop for the bairns' homework? Everybody kens I'm rubbish wi tech 😂",
        "Jollof or fried rice? Everybody sabi say na jollof.",
    ],
)
def test_the_same_words_about_nobody_served_raise_nothing(review, text):
    assert "small_community" not in review(text)


# -- "you'll have read about it", as British and Irish posts say it -----------------------------------------


def test_a_story_readers_will_have_read_about(review):
    assert "news_event" in review("You'll have read about the crash on the bypass. The lad in bed 4 is my patient.")
    assert "news_event" not in review("You'll have read about the new library opening, lovely place for a coffee.")
