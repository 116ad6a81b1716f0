"""The watch list: salted hashes only, matching that ignores case, accents, spacing and look-alikes."""

from __future__ import annotations

import json

import pytest

from rewriter.config import Config
from rewriter.detect import Detector
from rewriter.detect.watchlist import WatchList
from rewriter.errors import InputError
from rewriter.text import normalise


@pytest.fixture
def watchlist(tmp_path):
    wl = WatchList.load(tmp_path / "watch.json")
    wl.add("Sarah Jenkins")
    wl.add("Project Bluebird")
    wl.add("Zoë")
    return wl


def found(wl, text):
    return [s.text for s in wl.find(normalise(text))]


def test_file_holds_no_plaintext(watchlist, tmp_path):
    watchlist.save()
    raw = (tmp_path / "watch.json").read_text()
    for word in ("sarah", "jenkins", "bluebird", "zo"):
        assert word not in raw.lower().replace("about", "")
    data = json.loads(raw)
    assert len(data["entries"]) == 3
    assert (tmp_path / "watch.json").stat().st_mode & 0o077 == 0


def test_matching_ignores_case_accents_spacing_and_lookalikes(watchlist):
    assert found(watchlist, "saw SARAH   jenkins today") == ["SARAH   jenkins"]
    assert found(watchlist, "S\u0430r\u0430h Jenkins's mum") == ["S\u0430r\u0430h Jenkins"]
    assert found(watchlist, "zoe and Zoë and ZOE\u0301") == ["zoe", "Zoë", "ZOE\u0301"]
    assert found(watchlist, "the project bluebird launch") == ["project bluebird"]


def test_partial_words_do_not_match(watchlist):
    assert found(watchlist, "Sarah went to Jenkinson's") == []
    assert found(watchlist, "zoetrope") == []


def test_add_remove_count_survive_a_reload(watchlist, tmp_path):
    assert len(watchlist) == 3
    assert watchlist.add("sarah  JENKINS") is False
    assert watchlist.remove("Project Bluebird") is True
    watchlist.save()
    again = WatchList.load(tmp_path / "watch.json")
    assert len(again) == 2
    assert "Sarah Jenkins" in again and "Project Bluebird" not in again


def test_empty_term_is_refused(watchlist):
    with pytest.raises(InputError):
        watchlist.add("  !! ")


def test_damaged_file_is_a_clear_error(tmp_path):
    p = tmp_path / "watch.json"
    p.write_text("{not json")
    with pytest.raises(InputError, match="watch list is unreadable"):
        WatchList.load(p)


def test_detector_reports_watched_terms(detector, watchlist):
    d = Detector(Config(), watchlist=watchlist, analyzer=detector.analyzer)
    spans = d.detect("Lovely chat with sarah jenkins about nothing much")
    watched = [s for s in spans if s.entity_type == "WATCHED"]
    assert [(s.text, s.source) for s in watched] == [("sarah jenkins", "watch list")]


def test_a_new_folder_for_the_watch_list_is_readable_by_its_owner_only(tmp_path):
    import stat

    path = tmp_path / "new" / "watchlist.json"
    watch = WatchList.load(path)
    watch.add("Gregory Walsh")
    watch.save()
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
