"""reelcheck: fact-checking for film and entertainment journalism.

    >>> import reelcheck
    >>> report = reelcheck.check("Mikey Maddison won the Oscar for Best Actress.")
    >>> report.to_dict()["names"][0]["suggestion"]
    'Mikey Madison'
"""
from .model import Claim, Document, EntityRef, Evidence, Link, Mention, Quote, Report
from .pipeline import CheckOptions, check

__version__ = "0.1.0"
__all__ = ["check", "CheckOptions", "Document", "Report", "Claim", "Mention", "Quote", "Link",
           "Evidence", "EntityRef", "__version__"]
