from stocktake.common.models.audit import AuditLog
from stocktake.common.models.base import BaseModel

__all__ = ["AuditLog", "BaseModel"]
