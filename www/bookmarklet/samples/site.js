// The sample site's own script (allowed by the test sites' `script-src
// 'self'`): closes the cookie bar and the sticky ad. It uses no inline
// handlers and no HTML sinks, so it also runs under Trusted Types.
for (const button of document.querySelectorAll(".cookie-bar button")) {
  button.addEventListener("click", () => button.closest(".cookie-bar").classList.add("hidden"));
}
for (const button of document.querySelectorAll(".ads-bottom-sticky__close")) {
  button.addEventListener("click", () => button.closest(".ads-bottom-sticky").classList.add("hidden"));
}
