from stocktake.coordination.models.campaign import Campaign, Invitation

__all__ = ["Campaign", "Invitation"]
