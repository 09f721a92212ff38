# Helper: module with a __main__ guard.
def main():
    return "main() called"
print("main_guard: __name__ is", __name__)
if __name__ == "__main__":
    print("main_guard: running as a script")
else:
    print("main_guard: imported, guard skipped")
