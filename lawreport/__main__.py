"""``python -m lawreport``."""

from lawreport.entry import run

if __name__ == "__main__":  # not when a batch's worker is started fresh (Windows, macOS) and imports it
    run()
