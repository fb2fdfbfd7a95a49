// PAKN's print copy. The app draws into a canvas, which prints as nothing
// useful, so what is printed is a text copy in #pakn-print (shown only in
// print, see app.css): real text in the shipped Noto Sans, under the
// issuer's header that repeats on every page, laid out for A4.
//
// Two ways in:
// - a print button: the app sends a document it built (a report as
//   title, fields, paragraphs, a timeline table, a QR code as SVG) through
//   window.paknPrint.show(doc, true); it is laid out here, and once the
//   fonts and the code's picture are in, the browser's dialog opens;
// - the browser's own print (Ctrl+P, its menu) on a screen with no such
//   document: just before printing, the app is asked for the screen's text
//   (Module._pakn_on_print_request answers through show(doc, false)).
//
// The document is data; everything is put in with textContent, never as
// markup, so nothing in a report's text can become an element.
(function () {
  'use strict';
  var FAMILY = 'PAKN Noto Sans';
  // The screen (path) whose print button prepared the copy: the browser's
  // print there takes it as it is; anywhere else the screen's text replaces it.
  var preparedFor = null;

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function container() {
    var box = document.getElementById('pakn-print');
    if (!box) {
      box = el('div');
      box.id = 'pakn-print';
      document.body.appendChild(box);
    }
    return box;
  }

  function section(s) {
    var out = el('section', 'pp-section');
    if (s.heading) out.appendChild(el('h2', null, s.heading));
    if (s.fields && s.fields.length) {
      var dl = el('dl', 'pp-fields');
      s.fields.forEach(function (f) {
        dl.appendChild(el('dt', null, f[0]));
        dl.appendChild(el('dd', null, f[1]));
      });
      out.appendChild(dl);
    }
    (s.paragraphs || []).forEach(function (p) { out.appendChild(el('p', null, p)); });
    if (s.columns && s.columns.length) {
      var table = el('table', 'pp-table');
      var head = table.createTHead().insertRow();
      s.columns.forEach(function (c) { head.appendChild(el('th', null, c)); });
      var body = table.createTBody();
      (s.rows || []).forEach(function (r) {
        var row = body.insertRow();
        r.forEach(function (cell) { row.appendChild(el('td', null, cell)); });
      });
      out.appendChild(table);
    }
    return out;
  }

  // The document into the container: a one-cell table whose header row
  // (the issuer) the browser repeats on every printed page.
  function render(doc) {
    var box = container();
    box.textContent = '';
    var frame = el('table', 'pp-frame');
    var header = el('div', 'pp-header');
    (doc.header || []).forEach(function (line) { header.appendChild(el('div', null, line)); });
    frame.createTHead().insertRow().appendChild(el('th')).appendChild(header);
    var main = frame.createTBody().insertRow().appendChild(el('td'));
    if (doc.title) main.appendChild(el('h1', 'pp-title', doc.title));
    if (doc.subtitle) main.appendChild(el('p', 'pp-subtitle', doc.subtitle));
    var pictures = [];
    if (doc.qr_svg) {
      var figure = el('figure', 'pp-qr');
      var img = el('img');
      img.alt = doc.qr_caption || '';
      img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(doc.qr_svg);
      figure.appendChild(img);
      if (doc.qr_caption) figure.appendChild(el('figcaption', null, doc.qr_caption));
      main.appendChild(figure);
      pictures.push(img);
    }
    (doc.sections || []).forEach(function (s) { main.appendChild(section(s)); });
    if (doc.footer) main.appendChild(el('p', 'pp-footer', doc.footer));
    box.appendChild(frame);
    return pictures;
  }

  // Fonts load when first used, which a hidden copy never is: ask for them,
  // and for the QR picture, before the dialog lays the pages out. A font
  // that does not come within 3 s is not worth a print that never opens.
  function ready(pictures) {
    var waits = [];
    if (document.fonts && document.fonts.load) {
      waits.push(document.fonts.load('16px "' + FAMILY + '"'));
      waits.push(document.fonts.load('bold 16px "' + FAMILY + '"'));
    }
    pictures.forEach(function (img) { if (img.decode) waits.push(img.decode()); });
    var all = Promise.all(waits.map(function (p) { return p.catch(function () {}); }));
    return Promise.race([all, new Promise(function (r) { setTimeout(r, 3000); })]);
  }

  function here() { return location.pathname + location.search; }

  function show(doc, dialog) {
    var pictures = render(doc);
    window.pakn = window.pakn || {};
    window.pakn.printDocument = doc;  // what the tests compare the paper with
    if (!dialog) return;
    preparedFor = here();
    ready(pictures).then(function () { window.print(); });
  }

  // Before the browser lays out pages: a copy prepared for this screen
  // stays, anything else gives way to the screen's own text.
  function beforePrint() {
    if (preparedFor === here() && document.getElementById('pakn-print')) return;
    preparedFor = null;
    if (window.pakn && window.pakn.ready && window.Module && window.Module['_pakn_on_print_request']) {
      window.Module['_pakn_on_print_request']();
      return;
    }
    // The app is not up yet (or could not start): what the page itself says,
    // the server's copy of a public page or the error, is better than a blank sheet.
    var fatal = document.getElementById('fatal');
    var source = document.getElementById('ssr') || (fatal && !fatal.hidden ? fatal : document.getElementById('loading'));
    var lines = source ? source.textContent.split('\n').map(function (l) { return l.trim(); })
      .filter(function (l) { return l; }) : [];
    render({ title: document.title, sections: [{ paragraphs: lines }] });
  }

  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('afterprint', function () { preparedFor = null; });
  // Emulated print media (and some browsers' print preview) switch the
  // media type without beforeprint.
  if (window.matchMedia) {
    window.matchMedia('print').addEventListener('change', function (e) { if (e.matches) beforePrint(); });
  }
  window.paknPrint = { show: show };
})();
