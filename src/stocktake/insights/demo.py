"""Builds the insights models for the demo data (the demo entries are bulk-inserted, which sends no
signals, so the index is fitted here once they are all in)."""

from stocktake.insights.services import indexing


def load(ctx) -> None:
    models = indexing.rebuild()
    ctx.log(
        f"insights models fitted: {models.manifest['documents']} documents indexed, "
        f"{models.manifest['examples']} entries as examples"
    )
