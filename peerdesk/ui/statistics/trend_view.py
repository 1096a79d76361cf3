"""The "Trend" tab: the headline figures of every frozen quarter, as a table and four small
bar charts (contacts, support hours, referrals, critical incidents), hidden values shown as
"hidden"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QVBoxLayout, QWidget

from peerdesk.domain.stats import Release
from peerdesk.ui.kit.widgets import text_label
from peerdesk.ui.statistics.bar_chart import BarChart
from peerdesk.ui.statistics.models import TrendTableModel
from peerdesk.ui.statistics.release_view import stats_table


class TrendView(QWidget):
    """Frozen quarters oldest first; empty until a quarter has been released."""

    def __init__(self, training: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendView")
        self.model = TrendTableModel(self)
        self.intro = text_label(self.tr(
            "Released quarters only, exactly as they were published; a hidden total reads "
            "\u201chidden\u201d."), "trendIntro")
        self.empty = text_label(self.tr(
            "No quarter has been released yet. The trend appears here after the first export."),
            "trendEmpty")
        self.table = stats_table("trendTable", self.tr("Headline figures per released quarter"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        titles = (self.tr("Contacts"), self.tr("Support hours"), self.tr("Referrals"),
                  self.tr("Critical incidents"))
        self.charts = [BarChart(name, training) for name in
                       ("trendContactsChart", "trendHoursChart", "trendReferralsChart",
                        "trendIncidentsChart")]
        self._titles = titles
        charts = QHBoxLayout()
        charts.setSpacing(16)
        for chart in self.charts:
            charts.addWidget(chart, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 16, 0, 0)
        column.setSpacing(12)
        column.addWidget(self.intro)
        column.addWidget(self.empty)
        column.addWidget(self.table)
        column.addLayout(charts, 1)
        self.set_releases([])

    def set_releases(self, releases: Sequence[Release]) -> None:
        self.model.set_releases(releases)
        have = bool(releases)
        self.empty.setVisible(not have)
        self.table.setVisible(have)
        rows = len(releases)
        self.table.setFixedHeight(min(200, 44 + 30 * max(rows, 1)))
        threshold = max((r.threshold for r in releases), default=0)
        for column, (chart, title) in enumerate(zip(self.charts, self._titles, strict=True),
                                                start=1):
            chart.setVisible(have)
            chart.set_bars(self.model.series(column) if have else [], threshold, title)

    def clear(self) -> None:
        self.set_releases([])
