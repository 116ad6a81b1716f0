"""The helper process that runs the text-only recognizers while spaCy runs: same results as one
process, and every way it can go wrong ends with the work done here instead."""

from __future__ import annotations

import json
import os
import sys
import threading

import pytest

from rewriter.config import Config
from rewriter.detect import Detector
from rewriter.detect import ahead
from rewriter.detect.offload import TextRecognizerHelper
from rewriter.detect.shouting import unshout
from rewriter.text import normalise
from rewriter.detect.recognizers.support.names import PREMATCHED

from conftest import SHARED, TESTS

SYNTH = SHARED / "data" / "presidio-research" / "synth_dataset_v2.json"
DRAFTS = SHARED / "data" / "dev_drafts.jsonl"

HAND_WRITTEN = [
    "Call Sarah on 07700 900123 or sarah.j@example.org before 3pm Friday.",
    "Moved from 14 Harbour Road, Leeds LS6 2QT to Flat 3, 9 Mill Lane.",
    "Meeting with Stark Retail and Globex's CEO re Project Falcon: revenue up 12% to £4.2m.",
    "Case 2024-FC-01187: Patterson v. Dunmore Logistics, hearing 12/03/2025 at 10:30.",
    "my colleague Will said jenny from the Tuesday group is 7yo, in year 2 at Oakfield Primary.",
    "server 192.168.1.20, IBAN GB82 WEST 1234 5698 7654 32, card 4111 1111 1111 1111",
    "Nothing identifying here at all, just a calm day.",
]


def _corpus(limit: int | None = None) -> list[str]:
    texts = list(HAND_WRITTEN)
    if DRAFTS.exists():
        texts += [json.loads(line)["text"] for line in DRAFTS.read_text().splitlines() if line.strip()]
    if SYNTH.exists():
        texts += [x["full_text"] for x in json.loads(SYNTH.read_text())][:limit]
    return texts


def _spans(detector, text):
    return [(s.start, s.end, s.entity_type, round(s.score, 4), s.source, s.why, s.suggestion) for s in detector.detect(text)]


@pytest.fixture(scope="module")
def with_helper():
    detector = Detector(Config(), helper=True)
    assert detector.helper is not None and detector.helper.wait_ready(60), "the helper process did not start"
    yield detector
    detector.close()


def test_text_only_recognizers_really_read_only_the_text(detector):
    """What may run in the helper is decided by TEXT_ONLY; a recognizer marked so must answer the same
    with or without spaCy's doc."""
    run = detector._analyze
    run("warm up")
    engine = detector.analyzer.nlp_engine
    text_only = [r for r in run._recognizers if getattr(r, "TEXT_ONLY", False)]
    assert len(text_only) >= 30
    found_any = set()
    for text in _corpus():
        artifacts = engine.process_text(text, "en")
        for r in text_only:
            with_doc = [(x.entity_type, x.start, x.end, x.score) for x in r.analyze(text, run._entities, artifacts)]
            without = [(x.entity_type, x.start, x.end, x.score) for x in r.analyze(text, run._entities, None)]
            assert with_doc == without, (r.name, text)
            if with_doc:
                found_any.add(r.name)
    assert len(found_any) >= 20  # the comparison saw real results, not just empty lists


def test_same_spans_as_one_process(detector, with_helper):
    helper = with_helper.helper
    before = helper.answered
    texts = _corpus(limit=300)
    for text in texts:  # what the helper sends ahead is read when it is there in time, as the app runs it
        assert _spans(with_helper, text) == _spans(detector, text), text
    assert helper.answered - before == len(texts)  # the helper did the work, every time
    ahead, helper.wait_ahead = helper.ahead, True
    try:
        for text in texts[:60]:  # and read every time, when waited for
            assert _spans(with_helper, text) == _spans(detector, text), text
    finally:
        helper.wait_ahead = False
    assert helper.ahead - ahead == 60  # the name patterns' matches came ahead, every time


def test_name_matches_found_ahead_change_nothing(detector):
    """A recognizer marked PREMATCH reads its regex matches from the artifacts when the helper found them
    ahead: it must answer exactly as when it scans the text itself."""
    run = detector._analyze
    run("warm up")
    engine = detector.analyzer.nlp_engine
    prematch = [r for r in run._recognizers if getattr(r, "PREMATCH", False)]
    assert len(prematch) >= 8
    assert not any(getattr(r, "TEXT_ONLY", False) for r in prematch)  # those run in the helper whole
    found_any = set()
    for text in _corpus(limit=300):
        artifacts = engine.process_text(text, "en")
        ahead = {r.name: r.regex_spans(text) for r in prematch}
        scanned = [[(x.entity_type, x.start, x.end, x.score) for x in r.analyze(text, run._entities, artifacts)] for r in prematch]
        setattr(artifacts, PREMATCHED, ahead)
        read = [[(x.entity_type, x.start, x.end, x.score) for x in r.analyze(text, run._entities, artifacts)] for r in prematch]
        assert read == scanned, text
        found_any |= {r.name for r, found in zip(prematch, read) if found}
    assert len(found_any) >= 6


