"""The command line ``baomi``: the command group and the console entry point (``run``). Each
command lives in its own module of this package: ``review``, ``check``, ``watch``, ``cases``
(case list|show), ``steps`` (sign, decide, secrecy, declassify, consent, publish),
``reports`` (ledger, catalogue, form, audit verify), ``people`` (user add|list|disable|token)
``admin`` (register status|upgrade|backup|restore|rules|relax|enforce) and ``serve`` (the web
desk); ``options`` and
``common`` hold what they share. The workflow commands are thin over ``pipeline.service``. Only click is imported until a command runs, so ``baomi --help`` stays fast.

Exit status: 0 nothing to withhold; 1 at least one document needs redaction, review or the
secrecy office; 2 a usage error or an input that could not be processed (the others are still
processed). Errors are one line on stderr, never a traceback (``BAOMI_DEBUG=1`` adds one).
"""

from __future__ import annotations

import os
import sys
import traceback

import click

from pipeline.cli.common import EXIT_CLEAN, EXIT_ERROR


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="baomi")
def main() -> None:
    """baomi：政府信息公开保密审查工具 / confidentiality review before disclosure."""


def run() -> None:
    """Console entry point guard: an unexpected exception is one line, not a traceback."""
    from pipeline.gc_tuning import tune_for_review

    tune_for_review()
    try:
        main(standalone_mode=True)
        code: object = EXIT_CLEAN
    except SystemExit as exc:
        code = exc.code
    except KeyboardInterrupt:
        code = 130
    except Exception as exc:
        if os.environ.get("BAOMI_DEBUG"):
            traceback.print_exc()
        click.echo(f"baomi: internal error ({type(exc).__name__})", err=True)
        code = EXIT_ERROR
    _leave(code)


def _leave(code: object) -> None:
    """End the process the way ``sys.exit(code)`` would, without tearing the interpreter
    down object by object: after a long document that took 0.7 s, a tenth of the run, and
    nothing is left to do in it. Exit handlers still run (logging, temporary folders, the
    PDF libraries) and the standard streams are flushed; every output file is closed by then
    (written atomically), and the register has committed."""
    import atexit

    if code is None:
        status = EXIT_CLEAN
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("message"): printed, status 1, as Python does
        click.echo(str(code), err=True)
        status = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be said there
            status = status or EXIT_ERROR
    os._exit(status)


def _register_commands() -> None:
    """Each command lives in its own module of this package (import-light: heavy imports
    happen inside each command)."""
    from pipeline.cli import (
        admin,
        cases,
        check,
        people,
        reports,
        review,
        serve,
        steps,
        sweep,
        watch,
    )

    for module in (review, check, watch, cases, steps, reports, people, admin, sweep, serve):
        for command in module.COMMANDS:
            main.add_command(command)


_register_commands()
