"""ORM mapping of letter templates (the shipped French library and the animator's own)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cluster_crm.db.models import Base, Timestamped


class LetterTemplate(Timestamped, Base):
    """A letter's subject, body (safe rich-text markup) and closing, with ``{{fields}}`` to fill in."""

    __tablename__ = "letter_template"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str | None] = mapped_column(String(60), unique=True)  # shipped templates only
    name: Mapped[str] = mapped_column(String(120), unique=True)
    purpose: Mapped[str] = mapped_column(String(20), default="general")
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    closing: Mapped[str] = mapped_column(Text, default="")
