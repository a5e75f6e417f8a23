"""Writes the hostile payloads of this run into papers/ (one article each)."""
import os

N = 100_000
os.makedirs("papers", exist_ok=True)


def fm(extra="", body="Body."):
    return f"---\ntitle: T\ndate: 2024-01-01\n{extra}---\n{body}\n"


FILES = {
    "divs.md": fm(body="<div>" * N + "x" + "</div>" * N),
    "divs-open.md": fm(body="<div>" * N),
    "brackets-fm.md": "---\ntitle: " + "[" * N + "\n---\nx\n",
    "braces-fm.md": "---\ntitle: " + "{" * N + "\n---\nx\n",
    "tags.md": fm(extra="tags: [" + ", ".join(f"t{i}" for i in range(N)) + "]\n"),
    "quotes.md": fm(body=">" * N + " x"),
    "lists.md": fm(body="\n".join("  " * i + "- x" for i in range(1000))),
    "emph.md": fm(body="*a " * N),
    "links.md": fm(body="[" * N + "x" + "]" * N),
    "link-open.md": fm(body="[a](" * N),
    "spans.md": fm(body="<span>" * N),
    "b.md": fm(body="<b><i>" * (N // 2)),
    "table.md": fm(body="|a|\n|-|\n" + "|x|\n" * N),
    "backticks.md": fm(body="`" * N + "x"),
    "entities.md": fm(body="&amp;" * N),
    "urls.md": fm(body=" ".join("https://e.com/" + str(i) for i in range(N // 3))),
    "indent-fm.md": "---\ntitle: T\nx:\n" + "".join(" " * i + "- \n" for i in range(1, 1400)) + "---\nx\n",
}
for name, text in FILES.items():
    with open(os.path.join("papers", name), "w") as f:
        f.write(text)
