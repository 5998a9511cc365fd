"""How a command runs: its exit status and crash log (guard), orderly stops on SIGTERM and
the time limit (stopping), many items on all cores (pool) and the progress line (progress)."""
