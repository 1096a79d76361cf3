"""A small lookup of the directory for one referral type, opened from the contact form.

A referral chip ("Crisis line", "EAP", ...) can open this dialog to find the resource to give
the member: the directory filtered to that category (``services.referrals.lookup_for_referral``),
searchable as you type, with the selected resource's phone number large and copyable. The
search runs in the database worker; answers older than the newest question are dropped.

Usage from the contact form::

    dialog = ReferralLookupDialog(workspace, tasks, ReferralType.CRISIS_LINE, parent=self)
    dialog.open()
"""

from __future__ import annotations

import itertools
from datetime import date

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from peerdesk.domain.referrals import Resource, category_for_referral
from peerdesk.domain.vocab import ReferralType
from peerdesk.services import referrals
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import a11y, messages, theme
from peerdesk.ui.kit.screen import heading
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import MessageWidget, secondary_button, tag, text_label
from peerdesk.ui.referrals.detail import ResourceDetail, detail_scroll
from peerdesk.ui.referrals.labels import category_label
from peerdesk.ui.referrals.models import CATEGORY, ResourceTableModel
from peerdesk.ui.referrals.page import SEARCH_DELAY_MS, resource_table
from peerdesk.ui.referrals.styles import style_sheet


class ReferralLookupDialog(QDialog):
    """The directory's resources for ``referral``, best first.

    Signals:
        resultsShown(int): an answer reached the list (tests wait on it).
    """

    resultsShown = Signal(int)

    def __init__(self, workspace: Workspace, tasks: TaskRunner, referral: ReferralType,
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralLookupDialog")
        theme.style_local(self, style_sheet, workspace.training)
        self.setMinimumSize(900, 560)
        self.workspace, self.tasks, self.referral = workspace, tasks, referral
        self._request = 0
        title = self.tr("Find a resource: %1").replace(
            "%1", category_label(category_for_referral(referral)))
        self.setWindowTitle(title)
        self.model = ResourceTableModel(self, today)
        self.search = tag(QLineEdit(), "lookupSearchEdit", self.tr("Search these resources"))
        self.search.setPlaceholderText(self.tr("Search by name, region, language or notes"))
        self.search.setClearButtonEnabled(True)
        self.table = resource_table(self.model, "lookupTable", self.tr("Resources"))
        self.table.setColumnHidden(CATEGORY, True)  # one category: the title says which
        self.detail = ResourceDetail(today=today)
        self.status = text_label("", "resultStatus", wrap=False)
        self.message = MessageWidget("lookupMessage")
        self.close_button = secondary_button(self.tr("Close"), "closeLookupButton")
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addLayout(heading(title, self.tr(
            "From your team's directory. Copy the number to give it to the member.")))
        layout.addWidget(self.search)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.table, 3)
        body.addWidget(detail_scroll(self.detail), 2)
        layout.addLayout(body, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.search_now)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail.copied.connect(lambda phone: self.message.show_message(
            self.tr("%1 is on the clipboard.").replace("%1", phone), "positive"))
        chain = [self.search, self.table, *self.detail.focus_chain(), self.close_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.search.setFocus()
        self.search_now()

    def search_now(self) -> None:
        self._debounce.stop()
        if self.workspace.is_locked:
            return
        self._request += 1
        request, ws, kind, text = self._request, self.workspace, self.referral, self.search.text()
        self.tasks.run(
            lambda: referrals.lookup_for_referral(ws, kind, text),
            lambda rows: self._results(request, rows),
            lambda exc: self.message.show_message(messages.error_text(exc), "error"),
            owner=self)

    def _results(self, request: int, rows: list[Resource]) -> None:
        if not shiboken6.isValid(self) or request != self._request:
            return
        self.model.set_resources(rows)
        if rows:
            n = len(rows)
            text = self.tr("%n resource(s)", "", n)
            self.table.selectRow(0)
        else:
            text = self.tr(
                "The directory has no resource of this kind yet. Ask your coordinator to add "
                "one; meanwhile use your program's standard contacts.")
            self.detail.show_resource(None)
        if text != self.status.text():
            self.status.setText(text)
            a11y.announce(self.status, text)
        self.resultsShown.emit(len(rows))

    def _current_changed(self, *_args: object) -> None:
        index = self.table.currentIndex()
        self.detail.show_resource(self.model.resource_at(index.row()) if index.isValid()
                                  else None)

    def done(self, result: int) -> None:
        self._request += 1  # a search still in the worker answers no one
        self.model.clear()
        super().done(result)
