// Makes the page work offline after one visit over http(s): registers the service worker that
// precaches the build (sw.js) and tells the app when a newer build is waiting. A page opened
// from a file has no service worker, and needs none: everything is inside it.
(function () {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;

  let waiting = null;
  function announce(worker) {
    waiting = worker;
    window.clippingsUpdateReady = true;
    window.dispatchEvent(new CustomEvent('clippings-update-ready'));
  }
  // Called by the app's "Reload" button: the waiting build takes over, then the page reloads.
  window.clippingsApplyUpdate = function () {
    if (waiting) waiting.postMessage('activate-update');
    else location.reload();
  };

  window.addEventListener('load', function () {
    navigator.serviceWorker.register('sw.js').then(function (registration) {
      if (registration.waiting && navigator.serviceWorker.controller) announce(registration.waiting);
      registration.addEventListener('updatefound', function () {
        const installing = registration.installing;
        installing.addEventListener('statechange', function () {
          // The first install is not an update: there was no older build in control.
          if (installing.state === 'installed' && navigator.serviceWorker.controller) announce(installing);
        });
      });
    }).catch(function (error) {
      console.warn('Clippings will not work offline here:', error);
    });
    let reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      if (waiting && !reloading) {
        reloading = true;
        location.reload();
      }
    });
  });
})();
