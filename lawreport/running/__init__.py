"""How a command runs: its exit status and crash log (guard), orderly stops on SIGTERM and
the time limit (stopping), and many items on all cores (batch)."""
