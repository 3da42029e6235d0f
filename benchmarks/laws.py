"""Precision on clean text: Chinese laws and regulations from LawRefBook/Laws.

    .venv/bin/python benchmarks/laws.py [--repo GITDIR] [--others N | --all] [--json]

Laws are what a disclosure office publishes most and what must come out untouched: they hold
no personal data, no classification marking, and many of them talk about 国家秘密 and 保密
(不得将依法应当公开的事项确定为国家秘密: a law that mentions state secrets is not one). Every
redaction baomi proposes on them is a false positive, every ``review`` finding work a person
has to do for nothing. The corpus was not written with baomi: LawRefBook/Laws collects the
texts of the national laws database (flk.npc.gov.cn) as Markdown. Nothing of it is copied
here; ``--repo`` names a git directory holding its snapshot (default
``/work/.mirror/LawRefBook+Laws/repo``; ``git clone --bare https://github.com/LawRefBook/Laws
DIR`` gives the same), read from the commit at ``HEAD`` at run time; a missing snapshot is one
line and exit 2.

The sample, deterministic for a given snapshot:

- the pool is the national level: laws (宪法, 宪法相关法, 民法典, 民法商法, 行政法, 经济法,
  社会法, 刑法, 诉讼与非诉讼程序法, 其他), 行政法规 and 部门规章; the local regulations
  (``DLC/``), judicial interpretations and cases are left out; of a law kept in several
  versions (``name(YYYY-MM-DD).md``) only the latest;
- every text of the pool that contains 国家秘密 or 保密 (350 of the 1,007 in the 2025
  snapshot, about 2.9 million characters: more than the 120 texts / 1–2 million characters
  first planned, but the point is that none of them is left out);
- plus the first ``--others`` (default 50) of the remaining texts in the order of the SHA-256
  of their path; ``--all`` takes the whole pool instead.

Each text is reviewed as a ``.txt`` file after removing the Markdown markup only (``#``
heading marks and the ``<!-- INFO END -->`` line). The report gives the characters
reviewed, the classification markings found (the record's ``classification.level`` or a
``CLASSIFICATION_MARKING`` finding: must be 0), the proposed redactions per 100,000
characters (goal ≤ 0.5), and every redaction and ``review`` finding with its type and ±15
characters of context, grouped by entity type.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.snapshot import Snapshot, open_snapshot
from benchmarks.textreview import Reviewer

DEFAULT_REPO = "/work/.mirror/LawRefBook+Laws/repo"
CORPUS = "LawRefBook/Laws"
NATIONAL = (
    "宪法", "宪法相关法", "民法典", "民法商法", "行政法", "经济法", "社会法", "刑法",
    "诉讼与非诉讼程序法", "其他", "行政法规", "部门规章",
)  # fmt: skip
SECRECY = re.compile("国家秘密|保密")
VERSIONED = re.compile(r"^(?P<name>.+?)(?:\((?P<date>\d{4}-\d{2}-\d{2})\))?\.md$")
GOAL_PER_100K = 0.5
CONTEXT = 15


@dataclass(frozen=True, slots=True)
class Law:
    path: str
    blob: str
    title: str
    text: str

    @property
    def secrecy(self) -> bool:
        return bool(SECRECY.search(self.text))


def clean(markdown: str) -> str:
    """The law's text without its Markdown markup."""
    lines = []
    for line in markdown.splitlines():
        if line.strip() == "<!-- INFO END -->":
            continue
        lines.append(re.sub(r"^#+\s*", "", line))
    return "\n".join(lines).strip() + "\n"


def pool(snap: Snapshot) -> list[Law]:
    """The latest version of every national law, regulation and rule, in path order."""
    latest: dict[tuple[str, str], tuple[str, str, str]] = {}
    for path, blob in snap.files():
        parts = path.split("/")
        if len(parts) < 2 or parts[0] not in NATIONAL or parts[-1] == "_index.md":
            continue
        m = VERSIONED.match(parts[-1])
        if m is None:
            continue
        key = (parts[0], m.group("name"))
        date = m.group("date") or ""
        if key not in latest or date > latest[key][0]:
            latest[key] = (date, path, blob)
    chosen = sorted((path, blob, key[1]) for key, (_, path, blob) in latest.items())
    texts = snap.read_blobs([blob for _, blob, _ in chosen])
    return [
        Law(path, blob, title, clean(text))
        for (path, blob, title), text in zip(chosen, texts, strict=True)
    ]


def sample(laws: list[Law], others: int, everything: bool) -> list[Law]:
    if everything:
        return laws
    rest = sorted(
        (law for law in laws if not law.secrecy),
        key=lambda law: hashlib.sha256(law.path.encode()).hexdigest(),
    )
    keep = {law.path for law in laws if law.secrecy} | {law.path for law in rest[:others]}
    return [law for law in laws if law.path in keep]


