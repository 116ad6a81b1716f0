"""`rewriter rewrite [FILE|-] [--json] [--model PATH] [--no-llm]`: output, exit codes, quiet stderr."""

from __future__ import annotations

import json
import re
import struct
import subprocess
import sys

import pytest

DRAFT = "Had a session with Gregory Walsh this morning and he finally opened up about the accident. Huge step for him."


@pytest.fixture
def config(tmp_path):
    path = tmp_path / "rewriter.toml"
    path.write_text('role = "therapist"\n[model]\nmax_tokens = 64\n', encoding="utf-8")
    return str(path)


def run(*args, stdin=None, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "rewriter", *args], input=stdin, capture_output=True, text=True, timeout=300, cwd=cwd
    )


def test_no_llm_prints_the_generalised_text_and_exits_0(config, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    done = run("rewrite", str(draft), "--no-llm", "--config", config)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Had a session with a client this morning and he finally opened up about the accident. Huge step for him.\n"
    assert done.stderr == ""


def test_json_from_standard_input(config):
    done = run("rewrite", "-", "--json", "--no-llm", "--config", config, stdin=DRAFT)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["method"] == "generalised" and data["clean"] is True
    assert data["spans"][0]["text"] == "Gregory Walsh" and data["final_spans"] == []
    assert data["original"] == DRAFT and data["attempts"] == []


def test_a_bad_model_path_is_exit_2_with_one_line(config, tmp_path):
    missing = tmp_path / "nope.gguf"
    done = run("rewrite", "-", "--model", str(missing), "--config", config, stdin=DRAFT)
    assert done.returncode == 2
    assert done.stderr == f"rewriter: error: {missing}: model file not found\n" and done.stdout == ""


def test_a_missing_prompts_dir_is_exit_2_with_one_line_before_any_work(tmp_path):
    model = tmp_path / "tiny.gguf"  # a header that passes the cheap check: the model is never loaded
    model.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 1, 1) + bytes(4096))
    config = tmp_path / "rewriter.toml"
    config.write_text('[model]\nprompts_dir = "my prompts"\n', encoding="utf-8")
    done = run("rewrite", "-", "--model", str(model), "--config", str(config), stdin=DRAFT)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == f"rewriter: error: {tmp_path / 'my prompts'}: prompts folder not found ([model] prompts_dir)\n"


def test_no_clean_text_is_exit_1(config, tmp_path, monkeypatch, capsys):
    """When even the generalised text cannot be verified, the best effort is printed and the exit is 1."""
    import rewriter.generalise as generalise_module
    import rewriter.pipeline as pipeline_module
    from rewriter.cli import main

    # replaced where the pipeline calls it
    monkeypatch.setattr(pipeline_module, "generalise", lambda text, spans, role="other", risks=(), unread=False, treated=None: generalise_module.Generalised(text, []))
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    assert main(["rewrite", str(draft), "--no-llm", "--config", config]) == 1
    out, err = capsys.readouterr()
    assert out.strip() == DRAFT  # nothing could be changed: shown, but not called clean
    assert err.startswith("rewriter: no verified clean rewrite:") and "Gregory Walsh" in err


@pytest.mark.llm
def test_with_the_default_model_stderr_stays_clean(config):
    done = run("rewrite", "-", "--config", config, stdin=DRAFT)
    assert done.returncode == 0, done.stderr
    # not a terminal: no progress, and no llama.cpp logs; at most the one line saying why the model's
    # answer is not what is offered (the small default model often only rewords what needed no change)
    assert done.stderr == "" or re.fullmatch(r"rewriter: the model's answers? (?:was|were) not used \([^\n]*\n", done.stderr), done.stderr
    assert "Gregory" not in done.stdout and "Walsh" not in done.stdout and "session" in done.stdout


@pytest.mark.llm
def test_audit_rewrite_loads_the_model_once(config, tmp_path):
    posts = tmp_path / "posts.jsonl"
    posts.write_text(
        "\n".join(json.dumps({"id": i, "text": t}) for i, t in enumerate([DRAFT, "Healing is not linear.", "My colleague Will Baxter quit."]))
        + "\n",
        encoding="utf-8",
    )
    # The model runs in a child process that loads it once, when it starts (llm/process.py): count those.
    script = (
        "import sys\n"
        "from rewriter.llm import process\n"
        "count = [0]\n"
        "real = process._Child.__init__\n"
        "def counting(self, *a, **k):\n"
        "    count[0] += 1\n"
        "    return real(self, *a, **k)\n"
        "process._Child.__init__ = counting\n"
        "from rewriter.cli import main\n"
        f"code = main(['audit', {str(posts)!r}, '--rewrite', '--config', {config!r}])\n"
        "print('loads', count[0], file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["method"] for r in lines][1] == "unchanged"
    assert all("Gregory" not in (r["rewrite"] or "") and "Baxter" not in (r["rewrite"] or "") for r in lines)
    assert "loads 1" in done.stderr


# Five reasons (two small-community phrases, a case report, a rare detail, a photo), then nine.
# Risks the rewrite cannot make general (a photo sent in mid-sentence, not offered "below"; no distance).
FIVE_RISKS = ("Only ambo station in the valley so everyone already knew. The case report on the rare condition is done, "
              "and her mum sent me this pic of the patient at home.")
NINE_RISKS = FIVE_RISKS + " Our biggest account walked after the Postmortem on prod. The trial is next week."


def test_the_stderr_summary_names_every_reason_the_rewrite_is_not_clean(config):
    done = run("rewrite", "-", "--json", "--no-llm", "--config", config, stdin=FIVE_RISKS)
    reasons = json.loads(done.stdout)["reasons"]
    # what the summary must do is name each one; how many the review finds here is the review's business
    assert len(reasons) >= 5 and any(r.startswith("photo of a client") for r in reasons), reasons
    done = run("rewrite", "-", "--no-llm", "--config", config, stdin=FIVE_RISKS)
    assert done.returncode == 1
    for reason in reasons:
        assert reason in done.stderr, (reason, done.stderr)


def test_a_long_list_of_reasons_says_how_many_more_it_leaves_out(config):
    reasons = json.loads(run("rewrite", "-", "--json", "--no-llm", "--config", config, stdin=NINE_RISKS).stdout)["reasons"]
    assert len(reasons) >= 9, reasons
    done = run("rewrite", "-", "--no-llm", "--config", config, stdin=NINE_RISKS)
    named = [reason for reason in reasons if reason in done.stderr]
    assert f"and {len(reasons) - len(named)} more" in done.stderr and len(named) < len(reasons), done.stderr
