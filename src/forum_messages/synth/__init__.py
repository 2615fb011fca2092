"""Synthesis: themes, sub-topics, message groups, message text, framework tags, ledger."""
