"""The code a workspace template compiles to, with the steps the sandbox cannot see counted.

Jinja's sandbox intercepts calls, attribute access and some operators, but a ``{% for %}`` loop
over a long string, ``{% for a in s %}{% for b in s %}{% endfor %}{% endfor %}``, runs without a
single call, and ``~`` joins text without any check. :class:`BoundedCodeGenerator` (Jinja's
documented ``code_generator_class`` hook) changes two things in the generated Python:

- every item a ``for`` loop takes (also those its ``if`` filters out, and in ``recursive``
  loops) first calls ``environment.loop_step()``, which spends one step of the page's budget;
- the text ``~`` makes goes through ``environment.text_made(...)``, which refuses text above the
  size limit and spends steps for its length.
"""

from __future__ import annotations

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame


def _environment_call(name: str, args: list[nodes.Expr], lineno: int) -> nodes.Call:
    """``environment.<name>(*args)``, called through the sandbox (which counts the call)."""
    return nodes.Call(nodes.EnvironmentAttribute(name, lineno=lineno), args, [], None, None, lineno=lineno)


class BoundedCodeGenerator(CodeGenerator):
    """Jinja's code generator with loop items and ``~`` results charged to the page's budget."""

    def visit_For(self, node: nodes.For, frame: Frame) -> None:
        step = _environment_call("loop_step", [], node.lineno)
        test = step if node.test is None else nodes.And(step, node.test, lineno=node.lineno)
        counted = nodes.For(node.target, node.iter, node.body, node.else_, test, node.recursive, lineno=node.lineno)
        super().visit_For(counted, frame)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.text_made(")
        super().visit_Concat(node, frame)
        self.write(")")
