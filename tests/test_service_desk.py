"""What the web desk asks of the service layer, without the web: a person's work per role
(with the secrecy office's due dates in working days by the holiday calendar), who may read a
case, the steps offered to each role, sending a finding to the secrecy office (``refer``:
withheld and blocking until the office answers, and answered like a routed one), and the
case's audit trail with the chain's state."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.workflow.register import Register
from tests.office import add_people

PEOPLE = {
    "管理员": ("admin",),
    "赵科员": ("drafter",),
    "钱科员": ("drafter",),
    "王处长": ("reviewer",),
    "保密办": ("secrecy",),
    "刘局长": ("approver",),
}


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    from pipeline.workflow.register import open_register

    path = tmp_path / "register.sqlite3"
    add_people(path, PEOPLE)
    handle = open_register(f"sqlite:///{path}")
    yield handle
    handle.close()


def open_case(register: Register, tmp_path: Path, lines: list[str]) -> str:
    from pipeline.config import Config
    from pipeline.runner import Job, review_document
    from pipeline.service.cases import open_case
    from pipeline.service.outcome import Actor

    document = tmp_path / "n.txt"
    document.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _review, result = review_document(Job(document, tmp_path / "out"), Config())
    case, error = open_case(
        register, Actor("赵科员"), path=document, result=result, error_text=None, config=Config()
    )
    assert error is None and case
    return case


def work(
    register: Register, name: str, today: datetime.date | None = None, *, everything: bool = False
) -> dict[str, list]:
    from pipeline.service import desk
    from pipeline.service.outcome import Actor

    outcome = desk.my_work(register, Actor(name), days=3, today=today, everything=everything)
    assert outcome.ok, outcome.render("en")
    return {row["case_id"]: row for row in outcome.value}


def test_my_work_follows_the_roles_and_the_steps(register: Register, tmp_path: Path) -> None:
    from pipeline.service import steps
    from pipeline.service.outcome import Actor

    case = open_case(register, tmp_path, ["关于某事的通知", "联系电话：13834409126。"])
    assert work(register, "赵科员")[case]["tasks"] == ["sign:初审"]
    assert case in work(register, "王处长")  # a reviewer may sign 初审 too
    assert work(register, "钱科员") == {}  # not their case
    assert work(register, "刘局长") == {} and work(register, "保密办") == {}
    assert work(register, "管理员") == {}
    # All cases (the desk's second list): only those each may read.
    assert case in work(register, "王处长", everything=True)
    assert work(register, "钱科员", everything=True) == {}
    assert work(register, "管理员", everything=True) == {}
    assert steps.sign(register, Actor("赵科员"), case, stage="初审", opinion="可公开").ok
    assert work(register, "赵科员") == {}
    assert work(register, "王处长")[case]["tasks"] == ["sign:复审"]
    assert steps.sign(register, Actor("王处长"), case, stage="复审", opinion="同意").ok
    assert work(register, "刘局长")[case]["tasks"] == ["sign:审批"]
    assert steps.sign(register, Actor("刘局长"), case, stage="审批", opinion="同意").ok
    assert work(register, "王处长")[case]["tasks"] == ["publish"]
    assert work(register, "赵科员")[case]["tasks"] == ["publish"]  # their own case


def test_who_may_read_a_case(register: Register, tmp_path: Path) -> None:
    from pipeline.service import desk
    from pipeline.service.outcome import Actor

    case = open_case(register, tmp_path, ["关于某事的通知", "联系电话：13834409126。"])
    for name in ("赵科员", "王处长", "刘局长"):
        assert desk.case_page(register, Actor(name), case).ok, name
    for name in ("钱科员", "管理员", "保密办"):
        refusal = desk.case_page(register, Actor(name), case)
        assert not refusal.ok and refusal.key == "read_refused", name
        assert "may not read" in refusal.render("en") and "无权查看" in refusal.render("zh")
        assert not desk.audit_trail(register, Actor(name), case).ok
        assert desk.case_document(register, Actor(name), case).key == "read_refused"
    page = desk.case_page(register, Actor("赵科员"), case).value
    assert page["steps"] == ["sign:初审", "decide", "redact"]
    assert set(page["spans"]) == {f["id"] for f in page["findings"]}
    # The mobile is withheld for its holder's sake: a reviewer or approver may record the
    # holder's consent (never a drafter), also once the case is published.
    assert desk.case_page(register, Actor("刘局长"), case).value["steps"] == [
        "decide",
        "third_party_consent",
    ]
    mobile = [f["id"] for f in page["findings"] if f["text"] == "13834409126"]
    assert page["third_party_findings"] == mobile and len(mobile) == 1
    assert desk.reports_reader(register, Actor("王处长")).ok
    # The case page offers the ledger and the catalogue by the same rule.
    assert page["may_read_reports"] is False
    assert desk.case_page(register, Actor("王处长"), case).value["may_read_reports"] is True
    assert not desk.reports_reader(register, Actor("赵科员")).ok


def test_refer_sends_a_finding_to_the_secrecy_office(register: Register, tmp_path: Path) -> None:
    from pipeline.service import cases, desk, steps
    from pipeline.service.outcome import Actor

    case = open_case(register, tmp_path, ["关于某事的通知", "联系电话：13834409126。"])
    finding = desk.case_page(register, Actor("王处长"), case).value["findings"][0]
    assert finding["route"] is None
    refusal = steps.refer(register, Actor("王处长"), case, finding["id"], reason=" ")
    assert refusal.key == "empty_text"
    refusal = steps.refer(register, Actor("保密办"), case, finding["id"], reason="是否涉密")
    assert refusal.key == "role_refused"
    done = steps.refer(register, Actor("王处长"), case, finding["id"], reason="可能涉及国家秘密")
    assert done.ok and "secrecy office" in done.render("en")
    detail = desk.case_page(register, Actor("王处长"), case).value
    referred = next(f for f in detail["findings"] if f["id"] == finding["id"])
    assert referred["status"] == "pending_confirmation" and referred["action"] == "redact"
    # Withheld from the preview (page images too) until the office answers.
    assert finding["id"] in detail["withheld"]
    document = desk.case_document(register, Actor("王处长"), case).value
    assert finding["id"] in [w["id"] for w in document["withheld"]]
    assert any(m["key"] == "missing_secrecy" for m in detail["missing"])
    again = steps.refer(register, Actor("王处长"), case, finding["id"], reason="再报")
    assert again.key == "decide_pending_secrecy"
    refusal = steps.decide(
        register, Actor("王处长"), case, finding["id"], action="keep", reason="不涉密"
    )
    assert refusal.key == "decide_pending_secrecy"
    # The office sees it in its queue and its work, due in three working days.
    queue = cases.secrecy_queue(register, days=3).value
    assert [(q.case_id, q.finding_id) for q in queue] == [(case, finding["id"])]
    mine = work(register, "保密办")[case]
    assert mine["tasks"] == ["secrecy"] and mine["due"] == queue[0].due
    assert mine["days_left"] == 3 and not mine["overdue"]
    later = datetime.date.fromisoformat(queue[0].due) + datetime.timedelta(days=14)
    late = work(register, "保密办", today=later)[case]
    assert late["overdue"] and late["days_left"] < 0
    # Rejected (not a state secret): the reviewers' decision is theirs again.
    done = steps.answer_secrecy(
        register, Actor("保密办"), case, [finding["id"]], opinion="不属于国家秘密", reject=True
    )
    assert done.ok
    detail = desk.case_page(register, Actor("王处长"), case).value
    answered = next(f for f in detail["findings"] if f["id"] == finding["id"])
    assert answered["status"] == "rejected"
    assert (finding["id"] in detail["withheld"]) == (answered["action"] == "redact")
    assert not any(m["key"] == "missing_secrecy" for m in detail["missing"])
    assert steps.decide(
        register, Actor("王处长"), case, finding["id"], action="redact", reason="个人隐私"
    ).ok


def test_the_audit_trail_and_the_chain(register: Register, tmp_path: Path) -> None:
    from pipeline.service import desk, steps
    from pipeline.service.outcome import Actor

    case = open_case(register, tmp_path, ["关于某事的通知", "联系电话：13834409126。"])
    assert steps.sign(register, Actor("赵科员"), case, stage="初审", opinion="含13834409126").ok
    trail = desk.audit_trail(register, Actor("王处长"), case).value
    assert [e["action"] for e in trail["events"]] == ["case_opened", "signed"]
    assert trail["events"][1]["facts"]["stage"] == "初审"
    assert "13834409126" not in repr(trail["events"])  # opinions stay out of the trail
    assert trail["chain"]["intact"] and trail["chain"]["events"] >= 2
    import sqlite3

    connection = sqlite3.connect(register.sqlite_path)
    connection.execute("UPDATE signoffs SET opinion = '改' WHERE id = 1")
    connection.commit()
    trail = desk.audit_trail(register, Actor("王处长"), case).value
    assert not trail["chain"]["intact"] and trail["chain"]["problems"]


def test_working_days_left_by_the_holiday_calendar() -> None:
    from pipeline.workflow.deadlines import working_days_left

    # National Day 2025: 1-8 October are holidays, Saturday 11 October is worked.
    assert working_days_left(datetime.date(2025, 10, 9), datetime.date(2025, 9, 30)) == 1
    assert working_days_left(datetime.date(2025, 10, 13), datetime.date(2025, 10, 9)) == 3
    assert working_days_left(datetime.date(2025, 10, 9), datetime.date(2025, 10, 9)) == 0
    assert working_days_left(datetime.date(2025, 10, 9), datetime.date(2025, 10, 13)) == -3


def test_a_referral_is_due_from_the_day_it_was_sent(register: Register, tmp_path: Path) -> None:
    from pipeline.service import cases, desk, steps
    from pipeline.service.outcome import Actor
    from pipeline.workflow.audit import now
    from pipeline.workflow.deadlines import add_working_days

    case = open_case(register, tmp_path, ["关于某事的通知", "联系电话：13834409126。"])
    finding = desk.case_page(register, Actor("王处长"), case).value["findings"][0]
    sent = now() + datetime.timedelta(days=30)
    assert steps.refer(register, Actor("王处长"), case, finding["id"], reason="是否涉密", at=sent).ok
    queue = cases.secrecy_queue(register, days=3, today=sent.date()).value
    assert [q.finding_id for q in queue] == [finding["id"]]
    assert queue[0].due == add_working_days(sent.date(), 3).isoformat()
    assert not queue[0].overdue  # filed a month ago, asked today: not late
