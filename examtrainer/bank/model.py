"""The item bank as plain, immutable data: packs, stimuli (texts, fragments) and items.

These models are both the in-memory domain model and the schema of the YAML files of a
content pack (see ``docs/content-format.md``). They are frozen pydantic models so that a
validation error carries the exact location of the offending field.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

FORMAT_ID = "examtrainer-pack/1"

Identifier = Annotated[
    str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", strip_whitespace=True)
]
NonEmptyText = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]


class Skill(StrEnum):
    READING = "reading"
    LISTENING = "listening"
    SPEAKING = "speaking"
    WRITING = "writing"


class Level(StrEnum):
    A0 = "A0"
    A1 = "A1"
    A2 = "A2"
    B1 = "B1"


LEVEL_ORDER: tuple[Level, ...] = (Level.A0, Level.A1, Level.A2, Level.B1)


class ItemType(StrEnum):
    """How a learner answers an item."""

    MULTIPLE_CHOICE = "multiple_choice"  # one right option
    MULTIPLE_RESPONSE = "multiple_response"  # several right options, all must be chosen
    TRUE_FALSE = "true_false"
    SHORT_ANSWER = "short_answer"  # typed answer compared with accepted answers
    MATCHING = "matching"  # pairs
    ORDERING = "ordering"  # put the options in order: answer lists them in the right order
    CHOOSE_REACTION = "choose_reaction"  # speaking part 2 of the A2 exam: pick the right reaction
    SPEAKING_SHORT = "speaking_short"  # recorded answer, short task
    SPEAKING_MEDIUM = "speaking_medium"  # recorded answer, medium-length task
    WRITING = "writing"  # open written answer, reviewed by a teacher


CHOICE_TYPES = frozenset({ItemType.MULTIPLE_CHOICE, ItemType.CHOOSE_REACTION, ItemType.TRUE_FALSE})
RECORDED_TYPES = frozenset({ItemType.SPEAKING_SHORT, ItemType.SPEAKING_MEDIUM})
SCORED_BY_KEY = CHOICE_TYPES | {
    ItemType.MULTIPLE_RESPONSE,
    ItemType.SHORT_ANSWER,
    ItemType.MATCHING,
    ItemType.ORDERING,
}

THEMES: tuple[str, ...] = (
    "municipality",
    "work",
    "health",
    "housing",
    "school",
    "shopping",
    "transport",
    "leisure",
    "money",
    "family",
    "neighbours",
    "services",
    "news",
    "general",
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Translation(_Frozen):
    """Optional translations of the learner-facing texts of an item, per language code."""

    question: str | None = None
    feedback: str | None = None
    hint: str | None = None
    task: str | None = None


class ScriptLine(_Frozen):
    """One spoken line of a listening fragment or speaking prompt; ``voice`` picks the speaker."""

    voice: Literal["female", "male", "announcer"] = "female"
    text: NonEmptyText


class Irt(_Frozen):
    """Item response theory parameters in logits (Rasch when discrimination is 1)."""

    difficulty: float = Field(ge=-6, le=6)
    discrimination: float = Field(default=1.0, gt=0, le=4)


class Manifest(_Frozen):
    """``pack.yaml``: who made the pack, what it is, under which licence."""

    format: Literal["examtrainer-pack/1"] = "examtrainer-pack/1"
    id: Identifier
    title: NonEmptyText
    version: NonEmptyText
    language: NonEmptyText = "nl"
    author: NonEmptyText
    licence: NonEmptyText
    source: NonEmptyText = Field(
        description="Where the content comes from, e.g. 'original'; never leaked exam material."
    )
    description: str = ""
    media: str = Field(
        default=".",
        description="Folder (relative to the pack) that media paths start from; bundled packs "
        "share the top-level assets/ folder with '../../assets'.",
    )


class Stimulus(_Frozen):
    """A text, audio fragment or picture that one or more items share (a testlet)."""

    id: Identifier
    skill: Skill
    level: Level
    type: NonEmptyText  # text type: letter, email, notice, advert, timetable, dialogue, ...
    title: str = ""
    text: str = ""
    script: tuple[ScriptLine, ...] = ()
    audio: str | None = None
    image: str | None = None
    themes: tuple[NonEmptyText, ...] = ()

    @property
    def transcript(self) -> str:
        """What is heard, as text: the script's lines, or the text when there is no script."""
        if self.script:
            return "\n".join(line.text for line in self.script)
        return self.text


class Item(_Frozen):
    """One question or task. Fields not used by its ``type`` stay empty."""

    id: Identifier
    skill: Skill
    level: Level
    type: ItemType
    stimulus: Identifier | None = None
    question: NonEmptyText
    options: tuple[NonEmptyText, ...] = ()
    answer: str | tuple[str, ...] | None = None
    accept: tuple[NonEmptyText, ...] = ()  # short answers that count as right
    pairs: tuple[tuple[NonEmptyText, NonEmptyText], ...] = ()  # matching: (left, right)
    # Partial credit as the source (Moodle, GIFT, QTI) defines it: answer text -> share of
    # the points. multiple_choice: other options worth part (0 < share < 1); short_answer:
    # more typed answers worth part; multiple_response: each option's share (negative ones
    # take points off; the sum counts, between 0 and 1). See exam.scoring.credit.
    credit: dict[NonEmptyText, float] = Field(default_factory=dict)
    feedback: str = ""
    hint: str = ""
    themes: tuple[NonEmptyText, ...] = ()
    irt: Irt | None = None
    # Speaking: what is said aloud, the timing (seconds), and what a good answer sounds like.
    prompt_audio: str | None = None
    image: str | None = None
    prep_seconds: int | None = Field(default=None, ge=0, le=600)
    answer_seconds: int | None = Field(default=None, ge=1, le=600)
    model_answer: str = ""
    model_audio: str | None = None
    rubric: tuple[NonEmptyText, ...] = ()
    script: tuple[ScriptLine, ...] = ()
    translations: dict[str, Translation] = Field(default_factory=dict)

    @property
    def right_answers(self) -> tuple[str, ...]:
        """The answer key as a tuple (empty for items that are rated, not keyed)."""
        if self.answer is None:
            return self.accept
        if isinstance(self.answer, str):
            return (self.answer, *self.accept)
        return self.answer

    @property
    def is_recorded(self) -> bool:
        return self.type in RECORDED_TYPES


class Pack(_Frozen):
    """A validated content pack: its manifest, stimuli and items, and where it came from."""

    manifest: Manifest
    stimuli: tuple[Stimulus, ...]
    items: tuple[Item, ...]
    root: str = ""  # folder the media paths are relative to ("" when in memory)

    def stimulus(self, stimulus_id: str) -> Stimulus | None:
        for stimulus in self.stimuli:
            if stimulus.id == stimulus_id:
                return stimulus
        return None

    def items_of(self, stimulus_id: str) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.stimulus == stimulus_id)
