// PAKN's service worker: the app shell (page, loader, styles, the wasm app,
// icons) is kept so the installed app opens without a network; the API is
// never cached (live figures, personal data, sessions).
//
// The page is network first: every visit gets the newest deployment when
// the server answers (revalidated with its ETag, a 304), and the cached copy
// only when the network fails. The app's code and styles are named by
// their content (/v/<fingerprint>/pakn.wasm, listed in the page's
// <script id="pakn-assets">): a name never changes meaning, so they are
// cache first, and the names a new page no longer lists are dropped.
'use strict';

const CACHE = 'pakn-shell-v2';
const PAGE = '/index.html';
const FIXED = [
  '/manifest.webmanifest', '/fonts/print-regular.ttf', '/fonts/print-bold.ttf',
  '/icons/icon.svg', '/icons/icon-192.png', '/icons/icon-512.png', '/icons/icon-maskable-512.png',
  '/icons/apple-touch-icon.png',
];
const VERSIONED = /^\/v\/[0-9a-f]{16}\//;

// The content-named files a page lists.
function listedIn(html) {
  const found = /<script id="pakn-assets" type="application\/json">([^<]*)<\/script>/.exec(html);
  if (!found) return [];
  try {
    return Object.values(JSON.parse(found[1])).filter((p) => VERSIONED.test(p));
  } catch (e) {
    return [];
  }
}

// Keeps `page` as the shell, its files, and drops the files of older pages.
async function keepPage(cache, page) {
  const listed = listedIn(await page.clone().text());
  await cache.put(PAGE, page);
  const missing = [];
  for (const path of listed) if (!(await cache.match(path))) missing.push(path);
  await cache.addAll(missing);
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (VERSIONED.test(path) && !listed.includes(path)) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const page = await fetch(PAGE, { cache: 'no-cache' });
    if (!page.ok) throw new Error('PAKN: the shell answered ' + page.status);
    await keepPage(cache, page);
    await cache.addAll(FIXED.map((url) => new Request(url, { cache: 'no-cache' })));
    await self.skipWaiting();
  })());
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
  if (VERSIONED.test(url.pathname)) {
    event.respondWith(caches.match(url.pathname).then((cached) => cached || fetch(request).then((response) => {
      if (response.ok && response.type === 'basic') {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(url.pathname, copy));
      }
      return response;
    })));
    return;
  }
  // Every page of the app is the same shell (the app routes by itself).
  const navigation = request.mode === 'navigate';
  const key = navigation ? PAGE : url.pathname;
  if (!navigation && !FIXED.includes(key)) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok && response.type === 'basic') {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => (navigation ? keepPage(cache, copy) : cache.put(key, copy))));
        }
        return response;
      })
      .catch(() => caches.match(key).then((cached) => cached || Response.error())));
});
