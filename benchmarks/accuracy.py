"""Detection accuracy of the whole pipeline on the labelled corpus of ``benchmarks/corpus.py``.

    .venv/bin/python benchmarks/accuracy.py [--seed N] [--count N] [--keep DIR] [--json]
        [--corpus DIR ...] [--only-corpus] [--peer [GITDIR]]

Generates the corpus into a temporary folder, reviews every document with ``pipeline.review``
and compares the findings with the labels:

- recall per type: a ``redact`` item counts as found when a finding with action ``redact``
  covers it; a ``flag`` item (markings, cues, the disclosure note) when a finding of its type
  covers it, whatever the action;
- precision per entity type of the proposed redactions: a redaction is right when it covers a
  ``redact`` item of its document; one on a ``keep`` item or on unlabelled text is wrong;
- keep violations: ``keep`` items (office phones, credit codes, document numbers, amounts,
  service numbers, masked values, officials) that were redacted;
- marking parse: level, period, start and expiry of each marked document as recorded;
  documents without a marking must have none;
- disclosure attribute: the record's ``disclosure_attribute`` against the label (the
  drafter's note itself is measured as the ``DISCLOSURE_NOTE`` flag).

``--corpus`` adds independently written corpora (``benchmarks/independent.py``), printed side by
side; ``--peer`` adds the peer project's asserted cases (``benchmarks/peer_suite.py``), so one
command prints every measure of detection that was not written with the recognizers.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import generate
from pipeline.api import review
from pipeline.config import Config


def _norm(text: str) -> str:
    return re.sub(r"\s", "", text).translate({cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)})


def _covers(finding: str, item: str) -> bool:
    f, i = _norm(finding), _norm(item)
    if not f or not i:
        return False
    if i in f:
        # A finding much longer than the item (a whole line) does not cover it precisely.
        return len(i) >= 0.5 * len(f) or len(f) - len(i) <= 8
    return f in i and len(f) >= 0.6 * len(i)


def evaluate(labels: list[dict[str, Any]], records: dict[str, dict[str, Any]]) -> dict[str, Any]:
    recall: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    precision: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    keep_violations: list[str] = []
    misses: list[str] = []
    wrong: list[str] = []
    marking = [0, 0]
    marking_errors: list[str] = []
    attribute = [0, 0]
    attribute_errors: list[str] = []
    for label in labels:
        data = records[label["file"]]
        findings = data.get("findings", [])
        redacted = [f for f in findings if f["action"] == "redact"]
        items = label["items"]
        for item in items:
            kind = item["type"]
            if item["expect"] == "redact":
                recall[kind][1] += 1
                if any(_covers(f["text"], item["value"]) for f in redacted):
                    recall[kind][0] += 1
                else:
                    misses.append(f"{label['file']}: {kind} {item['value']}")
            elif item["expect"] == "flag":
                recall[kind][1] += 1
                if any(f["entity_type"] == kind and _covers(f["text"], item["value"])
                       for f in findings):
                    recall[kind][0] += 1
                else:
                    misses.append(f"{label['file']}: {kind} {item['value']}")
            elif any(_covers(f["text"], item["value"]) for f in redacted):
                keep_violations.append(f"{label['file']}: {kind} {item['value']}")
        for finding in redacted:
            precision[finding["entity_type"]][1] += 1
            if any(i["expect"] == "redact" and _covers(finding["text"], i["value"]) for i in items):
                precision[finding["entity_type"]][0] += 1
            else:
                wrong.append(f"{label['file']}: {finding['entity_type']} {finding['text']!r}")
        got = data.get("classification") or {}
        expected = label["marking"]
        marking[1] += 1
        if expected is None:
            ok = got.get("level") is None
        else:
            ok = all(got.get(k) == expected[k] for k in ("level", "period", "marked_on", "expires_on"))
        if ok:
            marking[0] += 1
        else:
            marking_errors.append(f"{label['file']}: expected {expected}, got {got}")
        attribute[1] += 1
        if data.get("disclosure_attribute") == label["attribute"]:
            attribute[0] += 1
        else:
            attribute_errors.append(
                f"{label['file']}: expected {label['attribute']}, got {data.get('disclosure_attribute')}"
            )
    must = [v for k, v in recall.items() if any(
        i["type"] == k and i["expect"] == "redact" for lab in labels for i in lab["items"])]
    found = sum(v[0] for v in must)
    total = sum(v[1] for v in must)
    right = sum(v[0] for v in precision.values())
    proposed_total = sum(v[1] for v in precision.values())
    marked = [lab for lab in labels if lab["marking"]]
    marked_ok = sum(1 for lab in marked if lab["file"] not in " ".join(marking_errors))
    return {
        "documents": len(labels),
        "recall_by_type": {k: v for k, v in sorted(recall.items())},
        "precision_by_type": {k: v for k, v in sorted(precision.items())},
        "recall_must_redact": found / total if total else 1.0,
        "precision_redactions": right / proposed_total if proposed_total else 1.0,
        "keep_violations": keep_violations,
        "marking_parse": [marked_ok, len(marked)],
        "marking_all_documents": marking,
        "attribute": attribute,
        "misses": misses,
        "wrong_redactions": wrong,
        "marking_errors": marking_errors,
        "attribute_errors": attribute_errors,
    }


def _ratio(pair: list[int]) -> str:
    return f"{pair[0] / pair[1]:.3f} ({pair[0]}/{pair[1]})" if pair[1] else "n/a"


def report(result: dict[str, Any]) -> str:
    lines = [f"documents: {result['documents']}", "", f"{'type':24} {'recall':>18} {'precision':>18}"]
    types = sorted(set(result["recall_by_type"]) | set(result["precision_by_type"]))
    for kind in types:
        r = result["recall_by_type"].get(kind)
        p = result["precision_by_type"].get(kind)
        lines.append(f"{kind:24} {_ratio(r) if r else '-':>18} {_ratio(p) if p else '-':>18}")
    lines += [
        "",
        f"recall of must-redact items:       {result['recall_must_redact']:.4f}",
        f"precision of proposed redactions:  {result['precision_redactions']:.4f}",
        f"keep items redacted:               {len(result['keep_violations'])}",
        f"marking parse (marked documents):  {_ratio(result['marking_parse'])}",
        f"marking (all documents, no FP):    {_ratio(result['marking_all_documents'])}",
        f"disclosure attribute:              {_ratio(result['attribute'])}",
    ]
    for title, key in (("missed", "misses"), ("wrong redactions", "wrong_redactions"),
                       ("keep items redacted", "keep_violations"),
                       ("marking errors", "marking_errors"), ("attribute errors", "attribute_errors")):
        if result[key]:
            lines += ["", f"{title}:"] + [f"  {x}" for x in result[key][:40]]
    return "\n".join(lines)


def run(seed: int, count: int, keep: Path | None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        base = keep or Path(tmp)
        corpus, out = base / "corpus", base / "out"
        labels = generate(corpus, seed=seed, per_template=count)
        config = Config()
        records = {}
        for label in labels:
            result = review(corpus / label["file"], config, out)
            records[label["file"]] = result.data
        return evaluate(labels, records)


def _corpus_name(corpus: Path, corpora: list[Path]) -> str:
    """The folder's name, with its parent's when two corpora share it (dev/out, heldout/out)."""
    same = [c for c in corpora if c.name == corpus.name]
    return corpus.name if len(same) == 1 else f"{corpus.resolve().parent.name}/{corpus.name}"


def main() -> None:
    parser = argparse.ArgumentParser(description="Detection accuracy on labelled corpora")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--count", type=int, default=6, help="documents per template")
    parser.add_argument("--keep", type=Path, help="write the generated corpus and outputs here")
    parser.add_argument(
        "--corpus", type=Path, action="append", default=[],
        help="an independently written corpus folder (labels.json; see benchmarks/independent.py); "
        "repeatable, printed side by side with the generated corpus",
    )
    parser.add_argument("--only-corpus", action="store_true", help="skip the generated corpus")
    parser.add_argument(
        "--peer", nargs="?", const="", default=None, metavar="GITDIR",
        help="also run the peer's suite (benchmarks/peer_suite.py) from the snapshot in GITDIR "
        "(default: where the session tooling's fetch puts it)",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args()
    results: dict[str, Any] = {}
    if not args.only_corpus:
        results["generated"] = run(args.seed, args.count, args.keep)
    if args.corpus:
        from benchmarks.independent import run_corpus

        for corpus in args.corpus:
            results[_corpus_name(corpus, args.corpus)] = run_corpus(corpus)
    peer: dict[str, Any] | None = None
    if args.peer is not None:
        from benchmarks import peer_suite

        peer = peer_suite.run(args.peer or peer_suite.DEFAULT_REPO)
    if args.json:
        print(json.dumps({**results, **({"peer": peer} if peer else {})}, ensure_ascii=False,
                         indent=1))
        return
    if len(results) > 1:
        from benchmarks.independent import side_by_side

        print(side_by_side(results))
    for name, result in results.items():
        print(f"\n===== {name} =====")
        print(report(result))
        for title, key in (("errors", "errors"), ("not reviewable", "not_reviewable"),
                           ("values left in publishable copies", "left_in_copies")):
            if result.get(key):
                print(f"\n{title}:")
                print("\n".join(f"  {x}" for x in result[key][:60]))
    if peer is not None:
        from benchmarks import peer_suite

        print("\n===== peer suite =====")
        print(peer_suite.report(peer))


if __name__ == "__main__":
    main()
