// Starts the wasm app after checking the browser can run it; shows a clear
// Vietnamese error page instead of a blank canvas when it cannot.
(function () {
  'use strict';
  // A public page arrives with its content rendered by the server (the
  // #ssr element) for crawlers, link previews and browsers without
  // JavaScript; here the app draws it, so the copy steps aside at once and
  // leaves the document when the app is up.
  var ssr = document.getElementById('ssr');
  if (ssr) {
    ssr.hidden = true;
    document.addEventListener('pakn-ready', function () { ssr.remove(); });
  }
  function fatal(reason) {
    var loading = document.getElementById('loading');
    if (loading) loading.remove();
    document.getElementById('canvas').style.display = 'none';
    document.getElementById('fatal-reason').textContent = reason;
    document.getElementById('fatal').hidden = false;
    window.pakn = window.pakn || {};
    window.pakn.fatal = reason;
  }
  if (typeof WebAssembly !== 'object') {
    fatal('Trình duyệt không hỗ trợ WebAssembly.');
    return;
  }
  var probe = document.createElement('canvas');
  var gl = null;
  try { gl = probe.getContext('webgl2'); } catch (e) { gl = null; }
  if (!gl) {
    fatal('Trình duyệt hoặc thiết bị không hỗ trợ WebGL 2 (đồ họa tăng tốc).');
    return;
  }
  var lose = gl.getExtension('WEBGL_lose_context');
  if (lose) lose.loseContext();

  var canvas = document.getElementById('canvas');
  canvas.addEventListener('webglcontextlost', function (e) {
    e.preventDefault();
    fatal('Mất kết nối đồ họa (WebGL). Vui lòng tải lại trang.');
  }, false);
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });

  // Where the app's files are: the server names them by their content
  // (/v/<fingerprint>/pakn.wasm, cached for a year) and lists them in the
  // shell; without the list (the shell served by something else) the
  // fixed names work too.
  var assets = {};
  var listed = document.getElementById('pakn-assets');
  if (listed) {
    try { assets = JSON.parse(listed.textContent); } catch (e) { assets = {}; }
  }
  function asset(path) { return assets[path] || path; }

  window.Module = {
    canvas: canvas,
    locateFile: function (name) { return asset('/' + name); },
    print: function (t) { console.log(t); },
    printErr: function (t) { console.warn(t); },
    onAbort: function (what) { fatal('Ứng dụng gặp lỗi khi khởi động (' + what + '). Vui lòng tải lại trang.'); },
    setStatus: function () {},
  };
  // The service worker keeps the app shell for offline starts of the
  // installed app (web/sw.js); it never touches the API.
  if ('serviceWorker' in navigator && window.isSecureContext) {
    window.addEventListener('load', function () {
      navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function (e) {
        console.warn('PAKN: service worker not registered', e);
      });
    });
  }

  // The print copy (web/print.js) is independent of the app: Ctrl+P works
  // even before the app is up.
  var printer = document.createElement('script');
  printer.src = asset('/print.js');
  document.body.appendChild(printer);

  var script = document.createElement('script');
  script.src = asset('/pakn.js');
  script.onerror = function () { fatal('Không tải được ứng dụng. Vui lòng kiểm tra kết nối mạng và tải lại trang.'); };
  document.body.appendChild(script);
})();
