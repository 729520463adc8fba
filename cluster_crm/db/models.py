"""ORM mapping (SQLAlchemy 2 typed declarative models) of organisations, contacts, interactions and tags.

Needs, introductions and links between organisations are mapped in ``introduction_models``."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, selectinload

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


organisation_tag = Table(
    "organisation_tag",
    Base.metadata,
    Column("organisation_id", ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )


class Tag(Base):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    key: Mapped[str] = mapped_column(String(80), unique=True)  # folded name, for uniqueness


class Organisation(Timestamped, Base):
    __tablename__ = "organisation"
    __table_args__ = (
        # Lists filter on one column and sort by name: each index serves both at once.
        Index("ix_organisation_kind_name", "kind", "sort_name"),
        Index("ix_organisation_membership_name", "membership_status", "sort_name"),
        Index("ix_organisation_town_name", "town_key", "sort_name"),
        Index("ix_organisation_naf_name", "naf_code", "sort_name"),
        Index("ix_organisation_stay_in_touch", "stay_in_touch_days", "last_contact_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    sort_name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    siret: Mapped[str | None] = mapped_column(String(14), unique=True)
    siren: Mapped[str | None] = mapped_column(String(9), index=True)
    naf_code: Mapped[str | None] = mapped_column(String(6))
    naf_nomenclature: Mapped[str | None] = mapped_column(String(10))
    headcount_band: Mapped[str | None] = mapped_column(String(2))
    address_building: Mapped[str | None] = mapped_column(String(38))
    address_street: Mapped[str | None] = mapped_column(String(120))
    address_locality: Mapped[str | None] = mapped_column(String(120))
    postcode: Mapped[str | None] = mapped_column(String(10))
    town: Mapped[str | None] = mapped_column(String(80))
    town_key: Mapped[str | None] = mapped_column(String(80))
    cedex: Mapped[str | None] = mapped_column(String(12))
    country: Mapped[str] = mapped_column(String(60), default="France")
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    website: Mapped[str | None] = mapped_column(String(254))
    description: Mapped[str] = mapped_column(Text, default="")
    capabilities: Mapped[str] = mapped_column(Text, default="")
    membership_status: Mapped[str] = mapped_column(String(10), default="none")
    member_since: Mapped[date | None] = mapped_column(Date)
    stay_in_touch_days: Mapped[int | None] = mapped_column(Integer)
    # The latest interaction's start, kept by the interaction services: the dashboard's dormant
    # relationships read it instead of grouping a million interactions.
    last_contact_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The day the organisation asked not to be solicited any more (never proposed for introductions).
    objected_on: Mapped[date | None] = mapped_column(Date)

    tags: Mapped[list[Tag]] = relationship(secondary=organisation_tag, order_by=Tag.name)
    affiliations: Mapped[list[Affiliation]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", passive_deletes=True
    )


class Contact(Timestamped, Base):
    __tablename__ = "contact"
    id: Mapped[int] = mapped_column(primary_key=True)
    civility: Mapped[str] = mapped_column(String(3), default="")
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100))
    sort_name: Mapped[str] = mapped_column(String(200), index=True)
    job_title: Mapped[str | None] = mapped_column(String(150))
    notes: Mapped[str] = mapped_column(Text, default="")
    # The day the person objected to being contacted (GDPR: absolute for prospection).
    objected_on: Mapped[date | None] = mapped_column(Date)

    emails: Mapped[list[ContactEmail]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ContactEmail.position"
    )
    phones: Mapped[list[ContactPhone]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ContactPhone.position"
    )
    affiliations: Mapped[list[Affiliation]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True
    )


class ContactEmail(Base):
    __tablename__ = "contact_email"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    address: Mapped[str] = mapped_column(String(254))


class ContactPhone(Base):
    __tablename__ = "contact_phone"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[str] = mapped_column(String(20))


class Affiliation(Base):
    """A person's link to an organisation, with a role and dates (several per person)."""

    __tablename__ = "affiliation"
    __table_args__ = (UniqueConstraint("contact_id", "organisation_id", "start_date"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(150), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)

    contact: Mapped[Contact] = relationship(back_populates="affiliations")
    organisation: Mapped[Organisation] = relationship(back_populates="affiliations")


def with_contact_details():  # noqa: ANN201 - SQLAlchemy loader options
    """Load a contact's e-mails, phones and organisations in three queries, whatever the batch size."""
    return (
        selectinload(Contact.emails),
        selectinload(Contact.phones),
        selectinload(Contact.affiliations).selectinload(Affiliation.organisation),
    )


interaction_organisation = Table(
    "interaction_organisation",
    Base.metadata,
    Column("interaction_id", ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "organisation_id", ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)

interaction_contact = Table(
    "interaction_contact",
    Base.metadata,
    Column("interaction_id", ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True),
    Column("contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Interaction(Timestamped, Base):
    """A meeting, call, e-mail, visit, event or letter, with any number of participants."""

    __tablename__ = "interaction"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    introduction_id: Mapped[int | None] = mapped_column(
        ForeignKey("introduction.id", ondelete="SET NULL"), index=True
    )

    organisations: Mapped[list[Organisation]] = relationship(
        secondary=interaction_organisation, order_by=Organisation.sort_name
    )
    contacts: Mapped[list[Contact]] = relationship(secondary=interaction_contact, order_by=Contact.sort_name)
    attachments: Mapped[list[Attachment]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Attachment.id"
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(back_populates="interaction", passive_deletes=True)


class Attachment(Base):
    """A file copied into the app's data folder (``stored_name`` is relative to attachments/)."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interaction.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    stored_name: Mapped[str] = mapped_column(String(400))
    size: Mapped[int] = mapped_column(Integer, default=0)


class FollowUp(Base):
    """Something to do by a date (relance), about an interaction, an organisation or a person."""

    __tablename__ = "follow_up"
    __table_args__ = (Index("ix_follow_up_open_due", "done", "due_date"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    due_date: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(300), default="")
    done: Mapped[bool] = mapped_column(default=False)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interaction.id", ondelete="SET NULL"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    # The check-ups scheduled when an introduction is made go with it.
    introduction_id: Mapped[int | None] = mapped_column(
        ForeignKey("introduction.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    interaction: Mapped[Interaction | None] = relationship(back_populates="follow_ups")
    organisation: Mapped[Organisation | None] = relationship()
    contact: Mapped[Contact | None] = relationship()
    introduction: Mapped[Introduction | None] = relationship(back_populates="follow_ups")


# Mapped in their own module, which needs the classes above.
from cluster_crm.db.introduction_models import (  # noqa: E402
    DismissedSuggestion,
    Introduction,
    IntroductionEvent,
    Need,
    OrganisationLink,
    Setting,
    need_tag,
)
from cluster_crm.db.letter_models import LetterTemplate  # noqa: E402

__all__ = [
    "DismissedSuggestion",
    "Introduction",
    "IntroductionEvent",
    "LetterTemplate",
    "Need",
    "OrganisationLink",
    "Setting",
    "need_tag",
]
