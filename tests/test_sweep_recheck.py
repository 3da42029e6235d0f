"""``baomi recheck`` (复查) on a register in SQLite and on PostgreSQL: cases whose situation
changed are listed — a classification period that ran out (until the declassification is
recorded), a draft withheld as process information once its final text is in the register, a
third party's consent recorded after publication, and a published case reviewed with an older
recognizer set that today's recognizers, re-run on the stored original, find more in (or whose
original is gone). Nothing else is listed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

ID_NUMBER = "11010519491231002X"
MOBILE = "13834409126"
TODAY = "2026-01-15"


def cli(register: Path | str, *args: str) -> Result:
    """``baomi ARGS`` on ``register``, where the office of ``tests.office`` is registered,
    acting as the user ``--by`` names."""
    from tests.office import ensure_people, run

    ensure_people(register)
    return run(register, *args)


def ok(register: Path | str, *args: str) -> Result:
    result = cli(register, *args)
    assert result.exit_code == 0, result.output
    return result


def review(register: Path | str, path: Path, out: Path) -> str:
    result = cli(register, "review", str(path), "--out", str(out), "--json", "--jobs", "1")
    entry = json.loads(result.stdout)["documents"][0]
    assert entry["error"] is None, entry
    return entry["case_id"]


def recheck(register: Path | str, *extra: str) -> tuple[int, list[dict[str, Any]]]:
    result = cli(register, "recheck", "--json", "--today", TODAY, "--lang", "en", *extra)
    assert "Traceback" not in result.output
    return result.exit_code, json.loads(result.stdout)["changes"]


def kinds(changes: list[dict[str, Any]]) -> set[tuple[str, str]]:
    return {(c["case_id"], c["kind"]) for c in changes}


def publish(register: Path | str, case: str, out: Path) -> None:
    detail = json.loads(ok(register, "case", "show", case, "--json").stdout)
    for finding in detail["findings"]:
        if finding["action"] == "review" and not finding["route"]:
            ok(register, "decide", case, finding["id"], "--action", "keep", "--by", "李审核",
               "--reason", "应当公开")  # fmt: skip
    for stage, person in (("初审", "赵科员"), ("复审", "王处长"), ("审批", "刘局长")):
        ok(register, "sign", case, "--stage", stage, "--by", person, "--opinion", "同意")
    ok(register, "publish", case, "--out", str(out), "--by", "陈录入")


@pytest.fixture(params=["sqlite", "postgresql"])
def register(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """A SQLite file, or a new database of the session's real PostgreSQL server."""
    if request.param == "sqlite":
        return tmp_path / "register.sqlite3"
    return request.getfixturevalue("postgres").new_database()


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_expired_marking_is_due_for_declassification(tmp_path: Path, register: Path | str) -> None:
    marked = write(tmp_path / "marked.txt", ["秘密★1年", "关于某事项的通知", "各单位：",
                                            "现将有关事项通知如下。", "某某局", "2020年3月1日"])  # fmt: skip
    in_force = write(tmp_path / "force.txt", ["机密★20年", "关于另一事项的通知", "各单位：",
                                             "现将有关事项通知如下。", "某某局", "2020年3月1日"])  # fmt: skip
    case = review(register, marked, tmp_path / "out")
    review(register, in_force, tmp_path / "out")
    code, changes = recheck(register)
    assert kinds(changes) == {(case, "declassify_due")}
    assert changes[0]["expires"] == "2021-03-01" and changes[0]["marking"] == "秘密★1年"
    assert code == 1
    # Before the period ran out, nothing was due.
    code, changes = recheck(register, "--today", "2020-12-31")
    assert (code, changes) == (0, [])
    ok(register, "declassify", case, "--by", "保密办", "--basis", "期限届满，经审核解密")
    assert recheck(register) == (0, [])


