// PAKN's service worker: the app shell (page, loader, styles, the wasm app,
// icons) is kept so the installed app opens without a network; the API is
// never cached (live figures, personal data, sessions).
//
// Network first for the shell: every visit gets the newest deployment when
// the server answers (the server revalidates these files with ETags, so it
// costs 304s); the cached copy is used only when the network fails.
'use strict';

const CACHE = 'pakn-shell-v1';
const SHELL = [
  '/index.html', '/boot.js', '/app.css', '/print.js', '/pakn.js', '/pakn.wasm', '/manifest.webmanifest',
  '/fonts/print-regular.ttf', '/fonts/print-bold.ttf',
  '/icons/icon.svg', '/icons/icon-192.png', '/icons/icon-512.png', '/icons/icon-maskable-512.png',
  '/icons/apple-touch-icon.png',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(SHELL.map((url) => new Request(url, { cache: 'no-cache' }))))
      .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('pakn-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // The API (and attachments under it) always goes to the network, untouched.
  if (url.pathname.startsWith('/api/')) return;
  // Every page of the app is the same shell (the app routes by itself).
  const navigation = request.mode === 'navigate';
  const key = navigation ? '/index.html' : url.pathname;
  if (!navigation && !SHELL.includes(key)) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok && response.type === 'basic') {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(key, copy));
        }
        return response;
      })
      .catch(() => caches.match(key).then((cached) => cached || Response.error())));
});
