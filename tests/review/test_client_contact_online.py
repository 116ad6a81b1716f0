"""client_contact (session 38): someone served reaching the writer's own social account, in any verb and on any
social platform, or the team's page; not a work tool or a streaming service, nor the writer's own circle."""

from __future__ import annotations

import pytest
from review_helpers import kinds


@pytest.mark.parametrize(
    "text",
    [
        "The lad we cut out of the van on the bypass has found my Facebook and keeps sending voice notes.",
        "One of my Year 10s is following my private Insta now. How do I handle this tomorrow?",
        "My client's ex has been commenting on my TikTok every night this week.",
        "A patient of mine messaged the practice's Facebook asking for me by name again.",
    ],
)
def test_someone_served_on_my_account(text):
    assert "client_contact" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "My sister found my Spotify playlist from 2009 and will not let it go.",
        "Added the new rota to my Outlook and my Teams calendar, finally organised.",
        "Follow the practice's Instagram for opening hours over the holidays!",
        "My best mate followed my TikTok and immediately roasted every video.",
    ],
)
def test_not_someone_served_online(text):
    assert "client_contact" not in kinds(text)
