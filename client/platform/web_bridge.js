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
    mapTouch: false,  // the fingers on the canvas belong to the map's gestures
    wake: function () { if (Module['_pakn_wake']) Module['_pakn_wake'](); },
    // A fetch's outcome to C++ (pakn_on_fetch_done): status and body text.
    deliverFetch: function (id, status, text) {
      var n = lengthBytesUTF8(text) + 1;
      var p = _malloc(n);
      stringToUTF8(text, p, n);
      Module['_pakn_on_fetch_done'](id, status, p, n - 1);
      _free(p);
      PAKN.wake();
    },
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
      // ImGui's own paste shortcuts (Ctrl/Cmd+V, Shift+Insert) make it ask
      // for the clipboard text, which the paste event that follows provides.
      shortcutPaste = ((e.ctrlKey || e.metaKey) && (e.key === 'v' || e.key === 'V')) ||
        (e.shiftKey && e.key === 'Insert');
      if (shortcutPaste) Module['_pakn_set_paste_buffer'](0);  // never an older paste's text
    });
    ta.addEventListener('paste', function (e) {
      var text = (e.clipboardData && e.clipboardData.getData('text/plain')) || '';
      e.preventDefault();
      if (shortcutPaste) {
        // ImGui sees the shortcut itself (through GLFW) and asks for the
        // clipboard, so hand it the text rather than typing it: typing while
        // Ctrl is held is ignored by ImGui, and typed it would arrive twice.
        // A context-menu or long-press Paste has no shortcut: typed below.
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
    // A region that claims touches (the map) gets them as pan and pinch
    // gestures instead (pakn_touch_gesture decides, synchronously).
    var gesture = function (phase, e) {
      var box = canvas.getBoundingClientRect(), t = e.touches;
      var x1 = t.length > 0 ? t[0].clientX - box.left : 0, y1 = t.length > 0 ? t[0].clientY - box.top : 0;
      var x2 = t.length > 1 ? t[1].clientX - box.left : 0, y2 = t.length > 1 ? t[1].clientY - box.top : 0;
      var taken = Module['_pakn_touch_gesture'] && Module['_pakn_touch_gesture'](phase, t.length, x1, y1, x2, y2);
      if (taken) PAKN.wake();
      return taken;
    };
    canvas.addEventListener('touchstart', function (e) {
      if (gesture(0, e)) { PAKN.touch = null; PAKN.mapTouch = true; return; }
      if (e.touches.length !== 1) return;
      PAKN.touch = { y: e.touches[0].clientY, x: e.touches[0].clientX, moved: false };
      PAKN.wake();
    }, { passive: true });
    canvas.addEventListener('touchmove', function (e) {
      if (PAKN.mapTouch) {
        if (gesture(1, e)) e.preventDefault();
        return;
      }
      if (!PAKN.touch || e.touches.length !== 1) return;
      var t = e.touches[0];
      var dy = t.clientY - PAKN.touch.y, dx = t.clientX - PAKN.touch.x;
      if (!PAKN.touch.moved && Math.abs(dy) < 8 && Math.abs(dx) < 8) return;
      PAKN.touch.moved = true;
      PAKN.touch.y = t.clientY; PAKN.touch.x = t.clientX;
      var box = canvas.getBoundingClientRect();
      Module['_pakn_touch_scroll'](t.clientX - box.left, t.clientY - box.top, dx, dy);
      e.preventDefault();
      PAKN.wake();
    }, { passive: false });
    var touchEnd = function (e) {
      if (PAKN.mapTouch) {
        gesture(2, e);
        if (e.touches.length === 0) PAKN.mapTouch = false;
      }
      PAKN.touch = null;
      PAKN.wake();
    };
    canvas.addEventListener('touchend', touchEnd, { passive: true });
    canvas.addEventListener('touchcancel', touchEnd, { passive: true });

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
  pakn_js_origin: function () {
    var s = location.origin;
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
  },
  pakn_js_push_path: function (path, replace) {
    var s = UTF8ToString(path);
    if (s === location.pathname + location.search) return;
    // A replaced URL (filters typed) keeps the entry's scroll; a new entry starts without.
    if (replace) history.replaceState(history.state, '', s); else history.pushState(null, '', s);
  },
  pakn_js_history_scroll: function () {
    var st = history.state;
    return st && typeof st.scroll === 'number' ? st.scroll : -1;
  },
  pakn_js_set_history_scroll: function (y) {
    var st = Object.assign({}, history.state || {});
    st.scroll = y;
    history.replaceState(st, '');
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
    var deliver = function (status, text) { PAKN.deliverFetch(id, status, text); };
    fetch(u, init).then(function (r) {
      return r.text().then(function (t) { deliver(r.status, t); });
    }).catch(function () { deliver(0, ''); });
  },

  // A file the server builds (exports): fetched here and handed to the
  // browser's download as a Blob, so its bytes never pass through wasm (or
  // through a text decoder, which would break a zip). The name comes from
  // Content-Disposition (RFC 6266 filename*, else filename, else fallback).
  // An error answer's text goes back to C++ so the screen can show it.
  pakn_js_download_url__deps: ['$PAKN'],
  pakn_js_download_url: function (id, url, fallbackName) {
    var u = UTF8ToString(url), fallback = UTF8ToString(fallbackName);
    var deliver = function (status, text) { PAKN.deliverFetch(id, status, text); };
    var nameOf = function (header) {
      var m = /filename\*=UTF-8''([^;]+)/i.exec(header || '');
      if (m) { try { return decodeURIComponent(m[1]); } catch (e) {} }
      m = /filename="([^"]+)"/i.exec(header || '');
      return m ? m[1] : fallback;
    };
    fetch(u, { credentials: 'same-origin', cache: 'no-store' }).then(function (r) {
      if (!r.ok) return r.text().then(function (t) { deliver(r.status, t); });
      var name = nameOf(r.headers.get('Content-Disposition'));
      return r.blob().then(function (blob) {
        var a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = name;
        document.body.appendChild(a);
        a.click();
        setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
        deliver(r.status, '');
      });
    }).catch(function () { deliver(0, ''); });
  },

  // ---- files: kept here by id so large files never enter wasm memory
  pakn_js_pick_files__deps: ['$PAKN'],
  pakn_js_pick_files: function (request, accept, multiple) {
    PAKN.files = PAKN.files || {};
    PAKN.nextFileId = PAKN.nextFileId || 1;
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = UTF8ToString(accept);
    input.multiple = !!multiple;
    input.style.display = 'none';
    var delivered = false;
    var deliver = function (list) {
      if (delivered) return;
      delivered = true;
      var json = JSON.stringify(list);
      var n = lengthBytesUTF8(json) + 1, p = _malloc(n);
      stringToUTF8(json, p, n);
      Module['_pakn_on_files'](request, p);
      _free(p);
      input.remove();
      PAKN.wake();
    };
    input.addEventListener('change', function () {
      var list = [];
      for (var i = 0; i < input.files.length; i++) {
        var f = input.files[i], id = PAKN.nextFileId++;
        PAKN.files[id] = f;
        list.push({ id: id, name: f.name, size: f.size, type: f.type || '' });
      }
      deliver(list);
    });
    input.addEventListener('cancel', function () { deliver([]); });
    document.body.appendChild(input);
    input.click();
  },

  pakn_js_upload_file__deps: ['$PAKN'],
  pakn_js_upload_file: function (fileId) {
    var file = PAKN.files && PAKN.files[fileId];
    PAKN.uploads = PAKN.uploads || {};
    var progress = function (sent) { Module['_pakn_on_upload_progress'](fileId, sent, file ? file.size : 0); PAKN.wake(); };
    var done = function (status, text) {
      delete PAKN.uploads[fileId];
      var n = lengthBytesUTF8(text) + 1, p = _malloc(n);
      stringToUTF8(text, p, n);
      Module['_pakn_on_upload_done'](fileId, status, p, n - 1);
      _free(p);
      PAKN.wake();
    };
    if (!file) { done(0, ''); return; }
    var state = { xhr: null, uploadId: null, cancelled: false };
    PAKN.uploads[fileId] = state;
    var request = function (method, url, body, headers, onProgress, onDone) {
      var xhr = new XMLHttpRequest();
      state.xhr = xhr;
      xhr.open(method, url);
      xhr.withCredentials = true;
      if (PAKN.csrf) xhr.setRequestHeader('X-CSRF-Token', PAKN.csrf);
      for (var h in headers) xhr.setRequestHeader(h, headers[h]);
      if (onProgress) xhr.upload.onprogress = function (e) { onProgress(e.loaded); };
      xhr.onload = function () { onDone(xhr.status, xhr.responseText); };
      xhr.onerror = function () { onDone(0, ''); };
      xhr.onabort = function () { onDone(0, ''); };
      xhr.send(body);
    };
    var CHUNK = 4 * 1024 * 1024;
    if (file.size <= CHUNK) {
      request('POST', '/api/v1/attachments', file, {
        'Content-Type': file.type || 'application/octet-stream',
        'X-File-Name': encodeURIComponent(file.name)
      }, progress, done);
      return;
    }
    // Large files (videos) go in 4 MiB chunks the server appends in order.
    request('POST', '/api/v1/uploads', JSON.stringify({ name: file.name, size: file.size }),
      { 'Content-Type': 'application/json' }, null, function (status, text) {
        if (status !== 201) { done(status, text); return; }
        var info = JSON.parse(text);
        state.uploadId = info.upload_id;
        var chunk = info.chunk_size || CHUNK;
        var offset = 0;
        var next = function () {
          if (state.cancelled) return;
          if (offset >= file.size) {
            request('POST', '/api/v1/uploads/' + state.uploadId + '/complete', '{}',
              { 'Content-Type': 'application/json' }, null, done);
            return;
          }
          var end = Math.min(offset + chunk, file.size);
          request('PUT', '/api/v1/uploads/' + state.uploadId + '?offset=' + offset, file.slice(offset, end),
            { 'Content-Type': 'application/octet-stream' }, function (loaded) { progress(offset + loaded); },
            function (s2, t2) {
              if (s2 !== 200) {
                request('DELETE', '/api/v1/uploads/' + state.uploadId, null, {}, null, function () {});
                done(s2, t2);
                return;
              }
              offset = end;
              progress(offset);
              next();
            });
        };
        next();
      });
  },
  pakn_js_cancel_upload__deps: ['$PAKN'],
  pakn_js_cancel_upload: function (fileId) {
    var state = PAKN.uploads && PAKN.uploads[fileId];
    if (!state) return;
    state.cancelled = true;
    if (state.xhr) state.xhr.abort();
    if (state.uploadId) {
      var xhr = new XMLHttpRequest();
      xhr.open('DELETE', '/api/v1/uploads/' + state.uploadId);
      if (PAKN.csrf) xhr.setRequestHeader('X-CSRF-Token', PAKN.csrf);
      xhr.send();
    }
  },
  pakn_js_release_file__deps: ['$PAKN'],
  pakn_js_release_file: function (fileId) { if (PAKN.files) delete PAKN.files[fileId]; },

  // ---- images into GL textures ImGui can draw
  pakn_js_load_image__deps: ['$PAKN', '$GL'],
  pakn_js_load_image: function (request, fileId, url, maxSide) {
    var finish = function (id, w, h) { Module['_pakn_on_texture'](request, id, w, h); PAKN.wake(); };
    var source = fileId > 0 ? Promise.resolve(PAKN.files && PAKN.files[fileId])
      : fetch(UTF8ToString(url), { credentials: 'same-origin' }).then(function (r) {
          if (!r.ok) throw new Error('http ' + r.status);
          return r.blob();
        });
    source.then(function (blob) {
      if (!blob) throw new Error('no file');
      return createImageBitmap(blob);
    }).then(function (bitmap) {
      var scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
      var w = Math.max(1, Math.round(bitmap.width * scale)), h = Math.max(1, Math.round(bitmap.height * scale));
      var canvas = document.createElement('canvas');
      canvas.width = w; canvas.height = h;
      canvas.getContext('2d').drawImage(bitmap, 0, 0, w, h);
      if (bitmap.close) bitmap.close();
      var gl = GLctx;
      var tex = gl.createTexture();
      gl.bindTexture(gl.TEXTURE_2D, tex);
      gl.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, false);
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, canvas);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
      var id = GL.getNewId(GL.textures);
      tex.name = id;
      GL.textures[id] = tex;
      finish(id, w, h);
    }).catch(function () { finish(0, 0, 0); });
  },
  pakn_js_free_texture__deps: ['$GL'],
  pakn_js_free_texture: function (id) {
    var tex = GL.textures[id];
    if (!tex) return;
    GLctx.deleteTexture(tex);
    GL.textures[id] = null;
  },

  // ---- position
  pakn_js_locate: function (request) {
    var deliver = function (ok, lat, lon, acc, err) {
      var n = lengthBytesUTF8(err) + 1, p = _malloc(n);
      stringToUTF8(err, p, n);
      Module['_pakn_on_position'](request, ok, lat, lon, acc, p);
      _free(p);
      if (Module['_pakn_wake']) Module['_pakn_wake']();
    };
    if (!navigator.geolocation) { deliver(0, 0, 0, 0, 'Thiết bị không hỗ trợ định vị.'); return; }
    navigator.geolocation.getCurrentPosition(function (pos) {
      deliver(1, pos.coords.latitude, pos.coords.longitude, pos.coords.accuracy || 0, '');
    }, function (e) {
      deliver(0, 0, 0, 0, e.code === 1 ? 'Bạn chưa cho phép truy cập vị trí.' : 'Không xác định được vị trí, vui lòng thử lại.');
    }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  },

  // ---- live events
  pakn_js_open_events__deps: ['$PAKN'],
  pakn_js_open_events: function (url) {
    if (PAKN.events) PAKN.events.close();
    var es = new EventSource(UTF8ToString(url));
    PAKN.events = es;
    var forward = function (type) {
      return function (e) {
        var t = lengthBytesUTF8(type) + 1, d = lengthBytesUTF8(e.data) + 1;
        var pt = _malloc(t), pd = _malloc(d);
        stringToUTF8(type, pt, t);
        stringToUTF8(e.data, pd, d);
        Module['_pakn_on_live'](pt, pd);
        _free(pt); _free(pd);
        PAKN.wake();
      };
    };
    es.addEventListener('report', forward('report'));
    es.addEventListener('notification', forward('notification'));
    // EventSource retries by itself after a dropped connection; it gives up
    // (CLOSED) only when the server answers a reconnect with an error, such
    // as 401 once the session ended: the app must hear of that at once.
    es.onerror = function () {
      if (es.readyState !== 2 || PAKN.events !== es) return;
      PAKN.events = null;
      Module['_pakn_on_live_ended']();
      PAKN.wake();
    };
  },
  pakn_js_close_events__deps: ['$PAKN'],
  pakn_js_close_events: function () { if (PAKN.events) { PAKN.events.close(); PAKN.events = null; } },

  pakn_js_download: function (name, mime, data, len) {
    var bytes = HEAPU8.slice(data, data + len);
    var blob = new Blob([bytes], { type: UTF8ToString(mime) });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = UTF8ToString(name);
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  },
  pakn_js_open_url: function (url) { window.open(UTF8ToString(url), '_blank', 'noopener'); },

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
