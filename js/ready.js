// window.clippingsReady exists before the Wasm module loads (CONTRACT.md); the app resolves it
// with window.clippings once the API is usable.
(function () {
  let resolve;
  window.clippingsReady = new Promise(function (r) { resolve = r; });
  window.__clippingsResolveReady = resolve;
})();
