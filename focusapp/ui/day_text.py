"""Numbers, times of day and a day's progress toward a role's target, in the UI language:
the words the Today window shares with the review, the history, the reports and the command
line. Apart from the review's model (`review_model`) and the meetings panel so that the
first paint loads neither (issue 15)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from focusapp.core.roles import RoleConfig
from focusapp.core.streaks import DayProgress
from focusapp.core.text import fill
from focusapp.ui.names import metric_name


def number(value: float, decimals: int = 0, locale: QLocale | None = None) -> str:
    return str((locale or QLocale()).toString(float(value), "f", decimals))


def short_time(instant: datetime) -> str:
    """'09:30' (or '9:30 AM') in the UI locale."""
    return QLocale().toString(QTime(instant.hour, instant.minute),
                              QLocale.FormatType.ShortFormat)


def short_date_time(moment: datetime) -> str:
    """'03/12/2026 09:30' (or '12/3/26 9:30 AM') in the UI locale."""
    shown = QDateTime(QDate(moment.year, moment.month, moment.day),
                      QTime(moment.hour, moment.minute))
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


def percent(share: float, locale: QLocale | None = None) -> str:
    return fill(
        QCoreApplication.translate("Review", "%1 %", "percent"),
        number(share * 100, 0, locale),
    )


def progress_line(config: RoleConfig | None, progress: DayProgress) -> str:
    """Today toward the role's target, in the units the user set: '35 / 60 min · 18 / 40
    touches · 3 / 5 conversations' (each count with a target of its own), all counts
    against a target of one number ('21 / 30 counted'); a count with no target is still
    shown: '6 touches'."""
    target = config.target if config else None
    unit = count_unit(config)
    parts = []
    if target is not None and target.minutes is not None:
        parts.append(fill(QCoreApplication.translate("Today", "%1 / %2 min"),
                          number(progress.minutes), number(target.minutes)))
    if target is not None and target.count is not None:
        parts.append(_toward(progress.count, target.count, unit))
    for metric, count in target.per_metric if target is not None else ():
        parts.append(_toward(progress.by_metric.get(metric, 0), count, metric_name(metric)))
    if progress.count and (target is None or (target.count is None and not target.per_metric)):
        parts.append(fill(QCoreApplication.translate("Today", "%1 %2"), number(progress.count),
                          unit))
    return QCoreApplication.translate("Today", " · ").join(parts)


def _toward(done: int, target: int, unit: str) -> str:
    return fill(QCoreApplication.translate("Today", "%1 / %2 %3"), number(done), number(target),
                unit)


def count_unit(config: RoleConfig | None) -> str:
    """What a role's count counts: its metric's name when its key activities share one,
    else a plain 'counted'."""
    metrics = {a.metric for a in config.activities if a.key and a.metric} if config else set()
    if len(metrics) == 1:
        return metric_name(metrics.pop())
    return QCoreApplication.translate("Today", "counted")
