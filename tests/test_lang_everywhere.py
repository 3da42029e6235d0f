"""Every user-facing word in the user's language (issue 13 item 12): the main commands run on a
real case in Chinese and in English — review, check, case list/show, the refused and the
accepted steps (decide, refer, secrecy, redact, sign, publish), form (PDF and DOCX), ledger,
catalogue, user, register, audit — and, once the document's own values (its lines, the
findings' text and context, the people's names, paths, the unit's configured carrier) are
taken out, the English output has no Chinese character left and the Chinese output no raw
English value (决定：keep, personal_privacy, PERSON, an English exception text)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from pipeline.config import Config
from tests.office import ensure_people, run

DOCUMENT = [
    "某某局文件",
    "某局发〔2025〕7号",
    "关于张三申请政府信息公开的答复",
    "申请人：张三，公民身份号码：11010519491231002X，联系电话：13834409126。",
    "经核实，申请人家住某某市某某区和平西街12号3单元401室。",
    "本机关工作人员李四负责办理，咨询电话：0350-3021234。",
    "某某局",
    "2025年3月5日",
]
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
# Words the tables have a Chinese label for: raw in Chinese output, they are an untranslated
# value (an action, a status, a category, an entity type, a review level, an exception).
ENGLISH_VALUES = re.compile(
    r"\b(keep|redact|review|pending|pending_confirmation|approved|published|open|confirmed|"
    r"rejected|withheld|none|None|True|False|null|first|second|approval|proactive|"
    r"personal_privacy|state_secret|work_secret|trade_secret|process_info|internal_affairs|"
    r"law_enforcement|security_stability|Error|Exception|Traceback|missing|invalid|"
    r"[A-Z]{2,}(?:_[A-Z]+)+|PERSON)\b"
)
# Identifiers a user types as they are (rule names of ``register relax RULE``).
IDENTIFIERS = ("distinct_signers", "approver_not_drafter")


def _session(tmp_path: Path, lang: str) -> tuple[list[tuple[str, str]], set[str]]:
    """Run the commands in ``lang``; (command, output) pairs and the document's values."""
    root = tmp_path / lang
    root.mkdir()
    register = root / "register.sqlite3"
    document = root / "notice.txt"
    document.write_text("\n".join(DOCUMENT) + "\n", encoding="utf-8")
    broken = root / "broken.docx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    opinion = "同意" if lang == "zh" else "agreed"
    outputs: list[tuple[str, str]] = []

    def go(*args: str, code: int | None = None) -> str:
        result = run(register, *args, "--lang", lang)
        if code is not None:
            assert result.exit_code == code, (args, result.output)
        outputs.append((" ".join(args), result.stdout + result.stderr))
        return result.stdout

    ensure_people(register)
    review = run(register, "review", str(document), "--out", str(root / "out"), "--json")
    case = json.loads(review.stdout)["documents"][0]["case_id"]
    go("review", str(document), "--out", str(root / "again"))
    go("review", str(broken), "--out", str(root / "again"))
    for path in (document, broken):
        result = run(None, "check", str(path), "--lang", lang)
        outputs.append((f"check {path.name}", result.stdout + result.stderr))
    go("case", "list", code=0)
    detail = json.loads(run(register, "case", "show", case, "--json").stdout)
    go("case", "show", case, code=0)
    go("publish", case, "--out", str(root / "pub"), "--by", "陈录入", code=1)
    go("sign", case, "--stage", "审批", "--by", "刘", "--opinion", opinion, code=1)
    go("decide", case, "F9999", "--action", "keep", "--by", "王", "--reason", opinion)
    for finding in detail["findings"]:
        if finding["action"] == "review" and not finding["route"]:
            go("decide", case, finding["id"], "--action", "keep", "--by", "王", "--reason", opinion)
    first = detail["findings"][0]["id"]
    go("refer", case, first, "--by", "王", "--reason", opinion)
    go("secrecy", "confirm", case, first, "--by", "保密办", "--opinion", opinion, "--reject")
    go("redact", case, "--text", "李四", "--by", "王", "--reason", opinion, code=0)
    go("sign", case, "--stage", "初审", "--by", "赵", "--opinion", opinion, code=0)
    go("sign", case, "--stage", "复审", "--by", "赵", "--opinion", opinion, code=1)
    go("sign", case, "--stage", "复审", "--by", "王", "--opinion", opinion, code=0)
    go("sign", case, "--stage", "审批", "--by", "刘", "--opinion", opinion,
       "--attribute", "依申请公开", code=0)  # fmt: skip
    go("case", "show", case, code=0)
    go("case", "list", code=0)
    go("publish", case, "--out", str(root / "pub"), "--by", "陈录入", code=0)
    go("form", case, "--out", str(root / "form.pdf"), code=0)
    go("form", case, "--out", str(root / "form.docx"), code=0)
    go("form", case, "--out", str(root / "form.txt"), code=2)
    go("ledger", "--out", str(root / "ledger.csv"), code=0)
    go("catalogue", code=0)
    go("catalogue", "--out", str(root / "catalogue.csv"), code=0)
    go("user", "list", code=0)
    go("user", "add", "新人", "--role", "drafter", "--by", "赵", code=1)
    go("register", "status", code=0)
    go("register", "rules", code=0)
    go("audit", "verify", code=0)
    go("sign", "C99999", "--stage", "初审", "--by", "赵", "--opinion", opinion, code=2)

    import docx
    import pymupdf

    with pymupdf.open(root / "form.pdf") as pdf:
        # Lines as laid out: a long value (the carrier) may wrap; the cells are what count.
        text = "".join(page.get_text() for page in pdf)
        outputs.append(("form.pdf", "\n".join(re.sub(r"\n(?!\n)", "", text).split("\n\n"))))
    word = docx.Document(str(root / "form.docx"))
    cells = [c.text for t in word.tables for r in t.rows for c in r.cells]
    outputs.append(("form.docx", "\n".join(p.text for p in word.paragraphs) + "\n".join(cells)))
    for name in ("ledger.csv", "catalogue.csv"):
        rows = csv.reader(io.StringIO((root / name).read_text(encoding="utf-8-sig")))
        outputs.append((name, "\n".join("|".join(row) for row in rows)))

    values = {line for line in DOCUMENT}
    values |= {str(root), Config().carrier, "notice.txt", "broken.docx"}
    values |= {"张三", "李四", "赵", "王", "刘", "陈录入", "保密办", "新人"}
    for name in ("管理员", "赵科员", "赵科长", "王处长", "王副局长", "李审核", "录入员",
                 "教育局办公室", "财政局办公室", "刘局长", "市保密局张某", "保密局", "张",
                 "张主任"):  # fmt: skip
        values.add(name)
    for finding in detail["findings"]:
        values.add(finding["text"])
        values.add((finding.get("location") or {}).get("context") or "")
    values |= {detail.get("title") or "", detail.get("doc_number") or ""}
    values |= set(detail.get("issuers") or [])
    values.add(opinion)
    # The document's text as the form and the ledger show it: scrubbed of every redacted value.
    secrets = sorted({f["text"] for f in detail["findings"]} | {"李四"}, key=len, reverse=True)
    for line in [*DOCUMENT, detail.get("title") or ""]:
        for secret in secrets:
            line = line.replace(secret, "［已删除］")
        values.add(line)
    return outputs, {v for v in values if v}


def _without_values(text: str, values: set[str]) -> str:
    text = re.sub(r"\S*/\S*", " ", text)  # paths (they hold the test's folder names)
    for value in sorted(values, key=len, reverse=True):
        text = text.replace(value, " ")
    return text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_command_speaks_the_users_language(tmp_path: Path, lang: str) -> None:
    outputs, values = _session(tmp_path, lang)
    bad: list[str] = []
    for command, output in outputs:
        assert "Traceback" not in output, command
        for line in _without_values(output, values).splitlines():
            if lang == "en" and CJK.search(line):
                bad.append(f"{command}: {line.strip()}")
            if lang == "zh":
                stripped = line
                for identifier in IDENTIFIERS:
                    stripped = stripped.replace(identifier, " ")
                if ENGLISH_VALUES.search(stripped):
                    bad.append(f"{command}: {line.strip()}")
    assert not bad, "\n".join(bad)
