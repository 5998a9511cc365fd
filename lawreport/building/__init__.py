"""``lawreport build``, top to bottom.

- command.py: the years asked for → one build, or a batch on all cores; what is printed.
- year.py: one year: load and check the sources, render every format, write the outputs.
- checks.py: what must hold before a year is built (the required parts, lint's S001).
- outputs.py: the output folder, the file names, and writing the outputs as one set.
- state.py: the inputs of the last build, so that an unchanged year is not rebuilt.
"""