def test_draft_withheld_as_process_information_once_the_final_text_exists(
    tmp_path: Path, register: Path | str
) -> None:
    body = [
        "第一条 为加强城市绿化管理，制定本办法。",
        "第二条 本办法自发布之日起施行。",
        "某某市园林局",
    ]
    draft = write(
        tmp_path / "draft.txt", ["关于加强城市绿化管理的办法（征求意见稿）", *body, "2025年3月1日"]
    )
    case = review(register, draft, tmp_path / "out")
    ok(register, "sign", case, "--stage", "初审", "--by", "赵科员", "--opinion", "过程性信息",
       "--attribute", "不予公开")  # fmt: skip
    assert recheck(register) == (0, [])  # still a draft: the process goes on
    final = write(tmp_path / "final.txt", ["关于加强城市绿化管理的办法", *body, "2025年6月1日"])
    final_case = review(register, final, tmp_path / "out")
    code, changes = recheck(register)
    assert kinds(changes) == {(case, "process_ended")}
    assert changes[0]["case"] == final_case
    assert code == 1


def test_third_party_consent_recorded_after_publication(
    tmp_path: Path, register: Path | str
) -> None:
    reply = write(tmp_path / "reply.txt", ["关于政府信息公开申请的答复", "申请人：",
                                          f"联系电话：{MOBILE}", "经查，现答复如下。", "某某局",
                                          "2025年5月6日"])  # fmt: skip
    case = review(register, reply, tmp_path / "out")
    publish(register, case, tmp_path / "published")
    assert recheck(register) == (0, [])
    refused = cli(register, "third-party-consent", case, "--party", "申请人", "--finding", "F9999",
                  "--by", "李审核", "--lang", "en")  # fmt: skip
    assert refused.exit_code == 1 and "F9999" in refused.stderr
    drafter = cli(register, "third-party-consent", case, "--party", "申请人", "--by", "赵科员",
                  "--lang", "en")  # fmt: skip
    assert drafter.exit_code == 1 and "may not record a third party's consent" in drafter.stderr
    ok(register, "third-party-consent", case, "--party", "申请人", "--by", "李审核")
    code, changes = recheck(register)
    assert kinds(changes) == {(case, "consent")}
    assert changes[0]["party"] == "申请人" and changes[0]["count"] == 1
    assert code == 1
    assert ok(register, "audit", "verify").exit_code == 0


def test_published_with_older_recognizers(
    tmp_path: Path, register: Path | str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline import engines, recognizer_registry

    lines = ["关于某某事项的说明", f"联系人身份证号：{ID_NUMBER}", f"联系人手机：{MOBILE}",
             "某某局", "2025年5月6日"]  # fmt: skip
    reply = write(tmp_path / "reply.txt", lines)
    gone = write(tmp_path / "gone.txt", [*lines[:2], "其余略。", *lines[3:]])
    # The older set: no mobile recognizer yet, and its own version.
    with monkeypatch.context() as older:
        builtin = recognizer_registry.builtin_classes
        older.setattr(engines, "_cache", {})
        older.setattr(
            recognizer_registry,
            "builtin_classes",
            lambda: [c for c in builtin() if c.__name__ != "MobileRecognizer"],
        )
        older.setattr(recognizer_registry, "recognizer_set_version", lambda: "older-set")
        case = review(register, reply, tmp_path / "out")
        gone_case = review(register, gone, tmp_path / "out")
        detail = json.loads(ok(register, "case", "show", case, "--json").stdout)
        assert "CN_MOBILE" not in {f["entity_type"] for f in detail["findings"]}
        publish(register, case, tmp_path / "published")
        publish(register, gone_case, tmp_path / "published")
    gone.unlink()
    code, changes = recheck(register)
    assert kinds(changes) == {(case, "new_findings"), (gone_case, "original_missing")}
    new = next(c for c in changes if c["kind"] == "new_findings")
    assert new["entities"] == {"CN_MOBILE": 1}
    assert MOBILE not in json.dumps(changes)
    assert code == 1
    # A case reviewed with today's set is not re-run.
    fresh = write(tmp_path / "fresh.txt", lines)
    fresh.write_text(fresh.read_text(encoding="utf-8") + "补充。\n", encoding="utf-8")
    fresh_case = review(register, fresh, tmp_path / "out")
    publish(register, fresh_case, tmp_path / "published")
    _, changes = recheck(register)
    assert fresh_case not in {c["case_id"] for c in changes}
