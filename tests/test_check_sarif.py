"""``baomi check --format sarif``: a valid SARIF 2.1.0 log (checked against a subset of the
official schema written out here: required fields, levels, artifact locations, regions),
findings where they are, and never a sensitive value."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import jsonschema
import pytest

from tests.conftest import make_docx, make_pdf, run_cli

PHONE = "13812345678"
ID_NUMBER = "110101199003074514"
EMAIL = "zhang.wei@example.com"
TERM = "青松工程"

_MESSAGE = {
    "type": "object",
    "anyOf": [{"required": ["text"]}, {"required": ["id"]}],
    "properties": {"text": {"type": "string", "minLength": 1}, "id": {"type": "string"}},
}
_ARTIFACT_LOCATION = {
    "type": "object",
    "required": ["uri"],
    "properties": {
        "uri": {"type": "string", "minLength": 1, "pattern": r"^[^\s]+$"},
        "uriBaseId": {"type": "string"},
        "index": {"type": "integer", "minimum": -1},
    },
}
_REGION = {
    "type": "object",
    "properties": {
        "startLine": {"type": "integer", "minimum": 1},
        "startColumn": {"type": "integer", "minimum": 1},
        "endLine": {"type": "integer", "minimum": 1},
        "endColumn": {"type": "integer", "minimum": 1},
    },
}
_LOCATION = {
    "type": "object",
    "properties": {
        "physicalLocation": {
            "type": "object",
            "required": ["artifactLocation"],
            "properties": {"artifactLocation": _ARTIFACT_LOCATION, "region": _REGION},
        }
    },
}
_LEVEL = {"enum": ["none", "note", "warning", "error"]}
# A subset of https://json.schemastore.org/sarif-2.1.0.json (draft-07): what tools rely on.
SARIF_SUBSET: dict[str, Any] = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "$schema": {"type": "string", "format": "uri"},
        "version": {"const": "2.1.0"},
        "runs": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["tool"],
                "properties": {
                    "tool": {
                        "type": "object",
                        "required": ["driver"],
                        "properties": {
                            "driver": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {
                                    "name": {"type": "string", "minLength": 1},
                                    "version": {"type": "string"},
                                    "rules": {
                                        "type": "array",
                                        "uniqueItems": True,
                                        "items": {
                                            "type": "object",
                                            "required": ["id"],
                                            "properties": {
                                                "id": {"type": "string"},
                                                "shortDescription": _MESSAGE,
                                                "fullDescription": _MESSAGE,
                                                "defaultConfiguration": {
                                                    "type": "object",
                                                    "properties": {"level": _LEVEL},
                                                },
                                            },
                                        },
                                    },
                                },
                            }
                        },
                    },
                    "invocations": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["executionSuccessful"],
                            "properties": {
                                "executionSuccessful": {"type": "boolean"},
                                "toolExecutionNotifications": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "required": ["message"],
                                        "properties": {"message": _MESSAGE, "level": _LEVEL},
                                    },
                                },
                            },
                        },
                    },
                    "artifacts": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {"location": _ARTIFACT_LOCATION},
                        },
                    },
                    "results": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["message"],
                            "properties": {
                                "ruleId": {"type": "string"},
                                "ruleIndex": {"type": "integer", "minimum": -1},
                                "level": _LEVEL,
                                "message": _MESSAGE,
                                "locations": {"type": "array", "items": _LOCATION},
                            },
                        },
                    },
                    "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
                    "originalUriBaseIds": {
                        "type": "object",
                        "additionalProperties": {
                            "type": "object",
                            "properties": {"uri": {"type": "string"}},
                        },
                    },
                },
            },
        },
    },
}


def validate(log: dict[str, Any]) -> None:
    jsonschema.Draft7Validator(SARIF_SUBSET).validate(log)
    for run in log["runs"]:
        rules = run["tool"]["driver"].get("rules", [])
        for result in run["results"]:
            # ruleIndex and ruleId must name the same rule.
            assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
            for location in result["locations"]:
                artifact = location["physicalLocation"]["artifactLocation"]
                if "index" in artifact:
                    assert run["artifacts"][artifact["index"]]["location"]["uri"] == artifact["uri"]
                if artifact.get("uriBaseId"):
                    assert artifact["uriBaseId"] in run["originalUriBaseIds"]


def test_the_schema_check_can_fail() -> None:
    with pytest.raises(jsonschema.ValidationError):
        validate({"version": "2.1.0", "runs": [{"tool": {"driver": {}}, "results": []}]})
    bad_level = {
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "x"}},
                "results": [{"message": {"text": "m"}, "level": "fatal"}],
            }
        ],
    }
    with pytest.raises(jsonschema.ValidationError):
        validate(bad_level)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "通知.txt").write_text(
        f"关于{TERM}的通知\n\n联系人手机：{PHONE}\n邮箱 {EMAIL}\n", encoding="utf-8"
    )
    make_pdf(docs / "reply.pdf", ["答复书", f"申请人身份证号{ID_NUMBER}"])
    make_docx(docs / "clean.docx", ["关于做好春节期间值班工作的通知。"])
    (docs / "broken.pdf").write_bytes(b"%PDF-1.7\nbroken\n")
    (tmp_path / "terms.txt").write_text(f"{TERM}\n", encoding="utf-8")
    return tmp_path


def _sarif(*args: str) -> tuple[int, dict[str, Any], str]:
    result = run_cli("check", *args, "--format", "sarif", "--jobs", "1")
    return result.exit_code, json.loads(result.stdout), result.stdout


def test_sarif_is_valid_and_locates_findings(workspace: Path) -> None:
    code, log, _ = _sarif("docs", "--terms", "terms.txt")
    assert code == 2  # broken.pdf
    validate(log)
    run = log["runs"][0]
    assert run["tool"]["driver"]["name"] == "baomi"
    uris = [unquote(a["location"]["uri"]) for a in run["artifacts"]]
    assert uris == ["docs/broken.pdf", "docs/clean.docx", "docs/reply.pdf", "docs/通知.txt"]
    assert all(a["location"]["uriBaseId"] == "%SRCROOT%" for a in run["artifacts"])
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == workspace.resolve().as_uri() + "/"

    by_rule: dict[str, list[dict[str, Any]]] = {}
    for result in run["results"]:
        by_rule.setdefault(result["ruleId"], []).append(result)
    # TXT: region with the line (and column) of each finding.
    (mobile,) = by_rule["CN_MOBILE"]
    physical = mobile["locations"][0]["physicalLocation"]
    assert unquote(physical["artifactLocation"]["uri"]) == "docs/通知.txt"
    assert physical["region"]["startLine"] == 3
    assert physical["region"]["startColumn"] == len("联系人手机：") + 1
    assert "endColumn" not in physical["region"]  # would give away the value's length
    assert mobile["level"] == "error"
    (keyword,) = by_rule["KEYWORD"]
    assert keyword["locations"][0]["physicalLocation"]["region"]["startLine"] == 1
    # PDF: no line of the file to point at; the page and its line are in the properties.
    (resident,) = by_rule["CN_RESIDENT_ID"]
    physical = resident["locations"][0]["physicalLocation"]
    assert unquote(physical["artifactLocation"]["uri"]) == "docs/reply.pdf"
    assert "region" not in physical
    assert resident["properties"]["location"] == {"page": 1, "line": 2}
    # The broken file: an error result and a failed invocation.
    (broken,) = by_rule["BAOMI-INPUT-ERROR"]
    assert broken["level"] == "error"
    assert run["invocations"][0]["executionSuccessful"] is False
    assert run["invocations"][0]["toolExecutionNotifications"][0]["level"] == "error"


def test_sarif_never_contains_a_value(workspace: Path) -> None:
    _, log, text = _sarif("docs", "--terms", "terms.txt", "--lang", "en")
    validate(log)
    assert log["runs"][0]["results"]
    for value in (PHONE, ID_NUMBER, EMAIL, TERM, "zhang.wei"):
        assert value not in text, value
    for result in log["runs"][0]["results"]:
        assert "snippet" not in json.dumps(result)


def test_sarif_levels_follow_fail_on(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline import policy

    monkeypatch.setitem(policy.RULES, "CN_MOBILE", policy.Rule("personal_privacy", "review"))
    code, log, _ = _sarif("docs/通知.txt")
    validate(log)
    (mobile,) = [r for r in log["runs"][0]["results"] if r["ruleId"] == "CN_MOBILE"]
    assert mobile["level"] == "warning"
    email = [r for r in log["runs"][0]["results"] if r["ruleId"] == "EMAIL_ADDRESS"]
    assert email and email[0]["level"] == "error"
    code_review, log, _ = _sarif("docs/通知.txt", "--fail-on", "review")
    (mobile,) = [r for r in log["runs"][0]["results"] if r["ruleId"] == "CN_MOBILE"]
    assert mobile["level"] == "error"
    assert code == code_review == 1


def test_sarif_attribute_result_for_withheld_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import SAMPLES

    monkeypatch.chdir(tmp_path)
    code, log, _ = _sarif(str(SAMPLES / "04-classified-notice.txt"))
    validate(log)
    assert code == 1
    run = log["runs"][0]
    (attribute,) = [r for r in run["results"] if r["ruleId"] == "BAOMI-ATTRIBUTE"]
    assert attribute["level"] == "error"
    assert attribute["properties"]["disclosureAttribute"] == "不予公开"
    # Outside the working folder: an absolute file URI, no base id.
    uri = run["artifacts"][0]["location"]["uri"]
    assert uri.startswith("file:///") and "uriBaseId" not in run["artifacts"][0]["location"]


def test_clean_sarif_has_no_results(workspace: Path) -> None:
    code, log, _ = _sarif("docs/clean.docx")
    validate(log)
    assert code == 0
    assert log["runs"][0]["results"] == []
    assert log["runs"][0]["invocations"][0]["executionSuccessful"] is True
