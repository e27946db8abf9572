"""Stocktake: an open platform for ICT-for-development stocktaking and the WSIS Prizes."""

__version__ = "0.1.0"
