"""Outgoing e-mail: SMTP when `MAIL_SERVER` is set, otherwise the message goes to the log.

Messages are sent after the request's transaction commits (a reset token must exist before the
mail that carries it leaves). The last messages are kept in memory for inspection in development
and tests.
"""

import asyncio
import logging
import os
import smtplib
from collections import deque
from dataclasses import dataclass
from email.message import EmailMessage

from app.core.config import get_settings
from app.core.unit_of_work import current_unit_of_work

log = logging.getLogger("app.core.mail")


@dataclass(frozen=True)
class Mail:
    subject: str
    text: str
    recipient: str
    html: str | None = None


outbox: deque[Mail] = deque(maxlen=100)


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


def _send_smtp(mail: Mail) -> None:
    settings = get_settings()
    message = EmailMessage()
    message["Subject"] = mail.subject
    message["From"] = settings.mail_default_sender
    message["To"] = mail.recipient
    message.set_content(mail.text)
    if mail.html:
        message.add_alternative(mail.html, subtype="html")
    smtp_class = smtplib.SMTP_SSL if _env_flag("MAIL_USE_SSL") else smtplib.SMTP
    with smtp_class(settings.mail_server, settings.mail_port, timeout=15) as smtp:
        if _env_flag("MAIL_USE_TLS"):
            smtp.starttls()
        username = os.environ.get("MAIL_USERNAME")
        if username:
            smtp.login(username, os.environ.get("MAIL_PASSWORD", ""))
        smtp.send_message(message)


async def deliver(mail: Mail) -> None:
    """Send now. Failures are logged, never raised: a mail problem must not fail the request."""
    outbox.append(mail)
    if not get_settings().mail_server:
        log.info("mail to %s (no MAIL_SERVER set, not sent): %s\n%s", mail.recipient, mail.subject, mail.text)
        return
    try:
        await asyncio.to_thread(_send_smtp, mail)
    except (OSError, smtplib.SMTPException):
        log.exception("could not send mail to %s", mail.recipient)


async def send_mail(subject: str, text: str, recipient: str, html: str | None = None) -> None:
    """Send once the current unit of work commits (or right away outside one)."""
    mail = Mail(subject=subject, text=text, recipient=recipient, html=html)
    try:
        uow = current_unit_of_work()
    except RuntimeError:
        await deliver(mail)
        return

    async def _after_commit() -> None:
        await deliver(mail)

    uow.on_commit(_after_commit)
