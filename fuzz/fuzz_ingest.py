#!/usr/bin/env python3
"""Fuzz the DOCX and PDF ingest (or the whole review) with mutated samples.

    .venv/bin/python fuzz/fuzz_ingest.py --iterations 2000 --seed 1

Each iteration takes a sample from ``samples/documents`` (DOCX and PDF, as they are and in an
uncompressed variant), applies one to three mutations — byte flips, interesting bytes,
truncation, chunk deletion, duplication and insertion, splices of two samples; for DOCX, edits
of an entry's XML and rebuilt packages, dropped, duplicated and renamed entries, corrupted ZIP
headers; for PDF, changed numbers, names, nesting, xref and stream data — and writes the
result under a random one of the usual file names. The inputs run in worker processes (the
batch machinery of ``baomi review``: a native crash or a hang costs one worker, which is
replaced). Every outcome must be a success or an ``InputError``; anything else is a finding:
the input is saved under ``--save`` with its traceback, and the exit status is 1.

``--reproduce FILE`` runs one saved input in this process and lets the exception through.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import io
import random
import re
import shutil
import struct
import sys
import tempfile
import time
import traceback
import warnings
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.config import Config  # noqa: E402
from pipeline.errors import InputError  # noqa: E402
from pipeline.runner import Job, Result  # noqa: E402

INTERESTING = [0x00, 0xFF, 0x7F, 0x80, 0x01, 0xFE, 0x20, 0x0A, 0x0D]
PDF_TOKENS = [
    b"[", b"]", b"<<", b">>", b"(", b")", b"<", b">", b"/", b" R", b" obj", b"endobj",
    b"stream\n", b"endstream", b"xref", b"trailer", b"startxref", b"%%EOF", b"null",
    b"-1", b"0", b"2147483648", b"99999999999", b"1e308", b"\\", b"BT", b"ET", b"Tj", b"TJ",
    b"Tf", b"Do", b"q", b"Q", b"cm", b"BI", b"ID", b"EI", b"/Length 0", b"/Filter/FlateDecode",
]  # fmt: skip
PDF_NAMES = [
    b"/Type", b"/Page", b"/Pages", b"/Kids", b"/Count", b"/Parent", b"/Contents", b"/Length",
    b"/Filter", b"/FlateDecode", b"/Font", b"/Resources", b"/XObject", b"/Subtype", b"/Form",
    b"/Image", b"/ToUnicode", b"/Encoding", b"/Identity-H", b"/DescendantFonts", b"/W",
    b"/OCProperties", b"/StructTreeRoot", b"/ActualText", b"/Alt", b"/Encrypt", b"/Root",
    b"/Size", b"/Prev", b"/ObjStm", b"/XRef", b"/MediaBox", b"/Annots",
]  # fmt: skip
XML_SNIPPETS = [
    b"<", b">", b"</w:p>", b"<w:p>", b"<w:t>", b"</w:t>", b"&", b"&amp;", b"&#0;", b"&#xD800;",
    b"&#x10FFFF;", b"&nope;", b"<![CDATA[13812345678]]>", b"<?pi x?>", b"<!-- c -->",
    b'<!DOCTYPE x [<!ENTITY e "13812345678">]>', b"\xef\xbb\xbf", b"\xff\xfe", b"\x00",
    b'encoding="UTF-16"', b'encoding="GB18030"', b'encoding="bogus"', b" xmlns:w=\"x\"",
    "联系电话：13812345678".encode(), b"<w:t>" * 50, b"<a>" * 300,
    b'<w:fldSimple w:instr="HYPERLINK mailto:a@b.cn"/>', b"\xed\xa0\x80", b"\xc3\x28",
]  # fmt: skip


# --------------------------------------------------------------------------- mutations


def flip_bits(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        if out:
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def interesting_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if out:
            out[rng.randrange(len(out))] = rng.choice(INTERESTING)
    return bytes(out)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(max(len(data), 1))]


def delete_chunk(rng: random.Random, data: bytes) -> bytes:
    if len(data) < 2:
        return data
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, min(4096, len(data) - start)) :]


def duplicate_chunk(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    start = rng.randrange(len(data))
    chunk = data[start : start + rng.randint(1, 4096)]
    at = rng.randrange(len(data))
    return data[:at] + chunk * rng.randint(1, 4) + data[at:]


def insert_random(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:]


GENERIC = [flip_bits, interesting_bytes, truncate, delete_chunk, duplicate_chunk, insert_random]


def insert_token(rng: random.Random, data: bytes, tokens: list[bytes]) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.choice(tokens) * rng.choice([1, 1, 1, 2, 10, 1000]) + data[at:]


# PDF ------------------------------------------------------------------------------------

_NUMBER = re.compile(rb"-?\d+(\.\d+)?")
_NAME = re.compile(rb"/[A-Za-z][A-Za-z0-9]*")


def pdf_number(rng: random.Random, data: bytes) -> bytes:
    numbers = list(_NUMBER.finditer(data))
    if not numbers:
        return data
    match = rng.choice(numbers)
    value = rng.choice([b"0", b"-1", b"1", b"65535", b"2147483647", b"4294967296", b"3.4e38",
                        str(int(match.group()) + rng.randint(-3, 3) if b"." not in
                            match.group() else 0).encode()])  # fmt: skip
    return data[: match.start()] + value + data[match.end() :]


def pdf_name(rng: random.Random, data: bytes) -> bytes:
    names = list(_NAME.finditer(data))
    if not names:
        return data
    match = rng.choice(names)
    return data[: match.start()] + rng.choice(PDF_NAMES) + data[match.end() :]


def pdf_nesting(rng: random.Random, data: bytes) -> bytes:
    depth = rng.choice([10, 100, 1000, 100_000])
    opener, closer = rng.choice([(b"[", b"]"), (b"<<", b">>"), (b"q ", b"Q "), (b"(", b")")])
    at = rng.randrange(len(data) + 1)
    closing = closer * depth if rng.random() < 0.5 else b""
    return data[:at] + opener * depth + closing + data[at:]


def pdf_xref(rng: random.Random, data: bytes) -> bytes:
    cut = data.rfind(b"startxref")
    if cut < 0:
        return data
    offset = rng.choice([b"0", b"1", b"999999999", b"-5", str(rng.randrange(len(data))).encode()])
    return data[:cut] + b"startxref\n" + offset + b"\n%%EOF\n"


def pdf_token(rng: random.Random, data: bytes) -> bytes:
    return insert_token(rng, data, PDF_TOKENS)


PDF_MUTATIONS = [pdf_number, pdf_name, pdf_nesting, pdf_xref, pdf_token]


# DOCX -----------------------------------------------------------------------------------


def _read_zip(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return [(info, archive.read(info)) for info in archive.infolist()]
    except Exception:
        return None


def _write_zip(entries: list[tuple[zipfile.ZipInfo, bytes]], stored: bool = False) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w") as archive:
        warnings.simplefilter("ignore")  # duplicate names are one of the mutations
        for info, content in entries:
            clone = zipfile.ZipInfo(info.filename, info.date_time)
            clone.compress_type = zipfile.ZIP_STORED if stored else info.compress_type
            clone.external_attr = info.external_attr
            archive.writestr(clone, content)
    return buffer.getvalue()


def docx_entry(rng: random.Random, data: bytes) -> bytes:
    """Mutate one entry's content (an XML part, most of the time) and rebuild the package."""
    entries = _read_zip(data)
    if not entries:
        return rng.choice(GENERIC)(rng, data)
    xml = [i for i, (info, _) in enumerate(entries) if info.filename.endswith((".xml", ".rels"))]
    index = rng.choice(xml if xml and rng.random() < 0.9 else range(len(entries)))
    info, content = entries[index]
    if rng.random() < 0.6:
        content = insert_token(rng, content, XML_SNIPPETS)
    else:
        content = rng.choice(GENERIC)(rng, content)
    entries[index] = (info, content)
    return _write_zip(entries)


