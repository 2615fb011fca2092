import sys

from forum_messages.web.commands import main

sys.exit(main())
