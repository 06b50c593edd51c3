// Keeps a chat's message list on its newest message while the reader is at the bottom;
// someone scrolled up to read history is left alone.
const followed = new WeakSet();

export function follow(list) {
  if (!list || followed.has(list)) {
    return;
  }

  followed.add(list);
  let atBottom = true;
  list.addEventListener('scroll', () => {
    atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 48;
  }, { passive: true });
  new MutationObserver(() => {
    if (atBottom) {
      list.scrollTop = list.scrollHeight;
    }
  }).observe(list, { childList: true, subtree: true, characterData: true });
  list.scrollTop = list.scrollHeight;
}
