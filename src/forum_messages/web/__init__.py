"""The web edge of forum-messages: a Django site for the review cycle.

Editors curate the draft the core pipeline made, the public comments on it within a review
window, every comment gets an answer, and the final text is published. The site persists the
same records as the core (``forum_messages.model``) and calls the same core functions
(``ingest.load_reports``, ``synth.pipeline.run_pipeline``, ``export.render``). The core never
imports this package.

::

    settings.py    configuration from the environment (data dir, DATABASE_URL, DEBUG, HTTPS)
    dburl.py       DATABASE_URL -> Django DATABASES entry
    models/        editions and inputs, the draft and its versions, comments and answers
    rules.py       roles and permissions: small named rules in one module
    services/      the work (import, draft runs, curation, versions, comments, exports)
    views/         thin views; templates/ and locale/ alongside
    commands.py    the CLI commands: serve, createadmin, import, run-draft, manage
"""
