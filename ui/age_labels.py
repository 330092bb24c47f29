"""How old a station's data is, as the screens say it: “11月24日（9天前）”
(``models.station.data_age.DataAge``), translatable through Qt."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication



def age_text(age, mark_stale: bool = True) -> str:
    """“11/24 (9 days ago)”; “· incomplete” added when stale (and asked)."""
    if age is None or age.source == "own":
        return QCoreApplication.translate("DataAge", "Entered here")
    if age.as_of is None:
        text = QCoreApplication.translate("DataAge", "Nothing received yet")
    else:
        when = (QCoreApplication.translate("DataAge", "%1/%2", "month/day")
                .replace("%1", str(age.as_of.month))
                .replace("%2", str(age.as_of.day)))
        if age.days is not None and age.days < 0:
            ago = QCoreApplication.translate("DataAge", "later than this computer's date")
        elif age.days == 0:
            ago = QCoreApplication.translate("DataAge", "today")
        else:
            ago = QCoreApplication.translate("DataAge", "%1 day(s) ago").replace("%1", str(age.days))
        text = QCoreApplication.translate("DataAge", "%1 (%2)").replace("%1", when).replace("%2", ago)
    if age.stale and mark_stale:
        text += QCoreApplication.translate("DataAge", " · incomplete")
    return text


def named(name: str, age) -> str:
    """“西河村回应站（11月10日（20天前））”."""
    text = QCoreApplication.translate("DataAge", "%1 (%2)")
    return text.replace("%1", name).replace("%2", age_text(age, mark_stale=False))
