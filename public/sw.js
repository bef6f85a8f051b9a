// Jobbesøg service worker: the whole app offline after the first visit.
// `xtask postbuild` fills in the version and the precache list from the built files.
const VERSION = "__VERSION__";
const PRECACHE = self.__PRECACHE__;
const PREFIX = "jobbesoeg-";
const CACHE = PREFIX + VERSION;
const SCOPE = new URL(self.registration.scope);
const INDEX = new URL("index.html", SCOPE).href;

self.addEventListener("install", (event) => {
  // No skipWaiting here: a new version waits until the user taps "genindlæs".
  // Fetched past the browser's HTTP cache: some files keep their name from version to
  // version (wasm-bindgen's snippets, the workers' scripts), and a host may tell the
  // browser to keep them for a year; a stale one fails its integrity check and the new
  // version would not start.
  const fresh = PRECACHE.map((url) => new Request(url, { cache: "reload" }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(fresh)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Every app route is the one page; serve it from the cache, so start needs no network.
    event.respondWith(caches.match(INDEX, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
