"""My contacts: the signed-in supporter's contacts, newest first, filtered in SQL, paged lazily.

Enter (or a double-click) opens a contact in the form; Delete asks first, then deletes it (the
service audits the deletion without its content).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.contacts import ContactFilter, ContactSummary
from peerdesk.domain.vocab import Format, MemberGroup, Topic
from peerdesk.services import contacts
from peerdesk.services.workspace import Workspace
from peerdesk.ui.contacts.fields import combo, to_date, to_qdate
from peerdesk.ui.contacts.list_model import ROW_HEIGHT, ContactTableModel, short_date
from peerdesk.ui.kit import table_fit
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.vocab_labels import label
from peerdesk.ui.kit.widgets import DateEdit, MessageWidget, secondary_button, tag, text_label

_PERIODS = (("any", 0), ("30", 30), ("90", 90), ("365", 365), ("custom", -1))


class ContactTable(QTableView):
    """A table whose Delete key asks to delete the current row.

    Signals:
        deletePressed(): Delete was pressed on a row.
    """

    deletePressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.deletePressed.emit()
            return
        super().keyPressEvent(event)


class MyContactsPage(QWidget):
    """Filters, the lazily paged table and the Open/Delete actions.

    Signals:
        openRequested(int): open this contact in the form.
        deleteRequested(object): delete this ContactSummary (after the section confirms).
    """

    openRequested = Signal(int)
    deleteRequested = Signal(object)

    def __init__(self, workspace: Workspace, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myContactsPage")
        self.workspace, self.tasks = workspace, tasks
        self.model = ContactTableModel(
            tasks, lambda f, after, limit: contacts.page(workspace, f, after, limit), parent=self)
        self.period = tag(QComboBox(), "periodCombo", self.tr("When"))
        for text, (key, _days) in zip(
                (self.tr("Any time"), self.tr("Last 30 days"), self.tr("Last 90 days"),
                 self.tr("Last 12 months"), self.tr("Choose dates…")), _PERIODS, strict=True):
            self.period.addItem(text, key)
        self.date_from = tag(DateEdit(), "dateFromEdit", self.tr("From"))
        self.date_to = tag(DateEdit(), "dateToEdit", self.tr("To"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setMaximumDate(to_qdate(date.today()))
            edit.setVisible(False)
        self.date_from.setDate(to_qdate(date.today() - timedelta(days=30)))
        self.date_to.setDate(to_qdate(date.today()))
        self.group = combo(list(MemberGroup), "groupFilter", self.tr("Member group filter"),
                           self.tr("All member groups"))
        self.format = combo(list(Format), "formatFilter", self.tr("Format filter"),
                            self.tr("All formats"))
        self.topic = combo(list(Topic), "topicFilter", self.tr("Topic filter"),
                           self.tr("All topics"))
        for box in (self.group, self.format, self.topic):
            # Wide enough for the "All …" choice, in any language.
            box.setMinimumContentsLength(max(10, len(box.itemText(0)) + 1))
        self.due = tag(QCheckBox(self.tr("Follow-up due")), "followUpDueFilter")
        self.due.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.table = tag(ContactTable(), "contactTable", self.tr("My contacts"))
        self.table.setModel(self.model)
        self._set_up_table()
        self.status = text_label("", "listStatus")
        self.message = MessageWidget("listMessage", closable=True)
        self.open_button = secondary_button(self.tr("Open"), "openContactButton")
        self.delete_button = secondary_button(self.tr("Delete…"), "deleteContactButton")
        self._lay_out()
        for box in (self.period, self.group, self.format, self.topic):
            box.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.apply_filters)
        self.due.toggled.connect(self.apply_filters)
        self.table.activated.connect(self._open_index)
        self.table.deletePressed.connect(self._delete_current)
        self.open_button.clicked.connect(lambda: self._open_index(self.table.currentIndex()))
        self.delete_button.clicked.connect(self._delete_current)
        self.model.pageLoaded.connect(self._show_status)
        self.model.loadFailed.connect(self._load_failed)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_buttons)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()

    def _set_up_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        rows.setDefaultSectionSize(ROW_HEIGHT)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Narrow enough for the topics to keep room at 1280 px: longer values wrap.
        widths = (115, 130, 160, 95, 60, 0, 105, 150)
        for column, width in enumerate(widths):
            if width:
                table.setColumnWidth(column, width)
        header.setSectionResizeMode(ContactTableModel.TOPICS, QHeaderView.ResizeMode.Stretch)
        table_fit.two_line_rows(table, lines=3)  # all topics and "Overdue (due …)", wrapped
        table_fit.headings_fit(table)

    def _lay_out(self) -> None:
        # Two rows (when, then what), so longer words never squeeze the last filter.
        when = QHBoxLayout()
        when.setSpacing(10)
        for widget in (self.period, self.date_from, self.date_to, self.due):
            when.addWidget(widget)
        when.addStretch(1)
        filters = QHBoxLayout()
        filters.setSpacing(10)
        for widget in (self.group, self.format, self.topic):
            filters.addWidget(widget)
        filters.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.delete_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 16, 32, 16)
        column.setSpacing(10)
        column.addWidget(tag(QLabel(self.tr("My contacts")), "pageTitle"))
        column.addWidget(text_label(self.tr(
            "Only you see these. Enter opens a contact; Delete removes it."), "hint"))
        column.addLayout(when)
        column.addLayout(filters)
        column.addWidget(self.message)
        column.addWidget(self.table, 1)
        column.addLayout(actions)

    # ------------------------------------------------------------------ filters

    def current_filters(self) -> ContactFilter:
        key = self.period.currentData()
        today = date.today()
        custom = key == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        date_from = date_to = None
        if custom:
            date_from, date_to = to_date(self.date_from.date()), to_date(self.date_to.date())
        elif key != "any":
            date_from = today - timedelta(days=int(key))

        def chosen(box: QComboBox, kind: type) -> object:
            data = box.currentData()
            return None if data is None else kind(data)

        return ContactFilter(
            date_from=date_from, date_to=date_to,
            member_group=chosen(self.group, MemberGroup),  # type: ignore[arg-type]
            format=chosen(self.format, Format),  # type: ignore[arg-type]
            topic=chosen(self.topic, Topic),  # type: ignore[arg-type]
            follow_up_due=self.due.isChecked(),
        )

    def apply_filters(self) -> None:
        self.message.hide_message()
        self.status.setText(self.tr("Loading…"))
        self.model.set_filters(self.current_filters())

    def refresh(self) -> None:
        self.model.refresh()

    # ------------------------------------------------------------------ actions

    def _show_status(self, loaded: int) -> None:
        if loaded == 0:
            text = (self.tr("No contacts match these filters.")
                    if self.model.filters != ContactFilter() else
                    self.tr("No contacts yet. Contacts you log appear here."))
        elif self.model.canFetchMore(QModelIndex()):
            text = self.tr("Showing the newest %n contacts; scroll for more.", "", loaded)
        else:
            text = self.tr("%n contact(s).", "", loaded)
        self.status.setText(text)

    def _load_failed(self, exc: BaseException) -> None:
        if self.workspace.is_locked:
            return
        self.message.show_message(self.model.error_text(exc), "error")

    def _update_buttons(self) -> None:
        has_row = self.table.currentIndex().isValid()
        self.open_button.setEnabled(has_row)
        self.delete_button.setEnabled(has_row)

    def _open_index(self, index: QModelIndex) -> None:
        summary = self.model.summary(index.row()) if index.isValid() else None
        if summary is not None:
            self.openRequested.emit(summary.id)

    def _delete_current(self) -> None:
        index = self.table.currentIndex()
        summary = self.model.summary(index.row()) if index.isValid() else None
        if summary is not None:
            self.deleteRequested.emit(summary)

    @staticmethod
    def describe(summary: ContactSummary) -> str:
        return f"{short_date(summary.occurred_on)}, {label(summary.member_group)}, " \
               f"{label(summary.format)}"
