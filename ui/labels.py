"""The domain's terms as the GUI shows them, translatable through Qt.

English source strings; the Simplified Chinese comes from
resources/translations/zh_CN/labels.ts like every other UI string.
"""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CTX = "Domain"

LEVELS = {
    "county": QT_TRANSLATE_NOOP("Domain", "County response command"),
    "township": QT_TRANSLATE_NOOP("Domain", "Township response centre"),
    "village": QT_TRANSLATE_NOOP("Domain", "Village response station"),
    "hamlet": QT_TRANSLATE_NOOP("Domain", "Hamlet response point"),
}
FUNCTIONS = {
    "proxy_service": QT_TRANSLATE_NOOP("Domain", "Proxy service"),
    "dispute": QT_TRANSLATE_NOOP("Domain", "Resolving disputes"),
    "emotion": QT_TRANSLATE_NOOP("Domain", "Calming public emotion"),
    "suggestion": QT_TRANSLATE_NOOP("Domain", "Listening to suggestions"),
}
RULES = {
    "answer_on_spot": QT_TRANSLATE_NOOP("Domain", "Policy question answered face to face"),
    "mediate_on_site": QT_TRANSLATE_NOOP("Domain", "Dispute mediated on site"),
    "time_limited": QT_TRANSLATE_NOOP("Domain", "Solved in a time limit, results published"),
    "proxy_end_to_end": QT_TRANSLATE_NOOP("Domain", "Proxy matter handled end to end"),
    "escalate_visit": QT_TRANSLATE_NOOP("Domain", "Beyond authority: appointment for a visit"),
    "confidential": QT_TRANSLATE_NOOP("Domain", "Confidential matter, private feedback"),
}
STEPS = {
    "reception": QT_TRANSLATE_NOOP("Domain", "Reception"),
    "registration": QT_TRANSLATE_NOOP("Domain", "Registration"),
    "analysis": QT_TRANSLATE_NOOP("Domain", "Analysis"),
    "on_site": QT_TRANSLATE_NOOP("Domain", "On-site handling"),
    "supervision": QT_TRANSLATE_NOOP("Domain", "Supervision"),
    "publication": QT_TRANSLATE_NOOP("Domain", "Publication of the result"),
    "feedback": QT_TRANSLATE_NOOP("Domain", "Feedback to the villager"),
}
CHANNELS = {
    "walk_in": QT_TRANSLATE_NOOP("Domain", "Came to the station"),
    "phone": QT_TRANSLATE_NOOP("Domain", "By phone"),
    "hamlet_relay": QT_TRANSLATE_NOOP("Domain", "Relayed by a hamlet point"),
    "suggestion_box": QT_TRANSLATE_NOOP("Domain", "Suggestion box"),
    "talk_day": QT_TRANSLATE_NOOP("Domain", "Open talk day"),
}
OUTCOMES = {
    "pending": QT_TRANSLATE_NOOP("Domain", "Pending"),
    "resolved": QT_TRANSLATE_NOOP("Domain", "Resolved"),
    "withdrawn": QT_TRANSLATE_NOOP("Domain", "Withdrawn by the villager"),
    "referred": QT_TRANSLATE_NOOP("Domain", "Referred elsewhere"),
    "duplicate": QT_TRANSLATE_NOOP("Domain", "Duplicate, merged"),
    "declined": QT_TRANSLATE_NOOP("Domain", "Not accepted, reason explained"),
}
SATISFACTION = {
    "satisfied": QT_TRANSLATE_NOOP("Domain", "Satisfied"),
    "basically": QT_TRANSLATE_NOOP("Domain", "Basically satisfied"),
    "dissatisfied": QT_TRANSLATE_NOOP("Domain", "Dissatisfied"),
}
STAFF_ROLES = {
    "head": QT_TRANSLATE_NOOP("Domain", "Station head"),
    "clerk": QT_TRANSLATE_NOOP("Domain", "Clerk"),
    "hamlet_cadre": QT_TRANSLATE_NOOP("Domain", "Hamlet-point cadre"),
    "supervisor": QT_TRANSLATE_NOOP("Domain", "Supervisor"),
    "township_admin": QT_TRANSLATE_NOOP("Domain", "Township administrator"),
    "county_admin": QT_TRANSLATE_NOOP("Domain", "County administrator"),
}
WEEKDAYS = [QT_TRANSLATE_NOOP("Domain", "Monday"), QT_TRANSLATE_NOOP("Domain", "Tuesday"),
            QT_TRANSLATE_NOOP("Domain", "Wednesday"), QT_TRANSLATE_NOOP("Domain", "Thursday"),
            QT_TRANSLATE_NOOP("Domain", "Friday"), QT_TRANSLATE_NOOP("Domain", "Saturday"),
            QT_TRANSLATE_NOOP("Domain", "Sunday")]


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def label(table: dict, code: str | None) -> str:
    """The translated label for ``code`` in one of the tables above."""
    if code is None or code not in table:
        return ""
    return tr(table[code])


def fill_combo(combo, table: dict, with_blank: str | None = None) -> None:
    """Fill a QComboBox with the table's labels, each carrying its code as data."""
    combo.clear()
    if with_blank is not None:
        combo.addItem(with_blank, None)
    for code, text in table.items():
        combo.addItem(tr(text), code)


def format_date(d) -> str:
    return f"{d.year}-{d.month:02d}-{d.day:02d}" if d else ""
