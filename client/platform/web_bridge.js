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
      var wake = Module['_pakn_on_fetch_done'](id, status, p, n - 1);
      _free(p);
      if (wake) PAKN.wake();
    },
    // ---- accessibility mirror: the canvas has no accessibility tree, so
    // what the app draws (its widget registry, handed over only when a frame
    // changed it) becomes real elements over the canvas, in reading order:
    // headings, text, links, buttons, fields with their label, error and
    // required state, checkboxes, drop-downs, dialogs. Screen readers read
    // and operate them, magnifiers find them where the widget is drawn, and
    // the text is selectable (transparent: the canvas shows the pixels).
    mirror: null,
    initMirror: function (canvas) {
      var style = document.createElement('style');
      style.textContent =
        '#pakn-a11y{position:fixed;left:0;top:0;width:100%;height:100%;overflow:hidden;margin:0;padding:0;' +
        'pointer-events:none;z-index:1;font-family:"Noto Sans","Segoe UI",Roboto,Arial,sans-serif;}' +
        '#pakn-a11y .pakn-n{position:absolute;margin:0;padding:0;box-sizing:border-box;overflow:visible;' +
        'color:transparent;background:transparent;white-space:pre-wrap;word-break:break-word;line-height:1.2;}' +
        '#pakn-a11y .pakn-c{position:absolute;left:0;top:0;width:100%;height:100%;margin:0;padding:0;border:0;' +
        'box-sizing:border-box;background:transparent;color:transparent;font:inherit;line-height:inherit;' +
        '-webkit-appearance:none;appearance:none;outline:none;resize:none;overflow:hidden;text-align:left;' +
        'white-space:pre-wrap;cursor:default;caret-color:transparent;}' +
        '#pakn-a11y .pakn-t{margin:0;padding:0;border:0;font:inherit;line-height:1;color:transparent;' +
        'white-space:pre-wrap;user-select:text;-webkit-user-select:text;}' +
        '#pakn-a11y.pakn-hit .pakn-t{pointer-events:auto;}' +
        '#pakn-a11y ::selection{background:rgba(0,84,166,0.35);color:transparent;}' +
        '#pakn-a11y .pakn-err,#pakn-a11y .pakn-live{position:absolute;width:1px;height:1px;overflow:hidden;' +
        'clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;}';
      document.head.appendChild(style);
      var root = document.createElement('main');
      root.id = 'pakn-a11y';
      var content = document.createElement('div');
      root.appendChild(content);
      // Announcements: a banner's error at once (alert), a passing notice
      // (sent, saved, live updates) when the reader is idle (status).
      var alert = document.createElement('div');
      alert.id = 'pakn-alert';
      alert.className = 'pakn-live';
      alert.setAttribute('role', 'alert');
      var status = document.createElement('div');
      status.id = 'pakn-status';
      status.className = 'pakn-live';
      status.setAttribute('role', 'status');
      status.setAttribute('aria-live', 'polite');
      root.appendChild(alert);
      root.appendChild(status);
      canvas.parentNode.insertBefore(root, canvas.nextSibling);
      // The mirror speaks for the canvas; its pixels alone mean nothing to a reader.
      canvas.setAttribute('aria-hidden', 'true');
      canvas.removeAttribute('aria-label');
      var m = {
        root: root, content: content, nodes: new Map(), tables: new Map(), announced: { alert: '', status: '' }, toFit: [],
        syncing: false, focus: 0, drag: null,
      };
      PAKN.mirror = m;

      var nodeOf = function (el) {
        var box = el && el.closest ? el.closest('.pakn-n') : null;
        return box ? m.nodes.get(Number(box.dataset.id)) : null;
      };
      // A reader moving to an element moves ImGui's focus there; a text
      // field starts editing (typing then goes through the text bridge).
      root.addEventListener('focusin', function (e) {
        if (m.syncing) return;
        var n = nodeOf(e.target);
        if (!n || n.text) return;
        Module['_pakn_a11y_focus'](n.id, n.field ? 1 : 0);
      });
      // A reader's "click" (or a program's) presses the item in ImGui.
      root.addEventListener('click', function (e) {
        var n = nodeOf(e.target);
        if (!n || n.text) return;
        e.preventDefault();
        Module['_pakn_a11y_focus'](n.id, 1);
      });
      // Enter and Space reach ImGui as keys (GLFW); the element's own
      // activation would press the item a second time.
      var keys = function (e) {
        if (e.key === 'Enter' || e.key === ' ') e.preventDefault();
      };
      root.addEventListener('keydown', keys);
      root.addEventListener('keyup', keys);
      // Typing belongs to the app (through the bridge), never to a mirror field.
      root.addEventListener('input', function (e) {
        var n = nodeOf(e.target);
        if (n && n.field) n.control.value = n.value;
      });

      // Selecting text: a drag that starts on mirrored text selects the
      // mirror's (transparent) text under the pointer, as in a document;
      // the canvas still gets every mouse event, so clicks work as before.
      var pointAt = function (x, y) {
        root.classList.add('pakn-hit');
        var r = document.caretRangeFromPoint ? document.caretRangeFromPoint(x, y) : null;
        root.classList.remove('pakn-hit');
        if (!r || !r.startContainer || !content.contains(r.startContainer)) return null;
        var el = r.startContainer.nodeType === 3 ? r.startContainer.parentElement : r.startContainer;
        if (!el || !el.closest('.pakn-t')) return null;
        return { node: r.startContainer, offset: r.startOffset };
      };
      canvas.addEventListener('mousedown', function (e) {
        m.drag = null;
        if (m.hasSelection()) window.getSelection().removeAllRanges();
        if (e.button !== 0) return;
        var start = pointAt(e.clientX, e.clientY);
        if (start) m.drag = { start: start, x: e.clientX, y: e.clientY, moved: false };
      }, true);
      window.addEventListener('mousemove', function (e) {
        var d = m.drag;
        if (!d || !(e.buttons & 1)) return;
        if (!d.moved && Math.abs(e.clientX - d.x) + Math.abs(e.clientY - d.y) < 4) return;
        d.moved = true;
        var end = pointAt(e.clientX, e.clientY);
        if (end) window.getSelection().setBaseAndExtent(d.start.node, d.start.offset, end.node, end.offset);
      }, true);
      window.addEventListener('mouseup', function () { m.drag = null; }, true);
      // Ctrl+C / Cmd+C copies the selection (the page's own copy: the focus
      // is kept off the text bridge while a selection exists, see holdsFocus).
      m.hasSelection = function () {
        var sel = window.getSelection();
        return !!(sel && !sel.isCollapsed && sel.anchorNode && content.contains(sel.anchorNode));
      };
      // True while the mirror needs the DOM focus or the page's selection:
      // the text bridge then does not take the focus back.
      m.holdsFocus = function () {
        return root.contains(document.activeElement) || m.hasSelection() || !!(m.drag && m.drag.moved);
      };
    },

    // One element per registry entry, kept by id and updated in place.
    mirrorNode: function (kind, id) {
      var box = document.createElement('div');
      box.className = 'pakn-n';
      box.dataset.id = String(id);
      var el, n = { id: id, kind: kind, box: box, text: false, field: false, value: '', label: null };
      switch (kind) {
        case 'heading1': el = document.createElement('h1'); n.text = true; break;
        case 'heading2': el = document.createElement('h2'); n.text = true; break;
        case 'text': case 'figure': case 'alert': case 'status': el = document.createElement('p'); n.text = true; break;
        case 'dialog':
          el = document.createElement('div');
          el.setAttribute('role', 'dialog');
          n.text = true;
          break;
        case 'link': el = document.createElement('a'); el.href = '#'; break;
        case 'checkbox': el = document.createElement('input'); el.type = 'checkbox'; break;
        case 'radio': el = document.createElement('input'); el.type = 'radio'; break;
        case 'textbox': case 'password':
          el = document.createElement('input');
          el.type = kind === 'password' ? 'password' : 'text';
          el.autocomplete = 'off';
          n.field = true;
          break;
        case 'multiline': el = document.createElement('textarea'); n.field = true; break;
        case 'combo':
          el = document.createElement('div');
          el.setAttribute('role', 'combobox');
          el.setAttribute('aria-expanded', 'false');
          el.tabIndex = 0;
          break;
        case 'tab':
          // The app's tab rows are drawn one tab at a time: each is its own list.
          box.setAttribute('role', 'tablist');
          el = document.createElement('button');
          el.type = 'button';
          el.setAttribute('role', 'tab');
          break;
        default: el = document.createElement('button'); el.type = 'button';
      }
      el.className = n.text ? 'pakn-t' : 'pakn-c';
      box.appendChild(el);
      n.control = el;
      if (n.field) {
        var err = document.createElement('span');
        err.className = 'pakn-err';
        err.id = 'pakn-err-' + id;
        box.appendChild(err);
        n.error = err;
      }
      return n;
    },

    mirrorPatch: function (n, w, x, y, width, height, scale) {
      var st = n.box.style, el = n.control;
      var geo = Math.round(x) + ',' + Math.round(y) + ',' + Math.round(width) + ',' + Math.round(height);
      if (n.geo !== geo) {
        n.geo = geo;
        st.left = Math.round(x) + 'px'; st.top = Math.round(y) + 'px';
        st.width = Math.max(1, Math.round(width)) + 'px'; st.height = Math.max(1, Math.round(height)) + 'px';
      }
      var fs = (w.fs ? w.fs * scale : height * 0.6);
      fs = Math.max(6, Math.round(fs * 10) / 10) + 'px';
      if (n.fs !== fs) { n.fs = fs; st.fontSize = fs; }
      var label = w.label || '';
      var value = w.value === undefined ? '' : w.value;
      if (n.text) {
        var shown = n.kind === 'figure' && value ? label + ': ' + value : label;  // a chart's bar or point
        if (n.label !== shown) {
          n.label = shown;
          el.textContent = shown;
          if (n.kind === 'dialog') el.setAttribute('aria-label', label);
        }
        // One line of text is stretched to the drawn width, so a selection
        // covers what the person sees (the page's font is not the app's).
        var fit = shown + '|' + Math.round(width) + '|' + fs;
        if (n.fit !== fit) {
          n.fit = fit;
          var single = height < parseFloat(fs) * 1.6;
          el.style.whiteSpace = single ? 'pre' : 'pre-wrap';
          el.style.display = single ? 'inline-block' : 'block';
          el.style.transform = '';
          // Measured after every node is written (mirrorFit): reading a
          // width here forced one layout of the whole mirror per text, and a
          // screen of tables spent most of its frame on layouts.
          if (single) PAKN.mirror.toFit.push({ el: el, width: width });
        }
        return;
      }
      var name = label || value;
      if (n.kind === 'checkbox' || n.kind === 'radio') {
        if (n.label !== name) { n.label = name; el.setAttribute('aria-label', name); }
        if (el.checked !== !!w.checked) el.checked = !!w.checked;
        // A radio group is its buttons sharing a name: a screen reader says
        // "radio button, 2 of 4" and arrows move within the group.
        if (n.kind === 'radio' && el.name !== (w.group || '')) el.name = w.group || '';
      } else if (n.field) {
        if (n.label !== name) { n.label = name; el.setAttribute('aria-label', name); }
        if (n.value !== value) { n.value = value; el.value = value; }
        var req = !!w.required;
        if (el.required !== req) el.required = req;
        var error = w.error || '';
        if (n.errorText !== error) {
          n.errorText = error;
          n.error.textContent = error;
          if (error) {
            el.setAttribute('aria-invalid', 'true');
            el.setAttribute('aria-describedby', n.error.id);
          } else {
            el.removeAttribute('aria-invalid');
            el.removeAttribute('aria-describedby');
          }
        }
      } else if (n.kind === 'combo') {
        if (n.label !== label) { n.label = label; el.setAttribute('aria-label', label); }
        if (n.value !== value) { n.value = value; el.textContent = value; }
        if (w.required) el.setAttribute('aria-required', 'true'); else el.removeAttribute('aria-required');
        if (w.error) el.setAttribute('aria-invalid', 'true'); else el.removeAttribute('aria-invalid');
      } else {
        if (n.label !== name) { n.label = name; el.textContent = name; }
        if (n.kind === 'disclosure') el.setAttribute('aria-expanded', w.expanded ? 'true' : 'false');
        if (n.kind === 'tab') el.setAttribute('aria-selected', w.selected ? 'true' : 'false');
      }
      var off = !!w.disabled;
      if (n.disabled !== off) {
        n.disabled = off;
        if (off) el.setAttribute('aria-disabled', 'true'); else el.removeAttribute('aria-disabled');
      }
    },

    // The widths of the texts mirrorPatch re-laid, read in one pass (one
    // layout), then their stretch written.
    mirrorFit: function (pending) {
      var natural = pending.map(function (p) { return p.el.offsetWidth; });
      pending.forEach(function (p, i) {
        if (natural[i] > 0) {
          p.el.style.transformOrigin = '0 0';
          p.el.style.transform = 'scaleX(' + (p.width / natural[i]).toFixed(3) + ')';
        }
      });
    },

    mirrorUpdate: function (list, focus, fromKeyboard, editing) {
      var m = PAKN.mirror;
      if (!m) return;
      var canvas = Module['canvas'], r = canvas.getBoundingClientRect();
      var sx = r.width / (canvas.width || 1), sy = r.height / (canvas.height || 1);
      var seen = new Set(), said = { alert: [], status: [] };
      // Reading order is drawing order: each element goes after the one
      // placed last in the same parent, and moves only when out of place.
      var last = new Map();
      var place = function (parent, el) {
        var before = last.get(parent);
        var want = before ? before.nextSibling : parent.firstChild;
        if (want !== el) parent.insertBefore(el, want);
        last.set(parent, el);
      };
      // A data table's cells (the registry's table, row, col, header) go into
      // table > row > cell elements, so a reader announces the column header
      // with each cell and can move by row and column. These wrappers have
      // no box of their own: the cells' boxes stay where they are drawn.
      var partsSeen = new Set();
      var wrapper = function (map, key, role, parent) {
        var part = map.get(key);
        if (!part) {
          part = { el: document.createElement('div'), children: new Map() };
          part.el.setAttribute('role', role);
          map.set(key, part);
        }
        if (!partsSeen.has(part)) { partsSeen.add(part); place(parent, part.el); }
        return part;
      };
      var parentOf = function (w) {
        if (!w.table) return m.content;
        var table = wrapper(m.tables, w.table, 'table', m.content);
        var row = wrapper(table.children, w.row, 'row', table.el);
        return wrapper(row.children, w.col + (w.header ? 'h' : 'c'), w.header ? 'columnheader' : 'cell', row.el).el;
      };
      for (var i = 0; i < list.length; i++) {
        var w = list[i];
        if (seen.has(w.id)) continue;  // the same banner drawn twice
        seen.add(w.id);
        var kind = w.role || w.kind || 'button';
        if (!w.label && w.value === undefined) continue;
        var n = m.nodes.get(w.id);
        if (!n || n.kind !== kind) {
          if (n) n.box.remove();
          n = PAKN.mirrorNode(kind, w.id);
          m.nodes.set(w.id, n);
        }
        // In the document before it is patched: text is measured there.
        place(parentOf(w), n.box);
        PAKN.mirrorPatch(n, w, r.left + w.x * sx, r.top + w.y * sy, w.w * sx, w.h * sy, sy);
        if (w.role === 'alert' || w.role === 'status') said[w.role].push(w.label);
        if (w.error) said.alert.push((w.label ? w.label + ': ' : '') + w.error);  // a refused form says why
      }
      m.nodes.forEach(function (n, id) {
        if (!seen.has(id)) { n.box.remove(); m.nodes.delete(id); }
      });
      var prune = function (map) {
        map.forEach(function (part, key) {
          if (!partsSeen.has(part)) { part.el.remove(); map.delete(key); } else prune(part.children);
        });
      };
      prune(m.tables);
      PAKN.mirrorFit(m.toFit);
      m.toFit = [];
      // A message is announced when it appears (not on every frame it stays).
      ['alert', 'status'].forEach(function (role) {
        var text = said[role].join('\n');
        if (text !== m.announced[role]) {
          m.announced[role] = text;
          document.getElementById('pakn-' + role).textContent = text;
        }
      });
      // ImGui's keyboard focus moves the DOM focus (a reader follows it);
      // an edited field keeps the text bridge focused, which then carries
      // the field's name.
      var ta = PAKN.textarea, target = m.nodes.get(focus);
      if (ta) {
        if (editing && target) {
          ta.removeAttribute('aria-hidden');
          ta.setAttribute('aria-label', target.label || '');
        } else if (!editing && ta.getAttribute('aria-hidden') !== 'true') {
          ta.setAttribute('aria-hidden', 'true');
          ta.removeAttribute('aria-label');
        }
      }
      if (fromKeyboard && !editing && target && !target.text && document.activeElement !== target.control) {
        m.syncing = true;
        target.control.focus({ preventScroll: true });
        m.syncing = false;
      }
      m.focus = focus;
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
    // Frames that change nothing are not drawn (ui/frame_record.h): where the
    // canvas's pixels may be gone, the app draws the whole frame again.
    var repaint = function () { Module['_pakn_repaint'](); };
    document.addEventListener('visibilitychange', repaint);
    window.addEventListener('pageshow', repaint);
    Module['canvas'].addEventListener('webglcontextrestored', repaint);
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

    PAKN.initMirror(canvas);

    window.pakn = window.pakn || {};
    window.pakn.ready = false;
    // Widgets in CSS pixels relative to the viewport (the app reports
    // device pixels of the canvas's backing store): what can be operated,
    // or with { all: true } also what is only read (headings, text).
    var readOnly = { heading1: 1, heading2: 1, text: 1, dialog: 1 };
    window.pakn.widgets = function (options) {
      var list = JSON.parse(UTF8ToString(Module['_pakn_test_widgets_json']()));
      if (!(options && options.all)) list = list.filter(function (w) { return !readOnly[w.kind]; });
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
    // The app draws on demand: a test that needs frames drawn (a layout to
    // settle before a screenshot) asks for them, as any input would.
    window.pakn.wake = function () { PAKN.wake(); };
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
    // The accessibility mirror may hold the focus (a keyboard or screen
    // reader on a button) or a text selection; only editing takes it back.
    if (want && !active && PAKN.mirror && PAKN.mirror.holdsFocus()) want = false;
    if (want && document.activeElement !== ta && document.hasFocus()) {
      ta.focus({ preventScroll: true });
    } else if (!want && document.activeElement === ta) {
      ta.blur();
    }
  },

  pakn_js_a11y_update__deps: ['$PAKN'],
  pakn_js_a11y_update: function (json, focus, fromKeyboard, editing) {
    PAKN.mirrorUpdate(JSON.parse(UTF8ToString(json)), focus >>> 0, !!fromKeyboard, !!editing);
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

  pakn_js_upload_file__deps: ['$PAKN', '$PAKN_RESUME'],
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
    // A chunk lost with the network keeps the server's upload session: the
    // next upload_file() of this file goes on from the last acknowledged
    // byte (PAKN_RESUME), not from 0, also after a reload when the file was
    // kept on the device. A 409 on a resumed chunk means the lost chunk had
    // landed after all: the server expects the next one. A session the
    // server no longer knows (404: expired, or another server) starts over.
    var fresh = function () {
      request('POST', '/api/v1/uploads', JSON.stringify({ name: file.name, size: file.size }),
        { 'Content-Type': 'application/json' }, null, function (status, text) {
          if (status !== 201) { done(status, text); return; }
          var info = JSON.parse(text);
          chunked(info.upload_id, info.chunk_size || CHUNK, 0, false);
        });
    };
    var chunked = function (uploadId, chunk, offset, resumed) {
      state.uploadId = uploadId;
      var next = function () {
        if (state.cancelled) return;
        if (offset >= file.size) {
          request('POST', '/api/v1/uploads/' + state.uploadId + '/complete', '{}',
            { 'Content-Type': 'application/json' }, null, function (s3, t3) {
              if (s3 === 0) PAKN_RESUME.set(fileId, { uploadId: uploadId, chunk: chunk, offset: offset });
              else PAKN_RESUME.forget(fileId);
              done(s3, t3);
            });
          return;
        }
        var end = Math.min(offset + chunk, file.size);
        request('PUT', '/api/v1/uploads/' + state.uploadId + '?offset=' + offset, file.slice(offset, end),
          { 'Content-Type': 'application/octet-stream' }, function (loaded) { progress(offset + loaded); },
          function (s2, t2) {
            if (s2 === 409 && resumed) {
              resumed = false;
              offset = end;
              progress(offset);
              next();
              return;
            }
            if (s2 === 404 && resumed) {
              PAKN_RESUME.forget(fileId);
              progress(0);
              fresh();
              return;
            }
            resumed = false;
            if (s2 === 0 && !state.cancelled) {
              PAKN_RESUME.set(fileId, { uploadId: uploadId, chunk: chunk, offset: offset });
              done(0, '');
              return;
            }
            if (s2 !== 200) {
              PAKN_RESUME.forget(fileId);
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
    };
    var r0 = PAKN_RESUME.get(fileId);
    if (r0 && r0.offset <= file.size) { progress(r0.offset); chunked(r0.uploadId, r0.chunk, r0.offset, true); return; }
    fresh();
  },
  // Where each large file's upload stopped: in memory by file id, and in
  // localStorage by the key the file is kept under on the device (IndexedDB),
  // so a reload resumes it too. Only the server's upload id and offsets are
  // written there, never the file's content.
  $PAKN_RESUME: {
    byId: {},
    stashKeys: {},  // file id -> the key its bytes are kept under
    storageKey: function (k) { return 'pakn.upload.' + k; },
    get: function (fileId) { return PAKN_RESUME.byId[fileId]; },
    set: function (fileId, info) {
      PAKN_RESUME.byId[fileId] = info;
      PAKN_RESUME.persist(fileId);
    },
    persist: function (fileId) {
      var k = PAKN_RESUME.stashKeys[fileId], info = PAKN_RESUME.byId[fileId];
      if (!k || !info) return;
      try { localStorage.setItem(PAKN_RESUME.storageKey(k), JSON.stringify(info)); } catch (e) {}
    },
    forget: function (fileId) {
      delete PAKN_RESUME.byId[fileId];
      var k = PAKN_RESUME.stashKeys[fileId];
      if (k) try { localStorage.removeItem(PAKN_RESUME.storageKey(k)); } catch (e) {}
    },
    // A file read back from the device under key `k` as `fileId`.
    restore: function (fileId, k) {
      PAKN_RESUME.stashKeys[fileId] = k;
      try {
        var info = JSON.parse(localStorage.getItem(PAKN_RESUME.storageKey(k)) || 'null');
        if (info && typeof info.uploadId === 'string' && info.offset >= 0 && info.chunk > 0) PAKN_RESUME.byId[fileId] = info;
      } catch (e) {}
    },
  },
  pakn_js_cancel_upload__deps: ['$PAKN', '$PAKN_RESUME'],
  pakn_js_cancel_upload: function (fileId) {
    PAKN_RESUME.forget(fileId);  // the session is deleted below
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
  pakn_js_release_file__deps: ['$PAKN', '$PAKN_RESUME'],
  pakn_js_release_file: function (fileId) {
    if (PAKN.files) delete PAKN.files[fileId];
    delete PAKN_RESUME.byId[fileId];
    delete PAKN_RESUME.stashKeys[fileId];
  },

  // ---- files kept on the device until the server has them: IndexedDB
  // holds Blobs natively, so a report's photos survive reloads and crashes
  // without passing through wasm. Database "pakn", store "files", by key.
  $PAKN_IDB: {
    db: null,
    open: function (then) {
      if (PAKN_IDB.db) { then(PAKN_IDB.db); return; }
      if (!window.indexedDB) { then(null); return; }
      var req;
      try { req = indexedDB.open('pakn', 1); } catch (e) { then(null); return; }
      req.onupgradeneeded = function () { req.result.createObjectStore('files'); };
      req.onsuccess = function () { PAKN_IDB.db = req.result; then(PAKN_IDB.db); };
      req.onerror = function () { then(null); };
    },
    run: function (mode, work, then) {
      PAKN_IDB.open(function (db) {
        if (!db) { if (then) then(null); return; }
        try {
          var tx = db.transaction('files', mode);
          var req = work(tx.objectStore('files'));
          tx.oncomplete = function () { if (then) then(req ? req.result : null); };
          tx.onerror = tx.onabort = function () { if (then) then(null); };
        } catch (e) { if (then) then(null); }
      });
    },
  },
  pakn_js_stash_file__deps: ['$PAKN', '$PAKN_IDB', '$PAKN_RESUME'],
  pakn_js_stash_file: function (fileId, key) {
    var file = PAKN.files && PAKN.files[fileId], k = UTF8ToString(key);
    if (!file) return;
    PAKN_RESUME.stashKeys[fileId] = k;
    PAKN_RESUME.persist(fileId);
    PAKN_IDB.run('readwrite', function (store) {
      return store.put({ blob: file, name: file.name, type: file.type || '', size: file.size }, k);
    }, null);
  },
  pakn_js_unstash_file__deps: ['$PAKN', '$PAKN_IDB', '$PAKN_RESUME'],
  pakn_js_unstash_file: function (request, key) {
    var k = UTF8ToString(key);
    var deliver = function (list) {
      var json = JSON.stringify(list);
      var n = lengthBytesUTF8(json) + 1, p = _malloc(n);
      stringToUTF8(json, p, n);
      Module['_pakn_on_files'](request, p);
      _free(p);
      PAKN.wake();
    };
    PAKN_IDB.run('readonly', function (store) { return store.get(k); }, function (rec) {
      if (!rec || !rec.blob) { deliver([]); return; }
      PAKN.files = PAKN.files || {};
      PAKN.nextFileId = PAKN.nextFileId || 1;
      var id = PAKN.nextFileId++;
      var file = rec.blob;
      if (!(file instanceof File)) {
        try { file = new File([rec.blob], rec.name, { type: rec.type }); } catch (e) { file.name = rec.name; }
      }
      PAKN.files[id] = file;
      PAKN_RESUME.restore(id, k);
      deliver([{ id: id, name: rec.name, size: rec.size, type: rec.type }]);
    });
  },
  pakn_js_drop_stash__deps: ['$PAKN_IDB', '$PAKN_RESUME'],
  pakn_js_drop_stash: function (key) {
    var k = UTF8ToString(key);
    try { localStorage.removeItem(PAKN_RESUME.storageKey(k)); } catch (e) {}
    PAKN_IDB.run('readwrite', function (store) { return store.delete(k); }, null);
  },
  pakn_js_online: function () { return navigator.onLine === false ? 0 : 1; },

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

  // ---- the paused main loop's timer (main.cpp pause_until_woken)
  pakn_js_idle_timer__deps: ['$PAKN'],
  pakn_js_idle_timer: function (ms) {
    if (PAKN.idleTimer) clearTimeout(PAKN.idleTimer);
    PAKN.idleTimer = setTimeout(function () { PAKN.idleTimer = 0; Module['_pakn_idle_tick'](); }, ms);
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

  // ---- display preferences (prefers-contrast, forced-colors, prefers-reduced-motion)
  pakn_js_media_matches: function (query) {
    return window.matchMedia && window.matchMedia(UTF8ToString(query)).matches ? 1 : 0;
  },
  pakn_js_watch_media__deps: ['$PAKN'],
  pakn_js_watch_media: function (queriesJson) {
    (PAKN.mediaWatch || []).forEach(function (w) { w.mq.removeEventListener('change', w.fn); });
    PAKN.mediaWatch = [];
    if (!window.matchMedia) return;
    JSON.parse(UTF8ToString(queriesJson)).forEach(function (q) {
      var mq = window.matchMedia(q);
      var fn = function () { Module['_pakn_on_media_change'](); PAKN.wake(); };
      mq.addEventListener('change', fn);
      PAKN.mediaWatch.push({ mq: mq, fn: fn });
    });
  },

  // ---- print: the page's text copy is web/print.js's (window.paknPrint)
  pakn_js_print: function (documentJson, dialog) {
    if (window.paknPrint) window.paknPrint.show(JSON.parse(UTF8ToString(documentJson)), !!dialog);
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
