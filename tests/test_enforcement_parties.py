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


def test_a_decision_s_narrative_names_private_persons(tmp_path: Path) -> None:
    """The supplier, the worker, the consumer, the witness, the wife who pleaded: a decision names
    them without any title, and the signing director and a sum in capital numerals stay."""
    found = _txt(tmp_path, (
        "凤栖县市场监督管理局\n行政处罚决定书\n凤市监处罚〔2026〕37号\n\n"
        "当事人：宋德明，男，1979年5月生，住址：凤栖县城关镇中山路18号2单元301室。\n"
        "经查，当事人自2026年1月起从刘振江处购进无标签散装食用油，雇佣的工人王大明负责分装销售。"
        "证人赵国庆证实，当事人曾多次低价购进来源不明的食用油。\n"
        "上述事实有以下证据证明：\n1. 对宋德明的询问笔录；\n2. 对王大明的询问笔录。\n"
        "当事人委托其妻子陈丽华提出申辩。本局决定罚款人民币伍万元。\n"
        "凤栖县市场监督管理局\n局长：孟庆华\n2026年4月20日\n"
    ))
    redacted = _redacted(found)
    for name in ("宋德明", "刘振江", "王大明", "赵国庆", "陈丽华"):
        assert name in redacted, (name, found)
    assert "孟庆华" not in redacted
    assert not [value for value in redacted if "伍万" in value]
    assert "中山路" not in redacted and "凤栖县市场监督管理局" not in redacted


def test_a_company_s_employees_but_not_its_legal_representative(tmp_path: Path) -> None:
    found = _txt(tmp_path, (
        "凤栖县生态环境局\n行政处罚决定书\n凤环罚字〔2026〕12号\n\n"
        "当事人：凤栖县鑫源化工有限公司\n统一社会信用代码：91140902MA0K3R7T7W\n法定代表人：贾志刚\n"
        "2026年2月15日，我局执法人员对你公司进行现场检查时发现，你公司污水处理设施未正常运行。"
        "你公司员工孙丽娟在询问中承认，车间主任吴德胜要求将废水直接排入雨水管网。\n"
        "调查人：阎振国、柏雪峰\n法制审核人员：乔慧\n"
    ))
    redacted = _redacted(found)
    assert {"孙丽娟", "吴德胜"} <= redacted, found
    for kept in ("贾志刚", "阎振国", "柏雪峰", "乔慧", "凤栖县鑫源化工有限公司"):
        assert kept not in redacted, (kept, found)


def test_a_clinic_s_head_signs_for_it_and_stays_published(tmp_path: Path) -> None:
    """An unincorporated unit's 负责人 stands for it as a 法定代表人 does; signing the receipt as
    当事人 does not make the head a private person, the assistants it employs are ones."""
    found = _txt(tmp_path, (
        "凤栖县卫生健康局\n责令改正通知书\n凤卫责改〔2026〕22号\n\n"
        "凤栖县康宁口腔诊所（负责人：邵文博）：\n"
        "经查，你单位聘用的牙科助理胡晓梅、潘志刚未取得执业资格从事诊疗活动。\n"
        "执法人员：曹建军（执法证号14090230012）、蒋文静（执法证号14090230015）\n"
        "当事人签收：邵文博\n2026年6月15日\n"
    ))
    redacted = _redacted(found)
    assert {"胡晓梅", "潘志刚"} <= redacted, found
    assert not {"邵文博", "曹建军", "蒋文静"} & redacted, found


