"""`python -m rewriter` and the `rewriter` command: the command line, and ctrl+c from the first moment."""

import signal
import sys

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it


def main() -> int:
    pressed = []

    def on_ctrl_c(signum, frame):
        pressed.append(signum)
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, on_ctrl_c)
    try:
        # Imported here, not above: ctrl+c while the command's modules load must end in one line too.
        from .cli import main as run

        return run()
    except BaseException:
        # The command turns ctrl+c into its one line itself; this catches what it cannot see: a ctrl+c
        # while its modules load, or one that a library wrapped in another error (Python reports an
        # exception raised while a class is built as a RuntimeError).
        if not pressed:
            raise
    print("rewriter: error: interrupted", file=sys.stderr)
    return EXIT_INTERRUPTED


if __name__ == "__main__":
    raise SystemExit(main())
