"""Reading bounce reports (RFC 3464 delivery status notifications) from a mailbox file, so the
addresses that failed can be marked on their invitations (`stocktake campaign bounce --mbox FILE`).

Only permanent failures (status 5.x.x) count: a full mailbox or a greylisting delay is not a bounce."""

from __future__ import annotations

import mailbox
from dataclasses import dataclass
from email import message_from_bytes
from email.policy import default as default_policy
from pathlib import Path


@dataclass(frozen=True)
class Bounce:
    email: str
    status: str
    reason: str


def _fields(block) -> dict[str, str]:
    return {k.lower(): str(v) for k, v in block.items()}


def bounces_in_message(message) -> list[Bounce]:
    found = []
    for part in message.walk():
        if part.get_content_type() != "message/delivery-status":
            continue
        # The payload is a list of header blocks: one per message, then one per recipient.
        blocks = part.get_payload()
        for block in blocks[1:] if isinstance(blocks, list) else []:
            fields = _fields(block)
            recipient = fields.get("final-recipient") or fields.get("original-recipient") or ""
            status = fields.get("status", "").strip()
            if fields.get("action", "").strip().lower() != "failed" or not status.startswith("5"):
                continue
            address = recipient.split(";", 1)[-1].strip().strip("<>").lower()
            if address:
                reason = " ".join(fields.get("diagnostic-code", status).split(";", 1)[-1].split())
                found.append(Bounce(address, status, reason[:500]))
    return found


def bounces_in_mbox(path: str | Path) -> list[Bounce]:
    """Every permanent failure reported in an mbox file (a Maildir directory works too)."""
    path = Path(path)
    box = mailbox.Maildir(path, create=False) if path.is_dir() else mailbox.mbox(path, create=False)
    found = []
    try:
        for key in box.iterkeys():
            message = message_from_bytes(box.get_bytes(key), policy=default_policy)
            found.extend(bounces_in_message(message))
    finally:
        box.close()
    return found