def _context(text: str, start: int, end: int) -> str:
    before = text[max(0, start - CONTEXT) : start]
    after = text[end : end + CONTEXT]
    return f"{before}【{text[start:end]}】{after}".replace("\n", "⏎")


def run(repo: str, others: int, everything: bool) -> dict[str, Any]:
    snap = open_snapshot(repo, CORPUS)
    laws = pool(snap)
    chosen = sample(laws, others, everything)
    items: dict[str, list[dict[str, Any]]] = defaultdict(list)
    markings: list[dict[str, Any]] = []
    errors: list[str] = []
    redactions = reviews = 0
    started = time.perf_counter()
    with Reviewer() as reviewer:
        for law in chosen:
            result = reviewer.review(law.text, "law")
            if result.error:
                errors.append(f"{law.path}: {result.error}")
            if result.classification:
                markings.append({"law": law.path, "level": result.classification})
            for f in result.findings:
                if f["entity_type"] == "CLASSIFICATION_MARKING":
                    markings.append({"law": law.path, "finding": f["text"]})
                if f["action"] not in ("redact", "review"):
                    continue
                span = result.span(f)
                ctx = _context(law.text, *span) if span else f["text"]
                items[f["entity_type"]].append(
                    {"law": law.title, "path": law.path, "action": f["action"],
                     "text": f["text"], "context": ctx, "score": f.get("score")}
                )  # fmt: skip
                if f["action"] == "redact":
                    redactions += 1
                else:
                    reviews += 1
    chars = sum(len(law.text) for law in chosen)
    return {
        "source": {"repo": CORPUS, "commit": snap.commit(), "pool": len(laws),
                   "pool_chars": sum(len(law.text) for law in laws)},
        "sample": {
            "texts": len(chosen),
            "secrecy_texts": sum(law.secrecy for law in chosen),
            "others": sum(not law.secrecy for law in chosen),
            "all": everything,
        },
        "characters": chars,
        "seconds": round(time.perf_counter() - started, 1),
        "classification_markings": markings,
        "redactions": redactions,
        "reviews": reviews,
        "redactions_per_100k": round(redactions * 100_000 / chars, 3) if chars else 0.0,
        "reviews_per_100k": round(reviews * 100_000 / chars, 3) if chars else 0.0,
        "goal_per_100k": GOAL_PER_100K,
        "texts_with_redactions": len({i["path"] for v in items.values() for i in v
                                      if i["action"] == "redact"}),
        "by_type": {t: v for t, v in sorted(items.items(), key=lambda kv: -len(kv[1]))},
        "errors": errors,
    }  # fmt: skip


def report(r: dict[str, Any]) -> str:
    s = r["sample"]
    verdict = "met" if r["redactions_per_100k"] <= r["goal_per_100k"] else "NOT met"
    lines = [
        f"Laws: {r['source']['repo']} @ {r['source']['commit'][:7]}; pool {r['source']['pool']} "
        f"national texts ({r['source']['pool_chars']:,} characters)",
        f"Sample: {s['texts']} texts ({s['secrecy_texts']} mention 国家秘密/保密, "
        f"{s['others']} others{', the whole pool' if s['all'] else ''}), "
        f"{r['characters']:,} characters reviewed in {r['seconds']} s",
        f"Classification markings found: {len(r['classification_markings'])} (must be 0)",
        f"Redactions proposed: {r['redactions']} = {r['redactions_per_100k']} per 100k characters "
        f"(goal ≤ {r['goal_per_100k']}: {verdict}), in {r['texts_with_redactions']} texts",
        f"Review findings: {r['reviews']} = {r['reviews_per_100k']} per 100k characters",
    ]
    for m in r["classification_markings"]:
        lines.append(f"  marking in {m['law']}: {m.get('level') or m.get('finding')}")
    for entity_type, found in r["by_type"].items():
        actions = Counter(i["action"] for i in found)
        common = Counter(i["text"] for i in found).most_common(5)
        lines += [
            "",
            f"{entity_type}: {len(found)} ({', '.join(f'{a} {n}' for a, n in actions.items())}); "
            f"most frequent: {', '.join(f'{t!r}×{n}' for t, n in common)}",
        ]
        for i in found:
            lines.append(f"  {i['action']:<6} {i['context']}  [{i['law']}]")
    if r["errors"]:
        lines += ["", "Errors:", *(f"  {e}" for e in r["errors"])]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description="Precision of baomi on Chinese laws")
    parser.add_argument("--repo", default=DEFAULT_REPO, help="git directory of the snapshot")
    parser.add_argument(
        "--others",
        type=int,
        default=50,
        help="texts without 国家秘密/保密 added to the sample (default 50)",
    )
    parser.add_argument("--all", action="store_true", help="review the whole national pool")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args()
    result = run(args.repo, args.others, args.all)
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else report(result))


if __name__ == "__main__":
    main()