def test_a_service_receipt_form_in_a_docx_table(tmp_path: Path) -> None:
    """A 送达回证 is a form: the addressee, whoever received it for them and the witness are
    private, the officers who served it are not."""
    path = tmp_path / "receipt.docx"
    document = Document()
    document.add_paragraph("送达回证")
    rows = [
        ("案由", "未按规定设置安全警示标志案"),
        ("受送达人", "司马建国"),
        ("送达文书", "《行政处罚决定书》（凤应急罚〔2026〕5号）"),
        ("送达地点", "凤栖县南关街道幸福里小区5号楼"),
        ("受送达人签收", "司马建国 2026年6月2日"),
        ("代收人", "司马丽（系受送达人之女）"),
        ("见证人", "郑国栋"),
        ("送达人", "黄振华、卢晓峰"),
    ]
    table = document.add_table(rows=len(rows), cols=2)
    for row, (label, value) in zip(table.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    document.add_paragraph("凤栖县应急管理局")
    document.save(path)
    found = _findings(path, tmp_path / "out")
    redacted = _redacted(found)
    assert {"司马建国", "司马丽", "郑国栋"} <= redacted, found
    assert not {"黄振华", "卢晓峰"} & redacted, found


def test_a_review_decision_s_parties_and_the_respondent_s_head(tmp_path: Path) -> None:
    """Guard (passes before and after): the 复议 roles and relations already read this way."""
    found = _txt(tmp_path, (
        "凤栖市人民政府\n行政复议决定书\n凤政复〔2026〕33号\n\n"
        "申请人：公孙雪梅，女，汉族，1975年8月19日出生，住凤栖市北城区长安街21号。\n"
        "被申请人：凤栖市公安局北城分局，住所地凤栖市北城区光明路3号。\n法定代表人：石振国，该局局长。\n"
        "申请人称：申请人与邻居易志华因停车问题发生争执，易志华之妻樊丽先动手。\n"
        "被申请人称：经调查，证人鲁海燕、汪建设的证言证实申请人殴打他人。\n"
    ))
    redacted = _redacted(found)
    for name in ("公孙雪梅", "易志华", "樊丽", "鲁海燕", "汪建设"):
        assert name in redacted, (name, found)
    assert "石振国" not in redacted


def test_a_workshop_title_outside_a_case_still_names_an_official(tmp_path: Path) -> None:
    """Precision guard: only a firm's unit before the title makes it a post in a firm."""
    found = _txt(tmp_path, "县政府办公室主任邹建国主持会议，县应急管理局副局长闵国强出席。\n")
    redacted = _redacted(found)
    assert not {"邹建国", "闵国强"} & redacted, found


def test_the_addressees_a_service_by_notice_must_name_are_kept(tmp_path: Path) -> None:
    """A 公告送达 serves only the persons it names: their names are published by law, their ID
    numbers are not, and the witnesses it mentions stay private."""
    found = _txt(tmp_path, (
        "凤栖县交通运输局\n公告送达\n凤交公告〔2026〕3号\n\n"
        "牛建设（身份证号码：140902198807141234）、闵美兰：\n"
        "因你们下落不明，本局依法向你们公告送达凤交罚〔2026〕28号、29号《行政处罚决定书》。经查，牛建设于"
        "2026年2月11日从事非法营运，乘客景慧敏、蔺晓东证实向其支付车费。自本公告发布之日起满六十日，即视为送达。\n"
        "凤栖县交通运输局\n2026年5月6日\n"
    ))
    redacted = _redacted(found)
    assert ("NOTICE_RECIPIENT", "keep", "牛建设") in found, found
    assert ("NOTICE_RECIPIENT", "keep", "闵美兰") in found, found
    assert not {"牛建设", "闵美兰"} & redacted, found
    assert "140902198807141234" in redacted
    assert {"景慧敏", "蔺晓东"} <= redacted, found


def test_a_title_naming_the_addressee(tmp_path: Path) -> None:
    found = _txt(tmp_path, (
        "凤栖县市场监督管理局\n关于向翟丽萍等当事人公告送达行政处罚决定书的公告\n\n"
        "翟丽萍、尚志军：\n本局对你们作出的行政处罚决定书，因无法直接送达，现予公告送达。\n"
        "联系人：卜雅琴，联系电话：0350-3021234\n"
    ))
    assert not {"翟丽萍", "尚志军", "卜雅琴"} & _redacted(found), found


def test_a_receipt_served_by_notice_keeps_its_addressee_private(tmp_path: Path) -> None:
    """Precision guard the other way: a 送达回证 is no notice, whatever its 送达方式 field says."""
    found = _txt(tmp_path, (
        "送达回证\n受送达人：司马建国\n送达方式：公告送达\n送达文书：《行政处罚决定书》\n"
        "送达人：黄振华、卢晓峰\n"
    ))
    redacted = _redacted(found)
    assert "司马建国" in redacted
    assert not {"黄振华", "卢晓峰"} & redacted


_PARTIES = [
    ("序号", "行政相对人名称", "行政相对人类别", "统一社会信用代码", "法定代表人", "证件类型", "证件号码",
     "处罚决定书文号", "处罚内容"),
    ("1", "凤栖县鑫源化工有限公司", "法人及非法人组织", "91140902MA0K3R7T7W", "贾志刚", "", "",
     "凤环罚字〔2026〕12号", "罚款20万元"),
    ("2", "凤栖县老马烧烤店", "个体工商户", "", "马春生", "", "", "凤城管罚决字〔2026〕86号", "罚款2000元"),
    ("3", "宋德明", "自然人", "", "", "身份证", "140902198807141234", "凤市监处罚〔2026〕37号", "罚款5万元"),
    ("4", "欧阳丽萍", "自然人", "", "", "身份证", "", "凤市监处罚〔2026〕38号", "警告"),
]


def _party_findings(tmp_path: Path, suffix: str) -> list[tuple[str, str, str]]:
    tmp_path.mkdir()
    path = tmp_path / f"parties{suffix}"
    if suffix == ".docx":
        document = Document()
        document.add_paragraph("凤栖县2026年第二季度行政处罚信息公示")
        table = document.add_table(rows=len(_PARTIES), cols=len(_PARTIES[0]))
        for row, values in zip(table.rows, _PARTIES, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
        document.save(path)
    else:
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        for values in _PARTIES:
            sheet.append(list(values))
        book.save(path)
    return _findings(path, tmp_path / "out")


def test_a_list_of_penalised_parties_names_persons_by_the_row_s_category(tmp_path: Path) -> None:
    """A 双公示 list names companies and natural persons in the same column: the row's 类别
    tells a 自然人 (private) and a 个体工商户, whose 法定代表人 cell is its operator (private), from a
    company (its legal representative is published with it)."""
    for suffix in (".docx", ".xlsx"):
        found = _party_findings(tmp_path / suffix[1:], suffix)
        redacted = _redacted(found)
        assert {"宋德明", "欧阳丽萍", "马春生"} <= redacted, (suffix, found)
        assert "贾志刚" not in redacted, (suffix, found)
        assert not {"凤栖县鑫源化工有限公司", "凤栖县老马烧烤店"} & redacted, (suffix, found)


def test_an_individual_business_s_operator_labelled_as_its_representative(tmp_path: Path) -> None:
    """A 个体工商户 has no legal representative: a decision that labels its operator 法定代表人 or
    负责人 names the party, a private person; a company's stays published."""
    (tmp_path / "shop").mkdir()
    shop = _txt(tmp_path / "shop", (
        "凤栖县城市管理综合行政执法局\n行政处罚决定书\n\n"
        "当事人：凤栖县老马烧烤店（个体工商户）\n负责人：马春生\n经营场所：凤栖县建设路东段路南\n"
        "经查，当事人在店外人行道上摆放桌椅占道经营。\n"
    ))
    assert "马春生" in _redacted(shop), shop
    firm = _txt(tmp_path, (
        "凤栖县城市管理综合行政执法局\n行政处罚决定书\n\n"
        "当事人：凤栖县鑫源化工有限公司\n法定代表人：贾志刚\n经查，当事人占道堆放物料。\n"
    ))
    assert "贾志刚" not in _redacted(firm), firm


def test_a_letter_spaced_title_and_a_police_officer_s_number(tmp_path: Path) -> None:
    """A title printed 行 政 处 罚 决 定 书 is the same title; a 警号 is an officer's credential, as
    an 执法证号 is."""
    (tmp_path / "spaced").mkdir()
    found = _txt(tmp_path / "spaced", (
        "凤栖县城市管理综合行政执法局\n行 政 处 罚 决 定 书\n\n"
        "当事人：汤建华，男，1980年2月生，住凤栖县西关街道。\n"
        "经查，当事人在菜市场门口无证占道经营，由苗秀兰负责收款。\n"
    ))
    assert "苗秀兰" in _redacted(found), found
    found = _txt(tmp_path, (
        "凤栖县公安局交通警察大队当场处罚决定书\n\n被处罚人：卞志强\n"
        "被处罚人卞志强驾驶机动车违反交通信号灯通行，乘车人卞小雨（其女儿）在场。\n"
        "交通警察：霍振宇（警号140123）\n"
    ))
    redacted = _redacted(found)
    assert {"卞志强", "卞小雨"} <= redacted, found
    assert "霍振宇" not in redacted, found


def test_names_without_a_han_surname_are_redacted_whole(tmp_path: Path) -> None:
    """A transliterated name goes on over its middle dot, and a name without a Han surname is the
    whole subject its description follows: the part that looks like a name (古丽) left the rest
    of it in the copy."""
    found = _txt(tmp_path, (
        "凤栖县市场监督管理局\n行政处罚决定书\n\n"
        "当事人：艾力·买买提，男，维吾尔族，1985年生。\n"
        "委托代理人：阿依古丽，女，1990年生，系当事人之妻。\n"
        "证人：村民王大山，男，54岁。\n"
    ))
    redacted = _redacted(found)
    assert {"艾力·买买提", "阿依古丽", "王大山"} <= redacted, found
    assert "村民王大山" not in redacted
    path = tmp_path / "out" / "decision.redacted.txt"
    copy = path.read_text(encoding="utf-8") if path.exists() else ""
    assert copy and "买买提" not in copy and "阿依" not in copy, copy


def test_certificate_numbers_in_a_list_or_after_a_bare_label(tmp_path: Path) -> None:
    found = _txt(tmp_path, (
        "凤栖县市场监督管理局\n行政处罚决定书\n\n当事人：宋德明，男，1979年5月生。\n"
        "执法人员郝建新（证号14090210023）、温晓丽（证号14090210031）出示了执法证件。\n"
        "执法人员：韩立军、冯晓燕（执法证号：14090210047、14090210052）进行了复查。\n"
    ))
    redacted = _redacted(found)
    assert "宋德明" in redacted
    assert not {"郝建新", "温晓丽", "韩立军", "冯晓燕"} & redacted, found


def test_a_case_form_s_certificate_field_makes_no_one_else_an_official(tmp_path: Path) -> None:
    """A decision laid out as a form (当事人 | … | 性别 | …, 执法人员 | … | 执法证号 | …): the
    执法证号 label types the officers' field, it does not make the form a list of officials."""
    rows = [
        ("当事人", "宋德明", "性别", "男"),
        ("身份证号", "140902198807141234", "联系电话", "13935012345"),
        ("委托代理人", "陈丽华", "与当事人关系", "夫妻"),
        ("执法人员", "郝建新、温晓丽", "执法证号", "14090210023、14090210031"),
        ("审核人", "孟庆华", "审批人", "范建平"),
        ("证人", "赵国庆", "被询问人", "王大明"),
    ]
    path = tmp_path / "form.docx"
    document = Document()
    document.add_paragraph("凤栖县市场监督管理局")
    document.add_paragraph("行政处罚决定书")
    table = document.add_table(rows=len(rows), cols=4)
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.save(path)
    found = _findings(path, tmp_path / "out")
    redacted = _redacted(found)
    assert {"宋德明", "陈丽华", "赵国庆", "王大明"} <= redacted, found
    assert not {"郝建新", "温晓丽", "孟庆华", "范建平"} & redacted, found


def test_a_list_of_officers_with_their_certificates_stays_official(tmp_path: Path) -> None:
    """Precision guard: a table (not a form) with a 执法证号 column lists officers."""
    path = tmp_path / "officers.docx"
    document = Document()
    document.add_paragraph("凤栖县市场监督管理局行政执法人员名单")
    rows = [("序号", "姓名", "执法证号", "执法类别"), ("1", "郝建新", "14090210023", "市场监管"),
            ("2", "温晓丽", "14090210031", "市场监管"), ("3", "韩立军", "14090210047", "市场监管")]
    table = document.add_table(rows=len(rows), cols=4)
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.save(path)
    found = _findings(path, tmp_path / "out")
    assert not {"郝建新", "温晓丽", "韩立军"} & _redacted(found), found


def test_a_report_of_typical_cases_names_its_parties(tmp_path: Path) -> None:
    """A body's 典型案例 tells its cases as a decision does: the person penalised and the supplier
    are private, and a workshop is no name before 主任 (公司车间主任)."""
    found = _txt(tmp_path, (
        "凤栖县市场监管局公布2026年第一批食品安全典型案例\n\n案例一：宋德明销售过期食品案\n"
        "2026年3月，凤栖县市场监管局执法人员在检查中发现，宋德明经营的便民超市销售过期食品。"
        "经查，其从刘振江处购进上述食品。\n案例二：凤栖县鑫源食品有限公司生产不合格食品案\n"
        "经查，该公司车间主任吴德胜擅自更改配方。县市场监管局局长孟庆华表示将从严查处。\n"
    ))
    redacted = _redacted(found)
    assert {"宋德明", "刘振江", "吴德胜"} <= redacted, found
    assert "孟庆华" not in redacted
    assert not [f for f in found if f[2] == "司车间"], found


def test_the_party_s_site_manager_is_an_employee(tmp_path: Path) -> None:
    """Only the unit's own 负责人 stands for it: the 负责人 of a site or a function of the party is
    its employee."""
    found = _txt(tmp_path, (
        "凤栖县应急管理局\n行政处罚决定书\n\n当事人：凤栖县顺达建材有限公司\n负责人：褚国华\n"
        "检查时，当事人现场负责人：钱海涛在场，仓库负责人：孙丽娟陪同检查。\n"
    ))
    redacted = _redacted(found)
    assert {"钱海涛", "孙丽娟"} <= redacted, found
    assert "褚国华" not in redacted, found
