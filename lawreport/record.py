"""Immutable records: named tuples declared like ``typing.NamedTuple``, made cheaply.

Every start of ``lawreport`` creates some sixty record classes (the model, the linter's
rules, findings and options, the diff's pieces). ``typing.NamedTuple`` and
``collections.namedtuple`` compile a fresh ``__new__`` from source for each class, about
0.3 ms apiece on a 2-core machine, which was a sixth of ``lawreport lint`` on one file.
:class:`Record` builds the same kind of class from one code object per arity, renamed,
for a quarter of that.

Declare a record as with ``typing.NamedTuple``::

    class Span(Record):
        path: Path
        line: int
        column: int = 1

The result is a tuple subclass with ``__slots__ = ()``, named fields (read-only
properties), defaults, ``_fields``, ``_field_defaults``, ``_replace``, ``_asdict``,
``_make``, a ``repr`` and ``match`` support; it compares, hashes and pickles as a tuple.
Methods, properties and class attributes without annotations are kept as written. A class
deriving from a record without new annotations is a plain subclass of it.

The module declaring records must use ``from __future__ import annotations`` (fields are
read from the class's ``__annotations__``; the annotations themselves are never evaluated).
Type checkers are shown ``typing.NamedTuple`` so they check fields and constructors.
"""

from __future__ import annotations

from operator import itemgetter
from types import FunctionType

TYPE_CHECKING = False

try:
    from _collections import _tuplegetter
except ImportError:  # pragma: no cover - another Python implementation
    def _tuplegetter(index: int, doc: str) -> property:  # type: ignore[misc]
        return property(itemgetter(index), doc=doc)

_GLOBALS: dict[str, object] = {"_tuple_new": tuple.__new__}
_NEW_CODE: dict[int, object] = {}


def _make_new(qualname: str, fields: tuple[str, ...], defaults: tuple[object, ...]) -> object:
    """``__new__(cls, field1, field2, …)`` with the fields' names and defaults."""
    code = _NEW_CODE.get(len(fields))
    if code is None:
        params = "".join(f"_{index}, " for index in range(len(fields)))
        function = eval(f"lambda _cls, {params}: _tuple_new(_cls, ({params}))", _GLOBALS)
        code = _NEW_CODE[len(fields)] = function.__code__
    renamed = {"co_varnames": ("_cls", *fields), "co_name": "__new__"}
    if hasattr(code, "co_qualname"):
        renamed["co_qualname"] = f"{qualname}.__new__"
    code = code.replace(**renamed)  # type: ignore[attr-defined]
    return FunctionType(code, _GLOBALS, "__new__", defaults or None)  # type: ignore[arg-type]


class _RecordMeta(type):
    def __new__(mcls, name: str, bases: tuple[type, ...], namespace: dict[str, object]):
        if not any(isinstance(base, _RecordMeta) for base in bases):
            return super().__new__(mcls, name, bases, namespace)  # the root, _Record
        if "__annotations__" not in namespace:
            if "__annotate__" in namespace:
                raise TypeError(f"{name}: a Record's module needs `from __future__ import annotations`")
            return super().__new__(mcls, name, bases, namespace)
        fields = tuple(namespace["__annotations__"])  # type: ignore[arg-type]
        defaults: dict[str, object] = {}
        for field in fields:
            if field in namespace:
                defaults[field] = namespace.pop(field)
            elif defaults:
                raise TypeError(f"{name}: field {field!r} without a default follows one with a default")
            if field.startswith("_"):
                raise TypeError(f"{name}: field names cannot start with an underscore: {field!r}")
        qualname = str(namespace.get("__qualname__", name))
        namespace.update(
            __slots__=(),
            _fields=fields,
            _field_defaults=defaults,
            __match_args__=fields,
            __new__=_make_new(qualname, fields, tuple(defaults.values())),
        )
        for index, field in enumerate(fields):
            namespace[field] = _tuplegetter(index, f"Alias for field number {index}")
        return super().__new__(mcls, name, bases, namespace)


class _Record(tuple, metaclass=_RecordMeta):  # type: ignore[type-arg]
    """The base of every record (see the module's docstring)."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()
    _field_defaults: dict[str, object] = {}

    def __repr__(self) -> str:
        pairs = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self, strict=True))
        return f"{type(self).__name__}({pairs})"

    def __getnewargs__(self) -> tuple[object, ...]:
        return tuple(self)

    @classmethod
    def _make(cls, iterable: object):
        values = tuple(iterable)  # type: ignore[call-overload]
        if len(values) != len(cls._fields):
            raise TypeError(f"{cls.__name__}: expected {len(cls._fields)} values, got {len(values)}")
        return tuple.__new__(cls, values)

    def _replace(self, **changes: object):
        values = tuple(changes.pop(name, value) for name, value in zip(self._fields, self, strict=True))
        if changes:
            raise TypeError(f"{type(self).__name__}: no field named {', '.join(map(repr, changes))}")
        return tuple.__new__(type(self), values)

    def _asdict(self) -> dict[str, object]:
        return dict(zip(self._fields, self, strict=True))


if TYPE_CHECKING:
    from typing import NamedTuple as Record
else:
    Record = _Record
