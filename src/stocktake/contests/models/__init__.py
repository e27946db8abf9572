from stocktake.contests.models.directory import Pledge, TechWomanProfile
from stocktake.contests.models.edition import Category, Edition, Phase, Track
from stocktake.contests.models.submission import Submission

__all__ = ["Category", "Edition", "Phase", "Pledge", "Submission", "TechWomanProfile", "Track"]
