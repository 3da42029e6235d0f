"""Who may do what: every step is taken by a registered, active user whose role allows it;
初审, 复审 and 审批 are three different people and the approver is not the drafter, unless the
office relaxed the rule (then the record and the ledger say so); empty names, opinions, reasons
and bases are refused. Each rule refuses with one clear line, in Chinese and in English."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import Result

from tests.office import ADMIN, add_people, password_of, run

PEOPLE = {
    ADMIN: ("admin",),
    "赵科员": ("drafter",),
    "王处长": ("reviewer",),
    "陈录入": ("reviewer",),
    "刘局长": ("approver",),
    "张保密": ("secrecy",),
    "钱多面": ("drafter", "reviewer", "approver"),
}
MOBILE = "13834409126"
SECRET = "某型号装备"


@pytest.fixture
def register(tmp_path: Path) -> Path:
    path = tmp_path / "register.sqlite3"
    add_people(path, PEOPLE)
    return path


def cli(register: Path, *args: str, env: dict[str, str] | None = None) -> Result:
    return run(register, *args, env=env)


def ok(register: Path, *args: str) -> Result:
    result = cli(register, *args)
    assert result.exit_code == 0, result.output
    return result


def refused(register: Path, *args: str, code: int = 1) -> str:
    result = cli(register, *args)
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def open_case(register: Path, tmp_path: Path, by: str = "赵科员", secret: bool = False) -> str:
    lines = ["关于某事的通知", f"联系电话：{MOBILE}。"]
    extra: list[str] = []
    if secret:
        lines.append(f"{SECRET}的采购已经完成。")
        terms = tmp_path / "terms.txt"
        terms.write_text(f"state_secret\t{SECRET}\n", encoding="utf-8")
        extra = ["--terms", str(terms)]
    document = tmp_path / f"n{len(list(tmp_path.glob('n*.txt')))}.txt"
    document.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = cli(
        register, "review", str(document), "--out", str(tmp_path / "out"), "--json",
        "--as", by, *extra,
    )  # fmt: skip
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["documents"][0]["case_id"]


def show(register: Path, case: str) -> dict:
    return json.loads(ok(register, "case", "show", case, "--json").stdout)


def sign(register: Path, case: str, stage: str, by: str, *extra: str) -> list[str]:
    return ["sign", case, "--stage", stage, "--by", by, "--opinion", "同意", *extra]


def keep_open_findings(register: Path, case: str) -> None:
    for finding in show(register, case)["findings"]:
        if finding["action"] == "review" and not finding["route"]:
            ok(register, "decide", case, finding["id"], "--action", "keep", "--by", "王处长",
               "--reason", "应当公开")  # fmt: skip


# --------------------------------------------------------------------------- roles


@pytest.mark.parametrize(
    ("stage", "by", "zh", "en"),
    [
        ("初审", "刘局长", "刘局长（角色：审批人）不能签署初审意见：须由承办人、审核人办理",
         "刘局长 (roles: approver) may not sign the first review: that is for the "
         "drafter, reviewer"),
        ("初审", ADMIN, "不能签署初审意见", "may not sign the first review"),
        ("初审", "张保密", "不能签署初审意见", "may not sign the first review"),
    ],
)  # fmt: skip
def test_first_review_needs_a_drafter_or_reviewer(
    register: Path, tmp_path: Path, stage: str, by: str, zh: str, en: str
) -> None:
    case = open_case(register, tmp_path)
    assert zh in refused(register, *sign(register, case, stage, by))
    assert en in refused(register, *sign(register, case, stage, by), "--lang", "en")
    assert show(register, case)["signed"] == []


def test_second_review_needs_a_reviewer(register: Path, tmp_path: Path) -> None:
    case = open_case(register, tmp_path)
    ok(register, *sign(register, case, "初审", "赵科员"))
    for by in ("刘局长", "张保密", ADMIN):
        line = refused(register, *sign(register, case, "复审", by))
        assert f"{by}（角色：" in line and "不能签署复审意见：须由审核人办理" in line


def test_approval_needs_an_approver(register: Path, tmp_path: Path) -> None:
    case = open_case(register, tmp_path)
    keep_open_findings(register, case)
    ok(register, *sign(register, case, "初审", "赵科员"))
    ok(register, *sign(register, case, "复审", "王处长"))
    line = refused(register, *sign(register, case, "审批", "陈录入"))
    assert "陈录入（角色：审核人）不能签署审批意见：须由审批人办理" in line
    line = refused(register, *sign(register, case, "审批", "陈录入"), "--lang", "en")
    assert "may not sign the approval: that is for the approver" in line
    ok(register, *sign(register, case, "审批", "刘局长"))


def test_only_the_secrecy_role_answers_the_secrecy_office_queue(
    register: Path, tmp_path: Path
) -> None:
    case = open_case(register, tmp_path, secret=True)
    routed = [f["id"] for f in show(register, case)["findings"] if f["route"]]
    assert routed
    answer = ["secrecy", "confirm", case, *routed, "--opinion", "属于国家秘密"]
    for by in ("刘局长", "王处长", ADMIN, "钱多面"):
        line = refused(register, *answer, "--by", by)
        assert "不能答复保密审查事项：须由保密工作部门办理" in line
    line = refused(register, *answer, "--by", "王处长", "--lang", "en")
    assert "may not answer for the secrecy office: that is for the secrecy office" in line
    ok(register, *answer, "--by", "张保密")
    detail = show(register, case)
    assert {f["secrecy_office"]["by"] for f in detail["findings"] if f["route"]} == {"张保密"}


@pytest.mark.parametrize(
    ("args", "by", "step_zh"),
    [
        (("decide", "{case}", "F0001", "--action", "keep", "--reason", "应当公开"), "张保密",
         "不能决定审查项的处理"),
        (("declassify", "{case}", "--basis", "期限已满"), "王处长", "不能登记解密"),
        (("consent", "{case}", "--issuer", "某某局"), "赵科员", "不能登记联合发文机关同意意见"),
        (("publish", "{case}", "--out", "{pub}"), "刘局长", "不能公开文件"),
        (("publish", "{case}", "--out", "{pub}"), ADMIN, "不能公开文件"),
    ],
)  # fmt: skip
def test_each_step_needs_its_role(
    register: Path, tmp_path: Path, args: tuple[str, ...], by: str, step_zh: str
) -> None:
    case = open_case(register, tmp_path)
    filled = [a.format(case=case, pub=tmp_path / "pub") for a in args]
    line = refused(register, *filled, "--by", by)
    assert f"{by}（角色：" in line and step_zh in line
    assert not (tmp_path / "pub").exists()


def test_admin_takes_no_workflow_step_and_others_manage_no_users(
    register: Path, tmp_path: Path
) -> None:
    line = refused(register, "user", "add", "新人", "--role", "drafter", "--by", "刘局长")
    assert "刘局长（角色：审批人）不能管理用户：须由管理员办理" in line
    line = refused(
        register, "register", "relax", "distinct_signers", "--reason", "人少", "--by", "王处长"
    )
    assert "不能调整职责分离规则" in line


# --------------------------------------------------------------------------- who is acting


def test_unregistered_disabled_and_unproven_users_are_refused(
    register: Path, tmp_path: Path
) -> None:
    case = open_case(register, tmp_path)
    result = cli(register, *sign(register, case, "初审", "路人甲"), env={"BAOMI_TOKEN": ""})
    assert result.exit_code == 1 and "“路人甲”不是审查登记库中的用户" in result.stderr
    result = cli(register, *sign(register, case, "初审", "赵科员"), env={"BAOMI_TOKEN": "nope"})
    assert result.exit_code == 1 and "不存在，或令牌/密码不正确" in result.stderr
    result = cli(register, *sign(register, case, "初审", "路人甲"), env={"BAOMI_TOKEN": "nope"})
    assert "不存在，或令牌/密码不正确" in result.stderr  # the same words: names are not probed
    result = cli(register, "sign", case, "--stage", "初审", "--opinion", "同意", env={})
    assert result.exit_code == 1 and "没有指明操作人" in result.stderr
    result = cli(
        register, "sign", case, "--stage", "初审", "--opinion", "同意", "--lang", "en",
        env={"BAOMI_USER": "赵科员", "BAOMI_TOKEN": ""},
    )  # fmt: skip
    assert "user 赵科员 needs a token or password" in result.stderr
    ok(register, "user", "disable", "赵科员", "--by", ADMIN)
    line = refused(register, *sign(register, case, "初审", "赵科员"))
    assert "用户 赵科员 已停用" in line
    assert show(register, case)["signed"] == []


def test_environment_names_the_user(register: Path, tmp_path: Path) -> None:
    case = open_case(register, tmp_path)
    result = cli(
        register, "sign", case, "--stage", "初审", "--opinion", "可公开",
        env={"BAOMI_USER": "赵科员", "BAOMI_TOKEN": password_of("赵科员")},
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert show(register, case)["signoffs"][0]["by"] == "赵科员"


@pytest.mark.parametrize(
    ("args", "zh", "en"),
    [
        (("sign", "{case}", "--stage", "初审", "--by", "赵科员", "--opinion", "  "),
         "意见不能为空", "the opinion is empty"),
        (("decide", "{case}", "F0001", "--action", "keep", "--by", "王处长", "--reason", ""),
         "理由不能为空", "the reason is empty"),
        (("declassify", "{case}", "--by", "张保密", "--basis", " "), "依据不能为空",
         "the basis is empty"),
        (("sign", "{case}", "--stage", "初审", "--by", "", "--opinion", "同意"), "姓名不能为空",
         "the name is empty"),
    ],
)  # fmt: skip
def test_empty_names_and_opinions_are_refused(
    register: Path, tmp_path: Path, args: tuple[str, ...], zh: str, en: str
) -> None:
    case = open_case(register, tmp_path)
    filled = [a.format(case=case) for a in args]
    env = {"BAOMI_TOKEN": ""} if filled[filled.index("--by") + 1] == "" else None
    result = cli(register, *filled, env=env)
    assert result.exit_code == 1 and zh in result.stderr, result.output
    result = cli(register, *filled, "--lang", "en", env=env)
    assert en in result.stderr, result.output


# --------------------------------------------------------------------------- separation of duties


def test_three_levels_are_three_people(register: Path, tmp_path: Path) -> None:
    case = open_case(register, tmp_path)
    keep_open_findings(register, case)
    ok(register, *sign(register, case, "初审", "钱多面"))
    line = refused(register, *sign(register, case, "复审", "钱多面"))
    assert "钱多面 已签署初审，不能再签署复审" in line and "三个不同的人" in line
    assert "baomi register relax distinct_signers" in line
    line = refused(register, *sign(register, case, "复审", "钱多面"), "--lang", "en")
    assert "钱多面 signed first review and cannot sign second review" in line
    ok(register, *sign(register, case, "复审", "王处长"))
    line = refused(register, *sign(register, case, "审批", "钱多面"))
    assert "钱多面 已签署初审，不能再签署审批" in line
    ok(register, *sign(register, case, "审批", "刘局长"))


def test_the_approver_is_not_the_drafter(register: Path, tmp_path: Path) -> None:
    case = open_case(register, tmp_path, by="钱多面")
    assert show(register, case)["drafter"] == "钱多面"
    keep_open_findings(register, case)
    ok(register, *sign(register, case, "初审", "赵科员"))
    ok(register, *sign(register, case, "复审", "王处长"))
    line = refused(register, *sign(register, case, "审批", "钱多面"))
    assert f"钱多面 是案卷 {case} 的承办人（提交审查的人），不能审批本案卷" in line
    line = refused(register, *sign(register, case, "审批", "钱多面"), "--lang", "en")
    assert f"钱多面 submitted case {case} and cannot approve it" in line
    ok(register, *sign(register, case, "审批", "刘局长"))


def test_relaxed_rules_are_said_in_the_record_and_the_ledger(
    register: Path, tmp_path: Path
) -> None:
    case = open_case(register, tmp_path, by="钱多面")
    keep_open_findings(register, case)
    line = refused(register, "register", "relax", "distinct_signers", "--reason", " ",
                   "--by", ADMIN)  # fmt: skip
    assert "理由不能为空" in line
    reason = "本单位仅有两名工作人员"
    ok(register, "register", "relax", "distinct_signers", "--reason", reason, "--by", ADMIN)
    ok(register, "register", "relax", "approver_not_drafter", "--reason", reason, "--by", ADMIN)
    rules = json.loads(ok(register, "register", "rules", "--json").stdout)
    assert {r["rule"]: r["relaxed"] for r in rules} == {
        "distinct_signers": True,
        "approver_not_drafter": True,
    }
    ok(register, *sign(register, case, "初审", "钱多面", "--attribute", "主动公开"))
    ok(register, *sign(register, case, "复审", "王处长"))
    ok(register, *sign(register, case, "审批", "钱多面"))
    ok(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "陈录入")
    record = json.loads(next((tmp_path / "pub").glob("*.record.json")).read_text("utf-8"))
    relaxed = record["approval"]["relaxed_rules"]
    assert [(r["stage"], r["rule"], r["reviewer"]) for r in relaxed] == [
        ("审批", "distinct_signers", "钱多面"),
        ("审批", "approver_not_drafter", "钱多面"),
    ]
    assert all(r["reason"] == reason for r in relaxed)
    ledger = tmp_path / "ledger.csv"
    ok(register, "ledger", "--out", str(ledger))
    row = next(csv.DictReader(ledger.read_text("utf-8-sig").splitlines()))
    assert "放宽" in row["职责分离规则放宽说明"] and reason in row["职责分离规则放宽说明"]
    ok(register, "audit", "verify")


def test_enforcing_again_refuses_again(register: Path, tmp_path: Path) -> None:
    case = open_case(register, tmp_path)
    ok(register, "register", "relax", "distinct_signers", "--reason", "人少", "--by", ADMIN)
    ok(register, "register", "enforce", "distinct_signers", "--by", ADMIN)
    line = refused(register, "register", "enforce", "distinct_signers", "--by", ADMIN)
    assert "已是该状态" in line
    ok(register, *sign(register, case, "初审", "钱多面"))
    assert "三个不同的人" in refused(register, *sign(register, case, "复审", "钱多面"))
    # Without relaxation a sign-off carries no note.
    assert show(register, case)["relaxations"] == []
