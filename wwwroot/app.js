// Small browser facts the server-side components ask for.
window.sharedState = {
  // The viewer's IANA time zone ("Europe/Berlin"), so times show on the viewer's own clock.
  // Remembered in a cookie too (ViewerTimeZone.CookieName), so the next page the server
  // prerenders shows them at once.
  timeZone: () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const secure = location.protocol === 'https:' ? '; secure' : '';
    document.cookie = `viewer-tz=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax${secure}`;
    return zone;
  },
  // Whether a CSS media query holds, e.g. whether the window is wide enough to dock the drawer.
  matches: query => window.matchMedia(query).matches,
};
