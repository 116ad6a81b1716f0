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
