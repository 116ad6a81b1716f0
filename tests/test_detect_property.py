"""Detection never raises on arbitrary Unicode, and its spans always index the text as given.

The real detector (real Presidio and spaCy). Drafts mix arbitrary characters (controls, combining
marks, zero-width and bidi characters, look-alikes, emoji, other scripts) with pieces that make the
recognizers fire, so the offset mapping is exercised on spans, not only on empty results.
test_text.py holds the matching property for the normalisation's offset map.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rewriter.config import ROLES

PIECES = [
    "Sarah Jones", "Dr. Okafor", "Ward 7", "St Mary's", "room 12", "aged 9", "@sam_h", "sam@example.org",
    "07700 900123", "Ticket #55102", "Project Nightjar", "£40,000", "Leeds", "last Tuesday", "Mrs O'Neill",
    "S\u0430rah", "Zoe\u0308", "Jo\u200bnes", "\u202eJones\u202c", "\x1b]0;x\x07", "\r\n", "[bold]x[/]",
]
ANY_CHARACTER = st.characters(blacklist_categories=("Cs",))  # lone surrogates cannot come from a file
DRAFTS = st.lists(st.one_of(st.text(ANY_CHARACTER, max_size=12), st.sampled_from(PIECES)), max_size=24).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(draft=DRAFTS, role=st.sampled_from(ROLES))
def test_detection_never_raises_and_spans_index_the_typed_text(detector, draft, role):
    spans = detector.detect(draft, role=role)
    previous_end = 0
    for span in spans:
        assert 0 <= span.start < span.end <= len(draft)
        assert draft[span.start : span.end] == span.text
        assert span.start >= previous_end, "spans overlap or are out of order"
        assert span.why and span.suggestion and span.entity_type
        previous_end = span.end


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts=st.lists(DRAFTS, min_size=1, max_size=4))
def test_batch_detection_agrees_with_one_at_a_time(detector, drafts):
    assert list(detector.detect_many(drafts)) == [detector.detect(d) for d in drafts]
