"""The document model of corpus D: blocks of text and tables, and the labelled items."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

REF = dt.date(2026, 12, 1)


@dataclass
class Table:
    header: list[list[str]]               # one or more header rows, all of the table's width
    rows: list[list[str]]
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)  # header (r0, c0, r1, c1)
    ruled: bool = True
    repeat_every: int = 0                 # write the header rows again every N body rows
    widths: list[float] | None = None     # relative column widths
    caption: str = ""


@dataclass
class Doc:
    kind: str
    fmt: str                              # docx | pdf | txt | xlsx | csv
    attribute: str = "主动公开"
    note: str = ""
    head: list[str] = field(default_factory=list)      # 份号 / 密级 / 紧急程度 lines, top left
    title: str = ""
    blocks: list = field(default_factory=list)         # str (paragraph) or Table
    footer: str = ""
    items: list[dict] = field(default_factory=list)
    marking: dict | None = None
    producer: str = ""
    align: str = "space"                  # TXT tables: space | tab
    big: bool = False                     # lists of 150+ rows
    lazy: list = field(default_factory=list)           # the body's contacts, labelled where used

    def text(self) -> str:
        parts = list(self.head) + [self.title, self.footer]
        for b in self.blocks:
            parts += [b] if isinstance(b, str) else [c for r in b.header + b.rows for c in r] + [b.caption]
        return "".join(parts).replace("\n", "")

    def settle(self) -> None:
        """Label the body's own contacts that the text uses (keep)."""
        text = self.text()
        for typ, value in self.lazy:
            if value in text:
                self.K(typ, value)

    # labelling ------------------------------------------------------------------------------
    def R(self, typ: str, value: str) -> str:
        """A value that must be redacted; returns it for the text."""
        self._add(typ, value, "redact")
        return value

    def K(self, typ: str, value: str) -> str:
        """A value that must stay."""
        self._add(typ, value, "keep")
        return value

    def _add(self, typ: str, value: str, expect: str) -> None:
        v = value.replace("\n", "")
        for it in self.items:
            if it["type"] == typ and it["value"] == v:
                if it["expect"] != expect:
                    raise ValueError(f"{self.kind}: {v} labelled both ways")
                return
        self.items.append({"type": typ, "value": v, "expect": expect})

    # content --------------------------------------------------------------------------------
    def p(self, *parts: str) -> None:
        self.blocks.append("".join(parts))

    def t(self, table: Table) -> None:
        self.blocks.append(table)

    def mark(self, level: str, period: str, marked_on: dt.date, serial: str = "",
             urgency: str = "", star: str = "★") -> None:
        if serial:
            self.head.append(serial)
        self.head.append(f"{level}{star}{period}")
        if urgency:
            self.head.append(urgency)
        self.marking = {"level": level, "period": period, "marked_on": marked_on.isoformat(),
                        "expires_on": expiry(marked_on, period)}


def expiry(start: dt.date, period: str) -> str | None:
    if period == "长期":
        return None
    if period.endswith("个月"):
        months = int(period[:-2])
    elif period.endswith("年"):
        months = 12 * int(period[:-1])
    else:
        return None
    m = start.month - 1 + months
    y, m = start.year + m // 12, m % 12 + 1
    day = min(start.day, [31, 29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28, 31, 30, 31,
                          30, 31, 31, 30, 31, 30, 31][m - 1])
    return dt.date(y, m, day).isoformat()


def in_force(marking: dict | None) -> bool:
    if not marking:
        return False
    e = marking["expires_on"]
    return e is None or dt.date.fromisoformat(e) > REF
