"""Quality checks and counts for the bundled content (``content/``), as code.

    python tools/content_report.py            counts, measures and outliers; exit 1 on a problem
    python tools/content_report.py --json     the same as JSON
    python tools/content_report.py --no-audio skip decoding the audio (fast)

Every check returns :class:`Finding` rows; ``problem=True`` rows fail the report (and the tests
in ``tests/content/test_content_quality.py``, which call the same functions over all bundled
content). The rules, per skill and level unless said otherwise:

* **key patterns** (choice questions with 3 or more options): the key is the longest option in
  at most 40 % of the questions; no key position holds more than 35 % (four options) or 45 %
  (three options) of the keys; true/false keys split no worse than 40/60.
* **copied keys**: a key of three or more words that stands word for word in its text or
  script (detail spotting instead of understanding): at most ``COPIED_MAX`` per level;
  choose-the-reaction keys that repeat the situation's own words fail one by one.
* **near-duplicate texts**: two texts sharing more than ``DUPLICATE_JACCARD`` of their word
  3-grams.
* **readability and word frequency**: per text the mean sentence length and the share of rare
  words (Zipf frequency below ``RARE_ZIPF`` in wordfreq's Dutch list, names and numbers not
  counted) must lie inside its level's band (``BANDS``).
* **spelling**: every learner-facing word is known to hunspell's ``nl_NL`` dictionary
  (Debian ``hunspell-nl``) or listed in ``tools/content_words.txt`` (names, brands, terms).
* **audio**: every file decodes, its loudness lies within ``LOUDNESS_BAND``; a dialogue has
  at least two distinct voices (see tools/build_audio.py, per-character voices).

The report also prints counts per skill, level, theme and text type.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from examtrainer.bank.loader import find_packs, load_pack, media_root  # noqa: E402
from examtrainer.bank.model import Item, ItemType, Pack, Stimulus  # noqa: E402

CONTENT = ROOT / "content"
WORD_LIST = ROOT / "tools" / "content_words.txt"

LONGEST_KEY_MAX = 0.40
POSITION_MAX = {3: 0.45, 4: 0.35}
TRUE_SHARE = (0.40, 0.60)
MIN_GROUP = 8
"""Share rules apply to groups of at least this many questions (smaller ones are reported)."""
COPIED_MAX = {"A0": 1.0, "A1": 0.6, "A2": 0.4, "B1": 0.3}
"""Largest share of keys copied word for word from the text, per level (A1 may spot details)."""
COPIED_MIN_WORDS = 3
DUPLICATE_JACCARD = 0.35
RARE_ZIPF = 3.0
BANDS: dict[str, dict[str, tuple[float, float]]] = {
    # level: {measure: (lowest, highest)} per text
    "A0": {"sentence_words": (1.0, 12.0), "rare_share": (0.0, 0.10)},
    "A1": {"sentence_words": (1.0, 12.0), "rare_share": (0.0, 0.10)},
    "A2": {"sentence_words": (3.0, 15.0), "rare_share": (0.0, 0.14)},
    "B1": {"sentence_words": (5.0, 22.0), "rare_share": (0.0, 0.20)},
}
LOUDNESS_BAND = (-27.0, -17.0)
"""RMS dBFS of a decoded file (built at -20 with a -3 dBFS peak ceiling)."""
DIALOGUE_TYPES = frozenset({"dialogue", "conversation"})
CHOICE = frozenset({ItemType.MULTIPLE_CHOICE, ItemType.CHOOSE_REACTION})

_WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:[-'][A-Za-zÀ-ÿ]+)*")
_SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)|\n\s*\n|\n")
_STOP = """de het een en of in op aan van voor met naar bij uit om te is zijn was ben bent heb
    heeft hebt ik u je jij hij zij ze we wij dat die dit deze er niet geen wel ook nog al dan als
    maar want dus mijn uw haar ons onze hun wat wie waar hoe kan kunt wil wilt moet mag zal zou
    worden wordt werd"""
STOPWORDS = frozenset(_STOP.split())


@dataclass(frozen=True)
class Finding:
    """One result row: ``check`` names the rule, ``where`` the group or id, ``value`` the
    measure; ``problem`` is True when it breaks the rule."""

    check: str
    where: str
    value: float | str
    problem: bool
    note: str = ""


@dataclass(frozen=True)
class Question:
    pack: str
    item: Item
    stimulus: Stimulus | None

    @property
    def group(self) -> str:
        return f"{self.item.skill.value} {self.item.level.value}"


def load_bundled(content: Path = CONTENT) -> list[Pack]:
    """Every pack under ``content`` (no media check: :func:`check_audio` does that)."""
    return [load_pack(path) for path in find_packs(content) if (path / "items").is_dir()]


def questions_of(packs: Iterable[Pack]) -> list[Question]:
    found = []
    for pack in packs:
        stimuli = {s.id: s for s in pack.stimuli}
        for item in pack.items:
            stimulus = stimuli.get(item.stimulus) if item.stimulus else None
            found.append(Question(pack.manifest.id, item, stimulus))
    return found


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def _norm(text: str) -> str:
    return " ".join(w.lower() for w in words(text))


# -- key patterns --------------------------------------------------------------------------


def check_key_patterns(questions: Sequence[Question]) -> list[Finding]:
    """Longest-option keys, key positions and true/false splits per skill and level."""
    findings: list[Finding] = []
    by_group: dict[str, list[Question]] = defaultdict(list)
    for q in questions:
        by_group[q.group].append(q)
    for group, members in sorted(by_group.items()):
        choice = [
            q
            for q in members
            if q.item.type in CHOICE and len(q.item.options) >= 3 and isinstance(q.item.answer, str)
        ]
        if choice:
            longest = sum(1 for q in choice if _key_is_longest(q.item))
            share = longest / len(choice)
            findings.append(
                Finding(
                    "longest_key",
                    group,
                    round(share, 3),
                    len(choice) >= MIN_GROUP and share > LONGEST_KEY_MAX,
                    f"{longest} of {len(choice)} keys are the longest option",
                )
            )
        for size, limit in POSITION_MAX.items():
            sized = [q for q in choice if len(q.item.options) == size]
            if not sized:
                continue
            positions = Counter(q.item.options.index(str(q.item.answer)) for q in sized)
            top, count = positions.most_common(1)[0]
            share = count / len(sized)
            findings.append(
                Finding(
                    f"key_position_{size}",
                    group,
                    round(share, 3),
                    len(sized) >= MIN_GROUP and share > limit,
                    f"position {'ABCDE'[top]} holds {count} of {len(sized)} keys",
                )
            )
        tf = [q for q in members if q.item.type is ItemType.TRUE_FALSE]
        if tf:
            true = sum(1 for q in tf if q.item.answer == "Juist")
            share = true / len(tf)
            low, high = TRUE_SHARE
            findings.append(
                Finding(
                    "true_false_split",
                    group,
                    round(share, 3),
                    len(tf) >= 5 and not low <= share <= high,
                    f"{true} Juist, {len(tf) - true} Onjuist",
                )
            )
    return findings


def _key_is_longest(item: Item) -> bool:
    key = str(item.answer)
    return all(len(key) > len(option) for option in item.options if option != key)


# -- copied keys ---------------------------------------------------------------------------


def check_copied_keys(questions: Sequence[Question]) -> list[Finding]:
    """Keys that stand word for word in the text; reaction keys that repeat the situation."""
    findings: list[Finding] = []
    copied: dict[str, list[str]] = defaultdict(list)
    counted: Counter[str] = Counter()
    for q in questions:
        item = q.item
        if item.type is ItemType.CHOOSE_REACTION and isinstance(item.answer, str):
            repeated = _repeated_words(item.answer, item.question)
            if len(repeated) >= 2:
                findings.append(
                    Finding(
                        "reaction_repeats_situation",
                        item.id,
                        ", ".join(repeated),
                        True,
                        "the key repeats the situation's own words",
                    )
                )
            continue
        if item.type not in CHOICE or q.stimulus is None or not isinstance(item.answer, str):
            continue
        key = _norm(item.answer)
        if len(key.split()) < COPIED_MIN_WORDS:
            continue
        counted[q.group] += 1
        if key in _norm(q.stimulus.transcript):
            copied[q.group].append(item.id)
    for group, total in sorted(counted.items()):
        level = group.split()[1]
        ids = copied.get(group, [])
        share = len(ids) / total
        findings.append(
            Finding(
                "copied_key",
                group,
                round(share, 3),
                total >= MIN_GROUP and share > COPIED_MAX[level],
                f"{len(ids)} of {total} keys of {COPIED_MIN_WORDS}+ words stand word for word "
                "in the text" + (f": {', '.join(ids[:8])}" if ids else ""),
            )
        )
    return findings


def _repeated_words(key: str, situation: str) -> list[str]:
    seen = {w.lower() for w in words(situation)}
    return sorted(
        {w.lower() for w in words(key) if len(w) >= 4 and w.lower() not in STOPWORDS} & seen
    )


# -- duplicates ----------------------------------------------------------------------------


def _shingles(text: str) -> set[tuple[str, ...]]:
    tokens = [w.lower() for w in words(text)]
    return {tuple(tokens[i : i + 3]) for i in range(len(tokens) - 2)}


def texts_of(packs: Iterable[Pack]) -> list[tuple[str, Stimulus]]:
    return [(pack.manifest.id, s) for pack in packs for s in pack.stimuli if s.transcript]


def check_duplicates(packs: Sequence[Pack]) -> list[Finding]:
    """Pairs of texts or scripts that share too many word 3-grams."""
    texts = [(s.id, _shingles(s.transcript)) for _, s in texts_of(packs)]
    findings = []
    for i, (a, sa) in enumerate(texts):
        for b, sb in texts[i + 1 :]:
            if not sa or not sb:
                continue
            jaccard = len(sa & sb) / len(sa | sb)
            if jaccard > DUPLICATE_JACCARD:
                findings.append(Finding("near_duplicate", f"{a} ~ {b}", round(jaccard, 3), True))
    return findings


# -- readability and word frequency --------------------------------------------------------


def _sentences(text: str) -> list[list[str]]:
    return [ws for part in _SENTENCE_END.split(text) if (ws := words(part))]


def text_measures(text: str) -> dict[str, float]:
    """Mean words per sentence, share of rare words (names and numbers left out)."""
    from wordfreq import zipf_frequency

    sentences = _sentences(text)
    tokens = [w for s in sentences for w in s]
    if not tokens:
        return {"sentence_words": 0.0, "rare_share": 0.0, "words": 0.0}
    # Capitalised words inside a sentence are names (Mohamed, Utrecht): not counted.
    common = []
    for sentence in sentences:
        for index, word in enumerate(sentence):
            if index > 0 and word[0].isupper():
                continue
            common.append(word.lower())
    rare = sum(1 for w in common if zipf_frequency(w, "nl") < RARE_ZIPF)
    return {
        "sentence_words": round(len(tokens) / len(sentences), 2),
        "rare_share": round(rare / max(len(common), 1), 3),
        "words": float(len(tokens)),
    }


def check_readability(packs: Sequence[Pack]) -> list[Finding]:
    """Each text against its level's band; a summary row per level with the means."""
    findings = []
    per_level: dict[str, list[dict[str, float]]] = defaultdict(list)
    for _, stimulus in texts_of(packs):
        if stimulus.skill.value == "speaking":
            continue
        level = stimulus.level.value
        measures = text_measures(stimulus.transcript)
        per_level[f"{stimulus.skill.value} {level}"].append(measures)
        for name, (low, high) in BANDS[level].items():
            value = measures[name]
            if not low <= value <= high:
                findings.append(
                    Finding(
                        f"readability_{name}",
                        stimulus.id,
                        value,
                        True,
                        f"level {level} band {low}–{high}",
                    )
                )
    for group, rows in sorted(per_level.items()):
        for name in ("sentence_words", "rare_share", "words"):
            mean = sum(r[name] for r in rows) / len(rows)
            findings.append(Finding(f"mean_{name}", group, round(mean, 3), False))
    return findings


