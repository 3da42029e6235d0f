"""The console entry point leaves with ``os._exit`` after a run (no interpreter teardown):
exit handlers must still run, buffered output must still arrive, and the status must be the
one ``sys.exit`` would have given."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BAOMI = Path(sys.executable).with_name("baomi")


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.parametrize(
    ("code", "status", "stderr"),
    [("None", 0, ""), ("0", 0, ""), ("1", 1, ""), ("2", 2, ""), ("'boom'", 1, "boom\n")],
)
def test_leave_runs_exit_handlers_flushes_and_keeps_the_status(
    code: str, status: int, stderr: str
) -> None:
    result = _python(
        "import atexit, sys\n"
        "from pipeline.cli import _leave\n"
        "atexit.register(lambda: print('handler ran'))\n"
        "sys.stdout.write('buffered ')\n"  # a pipe: block-buffered, never flushed by hand
        f"_leave({code})\n"
        "print('not reached')\n"
    )
    assert result.returncode == status
    assert result.stdout == "buffered handler ran\n"
    assert result.stderr == stderr


@pytest.mark.skipif(not BAOMI.exists(), reason="console script not installed")
def test_console_script_output_arrives_through_a_pipe(tmp_path: Path) -> None:
    source = tmp_path / "reply.txt"
    source.write_text("申请人手机：13812345678\n", encoding="utf-8")
    result = subprocess.run(
        [str(BAOMI), "review", str(source), "--out", str(tmp_path / "out"), "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={"BAOMI_REGISTER": f"sqlite:///{tmp_path / 'register.sqlite'}", "PATH": ""},
    )
    assert result.returncode == 1, result.stderr
    assert result.stdout.rstrip().endswith("}")  # the whole JSON summary, flushed
    assert '"exit_code": 1' in result.stdout
    missing = subprocess.run(
        [str(BAOMI), "review", str(tmp_path / "missing.txt"), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={"BAOMI_REGISTER": f"sqlite:///{tmp_path / 'register.sqlite'}", "PATH": ""},
    )
    assert missing.returncode == 2
    assert "Traceback" not in missing.stderr
