"""Python dates to Qt's: the one place the shell converts them (Qt's ``toPython()`` goes back)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(to_qdate(value), QTime(value.hour, value.minute, value.second))
