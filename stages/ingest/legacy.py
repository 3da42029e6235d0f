"""Legacy and WPS formats (.doc, .wps, .xls, .et, .rtf, .odt, .ods): converted by LibreOffice
in headless mode to DOCX or XLSX, which is then reviewed and published (the record says so).

Conversion does not clean: LibreOffice keeps tracked changes, comments, hidden text and sheets,
so the converted file goes through the whole DOCX or XLSX path. Each conversion runs in its own
process group under a time limit, with a profile of its own per process (a second ``soffice``
on a profile in use hands its job to the running one and returns at once), and is judged by its
output, not its exit code (LibreOffice returns 0 when it could not load the file).

Without LibreOffice the review stops with one message that names the Debian package to install.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from pipeline.config import Config
from pipeline.errors import InputError
from pipeline.zipread import names
from stages.ingest.kinds import PACKAGE, TARGET

FILTERS = {"docx": "docx:MS Word 2007 XML", "xlsx": "xlsx:Calc MS Excel 2007 XML"}
# The input filter is named, so a file LibreOffice cannot read as its kind fails instead of
# being imported as plain text (which it does with unknown bytes, and calls a success).
INPUT_FILTERS = {
    "doc": "MS Word 97",
    "rtf": "Rich Text Format",
    "odt": "writer8",
    "xls": "MS Excel 97",
    "ods": "calc8",
}
_EXPECTED = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml"}
_DEFAULT_TIMEOUT = 180


def soffice() -> str | None:
    """The LibreOffice program, if installed (``BAOMI_SOFFICE`` names another one)."""
    configured = os.environ.get("BAOMI_SOFFICE")
    if configured is not None:
        return configured if configured and shutil.which(configured) else None
    return shutil.which("soffice") or shutil.which("libreoffice")


@functools.cache
def version(program: str) -> str:
    """``LibreOffice 7.4.7.2``, as the program says it."""
    try:
        out = subprocess.run(
            [program, "--version"], capture_output=True, text=True, timeout=60, check=False
        ).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return "LibreOffice"
    return " ".join(out[:2]) if len(out) >= 2 else "LibreOffice"


@functools.cache
def _profile() -> Path:
    """This process's LibreOffice profile, made on first use and removed at exit."""
    folder = Path(tempfile.mkdtemp(prefix="baomi-soffice-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


def convert(data: bytes, kind: str, label: str, config: Config) -> tuple[bytes, str, str]:
    """(the converted package's bytes, its format, the converter's name and version)."""
    target = TARGET[kind]
    program = soffice()
    if program is None:
        raise InputError(
            "legacy_needs_libreoffice",
            format=label.upper(),
            target=target.upper(),
            package=PACKAGE[target],
        )
    timeout = config.timeout_seconds if config.timeout_seconds > 0 else _DEFAULT_TIMEOUT
    with tempfile.TemporaryDirectory(prefix="baomi-convert-") as work:
        folder = Path(work)
        source = folder / f"input.{kind}"
        source.write_bytes(data)
        out = folder / "out"
        command = [
            program,
            f"-env:UserInstallation={_profile().as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            f"--infilter={INPUT_FILTERS[kind]}",
            "--convert-to",
            FILTERS[target],
            "--outdir",
            str(out),
            str(source),
        ]
        reason = _run(command, min(timeout, _DEFAULT_TIMEOUT))
        result = out / f"input.{target}"
        converted = result.read_bytes() if result.is_file() else b""
    listed = names(converted) if converted else None
    if not listed or _EXPECTED[target] not in listed:
        raise InputError(
            "legacy_conversion_failed",
            format=label.upper(),
            target=target.upper(),
            reason=reason or "no output",
        )
    return converted, target, version(program)


def _run(command: list[str], timeout: float) -> str | None:
    """Run LibreOffice in its own process group; the reason it failed, if it says one."""
    env = {**os.environ, "HOME": str(_profile()), "SAL_USE_VCLPLUGIN": "svp"}
    try:
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            env=env,
            start_new_session=True,
        )
    except OSError as exc:
        return exc.strerror or type(exc).__name__
    try:
        _, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(process)
        return f"timeout {int(timeout)} s"
    finally:
        if process.poll() is None:
            _kill(process)
    text = err.decode("utf-8", "replace")
    for line in text.splitlines():
        if line.startswith("Error:"):
            return line.removeprefix("Error:").strip()[:120]
    return None


def _kill(process: subprocess.Popen) -> None:  # type: ignore[type-arg]
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
