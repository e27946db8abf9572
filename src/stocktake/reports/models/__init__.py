from stocktake.reports.models.build import ReportBuild

__all__ = ["ReportBuild"]
