"""Document model: blocks + labelled items."""
import re


class Doc:
    def __init__(self, kind, attribute, note=""):
        self.kind = kind
        self.attribute = attribute
        self.note = note
        self.marking = None
        self.blocks = []          # ("p", text, opts) | ("table", rows, opts)
        self.items = {}           # value -> (type, expect)
        self.splits = {}          # value -> [parts] (intentional breaks)
        self.header_text = None   # DOCX page header text
        self.footer_text = None

    # ---- labels
    def add(self, value, typ, expect):
        value = str(value)
        if value in self.items:
            old = self.items[value]
            if old[1] != expect:
                raise ValueError("conflicting label for %r: %r vs %r" % (value, old, (typ, expect)))
            return value
        self.items[value] = (typ, expect)
        return value

    def R(self, value, typ):
        return self.add(value, typ, "redact")

    def K(self, value, typ):
        return self.add(value, typ, "keep")

    # ---- content
    def p(self, text, **opts):
        self.blocks.append(("p", text, opts))

    def title(self, text, **opts):
        opts["title"] = True
        self.blocks.append(("p", text, opts))

    def blank(self):
        self.blocks.append(("p", "", {}))

    def table(self, rows, **opts):
        """rows: list of list of str; opts: header_rows=n, merges=[(r0,c0,r1,c1)], widths=[...]"""
        self.blocks.append(("table", rows, opts))

    def plain_text(self):
        out = []
        for b in self.blocks:
            if b[0] == "p":
                out.append(b[1])
            else:
                for r in b[1]:
                    out.append("\t".join(r))
        return "\n".join(out)