def docx_entries(rng: random.Random, data: bytes) -> bytes:
    """Drop, duplicate or rename an entry."""
    entries = _read_zip(data)
    if not entries:
        return data
    index = rng.randrange(len(entries))
    info, content = entries[index]
    action = rng.choice(["drop", "duplicate", "rename"])
    if action == "drop":
        del entries[index]
    elif action == "duplicate":
        entries.insert(rng.randrange(len(entries) + 1), (info, rng.choice(GENERIC)(rng, content)))
    else:
        name = rng.choice(["word/document.xml", "word/Document.xml", "../evil.xml",
                           "word/header1.xml", "/abs.xml", "word/\u6587\u4ef6.xml", ""])  # fmt: skip
        entries[index] = (zipfile.ZipInfo(name or "x", info.date_time), content)
    return _write_zip(entries)


def docx_header(rng: random.Random, data: bytes) -> bytes:
    """Corrupt a field of a local or central directory header or of the end record."""
    signatures = [b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06"]
    signature = rng.choice(signatures)
    positions = [m.start() for m in re.finditer(re.escape(signature), data)]
    if not positions:
        return data
    at = rng.choice(positions)
    fields = {
        b"PK\x03\x04": [(6, "H"), (8, "H"), (14, "I"), (18, "I"), (22, "I"), (26, "H"), (28, "H")],
        b"PK\x01\x02": [(8, "H"), (10, "H"), (20, "I"), (24, "I"), (28, "H"), (30, "H"), (42, "I")],
        b"PK\x05\x06": [(8, "H"), (10, "H"), (12, "I"), (16, "I"), (20, "H")],
    }[signature]
    offset, kind = rng.choice(fields)
    if at + offset + struct.calcsize("<" + kind) > len(data):
        return data
    limit = 0xFFFF if kind == "H" else 0xFFFFFFFF
    value = rng.choice([0, 1, limit, limit // 2, rng.randrange(limit + 1), 8, 12, 14, 99])
    out = bytearray(data)
    struct.pack_into("<" + kind, out, at + offset, value)
    return bytes(out)


DOCX_MUTATIONS = [docx_entry, docx_entry, docx_entry, docx_entries, docx_header]


def splice(rng: random.Random, data: bytes, other: bytes) -> bytes:
    cut = rng.randrange(len(data) + 1)
    return data[:cut] + other[rng.randrange(len(other) + 1) :]


# --------------------------------------------------------------------------- seeds


def load_seeds(folder: Path) -> list[tuple[str, bytes]]:
    """(format, bytes) of every DOCX and PDF sample, as is and uncompressed."""
    from pipeline.pdflib import pymupdf

    seeds = []
    for path in sorted(folder.iterdir()):
        data = path.read_bytes()
        if path.suffix == ".docx":
            seeds.append(("docx", data))
            entries = _read_zip(data)
            if entries:
                seeds.append(("docx", _write_zip(entries, stored=True)))
        elif path.suffix == ".pdf":
            seeds.append(("pdf", data))
            with pymupdf.open(stream=data, filetype="pdf") as pdf:
                seeds.append(("pdf", pdf.tobytes(expand=255)))
    return seeds


def mutate(rng: random.Random, seeds: list[tuple[str, bytes]]) -> tuple[str, bytes, list[str]]:
    fmt, data = rng.choice(seeds)
    steps = []
    for _ in range(rng.choice([1, 1, 2, 3])):
        specific = DOCX_MUTATIONS if fmt == "docx" else PDF_MUTATIONS
        if rng.random() < 0.05:
            mutation = "splice"
            data = splice(rng, data, rng.choice(seeds)[1])
        else:
            chosen = rng.choice(specific if rng.random() < 0.6 else GENERIC)
            mutation = chosen.__name__
            data = chosen(rng, data)
        steps.append(mutation)
    return fmt, data, steps


def file_name(rng: random.Random, fmt: str) -> str:
    """Mostly the right extension; sometimes another one (ingest reads by content)."""
    suffix = rng.choices([f".{fmt}", ".docx", ".pdf", ".txt", ""], weights=[85, 4, 4, 4, 3])[0]
    return f"input{suffix}"


# --------------------------------------------------------------------------- tasks


def _crash(job: Job, exc: BaseException) -> Result:
    result = Result(job.path)
    result.record = {"crash": "".join(traceback.format_exception(exc)), "kind": type(exc).__name__}
    return result


def ingest_task(job: Job, config: Config) -> Result:
    """Ingest only: a success or an ``InputError``."""
    from stages import ingest

    result = Result(job.path)
    try:
        document = ingest.run(job.path, config)
    except InputError as exc:
        result.error = exc
        return result
    except Exception as exc:
        return _crash(job, exc)
    close = getattr(document.source, "close", None)
    if callable(close):
        close()
    return result


def review_task(job: Job, config: Config) -> Result:
    """The whole review (copy, leak check, record): an internal error is a finding too."""
    from pipeline.runner import review_document

    try:
        _, result = review_document(job, config)
    except Exception as exc:  # review_document must never raise
        return _crash(job, exc)
    finally:
        shutil.rmtree(job.out_dir, ignore_errors=True)
    if result.error is not None and result.error.key in {"internal_error", "write_failed"}:
        crashed = Result(job.path)
        crashed.record = {"crash": result.error.render("en"), "kind": result.error.key}
        return crashed
    result.record = None  # not needed back here
    return result


# --------------------------------------------------------------------------- the run


def run(args: argparse.Namespace) -> int:
    from pipeline.batch.local import run_local
    from pipeline.batch.serial import run_serial

    seeds = load_seeds(args.samples)
    if args.formats:
        seeds = [s for s in seeds if s[0] in args.formats]
    if not seeds:
        print("no DOCX or PDF samples found", file=sys.stderr)
        return 2
    config = Config(timeout_seconds=args.timeout, lang="en")
    task = ingest_task if args.stage == "ingest" else review_task
    outcomes: collections.Counter[str] = collections.Counter()
    findings = []
    work = Path(tempfile.mkdtemp(prefix="baomi-fuzz-"))
    began = time.monotonic()
    try:
        for start in range(0, args.iterations, args.batch):
            items = []
            meta = {}
            for i in range(start, min(start + args.batch, args.iterations)):
                if args.only is not None and i != args.only:
                    continue
                rng = random.Random(f"{args.seed}:{i}")
                fmt, data, steps = mutate(rng, seeds)
                folder = work / f"{i:06d}"
                folder.mkdir()
                path = folder / file_name(rng, fmt)
                path.write_bytes(data)
                items.append((i, Job(path, folder / "out")))
                meta[i] = (fmt, steps, path)
            if not items:
                continue
            if args.jobs > 1:
                results = run_local(items, config, task, args.jobs)
            else:
                results = run_serial(items, config, task)
            for i, result in results:
                fmt, steps, path = meta[i]
                outcome, detail = _classify(result)
                outcomes[outcome] += 1
                if outcome in {"crash", "hang", "native crash"}:
                    saved = _save(args.save, i, path, detail, steps)
                    findings.append((i, outcome, detail.splitlines()[-1][:200], saved))
                shutil.rmtree(path.parent, ignore_errors=True)
            done = min(start + args.batch, args.iterations)
            print(f"{done}/{args.iterations} {dict(outcomes)}", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    elapsed = time.monotonic() - began
    total = sum(outcomes.values())
    print(f"\nfuzz: stage {args.stage}, seed {args.seed}, {total} inputs in {elapsed:.0f} s")
    for outcome, count in sorted(outcomes.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {count:6d}  {outcome}")
    for i, outcome, detail, saved in findings:
        print(f"FINDING iteration {i}: {outcome}: {detail} -> {saved}")
    return 1 if findings else 0


def _classify(result: Result) -> tuple[str, str]:
    if result.record and "crash" in result.record:
        return "crash", result.record["crash"]
    if result.error is None:
        return "ok", ""
    key = result.error.key
    if key == "timeout":
        return "hang", result.error.render("en")
    if key == "worker_crashed":
        return "native crash", result.error.render("en")
    if key == "internal_error":  # the batch could not run the task at all
        return "crash", result.error.render("en")
    return f"InputError {key}", ""


def _save(folder: Path, index: int, path: Path, detail: str, steps: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = path.read_bytes() if path.exists() else b""
    digest = hashlib.sha256(data).hexdigest()[:12]
    target = folder / f"{index:06d}-{digest}{path.suffix}"
    target.write_bytes(data)
    target.with_name(target.name + ".txt").write_text(
        f"iteration {index}, mutations {steps}\n\n{detail}\n", encoding="utf-8"
    )
    return target


def reproduce(path: Path, stage: str) -> int:
    """One input in this process, every stage called directly: exceptions come through."""
    from pipeline.engines import get_engines
    from pipeline.runner import outputs_for
    from stages import decide, detect, ingest, record, redact, verify

    config = Config(lang="en")
    try:
        document = ingest.run(path, config)
    except InputError as exc:
        print(f"InputError {exc.key}: {exc.render('en')}")
        return 0
    print(f"ingested: {document.format}, {len(document.text)} characters")
    if stage == "review":
        from pipeline.model import Review

        out = Path(tempfile.mkdtemp(prefix="baomi-repro-"))
        try:
            review = Review(document=document, outputs=outputs_for(Job(path, out), document.format))
            engines = get_engines(config)
            detect.run(review, engines)
            decide.run(review, config)
            redact.run(review, config, engines)
            verify.run(review)
            record.run(review)
            print(f"reviewed: {len(review.findings)} findings, leak check {review.leak_check}")
        finally:
            shutil.rmtree(out, ignore_errors=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--iterations", "-n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--stage", choices=["ingest", "review"], default="ingest")
    parser.add_argument("--formats", nargs="*", choices=["docx", "pdf"], default=None)
    parser.add_argument("--samples", type=Path, default=ROOT / "samples" / "documents")
    parser.add_argument("--save", type=Path, default=ROOT / "fuzz" / "findings")
    parser.add_argument("--jobs", "-j", type=int, default=2, help="worker processes")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per input")
    parser.add_argument("--batch", type=int, default=200, help="inputs written at a time")
    parser.add_argument("--only", type=int, default=None, help="run only this iteration")
    parser.add_argument("--reproduce", type=Path, help="run one saved input in-process")
    args = parser.parse_args(argv)
    if args.reproduce:
        return reproduce(args.reproduce, args.stage)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
