# g.throw(exc) 和 g.close()：TypeScript 里叫 g.throw(err) 和 g.return(value)。
import inspect


def worker():
    try:
        while True:
            try:
                yield "工作中"
            except ValueError as err:
                # throw() 在暂停的 yield 处抛出异常，所以生成器能捕获它。
                print("  内部捕获:", err)
                yield "已恢复"
    except GeneratorExit:
        # close() 在暂停的 yield 处抛出 GeneratorExit，所以 except 子句能捕获它；
        # 而 TypeScript 的 return() 不是异常，只会触发 finally。
        print("  GeneratorExit: 正在关闭")
        raise
    finally:
        print("  finally: 清理")


g = worker()
print(next(g))
print(g.throw(ValueError("输入有误")))
print(next(g))
g.close()  # 相当于 TypeScript 的 return()，只是不带值
print("close() 之后:", inspect.getgeneratorstate(g))
try:
    next(g)
except StopIteration:
    print("StopIteration：关闭的生成器已经结束")


# 生成器没有捕获的异常会从 throw() 里抛出来，生成器随之结束。
def fragile():
    yield 1
    yield 2


h = fragile()
next(h)
try:
    h.throw(RuntimeError("砰"))
except RuntimeError as err:
    print("外部捕获:", err)
print("未捕获的异常之后:", inspect.getgeneratorstate(h))