# -- spelling ------------------------------------------------------------------------------


def project_words(path: Path = WORD_LIST) -> set[str]:
    if not path.is_file():
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def learner_texts(packs: Iterable[Pack]) -> Iterator[tuple[str, str]]:
    """(id, text) for everything a learner reads or hears."""
    for pack in packs:
        for s in pack.stimuli:
            yield s.id, f"{s.title}\n{s.transcript}"
        for item in pack.items:
            parts = [item.question, *item.options, item.feedback, item.hint, item.model_answer]
            parts += [line.text for line in item.script]
            yield item.id, "\n".join(p for p in parts if p)


def hunspell_available() -> bool:
    return shutil.which("hunspell") is not None and Path("/usr/share/hunspell/nl_NL.dic").is_file()


def unknown_words(texts: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    """Word → ids where hunspell nl_NL does not know it and the project list lacks it."""
    vocabulary = sorted({w for _, text in texts for w in words(text)})
    joined = "\n".join(vocabulary)
    result = subprocess.run(
        ["hunspell", "-d", "nl_NL", "-l", "-i", "utf-8"],
        input=joined,
        capture_output=True,
        text=True,
        check=True,
    )
    allowed = project_words()
    allowed_lower = {w.lower() for w in allowed}
    unknown = {
        w for w in result.stdout.split() if w not in allowed and w.lower() not in allowed_lower
    }
    where: dict[str, list[str]] = defaultdict(list)
    for ident, text in texts:
        for word in set(words(text)) & unknown:
            where[word].append(ident)
    for word in unknown - set(where):
        where[word].append("?")
    return dict(where)


def check_spelling(packs: Sequence[Pack]) -> list[Finding]:
    texts = list(learner_texts(packs))
    return [
        Finding("spelling", word, ", ".join(sorted(ids)[:5]), True, "not in nl_NL nor the list")
        for word, ids in sorted(unknown_words(texts).items())
    ]


# -- audio ---------------------------------------------------------------------------------


def audio_files(packs: Iterable[Pack]) -> list[tuple[str, Path, Stimulus | None]]:
    found: list[tuple[str, Path, Stimulus | None]] = []
    for pack in packs:
        root = media_root(Path(pack.root), pack.manifest)
        for s in pack.stimuli:
            if s.audio:
                found.append((s.id, root / s.audio, s))
        for item in pack.items:
            for name in (item.prompt_audio, item.model_audio):
                if name:
                    found.append((item.id, root / name, None))
    return found


def check_audio(packs: Sequence[Pack]) -> list[Finding]:
    """Decodes, loudness within the band, two or more voices in a dialogue."""
    # The project's decoder (imageio-ffmpeg's ffmpeg): pydub's from_file needs a system ffprobe.
    from examtrainer.audio.loudness import decode_audio

    findings = []
    for ident, path, stimulus in audio_files(packs):
        try:
            segment = decode_audio(path)
        except Exception as error:  # any decoder failure is the finding
            findings.append(Finding("audio_decodes", ident, str(error)[:80], True))
            continue
        loudness = segment.dBFS
        low, high = LOUDNESS_BAND
        findings.append(
            Finding("audio_loudness", ident, round(loudness, 1), not low <= loudness <= high)
        )
        if stimulus is not None and stimulus.type in DIALOGUE_TYPES:
            voices = {(line.voice, getattr(line, "speaker", "")) for line in stimulus.script}
            findings.append(Finding("dialogue_voices", ident, len(voices), len(voices) < 2))
    return findings


# -- counts and the report -----------------------------------------------------------------


def counts(packs: Sequence[Pack]) -> dict[str, Any]:
    questions = questions_of(packs)
    per_level: Counter[str] = Counter(q.group for q in questions)
    themes: Counter[str] = Counter()
    types: Counter[str] = Counter()
    for q in questions:
        for theme in q.item.themes or (q.stimulus.themes if q.stimulus else ()):
            themes[f"{q.item.skill.value} {theme}"] += 1
    for _, s in texts_of(packs):
        types[f"{s.skill.value} {s.type}"] += 1
    return {
        "questions": dict(sorted(per_level.items())),
        "themes": dict(sorted(themes.items())),
        "text_types": dict(sorted(types.items())),
    }


def run(packs: Sequence[Pack], audio: bool = True) -> list[Finding]:
    questions = questions_of(packs)
    findings = check_key_patterns(questions) + check_copied_keys(questions)
    findings += check_duplicates(packs) + check_readability(packs)
    if hunspell_available():
        findings += check_spelling(packs)
    else:
        findings.append(Finding("spelling", "hunspell", "missing", True, "install hunspell-nl"))
    if audio:
        findings += check_audio(packs)
    return findings


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--no-audio", action="store_true", help="do not decode the audio")
    parser.add_argument("--content", type=Path, default=CONTENT, help="the content folder")
    args = parser.parse_args(argv)
    packs = load_bundled(args.content)
    findings = run(packs, audio=not args.no_audio)
    problems = [f for f in findings if f.problem]
    if args.json:
        print(
            json.dumps(
                {"counts": counts(packs), "findings": [asdict(f) for f in findings]},
                indent=2,
                ensure_ascii=False,
            )
        )
        return 1 if problems else 0
    summary = counts(packs)
    for title, table in summary.items():
        print(f"== {title}")
        for key, value in table.items():
            print(f"  {key:32} {value}")
    print("== measures")
    for f in findings:
        if not f.problem and not f.check.startswith("audio_"):
            print(f"  {f.check:28} {f.where:16} {f.value}  {f.note}")
    print(f"== outliers ({len(problems)})")
    for f in problems:
        print(f"  {f.check:28} {f.where:16} {f.value}  {f.note}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
