"""The model in a child process (rewriter/llm/process.py): a death or a hang there is a typed error for
the caller, never the caller's own end, and the next request starts a fresh child.

Most tests run a stand-in child (tests/model_standin.py: the real protocol and an engine that crashes,
hangs or exits on cue); those marked llm run the real default model in the child.
"""

from __future__ import annotations

import os
import signal
import struct
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import cancelled_at_first_token  # tests/ is on the path

from rewriter.config import ModelConfig
from rewriter.errors import ModelCrashed, ModelError
from rewriter.llm import LlamaCppBackend, ModelProcess, find_model

STANDIN = Path(__file__).resolve().parent / "model_standin.py"


def say(text: str) -> list[dict[str, str]]:
    return [{"role": "system", "content": "Rewrite the post."}, {"role": "user", "content": f"Rewrite this post:\n{text}"}]


@pytest.fixture
def gguf(tmp_path):
    """A file that passes the header checks (the stand-in never reads it)."""
    path = tmp_path / "standin.gguf"
    path.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 1, 1) + bytes(64))
    return path


@pytest.fixture
def standin(gguf):
    made = []

    def _make(*mode: str, **options) -> ModelProcess:
        backend = ModelProcess(gguf, ModelConfig(), command=[sys.executable, str(STANDIN), *mode], **options)
        made.append(backend)
        return backend

    yield _make
    for backend in made:
        backend.close()


