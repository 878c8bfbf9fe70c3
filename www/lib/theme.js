// The demo's light/dark theme: the system's by default, or the one picked in
// the header, kept in localStorage and set as data-theme on the root element
// (style.css reads it). Importing this module applies the stored choice.

const THEME_KEY = "inti-demo-theme";

/** "auto", "light" or "dark". */
export function storedTheme() {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === "light" || value === "dark" ? value : "auto";
  } catch {
    return "auto";
  }
}

/** Applies a choice ("auto", "light", "dark") and remembers it if asked. */
export function applyTheme(choice, { remember = false } = {}) {
  if (choice === "light" || choice === "dark") document.documentElement.dataset.theme = choice;
  else delete document.documentElement.dataset.theme;
  if (remember) {
    try {
      localStorage.setItem(THEME_KEY, choice);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }
}

/** The theme in effect: "light" or "dark". */
export function effectiveTheme() {
  const choice = document.documentElement.dataset.theme;
  if (choice === "light" || choice === "dark") return choice;
  return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

applyTheme(storedTheme());
