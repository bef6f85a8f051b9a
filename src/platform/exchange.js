// Loads the exchange screen's script only when the screen is opened (it is precached).
export function openExchange(lang, exportedKey, onStored) {
  import("/exchange.js").then((m) => m.open(lang, exportedKey, onStored));
}
