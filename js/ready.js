// window.clippingsReady exists before the Wasm module loads (CONTRACT.md); the app resolves it
// with window.clippings once the API is usable.
(function () {
  let resolve;
  window.clippingsReady = new Promise(function (r) { resolve = r; });
  window.__clippingsResolveReady = resolve;
})();

// The reader's theme (system, light or dark), remembered in localStorage and set as data-theme on
// <html>. Here, in a classic script in <head>, so that the colours are right before the first paint
// (the page's policy forbids inline scripts). The app's theme toggle calls window.clippingsSetTheme.
(function () {
  const KEY = 'clippings-theme';
  const CHOSEN = ['light', 'dark'];
  function stored() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function apply(choice) {
    if (CHOSEN.includes(choice)) document.documentElement.dataset.theme = choice;
    else delete document.documentElement.dataset.theme;
  }
  window.clippingsTheme = function () {
    const choice = stored();
    return CHOSEN.includes(choice) ? choice : 'system';
  };
  window.clippingsSetTheme = function (choice) {
    // Storage can be refused (private windows, a file page): the choice still holds until reload.
    try {
      if (CHOSEN.includes(choice)) localStorage.setItem(KEY, choice);
      else localStorage.removeItem(KEY);
    } catch (e) { /* kept for this visit only */ }
    apply(choice);
  };
  apply(stored());
})();
