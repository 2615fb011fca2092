"""The fixed messages the staff actions refuse with (services raise them in English, as the
command line shows them). Listed here so the catalogs translate them; the page layout shows
every flash message through the catalog, in the reader's language."""

from __future__ import annotations

from django.utils.translation import gettext_noop

REFUSALS = (
    gettext_noop("a draft run is already going on for this edition"),
    gettext_noop("a message needs at least one source; remove the message instead"),
    gettext_noop("an admin's role cannot be changed here"),
    gettext_noop("choose a sub-topic of this draft"),
    gettext_noop("choose at least one comment"),
    gettext_noop("choose at least one other message to merge"),
    gettext_noop("choose at least one statement"),
    gettext_noop("choose statements of this message to split off"),
    gettext_noop("give a password for the new user"),
    gettext_noop("give the template a name"),
    gettext_noop("leave at least one statement in the original message"),
    gettext_noop("opening and closing times need a time zone"),
    gettext_noop("publish the draft for review first"),
    gettext_noop("publish the draft for review first: imported responses become comments on it"),
    gettext_noop(
        "give the column map (id=ResponseID,text=Q1,Q2,...): "
        "the edition file has no consultation: mapping"
    ),
    gettext_noop("there is no visible comment in this group to answer"),
    gettext_noop("run the draft first: there is nothing to translate yet"),
    gettext_noop("the draft has no version yet"),
    gettext_noop("the draft is published; curate it instead of running again"),
    gettext_noop("the edition has no statements yet: import reports first"),
    gettext_noop("the final text is published already"),
    gettext_noop("the final text is published; the review cannot open again"),
    gettext_noop("the message is already under that sub-topic"),
    gettext_noop("the number of days must be between 1 and 366"),
    gettext_noop("the review has not opened yet: change its times instead"),
    gettext_noop("the review is closed already"),
    gettext_noop("the review is open already"),
    gettext_noop("the review is still open; publish the final text after it closes"),
    gettext_noop("the review must close after it opens"),
    gettext_noop("the review would still be over: open it now instead"),
    gettext_noop("the sub-topic has messages: choose where they go"),
    gettext_noop("the text did not change"),
    gettext_noop("the title did not change"),
    gettext_noop("there is no draft yet: import reports and run the draft first"),
    gettext_noop("those statements are already sources of this message"),
    gettext_noop("write a response (or choose a template)"),
    gettext_noop(
        "no language model is configured: set FORUM_MESSAGES_LLM_URL and "
        "FORUM_MESSAGES_LLM_MODEL and restart the site"
    ),
    gettext_noop("the edition has no draft yet: run the draft first"),
    gettext_noop("there is no message to write here"),
    gettext_noop("the model is already writing for this edition: wait until it ends"),
    gettext_noop("this written version has already been decided on"),
    gettext_noop("the message has been removed since the model wrote this"),
    gettext_noop("the model wrote no sentence that passed the grounding gate"),
    gettext_noop("the message's sources changed since the model wrote this: ask for a new version"),
    gettext_noop("there is no sub-topic to title here"),
    gettext_noop("there is no message to summarise here"),
    gettext_noop("ask for message texts, sub-topic titles or a theme summary"),
    gettext_noop("the sub-topic has been removed since the model wrote this"),
    gettext_noop("the model's title did not pass its checks"),
    gettext_noop(
        "the sub-topic's messages changed since the model wrote this: ask for a new version"
    ),
    gettext_noop("the theme's messages changed since the model wrote this: ask for a new version"),
)
