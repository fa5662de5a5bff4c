"""The command line under arbitrary arguments: a status and messages, never a traceback, and
no control sequence in anything it prints."""

from __future__ import annotations

import io
import os
import re
import sys
import tempfile

from hypothesis import given
from hypothesis import strategies as st

from ascn.cli import main

COMMANDS = [
    "summary",
    "chair",
    "schedule",
    "next",
    "explain",
    "members",
    "cities",
    "export",
    "validate",
    "schema",
    "--help",
    "--data",
    "--format",
    "--on",
    "--country",
]
WORDS = st.one_of(
    st.sampled_from(COMMANDS),
    st.sampled_from(
        [
            "json",
            "csv",
            "table",
            "2026",
            "2031",
            "0",
            "-1",
            "99999",
            "2024-02-30",
            "Vietnam",
            "TH",
            "",
            " ",
            "\x1b[2J",
            "٢٠٢٦",
            "/dev/null",
            "missing.json",
        ]
    ),
    st.text(max_size=12),
)
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _run(argv: list[str]) -> tuple[int, str]:
    out, err = io.BytesIO(), io.BytesIO()
    saved = sys.stdout, sys.stderr
    streams = (
        io.TextIOWrapper(out, encoding="utf-8", write_through=True),
        io.TextIOWrapper(err, encoding="utf-8", write_through=True),
    )
    sys.stdout, sys.stderr = streams
    here = os.getcwd()
    try:
        with tempfile.TemporaryDirectory() as scratch:
            os.chdir(scratch)  # whatever a drawn argument names, it is written there
            status = main(argv)
    except SystemExit as exit_:  # argparse's --help and usage errors
        status = exit_.code if isinstance(exit_.code, int) else 2
    finally:
        os.chdir(here)
        sys.stdout, sys.stderr = saved
        printed = (out.getvalue() + err.getvalue()).decode("utf-8")
        for stream in streams:
            if not stream.closed:
                stream.detach()  # the buffers stay open for the next run's reading
    return status, printed


@given(argv=st.lists(WORDS, max_size=5))
def test_any_arguments_give_a_status_and_no_traceback(argv: list[str]) -> None:
    status, printed = _run(argv)
    assert status in (0, 1, 2)
    assert "Traceback" not in printed
    assert CONTROL.search(printed) is None, printed[:200]
