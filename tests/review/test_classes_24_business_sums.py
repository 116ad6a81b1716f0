"""Issue 11, session 24: confidential_business for a sum of money beside a small business named, told by someone
at work (a person served or worked with in the post): "explaining to Mr Okafor at Oakline Motors why £62k of
'consultancy fees' ...", "Payroll error at Kinross Foods: ... up to £1,200 each". The business's own figures,
told by the one who holds them. On the other side: a sum the writer paid or booked with no one served or worked
with, a sum raised or donated, a gift, and a brand or a listed company. Run with the real detector's spans."""

from __future__ import annotations

import pytest
from review_helpers import REVIEWER


def _kinds(detector, text):
    return {r.kind for r in REVIEWER.review(text, detector.detect(text))}


@pytest.mark.parametrize(
    "text",
    [
        "Still explaining to Mr Okafor at Oakline Motors why £62k of 'consultancy fees' aren't deductible. Month end 🙃",
        "Payroll error at Kinross Foods: 37 staff underpaid in March, up to £1,200 each. Not on my watch.",
        "Year-end for Mr Doyle at Doyle & Sons Plumbing, and the van costs £14,000 more than last year. Interesting.",
    ],
)
def test_a_sum_beside_a_small_business_told_at_work(detector, text):
    assert "confidential_business" in _kinds(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Just booked our holiday with Sunvil Travel, £1,900 for two weeks in Crete. Can't wait!",
        "Cheers to Harbour Lane Motors for sorting my clutch for £320, honest mechanics are rare.",
        "So proud of my team, we raised £1,200 for Oakfield Hospice on the charity walk today!",
        "A parent from my class gave me a £50 voucher for Hartwell Books. Handing it in to the office.",
        "My manager says Tesco is paying £12 an hour for Christmas temps now, worth a look.",
    ],
)
def test_no_sum_of_a_business_told(detector, text):
    assert "confidential_business" not in _kinds(detector, text)
