// PAKN's browser glue (an Emscripten --js-library). Everything the wasm app
// needs from the page lives here: the hidden-textarea text bridge (IME,
// insertText, paste, phone keyboards), history routing, fetch, clipboard,
// storage, wake-ups for render-on-demand, touch scrolling, and the test
// surface window.pakn.
mergeInto(LibraryManager.library, {
  $PAKN: {
    textarea: null,
    composing: false,
    textActive: false,
    csrf: '',
    nextFetchId: 1,
    touch: null,
    wake: function () { if (Module['_pakn_wake']) Module['_pakn_wake'](); },
    sendText: function (text) {
      if (!text) return;
      var n = lengthBytesUTF8(text) + 1;
      var p = _malloc(n);
      stringToUTF8(text, p, n);
      Module['_pakn_text_input'](p);
      _free(p);
    },
  },

  pakn_js_init__deps: ['$PAKN', '$GLFW'],
  pakn_js_init: function () {
    // Emscripten's GLFW turns touchstart into a mouse press at the *previous*
    // pointer position (it cannot read touch coordinates), which clicks the
    // wrong widget on phones. Taps reach us as the browser's compatibility
    // mouse events instead; drags become scrolling below.
    var c0 = Module['canvas'];
    c0.removeEventListener('touchmove', GLFW.onMousemove, true);
    c0.removeEventListener('touchstart', GLFW.onMouseButtonDown, true);
    c0.removeEventListener('touchcancel', GLFW.onMouseButtonUp, true);
    c0.removeEventListener('touchend', GLFW.onMouseButtonUp, true);
    var ta = document.createElement('textarea');
    ta.id = 'pakn-text-bridge';
    ta.setAttribute('autocomplete', 'off');
    ta.setAttribute('autocorrect', 'off');
    ta.setAttribute('autocapitalize', 'off');
    ta.setAttribute('spellcheck', 'false');
    ta.setAttribute('aria-hidden', 'true');
    ta.setAttribute('tabindex', '-1');
    // Kept on screen (not display:none) but invisible: browsers only deliver
    // IME and virtual-keyboard input to a focusable, rendered element.
    ta.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0;' +
      'border:0;padding:0;margin:0;resize:none;overflow:hidden;z-index:-1;color:transparent;' +
      'background:transparent;caret-color:transparent;font-size:16px;';
    document.body.appendChild(ta);
    PAKN.textarea = ta;

    // Typed, pasted and insertText input arrive as 'input'; while an IME
    // composes, wait for compositionend. The textarea is emptied after each
    // delivery so every character reaches the app exactly once.
    ta.addEventListener('compositionstart', function () { PAKN.composing = true; });
    ta.addEventListener('compositionend', function (e) {
      PAKN.composing = false;
      var text = e.data || ta.value;
      ta.value = '';
      PAKN.sendText(text);
      PAKN.wake();
    });
    ta.addEventListener('input', function (e) {
      if (e.isComposing || PAKN.composing) return;
      if (e.inputType === 'deleteContentBackward' && ta.value === '') {
        // Phone keyboards report Backspace only as an input event.
        Module['_pakn_key_backspace']();
      } else {
        var text = ta.value;
        ta.value = '';
        PAKN.sendText(text);
      }
      PAKN.wake();
    });
    var shortcutPaste = false;
    ta.addEventListener('keydown', function (e) {
      // Enter and Tab reach ImGui as keys through GLFW; keep them out of the
      // textarea so they are not delivered twice.
      if (e.key === 'Enter' || e.key === 'Tab') e.preventDefault();
      shortcutPaste = (e.ctrlKey || e.metaKey) && (e.key === 'v' || e.key === 'V');
    });
    ta.addEventListener('paste', function (e) {
      var text = (e.clipboardData && e.clipboardData.getData('text/plain')) || '';
      e.preventDefault();
      if (shortcutPaste) {
        // ImGui sees Ctrl+V itself (through GLFW) and asks for the clipboard,
        // so hand it the text rather than typing it: typing while Ctrl is
        // held is ignored by ImGui.
        var n = lengthBytesUTF8(text) + 1, p = _malloc(n);
        stringToUTF8(text, p, n);
        Module['_pakn_set_paste_buffer'](p);
        _free(p);
      } else {
        PAKN.sendText(text);
      }
      shortcutPaste = false;
      PAKN.wake();
    });

    var wake = function () { PAKN.wake(); };
    ['mousemove', 'mousedown', 'mouseup', 'wheel', 'keydown', 'keyup', 'resize', 'focus', 'blur',
     'visibilitychange', 'online', 'offline', 'pointerdown', 'pointerup'].forEach(function (ev) {
      window.addEventListener(ev, wake, { capture: true, passive: true });
    });
    window.addEventListener('popstate', function () { Module['_pakn_on_popstate'](); PAKN.wake(); });
    if (window.matchMedia) {
      // devicePixelRatio changes with browser zoom and when moving screens.
      var watchDpr = function () {
        var mq = window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
        mq.addEventListener('change', function () { PAKN.wake(); watchDpr(); }, { once: true });
      };
      watchDpr();
    }

    // Touch: a vertical drag scrolls (as a wheel would); a tap stays a click
    // through the browser's compatibility mouse events.
    var canvas = Module['canvas'];
    canvas.addEventListener('touchstart', function (e) {
      if (e.touches.length !== 1) return;
      PAKN.touch = { y: e.touches[0].clientY, x: e.touches[0].clientX, moved: false };
      PAKN.wake();
    }, { passive: true });
    canvas.addEventListener('touchmove', function (e) {
      if (!PAKN.touch || e.touches.length !== 1) return;
      var t = e.touches[0];
      var dy = t.clientY - PAKN.touch.y, dx = t.clientX - PAKN.touch.x;
      if (!PAKN.touch.moved && Math.abs(dy) < 8 && Math.abs(dx) < 8) return;
      PAKN.touch.moved = true;
      PAKN.touch.y = t.clientY; PAKN.touch.x = t.clientX;
      Module['_pakn_touch_scroll'](dx, dy);
      e.preventDefault();
      PAKN.wake();
    }, { passive: false });
    canvas.addEventListener('touchend', function () { PAKN.touch = null; PAKN.wake(); }, { passive: true });

    // Focus the bridge inside the user's gesture: phones raise the keyboard
    // only for focus() called from a tap handler. The app runs a frame now so
    // it knows whether the tap activated a text field.
    canvas.addEventListener('mouseup', function () {
      if (Module['_pakn_pump_frame']) Module['_pakn_pump_frame']();
      if (PAKN.textActive) ta.focus({ preventScroll: true });
    });

    window.pakn = window.pakn || {};
    window.pakn.ready = false;
    // Widgets in CSS pixels relative to the viewport (the app reports
    // device pixels of the canvas's backing store).
    window.pakn.widgets = function () {
      var list = JSON.parse(UTF8ToString(Module['_pakn_test_widgets_json']()));
      var r = canvas.getBoundingClientRect();
      var sx = r.width / canvas.width, sy = r.height / canvas.height;
      list.forEach(function (w) {
        w.x = r.left + w.x * sx; w.y = r.top + w.y * sy; w.w *= sx; w.h *= sy;
      });
      return list;
    };
    window.pakn.state = function () {
      return JSON.parse(UTF8ToString(Module['_pakn_test_state_json']()));
    };
  },

  pakn_js_set_text_input__deps: ['$PAKN'],
  pakn_js_set_text_input: function (active, touch, x, y, w, h) {
    var ta = PAKN.textarea;
    if (!ta) return;
    PAKN.textActive = !!active;
    if (active) {
      var c = Module['canvas'], r = c.getBoundingClientRect();
      var s = r.width / (c.width || 1);
      ta.style.left = Math.round(r.left + x * s) + 'px';
      ta.style.top = Math.round(r.top + (y + h) * s) + 'px';
      ta.style.width = Math.max(1, Math.round(w * s)) + 'px';
    }
    // Desktop: keep the bridge focused while the page has focus, so the first
    // keystroke after a click is never lost. Touch: only while editing.
    var want = active || !touch;
    if (want && document.activeElement !== ta && document.hasFocus()) {
      ta.focus({ preventScroll: true });
    } else if (!want && document.activeElement === ta) {
      ta.blur();
    }
  },

  pakn_js_device_pixel_ratio: function () { return window.devicePixelRatio || 1; },
  pakn_js_is_touch: function () {
    return (window.matchMedia && window.matchMedia('(pointer: coarse)').matches) ? 1 : 0;
  },

  pakn_js_current_path: function () {
    var s = location.pathname + location.search;
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
  },
  pakn_js_push_path: function (path, replace) {
    var s = UTF8ToString(path);
    if (s === location.pathname + location.search) return;
    if (replace) history.replaceState(null, '', s); else history.pushState(null, '', s);
  },
  pakn_js_set_title: function (title) { document.title = UTF8ToString(title); },

  pakn_js_clipboard_write__deps: ['$PAKN'],
  pakn_js_clipboard_write: function (text) {
    var s = UTF8ToString(text);
    var legacy = function () {
      // Outside secure contexts: copy through the bridge's own selection.
      var ta = PAKN.textarea;
      if (!ta) return;
      ta.value = s; ta.select();
      try { document.execCommand('copy'); } catch (e) {}
      ta.value = '';
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(s).catch(legacy);
    } else {
      legacy();
    }
  },
  pakn_js_is_mac: function () {
    return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent) ? 1 : 0;
  },

  pakn_js_set_csrf__deps: ['$PAKN'],
  pakn_js_set_csrf: function (token) { PAKN.csrf = UTF8ToString(token); },

  pakn_js_fetch__deps: ['$PAKN'],
  pakn_js_fetch: function (id, method, url, body, bodyLen) {
    var m = UTF8ToString(method), u = UTF8ToString(url);
    var headers = { 'Accept': 'application/json' };
    var init = { method: m, credentials: 'same-origin', headers: headers, cache: 'no-store' };
    if (bodyLen > 0) {
      init.body = HEAPU8.slice(body, body + bodyLen);
      headers['Content-Type'] = 'application/json';
    }
    if (m !== 'GET' && m !== 'HEAD' && PAKN.csrf) headers['X-CSRF-Token'] = PAKN.csrf;
    var ctrl = typeof AbortController !== 'undefined' ? new AbortController() : null;
    if (ctrl) { init.signal = ctrl.signal; setTimeout(function () { ctrl.abort(); }, 30000); }
    var deliver = function (status, text) {
      var n = lengthBytesUTF8(text) + 1;
      var p = _malloc(n);
      stringToUTF8(text, p, n);
      Module['_pakn_on_fetch_done'](id, status, p, n - 1);
      _free(p);
      PAKN.wake();
    };
    fetch(u, init).then(function (r) {
      return r.text().then(function (t) { deliver(r.status, t); });
    }).catch(function () { deliver(0, ''); });
  },

  pakn_js_storage_get: function (key) {
    var v = null;
    try { v = localStorage.getItem(UTF8ToString(key)); } catch (e) {}
    v = v || '';
    var n = lengthBytesUTF8(v) + 1;
    var p = _malloc(n);
    stringToUTF8(v, p, n);
    return p;
  },
  pakn_js_storage_set: function (key, value) {
    try { localStorage.setItem(UTF8ToString(key), UTF8ToString(value)); } catch (e) {}
  },
  pakn_js_storage_remove: function (key) {
    try { localStorage.removeItem(UTF8ToString(key)); } catch (e) {}
  },

  pakn_js_signal_ready: function () {
    window.pakn = window.pakn || {};
    if (window.pakn.ready) return;
    window.pakn.ready = true;
    var el = document.getElementById('loading');
    if (el) el.remove();
    document.dispatchEvent(new Event('pakn-ready'));
  },
});
