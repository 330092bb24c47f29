"""The statistics screen: a month, half-year or year for this station (or a
township or county with the stations under it): the figures, bar charts by
function, handling rule and hamlet, the trend over the previous periods and,
above the village level, the stations ranked with any under 90%
satisfaction flagged. The numbers come from models.figures.periods, the same as
``stats --json`` and the printed report."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.figures import periods as st
from models.figures.periods import Period, percent

from . import age_labels, labels
from .context import DeskContext
from .query_worker import Latest

BAR = QColor("#2f6fb0")
LINE = QColor("#c0392b")


class BarChart(QWidget):
    """Horizontal bars with their labels and counts, drawn with QPainter."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.title = title
        self.rows: list[tuple[str, int]] = []
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        self.rows = rows
        fm = self.fontMetrics()
        self.setMinimumHeight((fm.height() + 4) * len(rows) + fm.height() + 20)
        self.updateGeometry()
        self.update()

    def paintEvent(self, event):  # noqa: N802 (Qt name)
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        fm = self.fontMetrics()
        h = fm.height()
        p.drawText(QRectF(0, 0, self.width(), h + 4), Qt.AlignLeft | Qt.AlignVCenter, self.title)
        if not self.rows:
            p.drawText(QRectF(0, h + 8, self.width(), h), Qt.AlignLeft, self.tr("No concerns"))
            return
        label_w = min(max(fm.horizontalAdvance(name) for name, _ in self.rows) + 10, self.width() // 2)
        top = h + 10
        row_h = h + 4
        most = max(n for _, n in self.rows) or 1
        bar_space = max(self.width() - label_w - fm.horizontalAdvance("00000") - 10, 10)
        for i, (name, n) in enumerate(self.rows):
            y = top + i * row_h
            p.setPen(self.palette().windowText().color())
            p.drawText(QRectF(0, y, label_w - 6, row_h), Qt.AlignRight | Qt.AlignVCenter,
                       fm.elidedText(name, Qt.ElideMiddle, label_w - 6))
            w = bar_space * n / most
            p.fillRect(QRectF(label_w, y + 3, w, row_h - 6), BAR)
            p.drawText(QRectF(label_w + w + 4, y, 80, row_h), Qt.AlignLeft | Qt.AlignVCenter, str(n))
        p.end()


class TrendChart(QWidget):
    """Concerns per period as columns, and the satisfaction rate as a line."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.title = title
        self.points: list[tuple[str, int, float | None]] = []
        self.setMinimumHeight(320)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)

    def set_points(self, points) -> None:
        self.points = points
        self.update()

    def paintEvent(self, event):  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        fm = self.fontMetrics()
        h = fm.height()
        p.drawText(QRectF(0, 0, self.width(), h + 4), Qt.AlignLeft | Qt.AlignVCenter, self.title)
        if not self.points:
            return
        # the satisfaction line in its own band under the title, the columns below it
        band_top, band_bottom = h * 2 + 10, h * 5
        top, bottom = band_bottom + h + 6, self.height() - h - 8
        plot_h = max(bottom - top, 10)
        n = len(self.points)
        col_w = self.width() / n
        most = max(c for _, c, _ in self.points) or 1
        line = []
        for i, (label, count, rate) in enumerate(self.points):
            x = i * col_w
            bar_h = plot_h * count / most
            p.fillRect(QRectF(x + col_w * 0.2, bottom - bar_h, col_w * 0.6, bar_h), BAR)
            p.setPen(self.palette().windowText().color())
            p.drawText(QRectF(x, bottom - bar_h - h - 2, col_w, h), Qt.AlignCenter, str(count))
            p.drawText(QRectF(x, bottom + 4, col_w, h), Qt.AlignCenter, label)
            if rate is not None:
                line.append((x + col_w / 2, rate))
        rates = [r for _, r in line]
        lo = min(rates + [0.8])

        def y_of(rate):
            return band_bottom - (band_bottom - band_top) * (rate - lo) / ((1 - lo) or 1)
        line = [(x, y_of(r), r) for x, r in line]
        p.setPen(QPen(LINE, 2))
        for (x1, y1, _), (x2, y2, _) in zip(line, line[1:]):
            p.drawLine(x1, y1, x2, y2)
        for x, y, rate in line:
            p.drawEllipse(QRectF(x - 3, y - 3, 6, 6))
            p.drawText(QRectF(x - 40, y - h - 4, 80, h), Qt.AlignCenter, percent(rate))
        p.end()


class StatisticsPage(QWidget):
    opened = Signal(str)  # the pages' common signal (a concern id); unused here

    KINDS = ("month", "half", "year")

    def __init__(self, ctx: DeskContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.period: Period | None = None
        outer = QVBoxLayout(self)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Statistics for:")))
        self.scope_combo = QComboBox()
        bar.addWidget(self.scope_combo)
        self.kind_combo = QComboBox()
        for kind, text in zip(self.KINDS, (self.tr("Month"), self.tr("Half-year"), self.tr("Year"))):
            self.kind_combo.addItem(text, kind)
        bar.addWidget(self.kind_combo)
        self.prev_button = QPushButton(self.tr("◀ Earlier"))
        self.period_label = QLabel()
        self.period_label.setProperty("role", "heading")
        self.next_button = QPushButton(self.tr("Later ▶"))
        bar.addWidget(self.prev_button)
        bar.addWidget(self.period_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        outer.addLayout(bar)
        bar = QHBoxLayout()  # a second row: the page fits a 1024-pixel screen (ui/fit.py)
        bar.addStretch(1)
        self.supervision_button = QPushButton(self.tr("Supervision and evaluations…"))
        self.supervision_button.clicked.connect(self.open_supervision)
        bar.addWidget(self.supervision_button)
        self.ledger_button = QPushButton(self.tr("Paper ledgers…"))
        self.ledger_button.clicked.connect(self.open_ledgers)
        bar.addWidget(self.ledger_button)
        outer.addLayout(bar)
        self.loading_label = QLabel(self.tr("Counting…"))
        self.loading_label.setProperty("role", "heading")
        self.loading_label.hide()
        outer.addWidget(self.loading_label)
        self.stats = None
        self.reader = Latest(self)  # the counting, off the GUI thread
        self.reader.settled.connect(self._loading_changed)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.age_label = QLabel()          # the scope's own data age, when it came by USB
        self.age_label.setWordWrap(True)
        self.age_label.hide()
        layout.addWidget(self.age_label)
        self.incomplete_label = QLabel()   # the stations whose data is stale
        self.incomplete_label.setWordWrap(True)
        self.incomplete_label.setStyleSheet("color: #b00020;")
        self.incomplete_label.hide()
        layout.addWidget(self.incomplete_label)

        figures = QFrame()
        figures.setFrameShape(QFrame.StyledPanel)
        grid = QGridLayout(figures)
        self.figure_labels: dict[str, QLabel] = {}
        captions = [
            ("visitors", self.tr("Visitors (persons)")), ("visits", self.tr("Visits")),
            ("concerns", self.tr("Concerns")), ("resolved", self.tr("Resolved")),
            ("pending", self.tr("Pending")), ("others", self.tr("Other outcomes")),
            ("completion", self.tr("Completion rate")), ("on_time", self.tr("On-time rate")),
            ("satisfaction", self.tr("Satisfaction rate")),
        ]
        for i, (key, caption) in enumerate(captions):
            value = QLabel("0")
            value.setProperty("role", "figure")
            row, col = divmod(i, 5)
            grid.addWidget(value, row * 2, col)
            grid.addWidget(QLabel(caption), row * 2 + 1, col)
            self.figure_labels[key] = value
        layout.addWidget(figures)
        self.others_label = QLabel()
        self.others_label.setWordWrap(True)
        layout.addWidget(self.others_label)
        self.supervision_label = QLabel()
        self.supervision_label.setWordWrap(True)
        layout.addWidget(self.supervision_label)
        self.definitions_label = QLabel(self.tr(
            "Completion rate: concerns ended in any outcome ÷ concerns registered. On-time rate: "
            "ended on or before the deadline ÷ ended; where no deadline was written at registration "
            "(at the desk or in an imported ledger), the deadline is the handling rule's time limit "
            "from the registration date, and a concern closed after it is late; an approved extension "
            "moves the deadline; only a concern whose "
            "deadline a correction removed has none and counts as on time. Satisfaction rate: "
            "satisfied and basically satisfied ÷ concerns the villager rated."))
        self.definitions_label.setWordWrap(True)
        layout.addWidget(self.definitions_label)

        charts = QGridLayout()
        self.function_chart = BarChart(self.tr("By response function"))
        self.rule_chart = BarChart(self.tr("By handling rule"))
        self.hamlet_chart = BarChart(self.tr("By hamlet (largest first)"))
        self.trend_chart = TrendChart(self.tr("Trend: concerns per period, and satisfaction rate"))
        charts.addWidget(self.function_chart, 0, 0)
        charts.addWidget(self.rule_chart, 0, 1)
        charts.addWidget(self.trend_chart, 1, 0)
        charts.addWidget(self.hamlet_chart, 1, 1)
        layout.addLayout(charts)

        self.ranking_heading = QLabel(self.tr("Stations ranked by satisfaction (under 90% in red)"))
        self.ranking_heading.setProperty("role", "heading")
        layout.addWidget(self.ranking_heading)
        self.ranking_table = QTableWidget(0, 7)
        self.ranking_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.ranking_table.setHorizontalHeaderLabels([
            self.tr("Rank"), self.tr("Station"), self.tr("Data as of"), self.tr("Concerns"),
            self.tr("Resolved"), self.tr("Completion rate"), self.tr("Satisfaction rate")])
        self.ranking_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.ranking_table.verticalHeader().hide()
        self.ranking_table.horizontalHeader().setStretchLastSection(True)
        self.ranking_table.setMinimumHeight(260)
        layout.addWidget(self.ranking_table)
        self.scroll = scroll

        self._fill_scopes()
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.scope_combo.currentIndexChanged.connect(lambda *_: self.refresh())
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))

    def _fill_scopes(self) -> None:
        for s in st.scope_choices(self.ctx.station):
            self.scope_combo.addItem(s.name, s.id)

    def open_supervision(self) -> None:
        from .supervision_dialog import SupervisionDialog

        SupervisionDialog(self.ctx, self).exec()
        self.refresh()

    def open_ledgers(self) -> None:
        from .ledger_dialog import LedgerDialog

        LedgerDialog(self.ctx, self).exec()
        self.refresh()

    def focus_first(self) -> None:
        self.kind_combo.setFocus()

    def _kind_changed(self, *_):
        self.period = st.period_of(self.kind_combo.currentData(), self.ctx.today())
        self.refresh()

    def _step(self, direction: int) -> None:
        p = self.current_period()
        if direction < 0:
            p = p.previous()
        else:
            nxt = st.next_period(p)
            if nxt.start > self.ctx.today():
                return
            p = nxt
        self.period = p
        self.refresh()

    def current_period(self) -> Period:
        if self.period is None or self.period.kind != self.kind_combo.currentData():
            self.period = st.period_of(self.kind_combo.currentData(), self.ctx.today())
        return self.period

    def period_text(self, p: Period) -> str:
        if p.kind == "month":
            return self.tr("%1-%2").replace("%1", str(p.year)).replace("%2", f"{p.n:02d}")
        if p.kind == "half":
            text = self.tr("First half of %1") if p.n == 1 else self.tr("Second half of %1")
            return text.replace("%1", str(p.year))
        return str(p.year)

    def short_text(self, p: Period) -> str:
        if p.kind == "month":
            return f"{p.year % 100:02d}-{p.n:02d}"
        if p.kind == "half":
            return (self.tr("H1 %1") if p.n == 1 else self.tr("H2 %1")).replace("%1", f"{p.year % 100:02d}")
        return str(p.year)

    @property
    def loading(self) -> bool:
        return self.reader.busy

    def _loading_changed(self) -> None:
        self.loading_label.setVisible(self.reader.busy)

    def refresh(self) -> None:
        """Count the period again, off the GUI thread (a county's year is a
        few hundred thousand concerns); the figures follow when counted. A
        count for a period or scope no longer chosen is dropped."""
        p = self.current_period()
        self.period_label.setText(self.period_text(p))
        self.next_button.setEnabled(p.end < self.ctx.today())
        scope = st.station_by_id(self.scope_combo.currentData())
        today = self.ctx.today()
        self.reader.run(lambda: st.statistics(scope, p, today=today), self._show, self._failed)
        self._loading_changed()

    def _failed(self, reason: str) -> None:
        self.loading_label.setText(self.tr("The figures could not be counted: %1").replace("%1", reason))
        self.loading_label.show()

    def _show(self, s) -> None:
        self.loading_label.setText(self.tr("Counting…"))
        self.stats = s
        f, t = s.figures, s.figures.totals
        values = {"visitors": t.visitors, "visits": t.visits, "concerns": t.concerns,
                  "resolved": t.resolved, "pending": t.pending,
                  "others": sum(t.other_outcomes.values()),
                  "completion": percent(f.completion_rate), "on_time": percent(f.on_time_rate),
                  "satisfaction": percent(f.satisfaction_rate)}
        for key, value in values.items():
            self.figure_labels[key].setText(str(value))
        low = f.satisfaction_rate is not None and f.satisfaction_rate < st.SATISFACTION_BAR
        self.figure_labels["satisfaction"].setStyleSheet("color: #b00020;" if low else "")
        self.others_label.setText(self.tr("Other outcomes: %1").replace("%1", self.tr(", ").join(
            f"{labels.label(labels.OUTCOMES, k)} {n}" for k, n in t.other_outcomes.items())))
        sup = s.supervision
        self.supervision_label.setText(
            self.tr("Supervisors' ratings: %1 satisfied (%2 ratings); evaluation sessions: %3 "
                    "(%4 sessions, anonymous ballots); June survey: %5 (%6 tally sheets).")
            .replace("%1", percent(sup.ratings.rate)).replace("%2", str(sup.ratings.count))
            .replace("%3", percent(sup.evaluations.rate)).replace("%4", str(sup.evaluations.count))
            .replace("%5", percent(sup.survey.rate)).replace("%6", str(sup.survey.count)))
        self.function_chart.set_rows([(labels.label(labels.FUNCTIONS, k), n)
                                      for k, n in t.by_function.items()])
        self.rule_chart.set_rows([(labels.label(labels.RULES, k), n) for k, n in t.by_rule.items()])
        self.hamlet_chart.set_rows(list(f.by_hamlet.items())[:12])
        periods = [s.period]
        for _ in range(len(s.trend) - 1):
            periods.insert(0, periods[0].previous())
        self.trend_chart.set_points([(self.short_text(q), tp.concerns, tp.satisfaction_rate)
                                     for q, tp in zip(periods, s.trend)])
        self.ranking_heading.setVisible(bool(s.ranking))
        self.ranking_table.setVisible(bool(s.ranking))
        self.ranking_table.setRowCount(len(s.ranking))
        red = QColor("#b00020")
        grey = QColor("#666666")
        for row, r in enumerate(s.ranking):
            cells = ["—" if r.stale else str(r.rank), r.name, self.age_text(r.data_age),
                     str(r.concerns), str(r.resolved),
                     percent(r.completion_rate), percent(r.satisfaction_rate)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if r.flagged:
                    item.setForeground(red)
                if r.stale:
                    item.setForeground(red if col == 2 else grey)
                    item.setToolTip(self.tr("Figures incomplete: no data for more than %n day(s); "
                                            "not ranked.", "", s.stale_after))
                self.ranking_table.setItem(row, col, item)
        self.ranking_table.resizeColumnsToContents()
        self._show_ages(s)

    def age_text(self, age, mark_stale: bool = True) -> str:
        return age_labels.age_text(age, mark_stale)

    def _show_ages(self, s) -> None:
        age = s.scope_age
        shown = age is not None and age.source != "own"
        self.age_label.setVisible(shown)
        if shown:
            text = self.tr("%1: data as of %2") if age.as_of is not None else self.tr("%1: %2")
            self.age_label.setText(text.replace("%1", s.scope_name).replace("%2", self.age_text(age)))
        stale = s.stale
        self.incomplete_label.setVisible(bool(stale))
        if stale:
            names = self.tr(", ").join(age_labels.named(name, a) for name, _, a in stale[:10])
            if len(stale) > 10:
                names += self.tr(" and %n more", "", len(stale) - 10)
            self.incomplete_label.setText(
                self.tr("Figures incomplete: no data for more than %1 days from %2. Their figures "
                        "count only up to their data's date; they are not ranked.")
                .replace("%1", str(s.stale_after)).replace("%2", names))
