"""The safe condition language of rule files.

A rule's `when` (and optional `detail`) is a Python-looking expression over the extracted fields,
parsed with `ast` and compiled into a tree of closures. Nothing is ever passed to `eval`: only the
node types below are accepted, only whitelisted names and functions exist, and every unknown name,
field or function is rejected when the rule file is loaded, not when a document is checked.

Accepted: literals (str, int, float, True/False/None, lists/tuples), names, attribute access on
field dicts (`fields.durations`, `d.unit`, `doc.setting.number`; missing keys and `None.x` give
None), `not`/`and`/`or`, comparisons (`== != < <= > >= in not in`, `is None`/`is not None`),
`+ - *`, calls of `len any all lower matches only_words`, and generator/list comprehensions with
one `for` (`any(d.unit == "menit" for d in fields.durations)`).
"""

from __future__ import annotations

import ast
import operator
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

Env = Mapping[str, Any]
Compiled = Callable[[Env], Any]


class ConditionError(ValueError):
    """A condition that cannot be parsed or uses something outside the language."""


def _len(value: Any) -> int:
    return 0 if value is None else len(value)


def _any(values: Iterable[Any] | None) -> bool:
    return False if values is None else any(values)


def _all(values: Iterable[Any] | None) -> bool:
    return True if values is None else all(values)


def _lower(value: Any) -> str:
    return "" if value is None else str(value).lower()


_WORD = re.compile(r"[^\W_]+(?:[-/][^\W_]+)*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


# name -> number of arguments. `matches` and `only_words` take a literal second argument,
# pre-processed at load time (see _Call).
FUNCTIONS: dict[str, int] = {
    "len": 1, "any": 1, "all": 1, "lower": 1, "matches": 2, "only_words": 2
}
_SIMPLE_FUNCTIONS: dict[str, Callable[[Any], Any]] = {
    "len": _len,
    "any": _any,
    "all": _all,
    "lower": _lower,
}

_COMPARE: dict[type, Callable[[Any, Any], bool]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.In: lambda a, b: b is not None and a in b,
    ast.NotIn: lambda a, b: b is None or a not in b,
    ast.Is: operator.is_,
    ast.IsNot: operator.is_not,
}
_ORDERING = (ast.Lt, ast.LtE, ast.Gt, ast.GtE)
_ARITH: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
}


@dataclass(frozen=True)
class Scope:
    """What a condition may name. `attributes` maps a root name to the keys allowed on it
    (None = any key, e.g. list items whose shape belongs to the extractor)."""

    names: frozenset[str]
    attributes: Mapping[str, frozenset[str] | None]


@dataclass(frozen=True)
class Condition:
    source: str
    run: Compiled
    names: frozenset[str]  # root names the expression reads, for documentation and checks

    def __call__(self, env: Env) -> Any:
        return self.run(env)

    def __str__(self) -> str:
        return self.source


def compile_condition(source: str, scope: Scope) -> Condition:
    """Parse and check `source` against `scope`; raise ConditionError when it is not allowed."""
    if not isinstance(source, str) or not source.strip():
        raise ConditionError("empty condition")
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError as e:
        raise ConditionError(f"cannot parse {source!r}: {e.msg}") from None
    used: set[str] = set()
    run = _Compiler(scope, used).compile(tree.body, frozenset())
    return Condition(source, run, frozenset(used))


