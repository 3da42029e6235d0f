"""The policy table: for each kind of finding, its category, default action, legal basis and the
reason an applicant can read (说明理由, 条例第三十六条). Every decision is made from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.model import Action

BASIS_STATE_SECRET = "《中华人民共和国政府信息公开条例》第十四条；《中华人民共和国保守国家秘密法》"
BASIS_SECURITY = "《中华人民共和国政府信息公开条例》第十四条"
BASIS_THIRD_PARTY = "《中华人民共和国政府信息公开条例》第十五条"
BASIS_INTERNAL = "《中华人民共和国政府信息公开条例》第十六条第一款"
BASIS_PROCESS = "《中华人民共和国政府信息公开条例》第十六条第二款"
BASIS_WORK_SECRET = "《中华人民共和国保守国家秘密法》第六十四条"
BASIS_DISCLOSE = "《中华人民共和国政府信息公开条例》第五条、第十三条"
BASIS_SENSITIVE = "《中华人民共和国政府信息公开条例》第十五条；《中华人民共和国个人信息保护法》第二十八条"
BASIS_REVIEW_FIRST = "《中华人民共和国保守国家秘密法》第三十五条；《中华人民共和国政府信息公开条例》第十七条"

# The entity type of a part the leak check cannot verify (an image, a scanned page, a font
# without a text mapping, an embedded object): it has a place, not a text.
UNVERIFIABLE = "UNVERIFIABLE_CONTENT"

CATEGORY_LABELS = {
    "state_secret": "国家秘密",
    "work_secret": "工作秘密",
    "trade_secret": "商业秘密",
    "personal_privacy": "个人隐私",
    "security_stability": "安全稳定",
    "internal_affairs": "内部事务信息",
    "process_info": "过程性信息",
    "law_enforcement": "行政执法信息",
    "none": "无",
}

CATEGORY_BASIS = {
    "state_secret": BASIS_STATE_SECRET,
    "security_stability": BASIS_SECURITY,
    "trade_secret": BASIS_THIRD_PARTY,
    "personal_privacy": BASIS_THIRD_PARTY,
    "internal_affairs": BASIS_INTERNAL,
    "process_info": BASIS_PROCESS,
    "law_enforcement": BASIS_PROCESS,
    "work_secret": BASIS_WORK_SECRET,
    "none": BASIS_DISCLOSE,
}

CATEGORY_REASONS = {
    "state_secret": "该内容属于或可能属于国家秘密，依法不予公开，须经保密工作部门确认。",
    "security_stability": "该内容公开后可能危及国家安全、公共安全、经济安全或社会稳定，不予公开。",
    "trade_secret": "该内容涉及第三方商业秘密，公开会损害第三方合法权益，不予公开。",
    "personal_privacy": "该内容涉及个人隐私，公开会损害第三方合法权益，不予公开。",
    "internal_affairs": "该内容属于行政机关内部事务信息，不予公开。",
    "process_info": "该内容属于过程性信息，不予公开。",
    "law_enforcement": "该内容属于行政执法案卷信息，不予公开。",
    "work_secret": "该内容属于工作秘密，不予公开。",
    "none": "该内容依法应当公开。",
}


@dataclass(frozen=True, slots=True)
class Rule:
    category: str
    action: Action
    reason: str | None = None  # overrides the category's reason
    secrecy_office: bool = False
    legal_basis: str | None = None  # overrides the category's basis

    @property
    def basis(self) -> str:
        return self.legal_basis or CATEGORY_BASIS[self.category]

    @property
    def reason_text(self) -> str:
        return self.reason or CATEGORY_REASONS[self.category]


PRIVATE = "personal_privacy"

RULES: dict[str, Rule] = {
    # Identifiers of natural persons.
    "CN_RESIDENT_ID": Rule(PRIVATE, "redact", "该内容为自然人的公民身份号码，属于个人隐私，不予公开。"),
    "CN_MOBILE": Rule(PRIVATE, "redact", "该内容为自然人的手机号码，属于个人隐私，不予公开。"),
    "CN_MOBILE_PUBLIC": Rule("none", "keep", "该内容为机关或单位对外公布的监督、咨询电话，应当公开（条例第十二条）。"),
    "CN_LANDLINE": Rule(PRIVATE, "review", "该内容为电话号码；机关办公电话应当公开，个人电话不予公开，请人工确认。"),
    "CN_LANDLINE_PRIVATE": Rule(PRIVATE, "redact", "该内容为个人住宅电话号码，属于个人隐私，不予公开。"),
    "CN_LANDLINE_PUBLIC": Rule("none", "keep", "该内容为机关或单位对外公布的办公电话，应当公开（条例第十二条）。"),
    "EMAIL_ADDRESS": Rule(PRIVATE, "redact", "该内容为个人电子邮箱地址，属于个人隐私，不予公开。"),
    "EMAIL_PUBLIC": Rule("none", "keep", "该内容为机关或单位对外公布的电子邮箱，应当公开。"),
    "CN_BANK_CARD": Rule(PRIVATE, "redact", "该内容为银行账号，属于个人隐私，不予公开。"),
    "CN_BANK_ACCOUNT_PUBLIC": Rule(
        "none", "keep", "该账号为机关、单位用于收缴款项的对公账户（如财政非税收入专户），应当公开。"
    ),
    "CN_SOCIAL_SECURITY_CARD": Rule(PRIVATE, "redact", "该内容为社会保障卡（医保卡）号码，属于个人隐私，不予公开。"),
    "CN_VIN": Rule(PRIVATE, "redact", "该内容为车辆识别代号（车架号），指向特定车辆及其所有人，属于个人隐私，不予公开。"),
    "CN_PERSONAL_CERTIFICATE": Rule(
        PRIVATE, "redact", "该内容为自然人的执业或职业资格证书编号，指向特定个人，属于个人隐私，不予公开。"
    ),
    "CN_PROPERTY_CERT": Rule(
        PRIVATE, "redact", "该内容为自然人的不动产权证书（房屋、土地权属证书）编号，指向特定个人的财产，属于个人隐私，不予公开。"
    ),
    "CN_DRIVING_LICENCE_FILE": Rule(
        PRIVATE, "redact", "该内容为机动车驾驶证档案编号，可据以查询特定驾驶人的驾驶证信息和违法记录，属于个人隐私，不予公开。"
    ),
    "CN_STUDENT_NUMBER": Rule(PRIVATE, "redact", "该内容为学生的学号或学籍号，指向特定学生，属于个人隐私，不予公开。"),
    "CN_PASSPORT": Rule(PRIVATE, "redact", "该内容为护照号码，属于个人隐私，不予公开。"),
    "CN_HKMO_PERMIT": Rule(PRIVATE, "redact", "该内容为出入境证件号码，属于个人隐私，不予公开。"),
    "CN_HOME_RETURN_PERMIT": Rule(PRIVATE, "redact", "该内容为港澳居民来往内地通行证号码，属于个人隐私，不予公开。"),
    "CN_TW_PERMIT": Rule(PRIVATE, "redact", "该内容为台湾居民来往大陆通行证号码，属于个人隐私，不予公开。"),
    "CN_LICENSE_PLATE": Rule(PRIVATE, "redact", "该内容为机动车号牌，属于个人隐私，不予公开。"),
    # pipeline.published_lists.published_vehicles: a body's own cars, registrations declared void.
    "CN_VEHICLE_PUBLIC": Rule(
        "none", "keep",
        "该车辆号牌或车辆识别代号为依规公布的车辆信息（机关公务用车拍卖、处置公告，或车辆管理所公告作废的机动车），应当公开。",
        legal_basis="《党政机关公务用车管理办法》；《机动车登记规定》（公安部令第164号）",
    ),
    "CN_QQ": Rule(PRIVATE, "redact", "该内容为个人QQ号码，属于个人隐私，不予公开。"),
    "CN_WECHAT": Rule(PRIVATE, "redact", "该内容为个人微信号，属于个人隐私，不予公开。"),
    "CN_TRACKING_NUMBER": Rule(
        PRIVATE, "redact",
        "该内容为个人邮件的邮政或快递单号，可据以查询寄件人、收件人的姓名、电话和地址，属于个人隐私，不予公开。",
    ),
    "CN_MILITARY_ID": Rule(PRIVATE, "redact", "该内容为军人证件号码，属于个人隐私，不予公开。"),
    "CN_POSTCODE": Rule("none", "keep", "邮政编码不指向特定个人。"),
    "CN_USCC": Rule("none", "keep", "统一社会信用代码属于依法公示的登记信息。"),
    # A 个体工商户's code is registration data the market regulator publishes (企业信息公示暂行条例,
    # 个体工商户的登记事项公示): its penalty or a contract award names it. The operator's own ID
    # number, mobile and home are still redacted by their own rules.
    "CN_USCC_INDIVIDUAL": Rule(
        "none", "keep", "该内容为个体工商户的统一社会信用代码，属于依法公示的市场主体登记信息，应当公开。"
    ),
    "PERSON": Rule(PRIVATE, "redact", "该内容为自然人姓名，属于个人隐私，不予公开。"),
    "PERSONAL_AGE": Rule(
        PRIVATE, "redact", "该内容为特定自然人的年龄，与文中其他信息结合可识别该人，属于个人信息，不予公开。"
    ),
    "PERSONAL_MARITAL": Rule(
        PRIVATE, "redact", "该内容为特定自然人的婚姻状况，属于个人隐私，不予公开。"
    ),
    "OFFICIAL_NAME": Rule("none", "keep", "该姓名以公职身份或依法公示的身份出现，应当公开。"),
    # pipeline.published_lists: the recipients a 低保, 特困, 公租房 or 农机补贴 公示 must name;
    # recognizers._case_parties: the addressee a 公告送达 must name.
    "NOTICE_RECIPIENT": Rule(
        "none", "keep",
        "该姓名为依规公示名单中的公示对象（低保、特困供养、临时救助、公租房、高龄津贴、惠农补贴、拟录用（聘用）人员、表彰等公示）"
        "或公告送达的受送达人，公示、送达规定要求公开其姓名；其身份证号码、银行账号、联系电话、住址等仍不予公开。",
        legal_basis="《最低生活保障审核确认办法》（民发〔2021〕57号）、《特困人员认定办法》（民发〔2021〕43号）、"
        "《公共租赁住房管理办法》（住房和城乡建设部令第11号）、《中华人民共和国公务员法》第三十二条、"
        "《事业单位人事管理条例》第八条等公示规定，《中华人民共和国行政处罚法》第六十一条（公告送达）",
    ),
    "CN_ADDRESS": Rule(PRIVATE, "redact", "该内容为个人住址，属于个人隐私，不予公开。"),
    # Sensitive personal information (个人信息保护法第二十八条) about a particular person.
    "SENSITIVE_HEALTH": Rule(
        PRIVATE, "redact", "该内容为特定个人的医疗健康信息，属于敏感个人信息，不予公开。",
        legal_basis=BASIS_SENSITIVE,
    ),
    "SENSITIVE_MINOR": Rule(
        PRIVATE, "redact", "该内容为未成年人的个人信息，属于敏感个人信息，不予公开。",
        legal_basis=BASIS_SENSITIVE,
    ),
    # 第二十八条 特定身份: a person with no family to keep them (孤儿, 事实无人抚养儿童, 特困供养,
    # 五保): told of a named person it exposes the family's circumstances.
    "SENSITIVE_IDENTITY": Rule(
        PRIVATE, "redact", "该内容为特定个人的特定身份或家庭状况（孤儿、特困供养等），属于敏感个人信息，不予公开。",
        legal_basis=BASIS_SENSITIVE,
    ),
    "SENSITIVE_RELIGION": Rule(
        PRIVATE, "redact", "该内容为特定个人的宗教信仰，属于敏感个人信息，不予公开。",
        legal_basis=BASIS_SENSITIVE,
    ),
    "SENSITIVE_CRIMINAL": Rule(
        PRIVATE, "redact", "该内容为特定个人的违法犯罪记录，属于敏感个人信息，不予公开。",
        legal_basis=BASIS_SENSITIVE,
    ),
    "MASKED_VALUE": Rule("none", "keep", "该内容已作去标识化处理。"),
    "DOC_NUMBER": Rule("none", "keep", "文号、案号、索引号等编号属于应当公开的文件信息。"),
    # Markings and the drafter's note.
    "CLASSIFICATION_MARKING": Rule(
        "state_secret",
        "review",
        "文件标有国家秘密标志，在保密期限内不得公开；解密或公开须经保密工作部门确认。",
        secrecy_office=True,
    ),
    "CIPHER_TELEGRAM": Rule(
        "state_secret", "review", "该文件为密码电报，不得公开。", secrecy_office=True
    ),
    "INTERNAL_MARKING": Rule("work_secret", "review", "文件标有内部或工作秘密标志，不宜公开。"),
    "DISCLOSURE_NOTE": Rule("none", "keep", "该内容为拟稿单位标注的公开属性，供审查确认。"),
    # Cues for a reviewer: the law says *may* withhold, or the third party may consent.
    "TRADE_SECRET": Rule("trade_secret", "review"),
    "PROCESS_INFO": Rule("process_info", "review"),
    "LAW_ENFORCEMENT": Rule("law_enforcement", "review"),
    # A scanned region OCR could not read with enough confidence: a person must look at it.
    "OCR_UNCERTAIN": Rule(
        "none", "review", "该区域为扫描图像，文字识别的可信度不足，须人工核对其中是否有不应公开的内容。"
    ),
    # What the leak check cannot read: 先审查、后公开 — a person looks at it and decides.
    UNVERIFIABLE: Rule(
        "none",
        "review",
        "该部分内容（扫描页面、图片、缺少文字映射的字体或嵌入对象）无法自动核验，须人工审查："
        "删除该区域，或说明理由后保留。",
        legal_basis=BASIS_REVIEW_FIRST,
    ),
}

DEFAULT_RULE = Rule(PRIVATE, "review", "该内容可能涉及个人隐私，请人工审核。")


def rule_for(entity_type: str) -> Rule:
    return RULES.get(entity_type, DEFAULT_RULE)


def keyword_rule(category: str) -> Rule:
    """Terms from the unit's secrecy list are always redacted; state secrets go to the office."""
    return Rule(category, "redact", secrecy_office=category == "state_secret")


def label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category)
