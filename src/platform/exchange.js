// Loads the script of the worker-drawn screens only when one is opened (it is precached).
export function openExchange(lang, exportedKey, onStored, store) {
  import("/exchange.js").then((m) => m.open(lang, exportedKey, onStored, store));
}
