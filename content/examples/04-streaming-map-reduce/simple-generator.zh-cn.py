# 生成器函数：调用它时什么都不运行，next() 让它运行到下一个 yield，StopIteration 表示它结束了。
def simple_generator():
    print("  （函数体开始）")
    yield 1
    print("  （在 1 之后恢复）")
    yield 2
    print("  （在 2 之后恢复）")
    yield 3
    print("  （函数体结束）")


# 1. 日常的用法：for 不断索取值，直到生成器结束。
for value in simple_generator():
    print(value)

# 2. 同样的事手动来做：这就是 for 所用的迭代器协议。
print("--- 手动调用 ---")
gen = simple_generator()
print("已创建，还什么都没运行")
print(next(gen))  # 运行到第一个 yield
print(next(gen))
print(next(gen))
try:
    next(gen)  # 运行到末尾，然后抛出 StopIteration（JavaScript：done 为 true）
except StopIteration:
    print("StopIteration")
print(next(gen, "仍然是结束状态"))  # 结束了的生成器一直保持结束；返回的是默认值
