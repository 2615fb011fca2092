"""forum-messages: session reports in, a traceable Messages document out."""

from forum_messages.astlock import install as _install_ast_lock

_install_ast_lock()  # threads parse at once (numpy's .npz headers): see astlock

__version__ = "0.1.0"
