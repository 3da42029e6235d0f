"""CSV copies are re-read from disk, decoded under every encoding that could hold them, and
also parsed with the standard library's ``csv`` module (a value inside quotes, with doubled
quotes, read as the cell a spreadsheet shows); numbers in E-notation are read as their
digits."""

from __future__ import annotations

import contextlib
import csv
import io
from pathlib import Path

from stages.verify.txt import extract as text_layers
from stages.verify.xlsx import expanded_numbers

# Between the texts of one layer: kept by folding (a noncharacter, not whitespace), so two
# neighbouring texts never read as one value.
SEPARATOR = "\uffff"


def extract(path: Path) -> list[tuple[str, str]]:
    layers = text_layers(path)
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "utf-16", "gb18030"):
        with contextlib.suppress(UnicodeDecodeError, csv.Error):
            text = data.decode(encoding)
            for sep in (",", "\t", ";", "|"):
                rows = list(csv.reader(io.StringIO(text), delimiter=sep))
                cells = [cell for row in rows for cell in row]
                layers.append((f"csv:{encoding}:{sep}", SEPARATOR.join(cells)))
            layers.append((f"numbers:{encoding}", SEPARATOR.join(expanded_numbers(text))))
            break
    return layers
