"""Persons named in enforcement documents (行政处罚决定书, 责令改正通知书, 行政强制, 行政复议决定书,
送达回证, 公告送达): the parties, their agents, employees, witnesses and the people who received a
document are private; the officers who show their certificates and the body's signatory are kept."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from pipeline.api import review
from pipeline.config import Config


def _findings(path: Path, out: Path) -> list[tuple[str, str, str]]:
    result = review(path, Config(), out_dir=out)
    return [(f["entity_type"], f["action"], f["text"]) for f in result.findings]


def _txt(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    doc = tmp_path / "decision.txt"
    doc.write_text(text, encoding="utf-8")
    return _findings(doc, tmp_path / "out")


def _redacted(found: list[tuple[str, str, str]]) -> set[str]:
    return {value for _, action, value in found if action == "redact"}


def test_officers_certificate_numbers_are_no_mobiles(tmp_path: Path) -> None:
    """A Shanxi certificate number has eleven digits starting 14, the shape of a mobile: it made
    the officers private persons."""
    found = _txt(tmp_path, (
        "凤栖县市场监督管理局\n行政处罚决定书\n凤市监处罚〔2026〕37号\n\n"
        "当事人：宋德明，男，1979年5月生，住址：凤栖县城关镇中山路18号2单元301室。\n"
        "2026年3月12日，本局执法人员郝建新（执法证号：14090210023）、温晓丽（执法证号："
        "14090210031）对当事人的摊位进行检查。\n"
        "执法人员：韩立军 执法证号：A14090200123\n"
        "执法人员：冯晓燕 执法证号：A14090200147\n"
    ))
    redacted = _redacted(found)
    assert "宋德明" in redacted
    for officer in ("郝建新", "温晓丽", "韩立军", "冯晓燕"):
        assert officer not in redacted, (officer, found)
        assert ("OFFICIAL_NAME", "keep", officer) in found


def test_an_officer_named_without_a_role_word_by_the_certificate(tmp_path: Path) -> None:
    path = tmp_path / "seizure.docx"
    document = Document()
    for line in ("凤栖县市场监督管理局", "实施行政强制措施决定书", "当事人：姚宝山",
                 "公民身份号码：140902197011223316",
                 "本局于2026年7月3日由邓海涛（执法证号14090210055）、许文斌（执法证号14090210058）"
                 "对当事人的仓库实施检查，现场在场人员为姚宝山之子姚鹏飞。"):
        document.add_paragraph(line)
    document.save(path)
    found = _findings(path, tmp_path / "out")
    redacted = _redacted(found)
    assert {"姚宝山", "姚鹏飞"} <= redacted, found
    assert not {"邓海涛", "许文斌"} & redacted, found


def test_a_party_s_own_identifier_still_makes_a_role_private(tmp_path: Path) -> None:
    """Precision guard the other way: the certificate is taken out, a real identifier is not."""
    found = _txt(tmp_path, (
        "行政处罚决定书\n当事人：某某建材有限公司\n"
        "项目负责人：庞志远（身份证号：140902198807141234），执法人员：曹建军（执法证号14090230012）。\n"
    ))
    redacted = _redacted(found)
    assert "庞志远" in redacted
    assert "曹建军" not in redacted
