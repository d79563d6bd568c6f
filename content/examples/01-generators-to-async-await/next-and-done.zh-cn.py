# 生成器函数：调用它时什么都不运行，只返回一个生成器对象。
def f():
    print("  （函数体开始）")
    yield 1
    print("  （在第一个 yield 之后恢复）")
    yield 2
    print("  （运行到末尾）")


g = f()
print("调用了 f()，得到:", type(g).__name__)

print(next(g))  # 运行到第一个 yield
print(next(g))  # 恢复运行，直到第二个 yield
try:
    next(g)  # 结束：Python 抛出 StopIteration，而 TypeScript 返回 done: true
except StopIteration:
    print("StopIteration")
try:
    next(g)  # 再问一次，它会再抛一次
except StopIteration:
    print("又是 StopIteration")

# for 循环和 list() 会替你调用 next()，遇到 StopIteration 就停。
for x in f():
    print("for 循环拿到", x)
print("list:", list(f()))
