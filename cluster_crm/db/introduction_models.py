"""ORM mapping of needs, introductions (with their history), links between organisations, settings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cluster_crm.db.models import Base, Contact, FollowUp, Organisation, Tag, Timestamped

need_tag = Table(
    "need_tag",
    Base.metadata,
    Column("need_id", ForeignKey("need.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Need(Timestamped, Base):
    """What a contracting organisation is looking for (besoin), and the constraints on who can serve it."""

    __tablename__ = "need"
    __table_args__ = (Index("ix_need_status_received", "status", "received_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    keywords: Mapped[str] = mapped_column(Text, default="")  # capabilities sought, free text
    naf_codes: Mapped[str] = mapped_column(String(200), default="")  # space-separated NAF codes
    headcount_min: Mapped[str | None] = mapped_column(String(2))  # INSEE band codes
    headcount_max: Mapped[str | None] = mapped_column(String(2))
    town: Mapped[str | None] = mapped_column(String(80))
    postcode: Mapped[str | None] = mapped_column(String(10))
    max_distance_km: Mapped[int | None] = mapped_column(Integer)
    deadline: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="open")
    received_on: Mapped[date] = mapped_column(Date)
    status_on: Mapped[date | None] = mapped_column(Date)  # when it was satisfied or abandoned

    organisation: Mapped[Organisation] = relationship()
    contact: Mapped[Contact | None] = relationship()
    tags: Mapped[list[Tag]] = relationship(secondary=need_tag, order_by=Tag.name)
    introductions: Mapped[list[Introduction]] = relationship(back_populates="need", passive_deletes=True)


class DismissedSuggestion(Base):
    """An SME the animator ruled out for a need: it is not suggested again."""

    __tablename__ = "dismissed_suggestion"
    need_id: Mapped[int] = mapped_column(ForeignKey("need.id", ondelete="CASCADE"), primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    reason: Mapped[str] = mapped_column(String(300), default="")
    dismissed_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class Introduction(Timestamped, Base):
    """A mise en relation: a contracting organisation and an SME, each with a contact, and its outcome."""

    __tablename__ = "introduction"
    __table_args__ = (
        Index("ix_introduction_status_on", "status", "status_on"),
        Index("ix_introduction_latest", "status_on", "id"),  # lists read the latest first, a page at a time
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    need_id: Mapped[int | None] = mapped_column(ForeignKey("need.id", ondelete="SET NULL"), index=True)
    contracting_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    contracting_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    sme_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    sme_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="proposed")
    status_on: Mapped[date] = mapped_column(Date)  # the day the current status was reached
    proposed_on: Mapped[date] = mapped_column(Date)
    contracting_agreed_on: Mapped[date | None] = mapped_column(Date)
    sme_agreed_on: Mapped[date | None] = mapped_column(Date)
    introduced_on: Mapped[date | None] = mapped_column(Date, index=True)
    ended_on: Mapped[date | None] = mapped_column(Date, index=True)  # concluded or closed
    outcome: Mapped[str | None] = mapped_column(String(12))
    amount_eur: Mapped[int | None] = mapped_column(Integer)
    close_reason: Mapped[str | None] = mapped_column(String(12))

    need: Mapped[Need | None] = relationship(back_populates="introductions")
    contracting: Mapped[Organisation] = relationship(foreign_keys=[contracting_id])
    contracting_contact: Mapped[Contact | None] = relationship(foreign_keys=[contracting_contact_id])
    sme: Mapped[Organisation] = relationship(foreign_keys=[sme_id])
    sme_contact: Mapped[Contact | None] = relationship(foreign_keys=[sme_contact_id])
    history: Mapped[list[IntroductionEvent]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="(IntroductionEvent.changed_on, IntroductionEvent.id)",
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(back_populates="introduction", passive_deletes=True)


class IntroductionEvent(Base):
    """One change of an introduction's status, with its date: the pipeline's history."""

    __tablename__ = "introduction_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    introduction_id: Mapped[int] = mapped_column(
        ForeignKey("introduction.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[str | None] = mapped_column(String(12))
    status: Mapped[str] = mapped_column(String(12))
    changed_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(500), default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class OrganisationLink(Base):
    """A typed relationship between two organisations (client of, supplier of, subsidiary of, partner of)."""

    __tablename__ = "organisation_link"
    __table_args__ = (UniqueConstraint("organisation_id", "other_id", "kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    other_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(300), default="")

    organisation: Mapped[Organisation] = relationship(foreign_keys=[organisation_id])
    other: Mapped[Organisation] = relationship(foreign_keys=[other_id])


class Setting(Base):
    """The cluster's shared settings (kept in the database, so that a team shares them)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
