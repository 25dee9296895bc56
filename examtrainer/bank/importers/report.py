"""The outcome of converting a foreign item bank: what was converted, what was not, and why."""

from __future__ import annotations

from dataclasses import dataclass, field

from examtrainer.errors import PackInvalid, Problem


@dataclass(frozen=True)
class ConversionReport:
    """What one conversion did.

    ``not_mapped`` lists every question (or part of one: an image, partial credit) that was
    left out, with the reason; the rest of the bank is still converted. ``problems`` are
    errors in the source itself; when there is any, nothing was written at the target and
    the caller must refuse the whole import. ``notes`` are things a teacher should know,
    such as defaults that were filled in.
    """

    format: str
    source: str
    items_converted: int = 0
    not_mapped: list[Problem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    bank_id: str = ""  # the id the bank gets (from the source, never the file name)
    identity: str = ""  # what that id is derived from, for the preview

    @property
    def ok(self) -> bool:
        """True when a valid pack was written (it may still have left questions out)."""
        return not self.problems

    def raise_for_problems(self) -> None:
        """Raise :class:`PackInvalid` naming every problem, if there is any."""
        if self.problems:
            raise PackInvalid(self.source, list(self.problems), list(self.not_mapped))

    def summary(self) -> str:
        """A few plain lines for a teacher: counts, then each problem and left-out part."""
        lines = [
            f"{self.source} ({self.format}): {self.items_converted} item(s) converted, "
            f"{len(self.not_mapped)} not mapped, {len(self.problems)} problem(s)"
        ]
        lines += [f"  problem: {problem}" for problem in self.problems]
        lines += [f"  not mapped: {problem}" for problem in self.not_mapped]
        lines += [f"  note: {note}" for note in self.notes]
        return "\n".join(lines)
