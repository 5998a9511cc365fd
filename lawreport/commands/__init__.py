"""One module per command (or family of commands); each is imported only when used.

``frame``, ``helpformat`` and ``usage`` are not commands: they give every command click's
frame (help pages, usage errors) in Chinese.
"""
