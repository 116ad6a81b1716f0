"""The shared base of our recognizers: every result names its recognizer, its reason and its type."""

from __future__ import annotations

from rewriter.detect.recognizers.support.base import OwnRecognizer, Pattern, RegexRecognizer


class _Codes(RegexRecognizer):
    ENTITY = "REFERENCE_NUMBER"
    WHY = "A code."
    SUGGESTION = "a code"
    PATTERNS = [Pattern("code", r"code (?P<span>\d+)", 0.5)]


def test_a_regex_result_carries_name_reason_type_and_suggestion():
    (r,) = _Codes().analyze("the code 42 works", None)
    assert (r.entity_type, r.start, r.end, r.score) == ("REFERENCE_NUMBER", 9, 11, 0.5)
    meta = r.recognition_metadata
    assert (meta["recognizer_name"], meta["why"], meta["suggestion"]) == ("_Codes", "A code.", "a code")


def test_result_takes_another_type_reason_and_suggestion():
    r = _Codes().result(0, 4, 0.3, "Leds", entity="LOCATION", why="A town.", suggestion="a town")
    assert r.entity_type == "LOCATION"
    assert (r.recognition_metadata["why"], r.recognition_metadata["suggestion"]) == ("A town.", "a town")


def test_a_recognizer_declares_every_type_it_reports():
    class Two(OwnRecognizer):
        ENTITIES = ("PERSON", "LOCATION")

    assert Two().supported_entities == ["PERSON", "LOCATION"]
    assert _Codes().supported_entities == ["REFERENCE_NUMBER"]
    assert "suggestion" not in Two().result(0, 1, 0.5, entity="PERSON").recognition_metadata


def test_a_detail_travels_in_the_metadata():
    from rewriter.kinds import Detail

    class Rare(RegexRecognizer):
        ENTITY = "DISTINCTIVE_DETAIL"
        DETAIL = Detail.RARE_CONDITION
        PATTERNS = [Pattern("rare condition", r"Wilson's disease", 0.5)]

    (r,) = Rare().analyze("has Wilson's disease", None)
    assert r.recognition_metadata["detail"] is Detail.RARE_CONDITION
    assert "detail" not in _Codes().result(0, 1, 0.5).recognition_metadata
