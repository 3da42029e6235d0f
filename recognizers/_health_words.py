"""Words of health and disability shared by the prose recognizer of sensitive information
(``recognizers.sensitive_info``) and the columns of a table of persons
(``recognizers._sensitive_columns``): the best-known grave diseases and a disability with its
kind or grade. Not a recognizer module."""

GRAVE = (
    r"白血病|尿毒症|恶性肿瘤|肿瘤|癌症|[\u4e00-\u9fa5]{1,3}癌|精神分裂症|精神病|抑郁症|躁狂症|艾滋病|HIV|"
    r"脑瘫|脑梗(?:塞|死)?(?:后遗症)?|脑出血(?:后遗症)?|脑溢血(?:后遗症)?|肝硬化|肺结核|红斑狼疮|"
    r"再生障碍性贫血|植物人|阿尔茨海默病|帕金森病|先天性心脏病|冠心病|心脏病|肾功能衰竭|肾衰竭|"
    r"肾病综合征|股骨头坏死|癫痫|自闭症|孤独症|唐氏综合征|糖尿病|偏瘫|截瘫|瘫痪"
)
DISABILITY = (
    r"[一二三四]级(?:肢体|视力|听力|言语|智力|精神|多重)残疾|"
    r"(?:肢体|视力|听力|言语|智力|精神|多重)(?:残疾)?[一二三四1-4]级(?:残疾)?|重度残疾|"
    r"残疾等级\s*(?:[:：]|为|是)?\s*[一二三四1-4]级"
)
