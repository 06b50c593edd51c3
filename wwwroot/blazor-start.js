// Starts Blazor (App.razor loads blazor.web.js with autostart="false") so that open tabs come back
// by themselves when the server restarts, and nobody is asked to "retry" or "reload".
//
// What blazor.web.js (.NET 10) does when the connection drops, and what this script adds:
// - It retries on a timer. Each attempt asks the server for this tab's circuit (Blazor.reconnect),
//   and if the server doesn't know it, tries to resume it from saved state (Blazor.resumeCircuit).
// - Server unreachable: the attempt throws and the next one waits retryIntervalMilliseconds. Here
//   that is forever, at most 2 s apart: a tab is back within about 2 s of the server answering.
//   A hidden tab's timers run slower, and the framework tries at once when the tab is shown again.
// - Server reachable but the circuit is gone (the process restarted): the state is "rejected". The
//   framework's own dialog reloads the page then, but with an app's own notice
//   (#components-reconnect-modal, see ReconnectNotice.razor) the app has to reload itself.
// - Attempts used up: "failed", and the framework waits for a click. Unlimited attempts never get
//   there, but should it happen anyway, this keeps trying on its own: on a timer, when the tab is
//   shown again and when the network comes back.
(() => {
  const retryEveryMs = 2000;

  // At once first (a blip of the network), then each second for a few tries, then every 2 s.
  const retryInterval = attempt => (attempt === 0 ? 0 : attempt < 5 ? 1000 : retryEveryMs);

  let failed = false;
  let attempting = false;
  let retryTimer;

  async function retryAfterFailure() {
    if (!failed || attempting) {
      return;
    }

    attempting = true;
    clearTimeout(retryTimer);
    try {
      // true: back on the same circuit (the framework then hides the notice); false: the server
      // answered but lost the circuit, so start afresh; throws: the server is still away.
      const back = (await Blazor.reconnect()) || (await Blazor.resumeCircuit());
      if (!back) {
        location.reload();
      }
    } catch {
      retryTimer = setTimeout(retryAfterFailure, retryEveryMs);
    } finally {
      attempting = false;
    }
  }

  document.getElementById('components-reconnect-modal')
    .addEventListener('components-reconnect-state-changed', ({ detail }) => {
      switch (detail.state) {
        case 'rejected':
          location.reload();
          break;
        case 'failed':
        case 'resume-failed':
          failed = true;
          retryAfterFailure();
          break;
        case 'hide':
          failed = false;
          clearTimeout(retryTimer);
          break;
      }
    });

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      retryAfterFailure();
    }
  });
  window.addEventListener('online', retryAfterFailure);

  Blazor.start({
    circuit: {
      reconnectionOptions: { maxRetries: Infinity, retryIntervalMilliseconds: retryInterval },
    },
  });
})();
