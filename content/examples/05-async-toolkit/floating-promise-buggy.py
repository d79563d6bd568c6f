# A coroutine called without await never runs at all in Python: Python warns "never awaited", where JavaScript runs the work and says nothing.
import asyncio
import warnings


# Print each warning on one line (the default also prints the script's path).
def show_warning(message, category, filename, lineno, file=None, line=None):
    print(f"  {category.__name__}: {message}")


warnings.showwarning = show_warning

database = []


async def save_user(name):
    await asyncio.sleep(0.1)
    database.append(name)
    print(f"  saved {name}")


async def sign_up(name):
    try:
        save_user(name)  # forgot `await`: a coroutine object is made, dropped, and never run
    except Exception as err:
        print(f"never printed: {err}")
    print(f"sign_up({name}) returned")


async def main():
    await sign_up("ada")
    print(f"users in the database: {len(database)}")
    await asyncio.sleep(0.2)
    print(f"200 ms later: {len(database)} users; the save never ran")


asyncio.run(main())
