from stocktake.judging.models.review import (
    Assignment,
    Conflict,
    Criterion,
    Decision,
    Panel,
    Reviewer,
    Score,
    Stage,
)

__all__ = ["Assignment", "Conflict", "Criterion", "Decision", "Panel", "Reviewer", "Score", "Stage"]
