"""`python -m rewriter` and the `rewriter` command: the command line, and ctrl+c from the first moment."""

import os
import signal
import sys
import threading

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it


def main() -> int:
    pressed = []

    def on_ctrl_c(signum, frame):
        pressed.append(signum)
        raise KeyboardInterrupt

    def on_unraisable(unraisable):
        # A ctrl+c that lands in a finaliser (``__del__``) cannot propagate: Python prints "Exception
        # ignored" and runs on. Say nothing, and press it again from outside the finaliser a moment later.
        if isinstance(unraisable.exc_value, KeyboardInterrupt):
            threading.Timer(0.01, os.kill, (os.getpid(), signal.SIGINT)).start()
            return
        default_unraisablehook(unraisable)

    signal.signal(signal.SIGINT, on_ctrl_c)
    default_unraisablehook = sys.unraisablehook
    sys.unraisablehook = on_unraisable
    try:
        # Imported here, not above: ctrl+c while the command's modules load must end in one line too.
        from .cli import main as run

        code = run()
        # A ctrl+c that landed in a finaliser (``__del__``) is printed as "Exception ignored" and swallowed,
        # and the command runs on: it still ends as interrupted, never as a normal result.
        if pressed and code != EXIT_INTERRUPTED:
            raise KeyboardInterrupt
        # The command is done and its output is out. A ctrl+c from here on meets the interpreter shutting
        # down, where a raised KeyboardInterrupt is dropped and the process exits with the command's own
        # code as if never pressed: let the system end it as interrupted instead.
        sys.stdout.flush()
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    except BaseException:
        # The command turns ctrl+c into its one line itself; this catches what it cannot see: a ctrl+c
        # while its modules load, or one that a library wrapped in another error (Python reports an
        # exception raised while a class is built as a RuntimeError).
        if not pressed:
            raise
    else:
        return code
    print("rewriter: error: interrupted", file=sys.stderr)
    return EXIT_INTERRUPTED


if __name__ == "__main__":
    raise SystemExit(main())
