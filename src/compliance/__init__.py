"""compliance: checks Indonesian Standar Pelayanan documents against UU 25/2009 Pasal 21."""

__version__ = "0.1.0"
