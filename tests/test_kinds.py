"""The registry of entity kinds: one record for every type anything can report, read by every module."""

from __future__ import annotations

import pytest

from rewriter import kinds
from rewriter.detect.engine import SPACY_LABEL_MAP
from rewriter.detect.recognizers import all_recognizers
from rewriter.detect.recognizers.support.base import OwnRecognizer
from rewriter.generalise import generalise
from rewriter.generalise.driver import HANDLERS
from rewriter.kinds import DEFAULT_SUGGESTION, DEFAULT_WHY, KINDS, Detail, kind, person_for, suggestion_for
from rewriter.spans import Span


def reported_types() -> set[str]:
    """Every type a recognizer, spaCy, the watch list or the generaliser's case names can produce."""
    types = set(SPACY_LABEL_MAP.values()) | {"WATCHED", "CASE_NAME"}
    for recognizer in all_recognizers():
        types |= set(recognizer.supported_entities)
        if isinstance(recognizer, OwnRecognizer):
            types |= set(recognizer.ENTITIES) | {recognizer.ENTITY} - {""}
    return types


def test_every_reported_type_has_a_record():
    missing = reported_types() - set(KINDS)
    assert not missing


@pytest.mark.parametrize("record", KINDS.values(), ids=lambda k: k.name)
def test_every_record_reads_well(record):
    assert record.name and record.label and record.why and record.suggestion and record.style and record.family
    assert record.label == record.name.replace("_", " ").lower()
    assert record.why.endswith(".")
    assert record is kind(record.name)


def test_a_type_nobody_knows_gets_the_cautious_default():
    unknown = kind("NRP")  # a Presidio type we never report
    assert (unknown.name, unknown.label, unknown.why) == ("NRP", "nrp", DEFAULT_WHY)
    assert (unknown.suggestion, unknown.style, unknown.family) == (DEFAULT_SUGGESTION, "bold red", "other")
    assert not (unknown.is_name or unknown.is_proper or unknown.beats_spacy)
    assert DEFAULT_WHY == "This could help someone work out who or what the post is about."
    assert suggestion_for("NRP", "nurse") == "something more general"


@pytest.mark.parametrize(
    "entity_type, role, suggestion",
    [
        ("PERSON", "therapist", "a client"),
        ("PERSON", "teacher", "a student"),
        ("PERSON", "astronaut", "someone"),
        ("HANDLE", "nurse", "a patient"),
        ("AGE", "care worker", "a resident"),
        ("AGE", "astronaut", "someone"),
        ("ORGANIZATION", "engineer", "a client company"),
        ("ORGANIZATION", "hr", "my employer"),
        ("ORGANIZATION", "nurse", "an organisation"),
        ("LOCATION", "teacher", "a local area"),
        ("DATE_TIME", "lawyer", "recently"),
        ("WATCHED", "nurse", "a general term"),
    ],
)
def test_suggestions_follow_the_writers_role(entity_type, role, suggestion):
    assert suggestion_for(entity_type, role) == suggestion


def test_who_people_are_by_role():
    assert person_for("social worker") == "a client"
    assert person_for("other") == person_for("anything else") == "someone"


def test_names_proper_kinds_and_rule_kinds():
    assert {k.name for k in KINDS.values() if k.is_name} == {"PERSON", "WATCHED", "HANDLE", "CASE_NAME"}
    assert {k.name for k in KINDS.values() if k.is_proper} == {
        "ORGANIZATION", "LOCATION", "FACILITY", "STREET_ADDRESS", "CODENAME", "DATE_TIME",
    }
    # spaCy's own kinds never beat spaCy; nor does the watch list, which never meets spaCy in an overlap
    assert not any(kind(t).beats_spacy for t in ("PERSON", "ORGANIZATION", "LOCATION", "WATCHED"))
    assert kind("REFERENCE_NUMBER").beats_spacy and kind("DISTINCTIVE_DETAIL").beats_spacy


def test_every_family_has_a_handler_in_the_generaliser():
    assert kinds.FAMILIES | {kind("NRP").family} <= set(HANDLERS)
    for record in KINDS.values():
        span = Span(4, 9, "Xyzzy", record.name, 0.9, "test", record.why, record.suggestion)
        assert generalise("Met Xyzzy today.", [span], "nurse").text  # a missing handler would raise


def test_a_span_knows_its_kind_and_keeps_its_detail_out_of_the_json():
    span = Span(0, 5, "Wilson's", "DISTINCTIVE_DETAIL", 0.5, "test", "why", "a rare condition", Detail.RARE_CONDITION)
    assert span.kind is KINDS["DISTINCTIVE_DETAIL"]
    assert "detail" not in span.to_dict()
    assert list(span.to_dict()) == ["start", "end", "text", "entity_type", "score", "source", "why", "suggestion"]
    assert span.moved(1, 4, "ils").detail is Detail.RARE_CONDITION


def test_the_tables_cannot_be_changed_by_accident():
    with pytest.raises(TypeError):
        kinds.PERSON_BY_ROLE["nurse"] = "a doctor"  # type: ignore[index]
    with pytest.raises(TypeError):
        KINDS["PERSON"] = KINDS["URL"]  # type: ignore[index]
