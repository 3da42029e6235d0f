"""The document's own 发文字号 comes from its header zone (版头: a line of its own before the
title, with the signer beside it in an upward document), never from a regulation cited in the
body (issue 13 item 11)."""

from __future__ import annotations

from pipeline.docmeta import extract_meta


def test_header_zone_number() -> None:
    text = "某某局文件\n某发〔2025〕3号\n关于某事的通知\n各单位：\n根据《意见》（国办发〔2019〕5号），现通知如下。"
    assert extract_meta(text).doc_number == "某发〔2025〕3号"


def test_a_cited_number_is_not_the_documents() -> None:
    text = "某某局\n关于某事的通知\n各单位：\n根据《国务院办公厅关于某事的意见》（国办发〔2019〕5号），现通知如下。"
    assert extract_meta(text).doc_number is None


def test_upward_document_with_its_signer() -> None:
    text = "某某局文件\n某发〔2025〕3号　　　　签发人：张三\n关于某事的请示\n市政府："
    assert extract_meta(text).doc_number == "某发〔2025〕3号"