def test_whole_text_checks_answered_ahead_are_the_checks_own_answers(with_helper):
    """The helper answers ahead.py's checks with each text; the detector reads those answers, which must be
    what the checks answer here."""
    texts = HAND_WRITTEN + ["My dog Pretzel and my son Max watched the Eid Mubarak parade. Custody hearing is Monday.",
                            "MY NAN IS 94 AND MY DOG BISCUIT IS 12"]
    with_helper.helper.wait_ahead = True
    try:
        for text in texts:
            with_helper.detect(text)
    finally:
        with_helper.helper.wait_ahead = False
    for text in texts:
        norm = normalise(text)
        for name, checked in (("observances", norm.original), ("own_family", norm.original),
                              ("private_matter", norm.original), ("own_pets", unshout(norm.text))):
            assert (name, checked) in ahead._answers, (name, text)
            assert ahead._answers[(name, checked)] == ahead.compute(name, checked), (name, text)
    assert "Pretzel" in ahead._answers[("own_pets", texts[-2])]
    assert ahead._answers[("private_matter", texts[-2])] is True


def test_matches_sent_ahead_but_not_read_are_skipped(detector, with_helper):
    """``collect`` without ``collect_early`` reads past the matches sent ahead to the results."""
    helper, run = with_helper.helper, with_helper._analyze
    with_helper.detect("warm up")  # the plan of what the helper runs is made on the first post
    text = HAND_WRITTEN[4]
    names = list(run._remote_plan.values())
    assert helper.submit(text, run._entities, names, run._prematch_plan)
    answers = helper.collect()
    assert answers is not None and len(answers) == len(names)
    assert helper.available
    assert _spans(with_helper, text) == _spans(detector, text)


def test_a_helper_that_dies_is_replaced_by_local_work(detector):
    d = Detector(Config(), helper=True)
    try:
        assert d.helper.wait_ready(60)
        text = HAND_WRITTEN[0]
        assert _spans(d, text) == _spans(detector, text)
        d.helper._proc.kill()
        d.helper._proc.wait()
        for text in HAND_WRITTEN:
            assert _spans(d, text) == _spans(detector, text)
        assert not d.helper.available
    finally:
        d.close()


def test_a_helper_that_never_starts_changes_nothing(detector):
    helper = TextRecognizerHelper([sys.executable, "-c", "import sys; sys.stdout.write('garbage')"])
    assert not helper.wait_ready(60)
    d = Detector(Config(), analyzer=detector.analyzer)
    d._analyze.helper = helper
    for text in HAND_WRITTEN:
        assert _spans(d, text) == _spans(detector, text)
    assert helper.answered == 0


def test_a_busy_helper_is_skipped_not_waited_for(detector, with_helper):
    helper = with_helper.helper
    before = helper.answered
    helper._lock.acquire()  # another thread is using it
    try:
        assert _spans(with_helper, HAND_WRITTEN[3]) == _spans(detector, HAND_WRITTEN[3])
    finally:
        helper._lock.release()
    assert helper.answered == before
    assert _spans(with_helper, HAND_WRITTEN[3]) == _spans(detector, HAND_WRITTEN[3])
    assert helper.answered == before + 1


def test_threads_sharing_a_detector_get_their_own_results(detector, with_helper):
    texts = HAND_WRITTEN * 6
    expected = {t: _spans(detector, t) for t in HAND_WRITTEN}
    errors = []

    def work(chunk):
        for t in chunk:
            if _spans(with_helper, t) != expected[t]:
                errors.append(t)

    threads = [threading.Thread(target=work, args=(texts[i::3],)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_close_stops_the_helper_process():
    d = Detector(Config(), helper=True)
    proc = d.helper._proc
    assert d.helper.wait_ready(60)
    d.close()
    assert proc.poll() is not None
    assert d.helper is None
    assert d.detect("Call Sarah on 07700 900123.")  # still works, all here


def test_the_helper_never_reaches_the_network(tmp_path, monkeypatch, detector):
    """The helper is a separate interpreter: the in-process guard cannot see it, so it gets the same
    guard as the CLI subprocesses and the log must stay empty while it checks links and e-mails."""
    log = tmp_path / "net.log"
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(TESTS / "netguard"), os.environ.get("PYTHONPATH", "")]))
    monkeypatch.setenv("REWRITER_NETGUARD_LOG", str(log))
    d = Detector(Config(), analyzer=detector.analyzer, helper=True)
    try:
        assert d.helper.wait_ready(60)
        texts = ["mail jo@example.co.uk or see https://www.example.org/a?b=1", "www.bbc.co.uk/news and x@y.io"]
        for text in texts:
            assert _spans(d, text) == _spans(detector, text)
        assert d.helper.answered == len(texts)
    finally:
        d.close()
    assert not log.exists() or log.read_text() == ""
