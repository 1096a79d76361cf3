"""The printable recovery-key sheet (reportlab)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from peerdesk.storage.atomic import write_atomic


def write_recovery_sheet(
    out: Path, recovery_key: str, *, training: bool = False, today: date | None = None
) -> None:
    """Write a one-page PDF holding the recovery key and how to use and keep it.

    The sheet names neither the vault's folder nor any member, so a lost sheet tells a finder
    only that a PeerDesk vault exists somewhere.
    """
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=1)
    pdf.setTitle("PeerDesk recovery key")
    pdf.setAuthor("PeerDesk")
    width, height = A4
    left = 25 * mm
    y = height - 30 * mm
    pdf.setFillColor(colors.HexColor("#1f4e5f"))
    pdf.setFont("Helvetica-Bold", 22)
    pdf.drawString(left, y, "PeerDesk recovery key")
    if training:
        pdf.setFont("Helvetica-Bold", 12)
        pdf.setFillColor(colors.HexColor("#8a4b00"))
        pdf.drawRightString(width - left, y, "TRAINING — practice data")
    y -= 10 * mm
    pdf.setFillColor(colors.black)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(left, y, f"Created {(today or date.today()).isoformat()}")
    y -= 18 * mm
    box_h = 24 * mm
    pdf.setStrokeColor(colors.HexColor("#1f4e5f"))
    pdf.setLineWidth(1.5)
    pdf.roundRect(left, y - box_h, width - 2 * left, box_h, 4 * mm)
    font_size = 17
    pdf.setFont("Courier-Bold", font_size)
    pdf.drawCentredString(width / 2, y - box_h / 2 - font_size * 0.35, recovery_key)
    y -= box_h + 12 * mm
    text = pdf.beginText(left, y)
    text.setFont("Helvetica", 11)
    text.setLeading(16)
    for line in (
        "This key opens the vault when a coordinator has forgotten their passphrase.",
        "On the unlock screen choose \u201cForgot passphrase?\u201d, type the key, and set a new",
        "passphrase for the coordinator.",
        "",
        "Keep this sheet where only the program's coordinators can reach it, for example",
        "a sealed envelope in a locked cabinet. Anyone holding it can open the vault.",
        "",
        "Letters may be typed in upper or lower case; dashes and spaces are optional.",
    ):
        text.textLine(line)
    pdf.drawText(text)
    pdf.setFont("Helvetica", 8)
    pdf.setFillColor(colors.grey)
    pdf.drawString(left, 15 * mm, "PeerDesk \u2014 printed recovery sheet. Do not copy.")
    pdf.showPage()
    pdf.save()
    write_atomic(out, buffer.getvalue())
