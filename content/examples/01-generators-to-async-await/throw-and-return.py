# g.throw(exc) and g.close(): TypeScript calls them g.throw(err) and g.return(value).
import inspect


def worker():
    try:
        while True:
            try:
                yield "working"
            except ValueError as err:
                # throw() raises the exception AT the paused yield, so the generator can catch it.
                print("  caught inside:", err)
                yield "recovered"
    except GeneratorExit:
        # close() raises GeneratorExit at the paused yield, so an except clause sees it;
        # TypeScript's return() is no exception, and only finally reacts to it.
        print("  GeneratorExit: closing")
        raise
    finally:
        print("  finally: cleaning up")


g = worker()
print(next(g))
print(g.throw(ValueError("bad input")))
print(next(g))
g.close()  # TypeScript's return(), without a value to carry
print("after close():", inspect.getgeneratorstate(g))
try:
    next(g)
except StopIteration:
    print("StopIteration: a closed generator is finished")


# An exception the generator does not catch comes out of throw() and finishes it.
def fragile():
    yield 1
    yield 2


h = fragile()
next(h)
try:
    h.throw(RuntimeError("boom"))
except RuntimeError as err:
    print("caught outside:", err)
print("after the uncaught error:", inspect.getgeneratorstate(h))
