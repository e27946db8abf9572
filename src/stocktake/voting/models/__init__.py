from stocktake.voting.models.ledger import InvalidationEntry, ReasonCode
from stocktake.voting.models.results import ResultRow
from stocktake.voting.models.vote import Vote, Voter

__all__ = ["InvalidationEntry", "ReasonCode", "ResultRow", "Vote", "Voter"]
