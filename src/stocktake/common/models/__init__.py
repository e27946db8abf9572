from stocktake.common.models.audit import AuditLog
from stocktake.common.models.base import BaseModel
from stocktake.common.models.outbox import OutboxMessage

__all__ = ["AuditLog", "BaseModel", "OutboxMessage"]
