"""photo: an image of someone the writer serves, or of their things, being shared raises a risk; other
uses of image words, the writer's own photos, and posts that say no photo is shared do not."""

from __future__ import annotations

import pytest
from review_helpers import kinds


@pytest.mark.parametrize(
    "text",
    [
        "Pic below of the amazing artwork one of my students made 👇",
        "Snapped this of Mrs Jones doing her physio, she's flying!",
        "Screenshot of the chat with my client below, names blurred.",
        "Look at this wound after six weeks of dressings, pic in comments. The patient is thrilled.",
        "Sharing a photo of the card a family gave us today ❤️",
        "Here's a video of the kids in my class singing at assembly.",
        "screenshot of our Q3 pipeline dashboard because I'm proud of it 😍 (client names blurred)",
        "A patient was in the chair today, got a sneaky pic of him in the waiting room, it's on my story",
    ],
)
def test_an_image_of_someone_or_theirs(text):
    assert "photo" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Photosynthesis lesson with year 8 went really well.",
        "Video call with a client ran over, back to back all day.",
        "Keep the bigger picture in mind when a student struggles.",
        "Here's a pic of my dog at the beach 🐶",
        "We never post photos of the children we work with.",
        "Bring photo ID to your appointment.",
        "Took a photo of the sunset on my drive home after nights.",
        "Please send a screenshot of the error when you raise a ticket.",
    ],
)
def test_other_images_and_words(text):
    assert "photo" not in kinds(text)


def test_a_shared_image_in_a_post_about_someone_served():
    text = (
        "Look at the drawing a 7 year old gave me today 🥹 it's me, her, and her new family's dog. "
        "Adoption goes through next week!! (pic in comments)"
    )
    assert "photo" in kinds(text)


# Classes found in drafts by other writers (issue 11, writers c and d): where an image is shared ("in my
# stories", "in the carousel", "up on my page", "on my insta"), whose it is (a homeowner's, a passenger's);
# and its false alarm, the writer's own child by a pet name ("our wee man"). Each sentence is new, written
# for the class.
@pytest.mark.parametrize(
    "text",
    [
        "So proud of my client Dev, 40 kg down this year. Before and after in the carousel!",
        "Year 2 sports day was magic, pics of all of them with their medals are in my stories.",
        "Finished a cover-up tattoo for a client today, her late dad's signature. Pic is up on my page.",
        "The homeowner was thrilled with the new kitchen. Posting the before and after tonight.",
    ],
)
def test_an_image_shared_where_readers_see_it(text):
    assert "photo" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our wee man said his first word today and his daddy got it on video.",
        "Our little one's first swim, photos are in my stories for the grandparents.",
    ],
)
def test_the_writers_own_child_by_a_pet_name(text):
    assert "photo" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Finally made it to the staff Christmas do 🎄 pic below of my own attempt at a jumper. My manager loved it.",
        "Sunday roast success 🍗 photo attached of my first ever Yorkshire puddings. The team at work wanted proof.",
    ],
)
def test_the_writers_own_picture_after_the_image_word_is_no_risk(text):
    assert "photo" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Proud of this one 💪 pic below of my client Dee after her first 10k. She said I could share it.",
        "A client's family invited me to their wedding. Pic below of me with the bride, I cried.",
    ],
)
def test_a_picture_of_or_with_someone_served_still_counts(text):
    assert "photo" in kinds(text)
