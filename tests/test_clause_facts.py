"""Private facts read as a clause (``recognizers.private_facts``): a private person's belief,
record, marriage, a child's school and class, an illness, told in running prose in shapes no
phrase pattern was written for — while laws, aggregate reports and officials stay clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.api import review
from recognizers.private_facts import PrivateFactsRecognizer
from tests.conftest import make_docx, make_pdf


def found(text: str) -> list[tuple[str, str]]:
    return [(r.entity_type, text[r.start : r.end]) for r in PrivateFactsRecognizer().analyze(text, [])]


def covered(text: str, entity: str, item: str) -> bool:
    return any(kind == entity and item in value for kind, value in found(text))


POSITIVE = [
    # Religion: a verb of belief, a believer's noun, a rite or a place of worship, a form's field.
    ("经走访，该户户主早年皈依佛教，家中设有佛龛。", "SENSITIVE_RELIGION", "佛教"),
    ("其母亲多年来一直信奉天主教，每周日到教堂做弥撒。", "SENSITIVE_RELIGION", "天主教"),
    ("其母亲多年来一直信奉天主教，每周日到教堂做弥撒。", "SENSITIVE_RELIGION", "做弥撒"),
    ("据来电人介绍，她丈夫是一名虔诚的基督徒。", "SENSITIVE_RELIGION", "基督徒"),
    ("信访人韦兰芳，女，回族，信仰伊斯兰教，现住城关镇。", "SENSITIVE_RELIGION", "伊斯兰教"),
    ("反映人称，自己近两年常去家庭教会参加聚会。", "SENSITIVE_RELIGION", "聚会"),
    ("来信人之妻2015年受洗，此后每周参加主日礼拜。", "SENSITIVE_RELIGION", "受洗"),
    # Criminal records: a sentence, a detention, a release, a record, a standing.
    ("另查明，邻居曾因寻衅滋事被行政拘留十日。", "SENSITIVE_CRIMINAL", "被行政拘留十日"),
    ("申请人之子于2017年因盗窃罪被判处有期徒刑二年，2019年刑满释放。",
     "SENSITIVE_CRIMINAL", "因盗窃罪被判处有期徒刑二年"),
    ("申请人之子于2017年因盗窃罪被判处有期徒刑二年，2019年刑满释放。", "SENSITIVE_CRIMINAL", "刑满释放"),
    ("经核查，来访人系刑满释放人员，目前无固定工作。", "SENSITIVE_CRIMINAL", "刑满释放人员"),
    ("社区矫正对象孙立新，男，1985年生，因危险驾驶罪被判处拘役三个月，缓刑六个月。",
     "SENSITIVE_CRIMINAL", "缓刑六个月"),
    ("据了解，他早年有过盗窃前科，已改过自新。", "SENSITIVE_CRIMINAL", "盗窃前科"),
    ("其丈夫目前正在省第二监狱服刑，家中无劳动力。", "SENSITIVE_CRIMINAL", "服刑"),
    ("来电人反映，其弟弟因涉嫌诈骗已被取保候审。", "SENSITIVE_CRIMINAL", "取保候审"),
    ("其子涉嫌诈骗罪被县公安局抓获。", "SENSITIVE_CRIMINAL", "涉嫌诈骗罪"),
    # A sentence and its terms in two clauses are one record.
    ("另查明，邻居因诈骗罪被判处有期徒刑三年、缓刑四年。", "SENSITIVE_CRIMINAL", "因诈骗罪被判处有期徒刑三年、缓刑四年"),
    ("其丈夫因危险驾驶罪被判处拘役三个月，缓刑六个月。", "SENSITIVE_CRIMINAL", "被判处拘役三个月，缓刑六个月"),
    ("其子系社区矫正对象，每月到司法所报到。", "SENSITIVE_CRIMINAL", "社区矫正对象"),
    ("来访人的丈夫是服刑人员。", "SENSITIVE_CRIMINAL", "服刑人员"),
    ("来电人称其母亲信耶稣十多年，每周日做礼拜。", "SENSITIVE_RELIGION", "信耶稣"),
    # Marital status.
    ("经核实，你与他人同居多年，未办理结婚登记。", "PERSONAL_MARITAL", "同居"),
    ("该户户主早年离异，独自抚养女儿。", "PERSONAL_MARITAL", "离异"),
    ("申请人与第三人葛春燕原系夫妻，2018年经法院判决离婚。", "PERSONAL_MARITAL", "离婚"),
    ("来电人称其与丈夫感情不和，已分居三年。", "PERSONAL_MARITAL", "分居"),
    ("来电人称其与丈夫感情不和，已分居三年。", "PERSONAL_MARITAL", "感情不和"),
    ("信访人周桂英，62岁，丧偶，独居。", "PERSONAL_MARITAL", "丧偶"),
    ("经查，你至今未婚，与父母共同生活。", "PERSONAL_MARITAL", "未婚"),
    ("当事人于2021年再婚，现与配偶共同居住在幸福小区。", "PERSONAL_MARITAL", "再婚"),
    ("申请人与前夫已于2020年解除婚姻关系。", "PERSONAL_MARITAL", "解除婚姻关系"),
    # A child's school and class.
    ("其子系城关二小五年级学生。", "SENSITIVE_MINOR", "城关二小五年级"),
    ("来电人之子现就读于县第一中学初二（3）班。", "SENSITIVE_MINOR", "县第一中学初二（3）班"),
    ("你的女儿（9岁）目前在实验小学三年级就读。", "SENSITIVE_MINOR", "实验小学三年级"),
    ("经核实，该生在城南中学读初三，成绩中等。", "SENSITIVE_MINOR", "城南中学"),
    ("患儿今年7岁，在青石镇中心小学上一年级。", "SENSITIVE_MINOR", "青石镇中心小学"),
    ("其孙女去年转入育才小学四年级二班。", "SENSITIVE_MINOR", "育才小学四年级二班"),
    # Health.
    ("经查，你患有尿毒症，需长期透析。", "SENSITIVE_HEALTH", "尿毒症"),
    ("其父亲去年被确诊为肺癌晚期，目前在市人民医院住院。", "SENSITIVE_HEALTH", "肺癌"),
    ("来信人称其妻子因脑梗塞住院治疗三个月。", "SENSITIVE_HEALTH", "脑梗塞"),
    ("经入户核实，户主系肢体二级残疾，无劳动能力。", "SENSITIVE_HEALTH", "肢体二级残疾"),
    ("来访人王秀琴，其子被诊断为重度抑郁症。", "SENSITIVE_HEALTH", "重度抑郁症"),
]


@pytest.mark.parametrize(("text", "entity", "item"), POSITIVE)
def test_a_fact_of_a_private_person_is_found(text: str, entity: str, item: str) -> None:
    assert covered(text, entity, item), found(text)


NEGATIVE = [
    # Laws and regulations.
    "公民有宗教信仰自由，任何组织不得强制公民信仰宗教或者不信仰宗教。",
    "因故意犯罪被判处刑罚的，不得担任人民陪审员。",
    "曾因犯罪受过刑事处罚的人员，不得录用为公务员。",
    "第三十一条 男女双方自愿离婚的，准予离婚。",
    "婚姻关系有效的，当事人只能通过离婚终止婚姻关系。",
    "社区矫正对象应当按照有关规定定期报告遵纪守法、接受监督管理的情况。",
    "被判处管制、宣告缓刑、假释的罪犯，依法实行社区矫正。",
    "犯罪嫌疑人虽不具有前两款规定情形，但是如实供述自己罪行的，可以从轻处罚；"
    "因其如实供述自己罪行，避免特别严重后果发生的，可以减轻处罚。",
    # Aggregate reports.
    "我市现有佛教、道教、伊斯兰教、天主教、基督教五大宗教。",
    "全市刑满释放人员安置帮教工作稳步推进，帮教率达到98%。",
    "全年共接收社区矫正对象312名，解除矫正286名。",
    "2023年全市共办理离婚登记1200对，较上年下降5%。",
    "该村民小组共有信教群众30人，多数信仰天主教。",
    "对丧偶老人、离异家庭子女等群体，各地应当加强关爱服务。",
    "全区信仰伊斯兰教的群众约2000人，主要分布在城关镇。",
    "城关第二小学、实验小学等12所学校纳入义务教育薄弱环节改善计划。",
    "今年共救助患有重特大疾病的困难群众450人次。",
    # Officials and bodies acting officially.
    "区民族宗教事务局局长刘志强出席全市宗教工作会议并讲话。",
    "县司法局对辖区社区矫正工作进行了专项检查。",
    "公安机关依法对涉案人员采取刑事拘留措施。",
    "我局工作人员到城关二小开展法治宣传进校园活动。",
    # Masked names and general statements.
    "你与父母共同居住。",
    "其前科情况与本次纠纷无直接关联。",
    "依法预防犯罪，打击违法犯罪活动。",
    "对罪犯在监狱内犯罪的案件由监狱进行侦查。",
    "全市共抓获犯罪嫌疑人120名。",
    "张某曾因盗窃罪被判处有期徒刑二年。",
    "经核查，你并无违法犯罪记录。",
    "来电人反映城关第二小学食堂卫生问题，经区市场监管局现场检查，已责令整改。",
    "你咨询的信仰伊斯兰教群众清真食品供应问题，经查，我区已设立清真食品专柜。",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_laws_reports_and_officials_stay_clean(text: str) -> None:
    assert found(text) == []


# Written after the reader was done, in shapes the fixtures above do not use, and run once
# before any change: 19 of 23 facts found and 6 of 8 clean texts clean. The misses (婚姻…解除,
# 寡居, …的学生 after a school and class, 十级伤残, a definition 本条例所称…是指…, an official's
# school visit through the old phrase patterns) were fixed after that run.
UNSEEN_POSITIVE = [
    ("经社区网格员走访了解到，黄德顺老人一家三代均信仰伊斯兰教，日常饮食清真。", "SENSITIVE_RELIGION", "伊斯兰教"),
    ("来电人邱女士陈述，她本人于去年秋天在城西教堂接受了洗礼。", "SENSITIVE_RELIGION", "洗礼"),
    ("关于你提到的你父亲是佛教居士一事，与本次征收补偿无关。", "SENSITIVE_RELIGION", "佛教居士"),
    ("投诉人的婆婆平日笃信道教，家中供奉神像。", "SENSITIVE_RELIGION", "道教"),
    ("诉求人表示，其爱人每逢周五都会前往清真寺礼拜。", "SENSITIVE_RELIGION", "礼拜"),
    ("经公安机关核查，反映人所称的“邻居刘某强”并非本人，真实姓名为刘建强，其2016年曾因故意伤害罪获刑一年六个月。", "SENSITIVE_CRIMINAL", "获刑一年六个月"),
    ("来信人叙述，她的哥哥目前羁押于市看守所，尚未开庭。", "SENSITIVE_CRIMINAL", "羁押"),
    ("申请人所述的承租人蒋国栋，曾于2012年至2015年在省女子监狱附近服刑。", "SENSITIVE_CRIMINAL", "服刑"),
    ("据司法所出具的证明，程立伟于2023年5月假释出狱，现接受社区矫正。", "SENSITIVE_CRIMINAL", "社区矫正"),
    ("信访人本人有两次醉驾被处罚的记录，2020年被判处拘役二个月。", "SENSITIVE_CRIMINAL", "被判处拘役二个月"),
    ("你与姚某芬的婚姻已于2022年经人民法院调解解除，双方无共同财产争议。", "PERSONAL_MARITAL", "解除"),
    ("经村委会证实，低保申请人唐玉梅自丈夫病故后一直寡居，未再婚。", "PERSONAL_MARITAL", "寡居"),
    ("反映人吕志刚现年48岁，离婚多年，独自租住在老城区。", "PERSONAL_MARITAL", "离婚"),
    ("来电人说她和前夫是2017年办的离婚，孩子判给了她。", "PERSONAL_MARITAL", "离婚"),
    ("该户户主曹建军与妻子长期分居两地，妻子在外省务工。", "PERSONAL_MARITAL", "分居"),
    ("来电人的小儿子现在是光明路小学二年级（4）班的学生。", "SENSITIVE_MINOR", "光明路小学二年级（4）班"),
    ("求助人称，孙子陈小宝今年秋季刚升入第三中学初一年级。", "SENSITIVE_MINOR", "第三中学"),
    ("其外孙女目前寄宿在县实验学校读六年级。", "SENSITIVE_MINOR", "县实验学校"),
    ("来访人之女曾在红星幼儿园大班就读，后因搬家退园。", "SENSITIVE_MINOR", "红星幼儿园大班"),
    ("信访人杜秀兰反映，其丈夫于2024年被确诊患有阿尔茨海默病，生活不能自理。", "SENSITIVE_HEALTH", "阿尔茨海默病"),
    ("来电人之母因突发脑出血在县医院重症监护室抢救。", "SENSITIVE_HEALTH", "脑出血"),
    ("当事人自述患有乙型肝炎多年，近期病情加重。", "SENSITIVE_HEALTH", "乙型肝炎"),
    ("经鉴定，伤者左腿构成十级伤残。", "SENSITIVE_HEALTH", "十级伤残"),
]
UNSEEN_NEGATIVE = [
    "近年来，全县依法管理宗教事务，信教群众合法权益得到保障。",
    "本条例所称社区矫正对象，是指被判处管制、宣告缓刑、裁定假释和暂予监外执行的罪犯。",
    "2025年，全区受理离婚登记申请432件，协议离婚占比76%。",
    "刑满释放人员在就业、社会保险等方面与其他社会成员享有平等权利。",
    "市教育局局长郑永红到第三中学调研初一年级新生入学情况。",
    "为保障患有精神障碍的人员合法权益，各级卫生健康部门加强了精神卫生服务体系建设。",
    "关于婚姻状况的证明，可由申请人户籍所在地村（居）委会出具。",
    "天主教、基督教活动场所在疫情期间暂停集体宗教活动。",
]


@pytest.mark.parametrize(("text", "entity", "item"), UNSEEN_POSITIVE)
def test_unseen_shapes_of_facts_are_found(text: str, entity: str, item: str) -> None:
    assert covered(text, entity, item), found(text)


@pytest.mark.parametrize("text", UNSEEN_NEGATIVE)
def test_unseen_general_texts_stay_clean(text: str) -> None:
    from recognizers.sensitive_info import SensitiveInfoRecognizer

    assert found(text) == []
    assert [r for r in SensitiveInfoRecognizer().analyze(text, [])] == []


def _review(path: Path, tmp_path: Path) -> list[tuple[str, str, str]]:
    record = review(path, out_dir=tmp_path / "out")
    return [(f["action"], f["entity_type"], f["text"]) for f in record.findings]


def _redacted(got: list[tuple[str, str, str]], entity: str, item: str) -> bool:
    return any(a == "redact" and k == entity and item in t for a, k, t in got)


REPLY = [
    "市长热线12345来电回复",
    "来电人反映：其子今年11岁，在城关二小读五年级，近期在校受到同学欺凌。",
    "经核实，来电人早年离异，独自抚养孩子，其母亲多年来一直信奉天主教。",
    "另查明，与其发生纠纷的邻居曾因寻衅滋事被行政拘留十日。",
    "区教育局已约谈学校负责人，要求加强管理。",
    "某某区人民政府办公室",
    "2026年3月20日",
]
EXPECTED_REPLY = [
    ("SENSITIVE_MINOR", "城关二小"), ("SENSITIVE_MINOR", "五年级"), ("PERSONAL_MARITAL", "离异"),
    ("SENSITIVE_RELIGION", "天主教"), ("SENSITIVE_CRIMINAL", "被行政拘留十日"),
]


def test_a_hotline_reply_docx_withholds_the_facts(tmp_path: Path) -> None:
    got = _review(make_docx(tmp_path / "reply.docx", REPLY), tmp_path)
    for entity, item in EXPECTED_REPLY:
        assert _redacted(got, entity, item), (entity, item, got)


def test_a_hotline_reply_pdf_withholds_the_facts(tmp_path: Path) -> None:
    got = _review(make_pdf(tmp_path / "reply.pdf", REPLY), tmp_path)
    for entity, item in EXPECTED_REPLY:
        assert _redacted(got, entity, item), (entity, item, got)


def test_a_correction_report_txt_withholds_the_record(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("\n".join([
        "社区矫正对象情况报告",
        "社区矫正对象孙立新，男，1985年生，因危险驾驶罪被判处拘役三个月，缓刑六个月。",
        "其妻已于2024年与其协议离婚，其女在育才小学四年级二班就读。",
        "矫正期间，该对象能够按时报到。",
        "县司法局城关司法所",
    ]) + "\n", encoding="utf-8")
    got = _review(path, tmp_path)
    for entity, item in (("SENSITIVE_CRIMINAL", "因危险驾驶罪被判处拘役三个月"),
                         ("SENSITIVE_CRIMINAL", "缓刑六个月"), ("PERSONAL_MARITAL", "协议离婚"),
                         ("SENSITIVE_MINOR", "育才小学四年级二班")):
        assert _redacted(got, entity, item), (entity, item, got)


def test_a_work_report_txt_on_religion_and_corrections_stays_clean(tmp_path: Path) -> None:
    path = tmp_path / "work.txt"
    path.write_text("\n".join([
        "关于2025年民族宗教和社区矫正工作情况的报告",
        "一、全市宗教工作总体平稳，我市现有佛教、道教、伊斯兰教、天主教、基督教五大宗教。",
        "二、全区信仰伊斯兰教的群众约2000人，主要分布在城关镇。",
        "三、全年共接收社区矫正对象312名，刑满释放人员安置帮教工作稳步推进。",
        "四、对丧偶老人、离异家庭子女等群体，各地应当加强关爱服务。",
        "五、区民族宗教事务局局长刘志强出席全市宗教工作会议并讲话。",
    ]) + "\n", encoding="utf-8")
    got = _review(path, tmp_path)
    assert not [f for f in got if f[0] == "redact"], got


def test_a_correction_form_txt_carries_its_person_over_its_lines(tmp_path: Path) -> None:
    # A form's lines (label：value) go on about the person its first line names.
    path = tmp_path / "form.txt"
    path.write_text("\n".join([
        "社区矫正对象基本情况表",
        "社区矫正对象：李建国",
        "性别：男",
        "罪名：盗窃罪",
        "原判刑期：有期徒刑一年，缓刑二年",
        "婚姻状况：离异",
        "宗教信仰：无",
        "健康状况：良好",
        "",
        "罪名：盗窃罪的认定与量刑标准（培训提纲）",
    ]) + "\n", encoding="utf-8")
    got = _review(path, tmp_path)
    for entity, item in (("SENSITIVE_CRIMINAL", "盗窃罪"), ("SENSITIVE_CRIMINAL", "有期徒刑一年"),
                         ("PERSONAL_MARITAL", "离异")):
        assert _redacted(got, entity, item), (entity, item, got)
    assert not any(t in {"无", "良好"} or "培训" in t or "认定" in t for _, _, t in got), got


def test_a_label_line_without_a_person_before_it_names_nobody() -> None:
    assert found("关于矫正工作的说明\n罪名：盗窃罪的认定标准\n健康状况：慢性病管理\n") == []


def test_a_record_named_as_a_topic_is_no_second_fact() -> None:
    text = "另查明，邻居曾因盗窃罪被判处有期徒刑一年，其前科情况与本次纠纷无直接关联。"
    assert found(text) == [("SENSITIVE_CRIMINAL", "曾因盗窃罪被判处有期徒刑一年")]