class _Compiler:
    def __init__(self, scope: Scope, used: set[str]) -> None:
        self.scope = scope
        self.used = used

    def compile(self, node: ast.AST, local: frozenset[str]) -> Compiled:
        method = getattr(self, "_" + type(node).__name__, None)
        if method is None:
            raise ConditionError(f"{type(node).__name__} is not allowed in a condition")
        return method(node, local)

    # ---- leaves -------------------------------------------------------------------------
    def _Constant(self, node: ast.Constant, local: frozenset[str]) -> Compiled:
        value = node.value
        if not isinstance(value, (str, int, float, bool, type(None))):
            raise ConditionError(f"literal {value!r} is not allowed")
        return lambda env: value

    def _Name(self, node: ast.Name, local: frozenset[str]) -> Compiled:
        name = node.id
        if name not in local:
            if name not in self.scope.names:
                allowed = ", ".join(sorted(self.scope.names))
                raise ConditionError(f"unknown name {name!r} (allowed: {allowed})")
            self.used.add(name)
        return lambda env: env.get(name)

    def _List(self, node: ast.List | ast.Tuple, local: frozenset[str]) -> Compiled:
        parts = [self.compile(e, local) for e in node.elts]
        return lambda env: [p(env) for p in parts]

    _Tuple = _List

    # ---- attribute access on dicts --------------------------------------------------------
    def _Attribute(self, node: ast.Attribute, local: frozenset[str]) -> Compiled:
        attr = node.attr
        if attr.startswith("_"):
            raise ConditionError(f"attribute {attr!r} is not allowed")
        if isinstance(node.value, ast.Name) and node.value.id not in local:
            root = node.value.id
            if root in self.scope.attributes:
                keys = self.scope.attributes[root]
                if keys is not None and attr not in keys:
                    raise ConditionError(
                        f"unknown field {root}.{attr} (known: {', '.join(sorted(keys))})"
                    )
        base = self.compile(node.value, local)

        def get(env: Env) -> Any:
            value = base(env)
            return value.get(attr) if isinstance(value, Mapping) else None

        return get

    # ---- operators ------------------------------------------------------------------------
    def _BoolOp(self, node: ast.BoolOp, local: frozenset[str]) -> Compiled:
        parts = [self.compile(v, local) for v in node.values]
        if isinstance(node.op, ast.And):

            def conj(env: Env) -> Any:
                value: Any = True
                for p in parts:
                    value = p(env)
                    if not value:
                        return value
                return value

            return conj

        def disj(env: Env) -> Any:
            value: Any = False
            for p in parts:
                value = p(env)
                if value:
                    return value
            return value

        return disj

    def _UnaryOp(self, node: ast.UnaryOp, local: frozenset[str]) -> Compiled:
        operand = self.compile(node.operand, local)
        if isinstance(node.op, ast.Not):
            return lambda env: not operand(env)
        if isinstance(node.op, ast.USub):
            return lambda env: _arith(operator.sub, 0, operand(env))
        raise ConditionError(f"operator {type(node.op).__name__} is not allowed")

    def _BinOp(self, node: ast.BinOp, local: frozenset[str]) -> Compiled:
        fn = _ARITH.get(type(node.op))
        if fn is None:
            raise ConditionError(f"operator {type(node.op).__name__} is not allowed")
        left, right = self.compile(node.left, local), self.compile(node.right, local)
        return lambda env: _arith(fn, left(env), right(env))

    def _Compare(self, node: ast.Compare, local: frozenset[str]) -> Compiled:
        for op, comparator in zip(node.ops, node.comparators):
            if type(op) not in _COMPARE:
                raise ConditionError(f"comparison {type(op).__name__} is not allowed")
            if isinstance(op, (ast.Is, ast.IsNot)) and not (
                isinstance(comparator, ast.Constant) and comparator.value is None
            ):
                raise ConditionError("'is' / 'is not' may only compare with None")
        left = self.compile(node.left, local)
        steps = [
            (_COMPARE[type(op)], isinstance(op, _ORDERING), self.compile(c, local))
            for op, c in zip(node.ops, node.comparators)
        ]

        def compare(env: Env) -> bool:
            a = left(env)
            for fn, ordering, right in steps:
                b = right(env)
                if ordering and (a is None or b is None):
                    return False  # "no value" is neither smaller nor larger than anything
                try:
                    if not fn(a, b):
                        return False
                except TypeError:
                    return False
                a = b
            return True

        return compare

    # ---- calls and comprehensions -----------------------------------------------------------
    def _Call(self, node: ast.Call, local: frozenset[str]) -> Compiled:
        if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
            name = node.func.id if isinstance(node.func, ast.Name) else ast.unparse(node.func)
            raise ConditionError(
                f"unknown function {name!r} (allowed: {', '.join(sorted(FUNCTIONS))})"
            )
        name = node.func.id
        if node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
            raise ConditionError(f"{name}() takes plain positional arguments only")
        if len(node.args) != FUNCTIONS[name]:
            raise ConditionError(f"{name}() takes {FUNCTIONS[name]} argument(s)")
        arg = self.compile(node.args[0], local)
        if name in _SIMPLE_FUNCTIONS:
            fn = _SIMPLE_FUNCTIONS[name]
            return lambda env: fn(arg(env))
        literal = node.args[1]
        if not (isinstance(literal, ast.Constant) and isinstance(literal.value, str)):
            raise ConditionError(f"the second argument of {name}() must be a string literal")
        if name == "matches":
            try:
                pattern = re.compile(literal.value, re.IGNORECASE)
            except re.error as e:
                raise ConditionError(f"bad regular expression {literal.value!r}: {e}") from None
            return lambda env: _matches(pattern, arg(env))
        vocabulary = frozenset(_words(literal.value))
        return lambda env: _only_words(vocabulary, arg(env))

    def _GeneratorExp(
        self, node: ast.GeneratorExp | ast.ListComp, local: frozenset[str]
    ) -> Compiled:
        if len(node.generators) != 1:
            raise ConditionError("a comprehension may have one 'for' only")
        gen = node.generators[0]
        if gen.is_async or not isinstance(gen.target, ast.Name):
            raise ConditionError("a comprehension must read 'for NAME in ...'")
        var = gen.target.id
        if var in self.scope.names:
            raise ConditionError(f"comprehension variable {var!r} hides a built-in name")
        source = self.compile(gen.iter, local)
        inner = local | {var}
        element = self.compile(node.elt, inner)
        filters = [self.compile(f, inner) for f in gen.ifs]

        def items(env: Env) -> list[Any]:
            iterable = source(env) or ()
            if not isinstance(iterable, (list, tuple, str)):
                return []
            out = []
            for item in iterable:
                scoped = _Overlay(env, var, item)
                if all(f(scoped) for f in filters):
                    out.append(element(scoped))
            return out

        return items

    _ListComp = _GeneratorExp


class _Overlay(Mapping[str, Any]):
    """`env` plus one comprehension variable, without copying env."""

    __slots__ = ("_env", "_name", "_value")

    def __init__(self, env: Env, name: str, value: Any) -> None:
        self._env, self._name, self._value = env, name, value

    def __getitem__(self, key: str) -> Any:
        return self._value if key == self._name else self._env[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self._value if key == self._name else self._env.get(key, default)

    def __iter__(self):  # pragma: no cover - Mapping protocol only
        yield from self._env
        yield self._name

    def __len__(self) -> int:  # pragma: no cover - Mapping protocol only
        return len(self._env) + 1


def _arith(fn: Callable[[Any, Any], Any], a: Any, b: Any) -> Any:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return fn(a, b)
    return None


def _matches(pattern: re.Pattern[str], value: Any) -> bool:
    return value is not None and pattern.search(str(value)) is not None


def _only_words(vocabulary: frozenset[str], value: Any) -> bool:
    """True when the text has words and every one of them is in the vocabulary
    ("Sarana dan prasarana memadai" against "sarana prasarana dan memadai ...")."""
    words = _words(str(value)) if value is not None else []
    return bool(words) and all(w in vocabulary for w in words)
