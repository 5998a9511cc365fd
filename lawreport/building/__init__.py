"""``lawreport build``, top to bottom.

- command.py: the years asked for → one build, or a batch on all cores; what is printed.
- year.py: one year: load and check the sources, render every format, write the outputs.
"""
