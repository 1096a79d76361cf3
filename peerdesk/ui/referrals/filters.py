"""The directory's filter row: category, language, region, open 24/7, knows first responders.

Every control is reachable by Tab and says what it filters in its accessible name. The region
and language lists come from the directory itself (``services.referrals.filter_choices``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from peerdesk.domain.referrals import ResourceCategory, ResourceFilter
from peerdesk.services.referrals import FilterChoices
from peerdesk.ui.kit.widgets import secondary_button, tag
from peerdesk.ui.referrals.labels import category_label


class FilterBar(QWidget):
    """Filter controls; :meth:`value` is the current :class:`ResourceFilter`.

    Signals:
        changed(): any filter changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.category = tag(QComboBox(), "categoryFilter", self.tr("Category filter"))
        self.category.addItem(self.tr("All categories"), "")
        for category in ResourceCategory:
            self.category.addItem(category_label(category), category.value)
        self.language = tag(QComboBox(), "languageFilter", self.tr("Language filter"))
        self.region = tag(QComboBox(), "regionFilter", self.tr("Region filter"))
        self.set_choices(FilterChoices((), ()))
        self.around_clock = tag(QCheckBox(self.tr("Open 2&4/7")), "available247Filter",
                                self.tr("Only resources open 24/7"))
        self.informed = tag(QCheckBox(self.tr("Knows first &responders")), "informedFilter",
                            self.tr("Only resources that know first responders"))
        self.reset_button = secondary_button(self.tr("Clear filters"), "clearFiltersButton",
                                             link=True)
        # Two rows: the lists, then the switches, Clear and the count, so longer words (French
        # runs about a third longer than English) never squeeze a check box's label.
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(6)
        lists = QHBoxLayout()
        lists.setSpacing(10)
        for box in (self.category, self.language, self.region):
            box.setMinimumWidth(170)
            box.currentIndexChanged.connect(self._changed)
            lists.addWidget(box)
        lists.addStretch(1)
        rows.addLayout(lists)
        row = QHBoxLayout()
        row.setSpacing(10)
        rows.addLayout(row)
        for check in (self.around_clock, self.informed):
            check.toggled.connect(self._changed)
            row.addWidget(check)
        row.addStretch(1)
        row.addWidget(self.reset_button)
        self._row = row
        self.reset_button.clicked.connect(self.reset)
        self._sync_reset()

    def add_status(self, label: QWidget) -> None:
        """Show how many resources were found at the end of the row."""
        self._row.addSpacing(8)
        self._row.addWidget(label)

    def set_choices(self, choices: FilterChoices) -> None:
        """Refill the language and region lists, keeping the current choice when it exists."""
        for box, values, any_text in (
                (self.language, choices.languages, self.tr("Any language")),
                (self.region, choices.regions, self.tr("Any region"))):
            current = box.currentData() or ""
            box.blockSignals(True)
            box.clear()
            box.addItem(any_text, "")
            for value in values:
                box.addItem(value, value)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)

    def value(self) -> ResourceFilter:
        code = self.category.currentData()
        return ResourceFilter(
            category=ResourceCategory(code) if code else None,
            available_24_7=self.around_clock.isChecked(),
            language=self.language.currentData() or "",
            region=self.region.currentData() or "",
            first_responder_informed=self.informed.isChecked())

    def set_category(self, category: ResourceCategory | None) -> None:
        self.category.setCurrentIndex(
            max(0, self.category.findData(category.value if category else "")))

    def is_default(self) -> bool:
        return self.value() == ResourceFilter()

    def reset(self) -> None:
        for widget in (self.category, self.language, self.region, self.around_clock,
                       self.informed):
            widget.blockSignals(True)
        self.category.setCurrentIndex(0)
        self.language.setCurrentIndex(0)
        self.region.setCurrentIndex(0)
        self.around_clock.setChecked(False)
        self.informed.setChecked(False)
        for widget in (self.category, self.language, self.region, self.around_clock,
                       self.informed):
            widget.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        self._sync_reset()
        self.changed.emit()

    def _sync_reset(self) -> None:
        self.reset_button.setVisible(not self.is_default())

    def focus_chain(self) -> list[QWidget]:
        return [self.category, self.language, self.region, self.around_clock, self.informed,
                self.reset_button]
