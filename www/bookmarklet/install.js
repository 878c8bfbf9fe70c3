// The install page (install.html): builds the bookmarklet for the site this
// page is served from, so that a copy hosted elsewhere points at itself.

import { bookmarkletCode, bookmarkletHref } from "./bookmarklet.js";

// The folder of install.html, reader.html and pkg/: this page's folder.
const base = new URL(".", location.href).href;

const link = document.querySelector("a[data-inti-bookmarklet]");
const status = document.getElementById("install-status");
const code = document.getElementById("bookmarklet-code");
const copyButton = document.getElementById("copy-code");
const copyStatus = document.getElementById("copy-status");

if (!/^https?:$/.test(location.protocol)) {
  status.textContent = "Serve this folder over http(s) (for example with scripts/demo) to install the bookmarklet.";
} else {
  const href = bookmarkletHref(base);
  link.href = href;
  code.value = href;
  document.getElementById("bookmarklet-length").textContent =
    `The bookmarklet is ${href.length.toLocaleString("en")} characters long and loads the rest from ${base}.`;
  for (const element of document.querySelectorAll("code.origin")) element.textContent = base;
  link.dataset.intiBase = base;
  link.dataset.intiCodeLength = String(bookmarkletCode(base).length);
}

// A click here would run nothing (this page's CSP forbids javascript: URLs);
// say what to do instead.
link.addEventListener("click", (event) => {
  event.preventDefault();
  status.textContent = "Drag the button to your bookmarks bar, then click it there on a page you want to read.";
});

copyButton.addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText(code.value);
    copyStatus.textContent = "Copied.";
  } catch {
    code.select();
    copyStatus.textContent = "Select the code above and copy it.";
  }
});
