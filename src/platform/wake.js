// Keeps the screen on while the guest observes (Screen Wake Lock). Where the browser has
// no wake lock, or refuses it (battery saver), nothing happens: the app works the same.
// The browser drops the lock when the page is hidden, so it is taken again on return.
let lock = null;
let wanted = false;

async function take() {
  try {
    const taken = await navigator.wakeLock.request("screen");
    if (wanted) lock = taken;
    else taken.release().catch(() => {});
  } catch (e) {
    lock = null;
  }
}

document.addEventListener("visibilitychange", () => {
  if (wanted && document.visibilityState === "visible") take();
});

export function keepAwake(on) {
  wanted = on;
  if (!("wakeLock" in navigator)) return;
  if (on) take();
  else if (lock) {
    lock.release().catch(() => {});
    lock = null;
  }
}
