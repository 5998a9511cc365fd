"""lawreport.record: records behave as the typing.NamedTuple they replace."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path
from typing import NamedTuple

import pytest

from lawreport.record import Record


class Place(Record):
    """A place in a file."""

    path: Path
    line: int
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


class Named(NamedTuple):
    path: Path
    line: int
    column: int = 1


class Checked(Place):
    """A subclass without new fields keeps the fields and adds behaviour."""

    def shifted(self) -> Checked:
        return self._replace(line=self.line + 1)


class Options(Record):
    level: str = "warning"
    CHOICES = {"level": ("error", "warning")}


def test_a_record_is_the_tuple_a_named_tuple_would_be() -> None:
    place, named = Place(Path("a.md"), 3), Named(Path("a.md"), 3)
    assert place == named == (Path("a.md"), 3, 1)
    assert hash(place) == hash(named)
    assert place._fields == named._fields == ("path", "line", "column")
    assert place._field_defaults == named._field_defaults == {"column": 1}
    assert place._asdict() == named._asdict()
    assert repr(place).replace("Place", "Named") == repr(named)
    assert (place.path, place.line, place.column) == (Path("a.md"), 3, 1)
    assert str(place) == "a.md:3:1"
    assert Place(line=4, path=Path("b")) == (Path("b"), 4, 1)
    assert Place._make([Path("c"), 5, 6]) == (Path("c"), 5, 6)
    assert Place.__doc__ == "A place in a file."


def test_records_are_immutable_and_checked_like_named_tuples() -> None:
    place = Place(Path("a.md"), 3)
    with pytest.raises(AttributeError):
        place.line = 4  # type: ignore[misc]
    with pytest.raises(AttributeError):
        place.extra = 1  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match="line"):
        Place(Path("a.md"))  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="size"):
        place._replace(size=2)
    with pytest.raises(TypeError, match="expected 3"):
        Place._make([1, 2])


def test_replace_pickle_copy_and_match_keep_the_class() -> None:
    place = Checked(Path("a.md"), 3, 2)
    assert type(place.shifted()) is Checked and place.shifted() == (Path("a.md"), 4, 2)
    for again in (pickle.loads(pickle.dumps(place)), copy.deepcopy(place), copy.copy(place)):
        assert type(again) is Checked and again == place
    match place:
        case Place(path, line, column=column):
            assert (path, line, column) == (Path("a.md"), 3, 2)
        case _:
            pytest.fail("a record must match its class pattern")


def test_unannotated_class_attributes_stay_class_attributes() -> None:
    assert Options._fields == ("level",)
    assert Options().level == "warning"
    assert Options.CHOICES == {"level": ("error", "warning")}
    assert Options("error") == ("error",)


def test_declaration_mistakes_are_refused() -> None:
    with pytest.raises(TypeError, match="without a default"):
        class Wrong(Record):
            first: int = 1
            second: int
    with pytest.raises(TypeError, match="underscore"):
        class Hidden(Record):
            _secret: int
    namespace = {"__annotate__": lambda format: {"x": int}, "__qualname__": "Lazy"}
    with pytest.raises(TypeError, match="from __future__ import annotations"):
        type(Record)("Lazy", (Record,), namespace)
