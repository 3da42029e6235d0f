"""Classification markings, internal markings, cipher telegrams and the disclosure note."""

from __future__ import annotations

import pytest

from recognizers.classification_marking import ClassificationMarkingRecognizer
from recognizers.disclosure_note import DisclosureNoteRecognizer
from recognizers.internal_marking import InternalMarkingRecognizer


def markings(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (m.recognition_metadata["level"], m.recognition_metadata["period"],
         m.recognition_metadata["period_kind"])
        for m in ClassificationMarkingRecognizer().analyze(text, [])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("000123\n机密★5年\n特急\n", ("机密", "5年", "years")),
        ("000123\n秘 密 ★ 6 个 月\n", ("秘密", "6个月", "months")),
        ("绝密☆长期\n", ("绝密", "长期", "long")),
        ("机密＊五年\n", ("机密", "5年", "years")),
        ("秘密*10年\n", ("秘密", "10年", "years")),
        ("机密★2026年12月31日前\n", ("机密", "2026年12月31日前", "date")),
        ("机密★会议结束后\n", ("机密", "会议结束后", "condition")),
        ("秘密★\n", ("秘密", None, "none")),
        ("000045　　　　　　机密★10年\n特急\n", ("机密", "10年", "years")),  # GB/T 9704-1999
        ("密级：秘密★1年\n", ("秘密", "1年", "years")),
        ("000123\n秘  密\n标题\n", ("秘密", None, "none")),
        ("000123　　　　　　机  密\n标题\n", ("机密", None, "none")),
        # A PDF's text layer with the star, the level and the period on lines of their own.
        ("县政府办公室文件\n★\n秘密\n2 年\n县政办发〔2020〕3号\n", ("秘密", "2年", "years")),
        ("000123\n绝密\n★\n长期\n标题\n", ("绝密", "长期", "long")),
        ("000123\n机密\n标题\n6个月\n", ("机密", None, "none")),  # no star: no period
    ],
)
def test_markings_are_parsed(text: str, expected: tuple[str, str | None, str]) -> None:
    assert markings(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "本通知按机密★5年管理。",  # quoted in a sentence
        "涉及国家秘密的信息不予公开。\n",
        "国家秘密★5年\n",
        "商业秘密\n",
        "第一条\n" * 10 + "机密\n" + "正文\n" * 10,  # a bare level in the body
        "★★★★★ 服务评价\n",
        "标题\n国家机密\n",
        "标题\n保密\n",
    ],
)
def test_mentions_are_not_markings(text: str) -> None:
    assert markings(text) == []


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("内部资料　注意保存\n标题\n", "INTERNAL_MARKING"),
        ("工作秘密\n忻州市人民政府办公室\n", "INTERNAL_MARKING"),
        ("密码电报\n发电单位\n", "CIPHER_TELEGRAM"),
        ("正文\n" * 20 + "内部文件，妥善保管\n", "INTERNAL_MARKING"),
    ],
)
def test_internal_markings(text: str, entity: str) -> None:
    assert [r.entity_type for r in InternalMarkingRecognizer().analyze(text, [])] == [entity]


@pytest.mark.parametrize(
    "text",
    [
        "关于加强工作秘密管理的通知\n",
        "正文\n" * 10 + "工作秘密不得公开，不得在互联网上传播，各单位要严格落实。\n" + "正文\n" * 10,
        "正文\n" * 10 + "对密码电报、标注密级的文件等属于国家秘密且尚未解密的政府信息，一律不得公开。\n"
        + "正文\n" * 10,
        "机关内部流转、过程性信息\n",
    ],
)
def test_mentions_are_not_internal_markings(text: str) -> None:
    assert InternalMarkingRecognizer().analyze(text, []) == []


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("（此件公开发布）", "主动公开"),
        ("(此件主动公开)", "主动公开"),
        ("（此件依申请公开）", "依申请公开"),
        ("（此件不予公开）", "不予公开"),
        ("（此件删减后公开）", "主动公开"),
        ("公开方式：主动公开", "主动公开"),
        ("信息公开选项：依申请公开", "依申请公开"),
        ("公开属性：☑不予公开", "不予公开"),
    ],
)
def test_disclosure_note(text: str, attribute: str) -> None:
    results = DisclosureNoteRecognizer().analyze(text, [])
    assert [r.recognition_metadata["attribute"] for r in results] == [attribute]


@pytest.mark.parametrize(
    "text",
    ["公开属性包括:主动公开、依申请公开、不予公开。", "公开方式：主动公开、依申请公开", "此件公开发布"],
)
def test_lists_of_options_are_not_a_note(text: str) -> None:
    assert DisclosureNoteRecognizer().analyze(text, []) == []
