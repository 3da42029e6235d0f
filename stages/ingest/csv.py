"""CSV and TSV: decoded as UTF-8 (with or without BOM), UTF-16 with a BOM or GB18030, split
into cells (RFC 4180 quoting), and laid out like a spreadsheet's grid: one cell a line, row
after row (empty cells left out), recorded as tables of the table model
(``stages.ingest.grid_tables``), so the labels of the header row type their columns.
Each cell is a segment (``line`` is its row, ``cell`` its A1 reference)."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.config import Config
from pipeline.csvtext import Cell, cells, decode, delimiter
from pipeline.model import Document, Locator
from stages.ingest.grid_tables import grid_tables


def a1(row: int, column: int) -> str:
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row + 1}"


class CsvNode:
    """A cell's value as a text node: setting it marks the cell for rewriting."""

    __slots__ = ("cell", "edited")

    def __init__(self, cell: Cell) -> None:
        self.cell = cell
        self.edited: str | None = None

    @property
    def text(self) -> str:
        return self.cell.value if self.edited is None else self.edited

    @text.setter
    def text(self, value: str) -> None:
        self.edited = value


@dataclass(slots=True)
class CsvSource:
    text: str
    encoding: str
    delimiter: str
    nodes: dict[str, list[CsvNode]] = field(default_factory=dict)
    # Each cell's (row, column, start, end) in the flat text: the table model's input.
    cells: list[tuple[int, int, int, int]] = field(default_factory=list)


def ingest(document: Document, config: Config) -> None:
    text, encoding = decode(document.data)
    sep = delimiter(text, document.path.suffix.lower(), encoding)
    source = CsvSource(text, encoding, sep)
    document.source = source
    document.encoding = encoding
    nodes: list[CsvNode] = []
    source.nodes["csv"] = nodes
    for cell in cells(text, sep):
        if not cell.value.strip():
            continue
        nodes.append(CsvNode(cell))
        locator = Locator(part="csv", line=cell.row + 1, node=len(nodes) - 1, cell=a1(cell.row, cell.column))
        start = document.length
        document.add_segment(cell.value, locator)
        source.cells.append((cell.row, cell.column, start, document.length))
        document.add_separator("\n")
    document.tables = grid_tables(
        ((0, row, column, start, end) for row, column, start, end in source.cells),
        document.text,
        "csv",
    )
