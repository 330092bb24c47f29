"""The domain's fixed vocabularies: one English code per term, with the
Simplified Chinese label used on printed documents and in the command line.

The GUI shows the same terms through Qt's translation system (ui/labels.py);
these Chinese labels are for reports and plain-text output, which do not use Qt.
"""
from __future__ import annotations

LEVELS = {
    "county": "县回应指挥部",
    "township": "乡镇回应中心",
    "village": "村回应站",
    "hamlet": "屯回应点",
}
LEVEL_ORDER = ["county", "township", "village", "hamlet"]
PARENT_LEVEL = {"township": "county", "village": "township", "hamlet": "village"}

FUNCTIONS = {
    "proxy_service": "代办代理服务",
    "dispute": "化解矛盾纠纷",
    "emotion": "疏导公众情绪",
    "suggestion": "倾听意见建议",
}

RULES = {
    "answer_on_spot": "政策咨询当面答复",
    "mediate_on_site": "矛盾纠纷现场调解",
    "time_limited": "限时解决集中公示",
    "proxy_end_to_end": "代办事项全程代理",
    "escalate_visit": "超出权限预约下访",
    "confidential": "涉密涉私问题专项反馈",
}

# Short forms for narrow table columns on paper (and accepted back when a
# filled-in paper ledger is imported).
FUNCTION_SHORT = {"proxy_service": "代办代理", "dispute": "化解纠纷", "emotion": "疏导情绪",
                  "suggestion": "倾听建议"}
RULE_SHORT = {"answer_on_spot": "当面答复", "mediate_on_site": "现场调解", "time_limited": "限时解决",
              "proxy_end_to_end": "全程代理", "escalate_visit": "预约下访", "confidential": "专项反馈"}

STEPS = {
    "reception": "热情接待",
    "registration": "受理登记",
    "analysis": "分析处置",
    "on_site": "现场办公",
    "supervision": "接受监督",
    "publication": "结果公示",
    "feedback": "反馈回应村民",
}
STEP_ORDER = list(STEPS)

CHANNELS = {
    "walk_in": "来站反映",
    "phone": "电话反映",
    "hamlet_relay": "屯回应点转报",
    "suggestion_box": "意见箱",
    "talk_day": "民情恳谈日",
}

# The one open state and every way a concern can end.
PENDING = "pending"
RESOLVED = "resolved"
OUTCOMES = {
    "pending": "待处理",
    "resolved": "已解决",
    "withdrawn": "村民撤回",
    "referred": "转交他处办理",
    "duplicate": "重复反映已合并",
    "declined": "不予受理并说明",
}
OTHER_OUTCOMES = [o for o in OUTCOMES if o not in (PENDING, RESOLVED)]

SATISFACTION = {
    "satisfied": "满意",
    "basically": "基本满意",
    "dissatisfied": "不满意",
}

STAFF_ROLES = {
    "head": "站长",
    "clerk": "办事员",
    "hamlet_cadre": "屯点干部",
    "supervisor": "监督员",
    "township_admin": "乡镇管理员",
    "county_admin": "县管理员",
}

# Default time limits in days from registration, per handling rule;
# each can be changed in the settings.
DEFAULT_DEADLINE_DAYS = {
    "answer_on_spot": 0,
    "mediate_on_site": 7,
    "time_limited": 10,
    "proxy_end_to_end": 15,
    "escalate_visit": 30,
    "confidential": 15,
}
