"""What leaves the register and the check for people and tools: the ledger (保密审查台账), the
catalogue (政府信息公开目录), the review form (保密审查审批表) and SARIF for ``baomi check``."""
