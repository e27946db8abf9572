from stocktake.accounts.models.organisation import Membership, Organisation
from stocktake.accounts.models.user import Role, RoleAssignment, User

__all__ = ["Membership", "Organisation", "Role", "RoleAssignment", "User"]
