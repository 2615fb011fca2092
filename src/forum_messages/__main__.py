from forum_messages.cli import main

raise SystemExit(main())
