"""The unit of work: one session per user action, rolled back unless ``commit()`` was called."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from cluster_crm.clock import SYSTEM_CLOCK, Clock
from cluster_crm.db.interaction_repositories import FollowUpRepository, InteractionRepository
from cluster_crm.db.introduction_repositories import (
    IntroductionRepository,
    LinkRepository,
    NeedRepository,
    SettingRepository,
)
from cluster_crm.db.letter_repositories import LetterTemplateRepository
from cluster_crm.db.repositories import ContactRepository, OrganisationRepository, TagRepository


class UnitOfWork:
    session: Session
    organisations: OrganisationRepository
    contacts: ContactRepository
    tags: TagRepository
    interactions: InteractionRepository
    follow_ups: FollowUpRepository
    needs: NeedRepository
    introductions: IntroductionRepository
    links: LinkRepository
    settings: SettingRepository
    letter_templates: LetterTemplateRepository

    def __init__(self, session_factory: sessionmaker[Session], clock: Clock = SYSTEM_CLOCK) -> None:
        self._session_factory = session_factory
        self.clock = clock
        """What day it is for the use case: services ask it, never the machine."""

    def __enter__(self) -> UnitOfWork:
        self.session = self._session_factory()
        self.organisations = OrganisationRepository(self.session)
        self.contacts = ContactRepository(self.session)
        self.tags = TagRepository(self.session)
        self.interactions = InteractionRepository(self.session)
        self.follow_ups = FollowUpRepository(self.session)
        self.needs = NeedRepository(self.session)
        self.introductions = IntroductionRepository(self.session)
        self.links = LinkRepository(self.session)
        self.settings = SettingRepository(self.session)
        self.letter_templates = LetterTemplateRepository(self.session)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        self.session.commit()

    def flush(self) -> None:
        self.session.flush()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
