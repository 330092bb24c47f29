"""The home screen: what do I do now. Today's date and who is on duty, what is
overdue or due within two days, every open concern by deadline, and today's
and this month's counts."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.core import access
from models.figures import dashboard
from models.figures.concern_list import OpenConcerns

from . import labels
from .backup_banner import BackupBanner
from .concern_table import ConcernTable
from .context import DeskContext


class HomePage(QWidget):
    opened = Signal(str)  # a concern id to open
    oversight_requested = Signal()  # show the 督办 / 催办 screen

    def __init__(self, ctx: DeskContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.date_label = QLabel()
        self.date_label.setProperty("role", "heading")
        self.duty_label = QLabel()
        self.duty_label.setWordWrap(True)
        top.addWidget(self.date_label)
        top.addSpacing(30)
        top.addWidget(self.duty_label, 1)
        layout.addLayout(top)
        self.appointments_label = QLabel()  # officials coming today (下站 / 下访)
        self.appointments_label.setWordWrap(True)
        self.appointments_label.setProperty("role", "warning")
        self.appointments_label.hide()
        layout.addWidget(self.appointments_label)
        # 督办 / 催办 from above, waiting for this station's answer (and, at a
        # township or county, those the stations below have not answered)
        notices = QHBoxLayout()
        self.notices_label = QLabel()
        self.notices_label.setWordWrap(True)
        self.notices_label.setTextFormat(Qt.PlainText)
        self.notices_label.setProperty("role", "warning")
        notices.addWidget(self.notices_label, 1)
        self.notices_button = QPushButton(self.tr("See and answer…"))
        self.notices_button.clicked.connect(self.oversight_requested)
        notices.addWidget(self.notices_button)
        self.notices_row = QWidget()
        self.notices_row.setLayout(notices)
        notices.setContentsMargins(0, 0, 0, 0)
        self.notices_row.hide()
        layout.addWidget(self.notices_row)

        figures = QFrame()
        figures.setFrameShape(QFrame.StyledPanel)
        grid = QGridLayout(figures)
        self.figure_labels: dict[str, QLabel] = {}
        captions = [
            ("today_visitors", self.tr("Visitors today")),
            ("today_concerns", self.tr("Concerns today")),
            ("month_concerns", self.tr("Concerns this month")),
            ("month_resolved", self.tr("Resolved this month")),
            ("open", self.tr("Open now")),
            ("due_soon", self.tr("Due within 2 days")),
            ("overdue", self.tr("Overdue")),
        ]
        for col, (key, caption) in enumerate(captions):
            value = QLabel("0")
            value.setProperty("role", "figure")
            grid.addWidget(value, 0, col)
            grid.addWidget(QLabel(caption), 1, col)
            self.figure_labels[key] = value
        layout.addWidget(figures)

        self.backup_banner = BackupBanner()  # a failed backup, until one succeeds
        layout.addWidget(self.backup_banner)
        self.alert_label = QLabel()
        self.alert_label.setProperty("role", "warning")
        self.alert_label.setWordWrap(True)
        layout.addWidget(self.alert_label)
        self.calm_label = QLabel(self.tr("Nothing is waiting: every concern has been dealt with."))
        self.calm_label.setProperty("role", "heading")
        self.calm_label.hide()
        layout.addWidget(self.calm_label)

        heading = QLabel(self.tr("Open concerns, soonest deadline first"))
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        self.loading_label = QLabel(self.tr("Reading the open concerns…"))
        self.loading_label.hide()
        layout.addWidget(self.loading_label)
        self.table = ConcernTable()
        self.table.opened.connect(self.opened)
        self.table.reader.settled.connect(self._loading_changed)
        self.table.failed.connect(self._failed)
        layout.addWidget(self.table, 1)
        self.hint_label = QLabel(self.tr("To open a concern: select it and press Enter, or "
                                         "double-click it. Someone has come in: press F2."))
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)

    @property
    def loading(self) -> bool:
        return self.table.loading

    def _loading_changed(self) -> None:
        self.loading_label.setVisible(self.loading)

    def refresh(self) -> None:
        """Read the figures and the open concerns again, off the GUI thread
        (a county desk has tens of thousands open); the list a page at a time."""
        today = self.ctx.today()
        station = self.ctx.station
        weekday = labels.tr(labels.WEEKDAYS[today.weekday()])
        self.date_label.setText(self.tr("Today is %1, %2").replace("%1", labels.format_date(today))
                                .replace("%2", weekday))
        if not access.has("concern.view"):
            # locked, or nobody signed in yet: nothing to read for nobody (the
            # window reads again when someone signs in)
            return
        self.table.show_list(OpenConcerns(station, today), lambda: dashboard.home(station, today),
                             self._show_home)
        self._loading_changed()

    def _failed(self, reason: str) -> None:
        self.alert_label.setText(self.tr("The open concerns could not be read: %1").replace("%1", reason))
        self.alert_label.show()

    def _show_home(self, home: dashboard.Home) -> None:
        if home.on_duty:
            names = self.tr(", ").join(s.name for s in home.on_duty)
            self.duty_label.setText(self.tr("On duty: %1").replace("%1", names))
        elif home.staff_count:
            self.duty_label.setText(self.tr("On duty: nobody by the roster (the desk is closed today)."))
        else:
            self.duty_label.setText(self.tr("On duty: nobody yet. Add the staff under “Settings”."))
        visits = [self.tr("%1 %2 (%3, %4)").replace("%1", a.time_text).replace("%2", a.kind_label)
                  .replace("%3", a.office).replace("%4", a.official_name).strip()
                  for a in home.appointments]
        self.appointments_label.setText(
            self.tr("Appointments today: %1").replace("%1", self.tr("; ").join(visits)))
        self.appointments_label.setVisible(bool(visits))
        self._show_notices(home)
        figures = {
            "today_visitors": home.today_totals.visitors,
            "today_concerns": home.today_totals.concerns,
            "month_concerns": home.month_totals.concerns,
            "month_resolved": home.month_totals.resolved,
            "open": home.figures.open,
            "due_soon": home.figures.due_soon,
            "overdue": home.figures.overdue,
        }
        for key, value in figures.items():
            self.figure_labels[key].setText(str(value))
        for key in ("due_soon", "overdue"):  # the two that ask for action: red unless zero
            self.figure_labels[key].setStyleSheet("color: #b00020;" if figures[key] else "")
        alerts = []
        if home.figures.overdue:
            alerts.append(self.tr("%n concern(s) past their deadline (shown in red).", "",
                                  home.figures.overdue))
        if home.figures.due_soon:
            alerts.append(self.tr("%n concern(s) due within two days.", "", home.figures.due_soon))
        if home.follow_ups_due:
            alerts.append(self.tr("%n follow-up call(s) due today (To do, F3: Follow-up calls).", "",
                                  home.follow_ups_due))
        self.alert_label.setText("  ".join(alerts))
        self.alert_label.setVisible(bool(alerts))
        self.calm_label.setVisible(not home.figures.open)

    def _show_notices(self, home: dashboard.Home) -> None:
        lines = [self.tr("%1 from %2 on case %3 (%4): reply by %5.")
                 .replace("%1", n.number).replace("%2", n.from_station).replace("%3", n.case_number)
                 .replace("%4", n.summary).replace("%5", labels.format_date(n.due_on))
                 for n in home.notices_waiting[:3]]
        if home.notices_waiting:
            lines.insert(0, self.tr("%n notice(s) from above to answer:", "", len(home.notices_waiting)))
        if len(home.notices_waiting) > 3:
            lines.append(self.tr("… and %n more.", "", len(home.notices_waiting) - 3))
        if home.notices_below_waiting:
            lines.append(self.tr("%n notice(s) not yet answered by the stations below.", "",
                                 home.notices_below_waiting))
        if home.extensions_to_decide:
            lines.append(self.tr("%n request(s) for more time waiting for a decision here.", "",
                                 home.extensions_to_decide))
        self.notices_label.setText("\n".join(lines))
        self.notices_row.setVisible(bool(lines))
        self.notices_button.setText(self.tr("See and answer…") if home.notices_waiting
                                    else self.tr("See the notices…"))
