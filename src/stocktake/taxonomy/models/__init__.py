from stocktake.taxonomy.models.taxonomy import (
    SDG,
    ActionLine,
    Country,
    GDCObjective,
    PrizeCategory,
    Region,
    StakeholderType,
    Subtopic,
)

__all__ = [
    "SDG",
    "ActionLine",
    "Country",
    "GDCObjective",
    "PrizeCategory",
    "Region",
    "StakeholderType",
    "Subtopic",
]