def gone(pid: int) -> bool:
    """The process has ended and been reaped (no zombie left behind)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_answers_stream_through_the_child(standin):
    backend = standin()
    pieces = []
    done = backend.generate(say("Had a good day at work."), on_token=pieces.append)
    assert done.text == "Had a good day at work." == "".join(pieces) and done.tokens == 6
    assert backend.count_tokens(say("two words")) == sum(len(m["content"].split()) + 8 for m in say("two words"))
    assert backend.loaded and backend.children_started == 1


def test_a_child_that_aborts_mid_answer_is_a_typed_error_and_the_next_call_starts_a_fresh_one(standin):
    backend = standin()
    backend.load()
    first = backend.pid
    pieces = []
    with pytest.raises(ModelCrashed, match=r"the local model stopped unexpectedly \(it crashed: SIGABRT\)"):
        backend.generate(say("CRASH after the first word"), on_token=pieces.append)
    assert pieces == ["CRASH "]  # what it streamed before dying reached the caller
    assert gone(first) and not backend.loaded
    again = backend.generate(say("Fine now."))
    assert again.text == "Fine now." and backend.children_started == 2 and backend.pid != first


def test_a_child_killed_from_outside_mid_request_is_a_typed_error_and_recovers(standin):
    backend = standin()
    backend.load()

    def kill_it(piece):
        os.kill(backend.pid, signal.SIGKILL)

    with pytest.raises(ModelCrashed, match="killed by SIGKILL, as when memory runs out"):
        backend.generate(say("SLOW and steady"), on_token=kill_it)
    assert backend.generate(say("Fine now.")).text == "Fine now." and backend.children_started == 2


def test_a_child_that_hangs_is_stopped_after_its_silence_budget(standin):
    backend = standin(silence_seconds=1)
    backend.load()
    hung = backend.pid
    with pytest.raises(ModelCrashed, match=r"no answer for 1 s; it was stopped"):
        backend.generate(say("HANG forever"))
    assert gone(hung)
    backend.silence_seconds = 60  # the budget is for hangs; a busy machine must not look like one here
    assert backend.generate(say("Fine now.")).text == "Fine now."


def test_a_child_that_exits_is_a_typed_error(standin):
    backend = standin()
    with pytest.raises(ModelCrashed, match=r"exited with status 3"):
        backend.generate(say("EXIT please"))
    assert backend.generate(say("Fine now.")).text == "Fine now."


def test_a_child_that_dies_loading_is_given_up_after_a_few_deaths_in_a_row(standin):
    backend = standin("abort-on-load", deaths_before_giving_up=2)
    for _ in range(2):
        with pytest.raises(ModelCrashed, match="SIGABRT"):
            backend.load()
    with pytest.raises(ModelCrashed, match="2 times in a row and is not started again"):
        backend.generate(say("Hello."))
    assert backend.children_started == 2  # the third request started nothing


def test_an_answer_between_deaths_resets_the_count(standin):
    backend = standin(deaths_before_giving_up=2)
    for _ in range(3):
        with pytest.raises(ModelCrashed):
            backend.generate(say("CRASH"))
        assert backend.generate(say("Fine now.")).text == "Fine now."
    assert backend.children_started == 4


def test_cancel_reaches_the_child_which_stays_warm(standin):
    backend = standin()
    pieces = cancelled_at_first_token(backend, say("SLOW answer"))
    assert 1 <= len(pieces) < 500
    # the same child answers the next request; nothing of the cancelled one is mixed into it
    assert backend.generate(say("Next one.")).text == "Next one."
    assert backend.children_started == 1


def test_an_exception_in_the_callers_token_handler_leaves_the_child_usable(standin):
    backend = standin()

    def broken(piece):
        raise RuntimeError("the caller's own bug")

    with pytest.raises(RuntimeError):
        backend.generate(say("SLOW answer"), on_token=broken)
    assert backend.generate(say("Next one.")).text == "Next one." and backend.children_started == 1


def test_close_stops_the_child_and_a_later_call_starts_one(standin):
    backend = standin()
    backend.load()
    pid = backend.pid
    backend.close()
    assert gone(pid) and backend.pid is None
    assert backend.generate(say("Back again.")).text == "Back again."


def test_the_child_exits_when_its_parent_dies(gguf):
    """The parent killed outright (no close, no atexit): the child sees its input end and exits."""
    script = (
        "import os, signal, sys\n"
        "from rewriter.llm import ModelProcess\n"
        f"b = ModelProcess({str(gguf)!r}, command=[sys.executable, {str(STANDIN)!r}])\n"
        "b.load()\n"
        "print(b.pid, flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == -signal.SIGKILL
    child = int(done.stdout)
    for _ in range(200):  # it is not our child, so it cannot be waited for: watch it go
        if gone(child) or _zombie(child):
            break
        threading.Event().wait(0.05)
    assert gone(child) or _zombie(child)


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] == "Z"
    except OSError:
        return True


def test_a_bad_file_is_refused_before_any_child_starts(tmp_path):
    notes = tmp_path / "notes.gguf"
    notes.write_text("not a model\n" * 10)
    with pytest.raises(ModelError, match="not a GGUF model file"):
        ModelProcess(notes)


# -- the real model in the child ------------------------------------------------------------------------

MESSAGES = [
    {"role": "system", "content": "Reply in one short sentence."},
    {"role": "user", "content": "Say hello to a nurse."},
]


@pytest.fixture(scope="module")
def real():
    backend = ModelProcess(find_model(), ModelConfig(max_tokens=16))
    yield backend
    backend.close()


@pytest.mark.llm
def test_the_real_model_answers_through_the_child_as_it_does_in_process(real):
    pieces = []
    done = real.generate(MESSAGES, on_token=pieces.append)
    assert done.text.strip() and "".join(pieces) == done.text and 0 < done.tokens <= 16
    in_process = LlamaCppBackend(find_model(), ModelConfig(max_tokens=16))
    assert in_process.generate(MESSAGES).text == done.text
    assert in_process.count_tokens(MESSAGES) == real.count_tokens(MESSAGES)
    # loaded once, kept warm: the same child answers again without loading
    pid = real.pid
    assert real.load() == 0.0 and real.generate(MESSAGES).text == done.text and real.pid == pid
    assert real.children_started == 1 and real.load_seconds and real.load_seconds > 0


@pytest.mark.llm
def test_the_real_model_killed_mid_answer_is_a_typed_error_and_the_next_call_reloads_it(real):
    first = real.pid or (real.load(), real.pid)[1]
    started = real.children_started

    def kill_it(piece):
        os.kill(real.pid, signal.SIGKILL)

    with pytest.raises(ModelCrashed, match="SIGKILL"):
        real.generate(MESSAGES, on_token=kill_it)
    assert gone(first)
    assert real.generate(MESSAGES, max_tokens=4).tokens > 0
    assert real.children_started == started + 1


@pytest.mark.llm
def test_the_real_model_stops_for_a_cancel_and_stays_loaded(real):
    real.load()
    pid = real.pid
    pieces = cancelled_at_first_token(real, MESSAGES)
    assert pieces and real.generate(MESSAGES, max_tokens=4).tokens > 0 and real.pid == pid


@pytest.mark.llm
def test_a_truncated_model_is_a_one_line_error_from_the_child(tmp_path):
    source = find_model().path
    cut = tmp_path / "cut.gguf"
    with source.open("rb") as src, cut.open("wb") as dst:
        dst.write(src.read(source.stat().st_size // 2))
    backend = ModelProcess(cut)
    try:
        with pytest.raises(ModelError) as info:
            backend.load()
    finally:
        backend.close()
    assert not isinstance(info.value, ModelCrashed)
    message = str(info.value)
    assert str(cut) in message and "\n" not in message and "corrupted or incomplete" in message


@pytest.mark.llm
def test_the_child_writes_nothing_to_the_parents_stdout_or_stderr():
    script = (
        "from rewriter.llm import ModelProcess, find_model\n"
        "from rewriter.config import ModelConfig\n"
        "b = ModelProcess(find_model(), ModelConfig(max_tokens=4))\n"
        "b.generate([{'role': 'user', 'content': 'hi'}])\n"
        "b.close()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and done.stderr == ""


# -- what the rest of the code makes of a death -----------------------------------------------------------

DRAFT = "Had a session with Gregory Walsh this morning and he finally opened up about the accident. Huge step for him."


def test_the_pipeline_offers_the_verified_generalised_text_when_the_child_dies(standin, detector):
    from rewriter.config import Config
    from rewriter.pipeline import Pipeline

    draft = str(DRAFT)
    backend = standin("abort-always")
    pipeline = Pipeline(Config(role="therapist"), detector, backend)
    streamed = []
    result = pipeline.rewrite(draft, on_token=streamed.append)
    assert draft == DRAFT and result.original == DRAFT
    assert result.model_stopped and result.method == "generalised" and result.text == result.generalised
    assert result.clean and "Gregory" not in result.text and "Walsh" not in result.text
    assert result.model_note == "the local model stopped unexpectedly (it crashed: SIGABRT)"
    assert streamed  # it had started answering
    assert result.to_dict()["model_note"] == result.model_note
    # the next rewrite asks a fresh child (which dies again: this one always does)
    assert pipeline.rewrite(draft).model_stopped and backend.children_started == 2


@pytest.fixture
def crashing_cli(monkeypatch, gguf, tmp_path):
    """main(args) with every model child a stand-in started in ``mode``; the model is ``gguf``."""
    import rewriter.llm.process as process
    from rewriter.cli import main

    config = tmp_path / "rewriter.toml"
    config.write_text('role = "therapist"\n[model]\nmax_tokens = 64\n', encoding="utf-8")

    def run(mode: str, *args: str) -> int:
        monkeypatch.setattr(process, "_own_entry", lambda: [sys.executable, str(STANDIN), mode])
        return main([*args, "--model", str(gguf), "--config", str(config)])

    return run


@pytest.mark.parametrize("mode, why", [("abort-always", "it crashed: SIGABRT"), ("abort-on-load", "it crashed: SIGABRT")],
                         ids=["while-answering", "while-loading"])
def test_rewrite_command_prints_the_generalised_text_and_one_line_when_the_model_dies(crashing_cli, tmp_path, capsys,
                                                                                      mode, why):
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    code = crashing_cli(mode, "rewrite", str(draft))
    out, err = capsys.readouterr()
    assert code == 0  # verified clean, as the README's exit codes say
    assert "Gregory" not in out and "session" in out
    assert err == f"rewriter: the local model stopped unexpectedly ({why}); the generalised text is offered\n"
    assert draft.read_text(encoding="utf-8") == DRAFT


def test_audit_rewrite_says_which_posts_lost_the_model_and_goes_on(crashing_cli, tmp_path, capsys):
    import json

    posts = tmp_path / "posts.jsonl"
    texts = [DRAFT, "My colleague Will Baxter quit today and I am gutted."]
    posts.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    code = crashing_cli("abort-always", "audit", str(posts), "--rewrite")
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 1  # the posts as written name people
    assert [r["method"] for r in records] == ["generalised", "generalised"]
    assert all(r["clean"] and "Gregory" not in r["rewrite"] and "Baxter" not in r["rewrite"] for r in records)
    stopped = [line for line in err.splitlines() if "stopped unexpectedly" in line]
    assert len(stopped) == 2 and all(line.endswith("; the generalised text is offered") for line in stopped)
    assert "Traceback" not in err


def test_messages_are_read_whole_however_the_pipe_splits_them():
    import io

    from rewriter.frames import take_message, write_message

    sent = [("token", "a"), ("token", "é" * 300), ("ok", ("text", 2, "stop"))]
    stream = io.BytesIO()
    for message in sent:
        write_message(stream, message)
    data = stream.getvalue()
    for step in (1, 3, 7, len(data)):
        buffer, got = bytearray(), []
        for start in range(0, len(data), step):
            buffer += data[start:start + step]
            while (message := take_message(buffer)) is not None:
                got.append(message)
        assert got == sent and not buffer


def ask_until_closed(backend):
    """Start a request the stand-in holds until the model is closed; the ModelCrashed it ends with is collected."""
    failed = []

    def ask():
        try:
            backend.generate(say("HANG until closed"))
        except ModelCrashed as exc:
            failed.append(exc)

    return threading.Thread(target=ask), failed


def test_close_does_not_wait_for_a_request_in_progress(standin):
    backend = standin()
    backend.load()
    pid = backend.pid
    asking, failed = ask_until_closed(backend)
    asking.start()
    while backend.children_started == 0 or not backend._lock.locked():
        threading.Event().wait(0.01)
    backend.close()  # returns while the request still holds the lock
    asking.join(30)
    assert not asking.is_alive() and len(failed) == 1
    assert str(failed[0]) == "the local model stopped unexpectedly (it was stopped: the app is closing)"
    assert gone(pid)  # and reaped, by the request that was using it


def test_rewrite_and_audit_leave_no_model_process_running(crashing_cli, tmp_path, capsys, monkeypatch):
    import rewriter.llm.process as process

    pids = []
    start = process._Child.__init__

    def recorded(self, command):
        start(self, command)
        pids.append(self.proc.pid)

    monkeypatch.setattr(process._Child, "__init__", recorded)
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    assert crashing_cli("answers", "rewrite", str(draft)) in (0, 1)
    posts = tmp_path / "posts.jsonl"
    posts.write_text('{"id": 1, "text": "My colleague Will Baxter quit today."}\n', encoding="utf-8")
    assert crashing_cli("answers", "audit", str(posts), "--rewrite") == 1
    capsys.readouterr()
    assert len(pids) == 2 and all(gone(pid) for pid in pids)  # stopped and waited for by the command


def test_a_request_waiting_for_the_lock_when_the_app_closes_starts_no_new_child(standin):
    # The race the test above can hit: close() takes the child before the request has looked for it.
    # Held here on purpose, the request would otherwise start a fresh child and wait on it for good.
    backend = standin()
    backend.load()
    pid = backend.pid
    asking, failed = ask_until_closed(backend)
    with backend._lock:
        asking.start()
        threading.Event().wait(0.2)  # the request has begun and waits for the lock
        backend.close()
    asking.join(30)
    assert not asking.is_alive() and len(failed) == 1
    assert str(failed[0]) == "the local model stopped unexpectedly (it was stopped: the app is closing)"
    assert backend.children_started == 1 and gone(pid)
    backend.load()  # a request after the close starts a new child
    assert backend.children_started == 2
    backend.close()
