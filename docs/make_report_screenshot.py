"""Make docs/audit-report.png: the report of `rewriter audit archive.zip --report report.html` on a
synthetic X archive, as headless Chromium shows it.

    python docs/make_report_screenshot.py [OUT.png]

The archive is written here from made-up posts of a made-up nurse (names, wards and events invented;
the layout is X's ``data/tweets.js``, see rewriter/sources/x.py) into a temporary folder that is
deleted afterwards. Needs Debian's `chromium`; run from a source checkout with the project's Python.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser import CHROMIUM, chromium, from_the_page  # noqa: E402  (tests/browser.py: Chromium, offline)

USER = "night_shift_nurse"
# (id, created_at, text): about nine years of posts, a few of them a problem
TWEETS = [
    (1040000000000000001, "Mon Mar 07 22:14:05 +0000 2016", "First week of nights done. Coffee is my friend."),
    (1040000000000000002, "Sat Sep 17 08:02:11 +0000 2016",
     "Long night. Sarah Quenby-Hollowell in bed 4 on Brackenridge Ward finally slept, and so did I."),
    (1040000000000000003, "Tue Feb 14 19:40:00 +0000 2017", "Valentine's on a 12-hour shift. Cake in the staff room though."),
    (1040000000000000004, "Fri Jun 08 23:51:37 +0000 2018",
     "Still shaken after the Kilmore bus crash came in tonight, it's all over the news. Proud of the whole team."),
    (1040000000000000005, "Wed Nov 21 07:15:00 +0000 2018", "Remember to book your flu jab, everyone."),
    (1040000000000000006, "Thu Apr 11 06:30:12 +0000 2019",
     "Our patient Mr Okafor, 87, finally went home today after six weeks with us. Tears all round."),
    (1040000000000000007, "Sun Aug 04 21:05:44 +0000 2019", "Nothing beats a sunrise walk after a night shift."),
    (1040000000000000008, "Mon Jan 20 03:12:09 +0000 2020",
     "RT @kilmoreherald: Nurse Dana Whitlock of St Brigid's Hospital named in inquiry"),
    (1040000000000000009, "Thu Mar 26 20:00:00 +0000 2020", "Clapping for all key workers tonight."),
    (1040000000000000010, "Sat Oct 02 10:45:31 +0000 2021", "Ten years a nurse this month. Still love it."),
    (1040000000000000011, "Tue May 17 16:20:00 +0000 2022",
     "Management has cut night staff again and nobody on Brackenridge Ward is surprised. Ridiculous."),
    (1040000000000000012, "Fri Dec 23 18:00:00 +0000 2022", "Working Christmas again. Mince pies welcome."),
    (1040000000000000013, "Wed Jul 19 12:12:12 +0000 2023", "Summer reading list for the break room, suggestions?"),
    (1040000000000000014, "Mon Feb 05 09:30:00 +0000 2024",
     "A patient's daughter sent me a friend request today. Not sure what to do."),
    (1040000000000000015, "Thu Sep 12 14:00:00 +0000 2024", "New trainers, same tired feet."),
]


def write_archive(path: Path) -> None:
    tweets = [{"tweet": {"id_str": str(i), "created_at": when, "full_text": text, "entities": {"urls": []}}}
              for i, when, text in TWEETS]
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("data/account.js", "window.YTD.account.part0 = "
                         + json.dumps([{"account": {"username": USER, "accountId": "1"}}]))
        archive.writestr("data/tweets.js", "window.YTD.tweets.part0 = " + json.dumps(tweets, indent=2))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "audit-report.png").resolve()
    if CHROMIUM is None:
        print("needs Debian's chromium package", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        write_archive(work / "twitter-archive.zip")
        subprocess.run([sys.executable, "-m", "rewriter", "audit", "twitter-archive.zip", "--rewrite", "--no-llm",
                        "--role", "nurse", "--out", "records.jsonl", "--report", "report.html"],
                       cwd=work, check=False, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                                                   "HOME": str(work)})
        page = work / "report.html"
        _, requests = chromium(work / "chromium", page, "--window-size=1000,1900", "--hide-scrollbars",
                                  f"--screenshot={out}")
        assert not from_the_page(requests, page), "the report started a request"
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
