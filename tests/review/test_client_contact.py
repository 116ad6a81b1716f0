"""client_contact: private contact with someone the writer serves raises a risk; contact with the
writer's own friends and family, and ordinary thank-yous, do not."""

from __future__ import annotations

import pytest
from review_helpers import kinds


@pytest.mark.parametrize(
    "text",
    [
        "A client sent me a friend request on Facebook, is it ok to accept?",
        "One of my former students DM'd me on Insta asking to meet for a drink.",
        "A patient's husband asked for my personal number. I said no.",
        "A family I support invited me to their wedding, would it be weird to go?",
        "A client gave me an envelope of cash at our last session.",
        "Bumped into a client in Tesco and her husband asked how therapy was going.",
        "A parent keeps messaging me on WhatsApp late at night about her son.",
    ],
)
def test_private_contact_with_someone_served(text):
    assert "client_contact" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "My sister added me on Insta after ten years, wild.",
        "A customer handed me a Mars bar because I looked tired. Kindness exists.",
        "Met my best friend for a drink after work, much needed.",
        "Remember: keep client contact on work channels only.",
        "Thank you card from a family today made my week.",
    ],
)
def test_contact_with_the_writers_own_people_and_thank_yous(text):
    assert "client_contact" not in kinds(text)


# Classes found in drafts by other writers (issue 11, writers c and d): contact told as a private address
# ("emailed from her personal address", "found my personal insta"), money sent by app ("venmo'd me"),
# work outside the role ("asked me to tutor him", "to babysit"), a client in the writer's own life ("joined
# my pilates class", "moved in two doors down from me"), a handmade gift of value. Each sentence is new,
# written for the class.
@pytest.mark.parametrize(
    "text",
    [
        "A former client emailed me from her personal address to say she's getting married.",
        "One of my students' mums found my personal insta and now likes every post.",
        "A parent venmo'd me $150 after the tournament. Sending it back.",
        "A parent from my class asked me to tutor him at weekends for cash.",
        "A client from my practice has just joined my pilates class at the leisure centre.",
        "The dad of one of the families I work with has moved in two doors down from me.",
        "One of my residents gave me a hand knitted scarf for Christmas and I'm torn.",
    ],
)
def test_private_contact_told_another_way(text):
    assert "client_contact" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "My sister found my personal insta from 2012 and I want to disappear.",
        "Joined my first pilates class today and my legs are jelly.",
        "A pupil read us a poem she'd written about her gran and we all welled up.",
    ],
)
def test_contact_words_about_the_writers_own_life(text):
    assert "client_contact" not in kinds(text)


# More of the same classes (issue 11, writers c and d): the writer's own line given out, a hug in the
# street, a gift that arrives. Each sentence is new, written for the class.
@pytest.mark.parametrize(
    "text",
    [
        "A customer of 80 couldn't get through to billing, so I've given her my direct line.",
        "The daughter of a lady I cared for last year hugged me at the bus stop and cried.",
        "Finished with a client in June and today a framed print arrived from her.",
    ],
)
def test_the_writers_own_line_a_hug_or_a_gift_that_arrives(text):
    assert "client_contact" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to every client and carer who came to the open day 🙏 DM me for the leaflet.",
        "Great session with the parents' group today. Message me if you missed it and want the notes.",
    ],
)
def test_an_invitation_to_the_posts_readers_is_no_private_contact(text):
    assert "client_contact" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "A client's mum found my page and sent me a friend request last night.",
        "My client added me on Insta last night. DM me if you've had this, what did you do?",
    ],
)
def test_private_contact_from_someone_served_still_counts(text):
    assert "client_contact" in kinds(text)
