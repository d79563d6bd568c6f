# `return 2` in a generator finishes it with StopIteration(2): the value rides on the exception.
def f():
    yield 1
    return 2


g = f()
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print("StopIteration, value:", stop.value)  # TypeScript: { value: 2, done: true }
try:
    next(g)
except StopIteration as stop:
    print("StopIteration again, value:", stop.value)  # afterwards a bare StopIteration

# A for loop and list() throw the returned value away.
print("list:", list(f()))


# yield from hands the delegate's return value back to the delegating generator.
def f2():
    a = yield from f()  # yields 1, then a = 2
    yield a


print("list of f2:", list(f2()))


# Since Python 3.7 (PEP 479) raising StopIteration yourself is no return: it becomes a RuntimeError.
def f3():
    yield 1
    raise StopIteration(2)


try:
    list(f3())
except RuntimeError as err:
    print("RuntimeError:", err, "| its cause:", repr(err.__cause__))
