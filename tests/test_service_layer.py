"""The service layer as a web desk would call it, without the command line: each action takes
the acting user and returns ``Done`` with its value, or a ``Refusal`` whose reasons are message
keys with parameters (rendered in Chinese or English); a refused action writes nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.workflow.register import Register
from tests.office import ADMIN, add_people, password_of


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    from pipeline.workflow.register import open_register

    path = tmp_path / "register.sqlite3"
    add_people(
        path,
        {
            ADMIN: ("admin",),
            "赵科员": ("drafter",),
            "王处长": ("reviewer",),
            "刘局长": ("approver",),
        },
    )
    handle = open_register(f"sqlite:///{path}")
    yield handle
    handle.close()


def events(register: Register) -> int:
    return (
        sqlite3.connect(register.sqlite_path)
        .execute("SELECT COUNT(*) FROM audit_log")
        .fetchone()[0]
    )


def open_case(register: Register, tmp_path: Path) -> str:
    from pipeline.config import Config
    from pipeline.runner import Job, review_document
    from pipeline.service.cases import open_case
    from pipeline.service.outcome import Actor

    document = tmp_path / "n.txt"
    document.write_text("关于某事的通知\n联系电话：13834409126。\n", encoding="utf-8")
    _review, result = review_document(Job(document, tmp_path / "out"), Config())
    case, error = open_case(
        register, Actor("赵科员"), path=document, result=result, error_text=None, config=Config()
    )
    assert error is None and case
    return case


def test_authenticate_then_act(register: Register, tmp_path: Path) -> None:
    from pipeline.service import people, steps
    from pipeline.workflow.users import Identity

    refusal = people.authenticate(register, Identity("赵科员", "wrong", None))
    assert not refusal.ok and refusal.key == "credential_wrong" and refusal.exit_code == 1
    assert refusal.params == {"user": "赵科员"}
    outcome = people.authenticate(register, Identity("赵科员", password_of("赵科员"), None))
    assert outcome.ok
    actor = outcome.value
    assert (actor.name, actor.via) == ("赵科员", "token")

    case = open_case(register, tmp_path)
    done = steps.sign(register, actor, case, stage="first", opinion="可公开")
    assert done.ok and done.value["stage"] == "初审" and done.value["by"] == "赵科员"
    assert done.render("zh") == f"已登记初审意见（案卷 {case}，赵科员）"
    assert done.render("en") == f"first review signed for case {case} by 赵科员"


def test_a_refusal_carries_its_reasons_and_writes_nothing(
    register: Register, tmp_path: Path
) -> None:
    from pipeline.service import steps
    from pipeline.service.outcome import Actor, Refusal

    case = open_case(register, tmp_path)
    before = events(register)
    refusal = steps.publish(register, Actor("王处长"), case, tmp_path / "pub", carrier="网站")
    assert isinstance(refusal, Refusal) and refusal.key == "publish_refused"
    keys = [r.key for r in refusal.reasons]
    assert keys.count("missing_signoff") == 3
    assert {"stage": "初审"} in [r.params for r in refusal.reasons]
    assert "缺少初审意见" in refusal.render("zh")
    assert "the first review sign-off is missing" in refusal.render("en")
    assert refusal.as_dict()["reasons"][0]["key"] == refusal.reasons[0].key

    refusal = steps.sign(register, Actor("刘局长"), case, stage="初审", opinion="同意")
    assert refusal.key == "role_refused"
    assert (
        refusal.params["step"] == "sign:初审" and refusal.params["allowed"] == "drafter、reviewer"
    )
    refusal = steps.sign(register, Actor("无此人"), case, stage="初审", opinion="同意")
    assert refusal.key == "user_not_registered"
    refusal = steps.sign(register, Actor("赵科员"), "C09999", stage="初审", opinion="同意")
    assert refusal.key == "case_not_found" and refusal.exit_code == 2
    assert events(register) == before
    assert not (tmp_path / "pub").exists()


def test_a_user_disabled_after_signing_in_is_refused(register: Register, tmp_path: Path) -> None:
    from pipeline.service import people, steps
    from pipeline.service.outcome import Actor

    case = open_case(register, tmp_path)
    signed_in = Actor("赵科员")  # e.g. a web desk's session, made before the change
    assert people.disable_user(register, Actor(ADMIN), "赵科员").ok
    refusal = steps.sign(register, signed_in, case, stage="初审", opinion="同意")
    assert refusal.key == "user_disabled"
