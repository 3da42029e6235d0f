"""Every user-facing word of a workflow step through the message tables (issue 13 item 12):
Chinese output has no English words in it (决定：保留, not 决定：keep), and ``--lang en`` names
actions and disclosure attributes in English."""

from __future__ import annotations

from pathlib import Path

from pipeline.workflow.register import Register
from tests.test_service_layer import open_case, register  # noqa: F401  (the fixture)


def test_a_decision_is_said_in_the_users_language(
    register: Register,  # noqa: F811
    tmp_path: Path,
) -> None:
    from pipeline.service import steps
    from pipeline.service.outcome import Actor

    case = open_case(register, tmp_path)
    finding = "F0001"
    done = steps.decide(register, Actor("王处长"), case, finding, action="keep", reason="核实")
    assert done.ok, done.render("en")
    assert "保留" in done.render("zh") and "keep" not in done.render("zh")
    assert "keep" in done.render("en")


def test_attributes_in_english_refusals() -> None:
    from pipeline.service.outcome import Reason

    reason = Reason("attribute_not_publishable", {"attribute": "不予公开"})
    assert reason.render("en") == "the disclosure attribute is withheld: not for publication"
    assert reason.render("zh") == "公开属性为“不予公开”，不能公开"
