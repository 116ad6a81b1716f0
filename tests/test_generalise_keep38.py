"""What a rewrite keeps when a reference number goes (session 38, keep38): the document the number labels
("Policy number ...", "permit #...") stays as "a policy", "a permit", never a stock "a case"; labels the
generaliser already knew ("Ticket #...", "claim ...") are unchanged."""

from __future__ import annotations

import pytest
from test_generalise_garble21 import gen  # tests/ is on the path


@pytest.mark.parametrize(
    "draft, kept",
    [
        ("Rang the widow back this morning. [Policy number 7731-QX-0021], payout agreed at last.", "A policy, payout agreed"),
        ("Finally sorted [permit #A-55-1902] for the food truck.", "a permit for the food truck"),
        ("Chased [mortgage ref 88-1203-KL] with the underwriters all afternoon.", "a mortgage with the underwriters"),
    ],
)
def test_the_numbered_document_is_kept(draft, kept):
    out = gen(draft, "REFERENCE_NUMBER")
    assert kept.lower() in out.lower(), out
    assert not any(c.isdigit() for c in out), out


@pytest.mark.parametrize(
    "draft, kept",
    [
        ("Closed [Ticket #55102] before lunch.", "a ticket"),
        ("Spent the day on [claim 4471-22] again.", "a claim"),
    ],
)
def test_known_labels_are_unchanged(draft, kept):
    out = gen(draft, "REFERENCE_NUMBER")
    assert kept.lower() in out.lower(), out
