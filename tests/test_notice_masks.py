"""Public-notice masks (公示脱敏) as redaction operators: the standard masks per type, chosen
in baomi.toml, written into TXT, DOCX and PDF copies, and checked by verify like placeholders
(the full value must still be nowhere in the copy)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.api import review
from pipeline.config import ConfigError, config_from_dict
from pipeline.masks import notice_mask
from tests.conftest import docx_text_python_docx, make_docx, make_pdf, pdf_text_pypdf

ID = "130534197802142417"
MOBILE = "13812345678"


@pytest.mark.parametrize(
    ("value", "entity", "mask"),
    [
        (ID, "CN_RESIDENT_ID", "130534********2417"),
        ("1305 3419 7802 1424 17", "CN_RESIDENT_ID", "1305 34** **** **24 17"),
        (MOBILE, "CN_MOBILE", "138****5678"),
        ("+86 138-1234-5678", "CN_MOBILE", "+86 138-****-5678"),
        ("张建华", "PERSON", "张*华"),
        ("张华", "PERSON", "张*"),
        ("欧阳娜娜", "PERSON", "欧**娜"),
        ("6217001234567890123", "CN_BANK_CARD", "6217***********0123"),
        ("0350-3031234", "CN_LANDLINE_PRIVATE", "0350-*****34"),
        ("晋H·12345", "CN_LICENSE_PLATE", "晋H·***45"),
        ("山西省忻州市忻府区和平街12号3单元402室", "CN_ADDRESS", "山西省忻州市忻府区****"),
        ("zhangsan@163.com", "EMAIL_ADDRESS", "z****@163.com"),
        ("1409", "CN_BANK_CARD", "1***"),  # too short for its rule: only the first character
    ],
)
def test_standard_masks(value: str, entity: str, mask: str) -> None:
    assert notice_mask(value, entity) == mask
    assert value not in notice_mask(value, entity)


CONFIG = {
    "redaction": {
        "operators": {
            "CN_RESIDENT_ID": {"type": "notice"},
            "CN_MOBILE": {"type": "notice"},
            "PERSON": {"type": "notice"},
            "KEYWORD": {"type": "notice"},  # never shown in part
        }
    },
    "terms": {"entries": ["state_secret\t青松工程"]},
}
# No listed secret in the text: a document holding one gets no publishable copy (only the
# reviewers' preview), and these tests read the published copy.
TEXT = f"申请人：张建华，身份证号码：{ID}，手机：{MOBILE}。"


def test_config_accepts_notice_and_rejects_unknown_types(tmp_path: Path) -> None:
    assert config_from_dict(CONFIG, tmp_path).operators["PERSON"] == {"type": "notice"}
    with pytest.raises(ConfigError):
        config_from_dict({"redaction": {"operators": {"PERSON": {"type": "gongshi"}}}}, tmp_path)


def test_txt_and_docx_copies_carry_the_masks(tmp_path: Path) -> None:
    config = config_from_dict(CONFIG, tmp_path)
    txt = tmp_path / "notice.txt"
    txt.write_text(TEXT, encoding="utf-8")
    docx = make_docx(tmp_path / "notice.docx", [TEXT])
    for path, read in ((txt, lambda p: p.read_text(encoding="utf-8")), (docx, docx_text_python_docx)):
        result = review(path, config, tmp_path / f"out-{path.suffix[1:]}")
        assert result.leak_check == "passed", path
        copy = read(result.redacted_path)
        assert "张*华" in copy and "130534********2417" in copy and "138****5678" in copy
        assert ID not in copy and MOBILE not in copy and "张建华" not in copy


def test_pdf_copy_blacks_out_only_the_masked_characters(tmp_path: Path) -> None:
    config = config_from_dict(CONFIG, tmp_path)
    path = make_pdf(tmp_path / "notice.pdf", [TEXT])
    result = review(path, config, tmp_path / "out")
    assert result.leak_check == "passed"
    copy = "".join(pdf_text_pypdf(result.redacted_path).split())
    assert ID not in copy and MOBILE not in copy and "张建华" not in copy
    assert "1305342417" in copy  # the kept characters, the masked ones gone under boxes
    assert "1385678" in copy


def test_a_mask_that_shows_the_whole_value_fails_verify(tmp_path: Path) -> None:
    # A replacement that holds the whole value is no placeholder: verify finds the value.
    operators = {"CN_MOBILE": {"type": "replace", "new_value": f"手机{MOBILE}"}}
    config = config_from_dict({"redaction": {"operators": operators}}, tmp_path)
    path = tmp_path / "bad.txt"
    path.write_text(f"联系人手机：{MOBILE}", encoding="utf-8")
    result = review(path, config, tmp_path / "out")
    assert result.leak_check == "failed"
    assert result.redacted_path is None or not result.redacted_path.exists()


def test_a_listed_secret_is_never_shown_in_part(tmp_path: Path) -> None:
    # A unit's listed term gets the placeholder even under a notice mask for KEYWORD (a work
    # secret here: it is redacted in the copy, not routed to the secrecy office).
    config = config_from_dict(
        {**CONFIG, "terms": {"entries": ["work_secret\t青松工程"]}}, tmp_path
    )
    txt = tmp_path / "notice.txt"
    txt.write_text(TEXT + "青松工程。", encoding="utf-8")
    result = review(txt, config, tmp_path / "out")
    assert result.leak_check == "passed"
    copy = result.redacted_path.read_text(encoding="utf-8")
    assert "青松工程" not in copy and "青*" not in copy and "138****5678" in copy
