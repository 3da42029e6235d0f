"""The secrecy office's deadline: N working days on the official calendar, holidays skipped and
adjusted working days (调休) counted; and the queue built on it."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from pipeline.workflow.deadlines import add_working_days, calendar_known, is_overdue, is_working_day

D = datetime.date


@pytest.mark.parametrize(
    ("filed", "days", "due"),
    [
        # An ordinary week: Monday + 3 working days = Thursday.
        (D(2025, 6, 9), 3, D(2025, 6, 12)),
        # Friday: the weekend does not count.
        (D(2025, 6, 13), 3, D(2025, 6, 18)),
        # Filed before National Day 2025 (1–8 October off): 9/30, then 10/9 and 10/10.
        (D(2025, 9, 29), 3, D(2025, 10, 10)),
        # Saturday 11 October 2025 is an adjusted working day and counts.
        (D(2025, 10, 9), 3, D(2025, 10, 13)),
        # Sunday 28 September 2025 is an adjusted working day too.
        (D(2025, 9, 26), 3, D(2025, 9, 30)),
        # Spring Festival 2025 (28 January–4 February off; Sunday 26 January worked).
        (D(2025, 1, 24), 3, D(2025, 2, 5)),
        # Configurable length.
        (D(2025, 9, 29), 1, D(2025, 9, 30)),
        (D(2025, 9, 29), 5, D(2025, 10, 13)),
    ],
)
def test_working_days(filed: datetime.date, days: int, due: datetime.date) -> None:
    assert add_working_days(filed, days) == due


def test_calendar_facts() -> None:
    assert is_working_day(D(2025, 10, 11))  # 调休 Saturday
    assert not is_working_day(D(2025, 10, 1))
    assert not is_working_day(D(2025, 10, 12))  # an ordinary Sunday
    assert calendar_known(D(2025, 1, 1))


def test_unknown_year_falls_back_to_weekdays() -> None:
    far = D(2099, 3, 6)  # a Friday
    assert not calendar_known(far)
    assert add_working_days(far, 1) == D(2099, 3, 9)


def test_overdue_from_the_day_after() -> None:
    due = D(2025, 10, 10)
    assert not is_overdue(due, due)
    assert is_overdue(due, D(2025, 10, 11))


def test_days_must_be_positive() -> None:
    with pytest.raises(ValueError):
        add_working_days(D(2025, 1, 1), 0)


def _routed_case(register_path: Path, filed: datetime.datetime) -> str:
    from pipeline.config import Config
    from pipeline.workflow.cases import record_review
    from pipeline.workflow.register import open_register

    record = {
        "document": {
            "name": "n.txt",
            "format": "txt",
            "sha256": "a" * 64,
            "title": "关于某事的通知",
            "doc_number": None,
            "issuers": ["某局"],
            "issued_on": "2025-09-29",
        },
        "disclosure_attribute": "须报审",
        "classification": {"level": None},
        "findings": [
            {
                "id": "F0001",
                "entity_type": "KEYWORD",
                "category": "state_secret",
                "text": "某型号装备",
                "start": 0,
                "end": 5,
                "location": {"line": 1},
                "score": 1.0,
                "action": "redact",
                "route": "secrecy_office",
                "status": "pending_confirmation",
                "basis": "b",
                "reason": "r",
                "recognizer": "KeywordListRecognizer",
            }
        ],
    }
    register = open_register(f"sqlite:///{register_path}")
    with register.session() as session:
        case = record_review(
            session,
            input_path=register_path.parent / "n.txt",
            record=record,
            record_path=None,
            redacted_path=None,
            error=None,
            config=Config(),
            at=filed,
            actor="test",
        )
        case_id = case.case_id
    register.close()
    return case_id


def test_queue_due_after_national_day(tmp_path: Path) -> None:
    from pipeline.workflow.register import open_register
    from pipeline.workflow.secrecy import secrecy_queue

    path = tmp_path / "r.sqlite3"
    filed = datetime.datetime(
        2025, 9, 29, 16, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=8))
    )
    case_id = _routed_case(path, filed)
    register = open_register(f"sqlite:///{path}")
    with register.session() as session:
        before = secrecy_queue(session, days=3, today=D(2025, 10, 9))
        after = secrecy_queue(session, days=3, today=D(2025, 10, 11))
        longer = secrecy_queue(session, days=5, today=D(2025, 10, 11))
        only_late = secrecy_queue(session, days=3, today=D(2025, 10, 9), overdue_only=True)
    register.close()
    assert [(i.case_id, i.finding_id, i.due, i.overdue) for i in before] == [
        (case_id, "F0001", "2025-10-10", False)
    ]
    assert after[0].overdue is True
    assert longer[0].due == "2025-10-13" and longer[0].overdue is False
    assert only_late == []


def test_queue_command_json_and_config(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from pipeline.cli import main

    path = tmp_path / "r.sqlite3"
    today = datetime.datetime.now().astimezone()
    _routed_case(path, today)
    config = tmp_path / "baomi.toml"
    config.write_text("[workflow]\nsecrecy_days = 5\n", encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["secrecy", "queue", "--json", "--register", str(path), "--config", str(config)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert items[0]["due"] == add_working_days(today.date(), 5).isoformat()
    assert items[0]["overdue"] is False
    result = CliRunner().invoke(
        main, ["secrecy", "queue", "--overdue", "--json", "--register", str(path)]
    )
    assert json.loads(result.stdout) == []
    result = CliRunner().invoke(main, ["secrecy", "queue", "--register", str(path)])
    assert "F0001" in result.stdout and "期限" in result.stdout


def test_bad_secrecy_days_is_a_usage_error(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from pipeline.cli import main

    config = tmp_path / "baomi.toml"
    config.write_text("[workflow]\nsecrecy_days = 0\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["secrecy", "queue", "--register", str(tmp_path / "r.db"), "--config", str(config)]
    )
    assert result.exit_code == 2
    assert "secrecy_days" in result.stderr
