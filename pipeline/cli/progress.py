"""What ``baomi review`` shows while and after it runs: the progress display on stderr and the
summary table. Only click is imported at module level (rich when a display starts)."""

from __future__ import annotations

import sys
from typing import Any

import click


class Reporter:
    """Progress on stderr: a rich bar on a terminal (``auto``/``bar``), one plain line per
    finished document (``plain``), or nothing (``none``; ``auto`` when stderr is not a
    terminal). Lines printed while the bar is shown go through it, so they do not tear it;
    stdout stays what it was (the JSON summary, or the per-document lines)."""

    def __init__(self, mode: str, total: int, lang: str) -> None:
        if mode == "auto":
            mode = "bar" if _isatty(sys.stderr) else "none"
        self.mode = mode
        self.total = total
        self.lang = lang
        self.finished = 0
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> Reporter:
        if self.mode == "bar":
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            from pipeline.messages import message

            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True, highlight=False),
                transient=True,
                redirect_stdout=False,
                redirect_stderr=False,
            )
            self._progress.start()
            self._task = self._progress.add_task(
                message("progress_label", self.lang), total=self.total
            )
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def done(self, outcome: Any) -> None:
        self.finished += 1
        if self._progress is not None:
            self._progress.advance(self._task)
        elif self.mode == "plain":
            from pipeline.messages import message

            line = message(
                "progress_line",
                self.lang,
                done=self.finished,
                total=self.total,
                name=str(outcome.job.path),
            )
            click.echo(line, err=True)

    def _print(self, line: str) -> None:
        from rich.text import Text

        self._progress.console.print(Text(line))

    def out(self, line: str) -> None:
        if self._progress is not None and _isatty(sys.stdout):
            self._print(line)
        else:
            click.echo(line)

    def err(self, line: str) -> None:
        if self._progress is not None:
            self._print(line)
        else:
            click.echo(line, err=True)


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


# --------------------------------------------------------------------------- summary


class Tally:
    """The numbers of the summary table: documents, findings by category, attributes,
    errors."""

    def __init__(self) -> None:
        self.documents = self.reviewed = self.skipped = 0
        self.clean = self.action = self.errors = 0
        self.categories: dict[str, dict[str, int]] = {}
        self.attributes: dict[str, int] = {}
        self.error_list: list[tuple[str, str]] = []

    def add(self, name: str, result: Any, error_text: str | None, skipped: bool) -> None:
        self.documents += 1
        if skipped:
            self.skipped += 1
        else:
            self.reviewed += 1
        if result.error is not None:
            self.errors += 1
            self.error_list.append((name, error_text or ""))
        elif result.needs_action:
            self.action += 1
        else:
            self.clean += 1
        if result.record is not None:
            for finding in result.record.get("findings", []):
                row = self.categories.setdefault(
                    finding["category"], {"redact": 0, "review": 0, "keep": 0}
                )
                row[finding["action"]] = row.get(finding["action"], 0) + 1
            if result.attribute and result.error is None:
                self.attributes[result.attribute] = self.attributes.get(result.attribute, 0) + 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "reviewed": self.reviewed,
            "skipped": self.skipped,
            "clean": self.clean,
            "action": self.action,
            "errors": self.errors,
            "categories": dict(sorted(self.categories.items())),
            "attributes": dict(sorted(self.attributes.items())),
        }

    def print_table(self, lang: str, err: bool) -> None:
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        from pipeline.messages import attribute_label, label, message

        stream = sys.stderr if err else sys.stdout
        # A log file or pipe gets the whole table, not one cut to 80 columns.
        console = Console(file=stream, highlight=False, width=None if _isatty(stream) else 200)

        def m(key: str) -> str:
            return message(key, lang)

        table = Table(title=m("table_title"), title_justify="left")
        table.add_column(m("table_item"))
        table.add_column(m("table_count"), justify="right")
        for key, value in (
            ("table_documents", self.documents),
            ("table_reviewed", self.reviewed),
            ("table_skipped", self.skipped),
            ("table_clean", self.clean),
            ("table_action", self.action),
            ("table_errors", self.errors),
        ):
            table.add_row(m(key), str(value))
        console.print(table)
        if self.categories:
            table = Table(title=m("table_findings_title"), title_justify="left")
            table.add_column(m("table_category"))
            for key in ("table_redact", "table_review", "table_keep"):
                table.add_column(m(key), justify="right")
            for category, row in sorted(self.categories.items()):
                name = label("category", category, lang)
                table.add_row(Text(name), str(row["redact"]), str(row["review"]), str(row["keep"]))
            console.print(table)
        if self.attributes:
            table = Table(title=m("table_attributes_title"), title_justify="left")
            table.add_column(m("table_attribute"))
            table.add_column(m("table_count"), justify="right")
            for attribute, count in sorted(self.attributes.items()):
                table.add_row(Text(attribute_label(attribute, lang)), str(count))
            console.print(table)
        if self.error_list:
            table = Table(title=m("table_errors_title"), title_justify="left")
            table.add_column(m("table_file"))
            table.add_column(m("table_reason"))
            for name, reason in self.error_list:
                table.add_row(Text(name), Text(reason))
            console.print(table)
