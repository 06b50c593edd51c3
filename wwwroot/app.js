// Small browser facts the server-side components ask for.
window.sharedState = {
  // The viewer's IANA time zone ("Europe/Berlin"), so times show on the viewer's own clock.
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};
