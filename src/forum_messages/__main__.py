from forum_messages.cli import run

raise SystemExit(run())
