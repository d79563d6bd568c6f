# `yield from` is TypeScript's yield*: it yields every value of any iterable.
def f():
    yield from [1, 2, 3, 4]  # a list
    yield 5
    yield from range(4, 0, -1)  # a range (TypeScript has none: its example writes a countdown)


print(", ".join(str(x) for x in f()))


# Strings and dicts (their keys) are iterables too. A set of strings would be one as well,
# but its order changes from run to run: Python randomises string hashes.
def letters():
    yield from "ab"
    yield from {"c": 3, "d": 4}


print(list(letters()))


# yield from is an expression. Its value is the delegate's RETURN value,
# and a list iterator returns None (TypeScript: `yield* [1, 2]` is undefined).
def g():
    r = yield from [1, 2]
    yield f"value of yield from is {r}"


print(list(g()))
