"""forum-messages: session reports in, a traceable Messages document out."""

__version__ = "0.1.0"
