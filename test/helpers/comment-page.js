// Runs in the page test/helpers/render-comment.ts renders a comment in, after Mermaid's own bundle.

/** Replaces each ```mermaid block with its diagram, as GitHub does, and measures each. */
globalThis.drawDiagrams = async () => {
  const mermaid = globalThis.mermaid;
  mermaid.initialize({ startOnLoad: false, theme: "default", securityLevel: "strict" });
  const blocks = [...document.querySelectorAll("pre > code.language-mermaid")];
  const out = [];
  for (const [i, code] of blocks.entries()) {
    const pre = code.parentElement;
    const holder = document.createElement("div");
    holder.className = "mermaid-diagram";
    pre.replaceWith(holder);
    try {
      const { svg } = await mermaid.render(`diagram-${i}`, code.textContent ?? "");
      holder.innerHTML = svg;
    } catch (error) {
      holder.textContent = `Unable to render rich display: ${String(error)}`;
      out.push({ error: String(error), scale: 0, naturalWidth: 0, renderedWidth: 0, minTextPx: 0 });
      continue;
    }
    await document.fonts.ready;
    const svg = holder.querySelector("svg");
    const naturalWidth = svg.viewBox.baseVal.width;
    const renderedWidth = svg.getBoundingClientRect().width;
    let minTextPx = Number.POSITIVE_INFINITY;
    const sized = (el, ctm) => {
      if (!ctm || !el.textContent?.trim()) return;
      const px = Number.parseFloat(getComputedStyle(el).fontSize) * Math.hypot(ctm.a, ctm.b);
      if (px > 0) minTextPx = Math.min(minTextPx, px);
    };
    for (const text of svg.querySelectorAll("text")) sized(text, text.getScreenCTM());
    // Labels drawn as HTML inside the SVG take the scale of their foreignObject.
    for (const fo of svg.querySelectorAll("foreignObject")) {
      for (const el of fo.querySelectorAll("*")) {
        if (el.children.length === 0) sized(el, fo.getScreenCTM());
      }
    }
    out.push({
      naturalWidth,
      renderedWidth,
      scale: naturalWidth ? renderedWidth / naturalWidth : 0,
      minTextPx: Number.isFinite(minTextPx) ? minTextPx : 0,
    });
  }
  return out;
};

/** The comment's height and where the verdict and the first finding start, folded sections closed. */
globalThis.measureLayout = () => {
  const body = document.querySelector(".markdown-body");
  const top = body.getBoundingClientRect().top;
  const y = (el) => (el ? el.getBoundingClientRect().top - top : null);
  const strong = [...body.querySelectorAll("strong")];
  // The verdict is the comment's first heading, led by ✅ or ❌; a finding is a list item led by its rule's
  // id in bold.
  const verdict = [...body.querySelectorAll("h1, h2, h3")].find((h) => /^[✅❌]/u.test(h.textContent ?? ""));
  const finding = strong.find(
    (s) => s.closest("li") && /^[a-z]+(-[a-z]+)+$/.test((s.textContent ?? "").trim()),
  );
  return {
    height: body.getBoundingClientRect().height,
    verdictY: y(verdict),
    firstFindingY: y(finding?.closest("li")),
  };
};

/** The widest line of any code block, folded ones opened: an inline box is as wide as its widest line. */
globalThis.measureCode = () => {
  for (const details of document.querySelectorAll("details")) details.open = true;
  let widest = 0;
  for (const code of document.querySelectorAll("pre > code")) {
    widest = Math.max(widest, code.getBoundingClientRect().width);
  }
  return widest;
};
