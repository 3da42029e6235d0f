"""A subsidy list as offices publish it: the same rows as XLSX, as a DOCX table and as CSV.

    .venv/bin/python benchmarks/spreadsheet.py [--rows 5000] [--repeat 3] [--keep DIR] [--json]

Generates ``--rows`` rows of a 补贴发放名单 (序号, 姓名, 身份证号码, 联系电话, 家庭住址, 补贴金额,
发放日期: an ID with a valid MOD 11-2 check character, a mobile and a home address per row) and
writes them as an XLSX (openpyxl, shared strings as Excel writes them), a DOCX whose table holds
the same rows (python-docx) and a UTF-8 CSV with a BOM. Each is reviewed as a whole process
(``baomi review FILE --out TMP --json``, a temporary register), interleaved, ``--repeat``
times. Prints the median wall time, the peak RSS, the redactions found, each stage's cost and
the XLSX/DOCX ratio. Goal (``benchmarks/README.md``): an XLSX list is reviewed in about the time
of the same rows as DOCX (ratio ≤ 1.2).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import Values  # noqa: E402
from benchmarks.throughput import _median, review  # noqa: E402

HEADER = ["序号", "姓名", "身份证号码", "联系电话", "家庭住址", "补贴金额（元）", "发放日期"]


def rows(count: int, seed: int = 11) -> list[list[str]]:
    rng = random.Random(seed)
    values = Values(rng)
    out = []
    for number in range(1, count + 1):
        out.append(
            [
                str(number),
                values.name(),
                values.id18(),
                values.mobile(),
                values.address(),
                f"{rng.randrange(300, 3000)}.00",
                f"2024年{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日",
            ]
        )
    return out


def write_xlsx(data: list[list[str]], path: Path) -> None:
    """Shared strings, as Excel writes them (openpyxl would write inline strings)."""
    import zipfile
    from xml.sax.saxutils import escape

    strings: dict[str, int] = {}
    sheet_rows = []

    def ref(column: int, row: int) -> str:
        return f"{chr(65 + column)}{row}"

    for r, values in enumerate([HEADER, *data], start=1):
        cells = []
        for c, value in enumerate(values):
            index = strings.setdefault(value, len(strings))
            cells.append(f'<c r="{ref(c, r)}" t="s"><v>{index}</v></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{ns}" xmlns:r="{rel}"><sheets><sheet name="补贴名单" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{ns}"><sheetData>{"".join(sheet_rows)}</sheetData></worksheet>',
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{ns}" uniqueCount="{len(strings)}">'
        + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
        + "</sst>",
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)


def write_docx(data: list[list[str]], path: Path) -> None:
    """The same rows as one table (built as XML: python-docx's add_row is quadratic)."""
    from xml.sax.saxutils import escape

    import docx
    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = docx.Document()
    document.add_paragraph("2024年度困难群众生活补贴发放名单")
    body = "".join(
        "<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{escape(v)}</w:t></w:r></w:p></w:tc>" for v in row) + "</w:tr>"
        for row in [HEADER, *data]
    )
    table = parse_xml(f'<w:tbl xmlns:w="{w}"><w:tblPr/><w:tblGrid/>{body}</w:tbl>')
    document.element.body.insert(len(document.element.body) - 1, table)
    document.save(str(path))


def write_csv(data: list[list[str]], path: Path) -> None:
    path.write_bytes(b"\xef\xbb\xbf" + "".join(",".join(r) + "\r\n" for r in [HEADER, *data]).encode())


def _generate(folder: Path, count: int) -> dict[str, str]:
    data = rows(count)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for fmt, writer in (("xlsx", write_xlsx), ("docx", write_docx), ("csv", write_csv)):
        paths[fmt] = folder / f"subsidy-{count}.{fmt}"
        writer(data, paths[fmt])
    return {f: str(p) for f, p in paths.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--generate", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.generate:
        print(json.dumps(_generate(args.generate, args.rows)))
        return 0
    work = args.keep or Path(tempfile.mkdtemp(prefix="baomi-sheet-"))
    # Written by a child: the measured processes must not inherit a large parent's peak RSS.
    generated = subprocess.run(
        [sys.executable, __file__, "--generate", str(work / "in"), "--rows", str(args.rows)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    paths = {f: Path(p) for f, p in json.loads(generated.stdout).items()}
    runs: dict[str, list[Any]] = {fmt: [] for fmt in paths}
    for attempt in range(args.repeat):
        for fmt, path in paths.items():
            runs[fmt].append(review(path, work, f"{fmt}-{attempt}"))
    report: dict[str, Any] = {"rows": args.rows, "review": {}}
    for fmt, results in runs.items():
        errors = [r.error for r in results if r.error]
        stages = {
            stage: round(_median([r.timings.get(stage, 0.0) for r in results]) / 1000, 3)
            for stage in ("ingest", "detect", "decide", "redact", "verify", "record")
        }
        report["review"][fmt] = {
            "seconds": round(_median([r.run.seconds for r in results]), 2),
            "peak_mb": round(max(r.run.peak_mb for r in results), 1),
            "redact": results[0].redact,
            "written": all(r.written for r in results),
            "stages_s": stages,
            "errors": errors[:1],
        }
    xlsx, docx_ = report["review"]["xlsx"]["seconds"], report["review"]["docx"]["seconds"]
    report["xlsx_over_docx"] = round(xlsx / docx_, 2) if docx_ else None
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(f"{args.rows} rows, median of {args.repeat}")
        for fmt, row in report["review"].items():
            print(
                f"  {fmt:5} {row['seconds']:7.2f} s  peak {row['peak_mb']:6.1f} MB  "
                f"redact {row['redact']:6}  written {row['written']}  stages {row['stages_s']}"
                + (f"  error {row['errors'][0]}" if row["errors"] else "")
            )
        print(f"  XLSX / DOCX: {report['xlsx_over_docx']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
