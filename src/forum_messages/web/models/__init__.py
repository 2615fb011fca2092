"""The site's records. Inputs (editions, sessions, statements), the working draft and its
versions, publications, and the review (comments, campaigns, dispositions)."""

from forum_messages.web.models.access import LoginFailure
from forum_messages.web.models.consultation import (
    ConsultationImport,
    StagedAddition,
    StagedComment,
    StagedGroup,
    StagedKey,
)
from forum_messages.web.models.draft import (
    Draft,
    Message,
    NotReflected,
    Publication,
    Source,
    Theme,
    Topic,
    Version,
)
from forum_messages.web.models.inputs import DraftRun, Edition, Session, Statement
from forum_messages.web.models.organising import TakeawayChange
from forum_messages.web.models.review import (
    DISPOSITIONS,
    Campaign,
    Comment,
    CommentKey,
    CommentTally,
    Disposition,
    MailOptOut,
    ResponseTemplate,
)
from forum_messages.web.models.translation import (
    Translation,
    TranslationPublication,
    TranslationRevision,
    TranslationUnit,
    Translator,
)
from forum_messages.web.models.writing import WritingJob, WrittenText

__all__ = [
    "DISPOSITIONS",
    "Campaign",
    "Comment",
    "CommentKey",
    "CommentTally",
    "ConsultationImport",
    "Disposition",
    "Draft",
    "DraftRun",
    "Edition",
    "LoginFailure",
    "MailOptOut",
    "Message",
    "NotReflected",
    "Publication",
    "ResponseTemplate",
    "Session",
    "Source",
    "StagedAddition",
    "StagedComment",
    "StagedGroup",
    "StagedKey",
    "Statement",
    "TakeawayChange",
    "Theme",
    "Topic",
    "Translation",
    "TranslationPublication",
    "TranslationRevision",
    "TranslationUnit",
    "Translator",
    "Version",
    "WritingJob",
    "WrittenText",
]
