"""Loaded by every Python process started with this folder on PYTHONPATH (the CLI subprocess tests).

Refuses every socket connect and DNS lookup, and appends each attempt to the file named by
$REWRITER_NETGUARD_LOG, because libraries such as tldextract catch the error and carry on: the
test then reads the file to see whether anything tried.
"""

import os
import socket


def _refuse(*args, **kwargs):
    log = os.environ.get("REWRITER_NETGUARD_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"network attempt: {args[1:] if len(args) > 1 else args}\n")
    raise OSError("network access is blocked in tests")


for _name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "create_connection"):
    setattr(socket, _name, _refuse)
socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
