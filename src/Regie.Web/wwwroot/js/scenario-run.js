// Follows a scenario run that is waiting or being computed (the run page's progress section): polls the API,
// moves the <progress> bar, says how far it is in the status line (only at every tenth, so screen readers are not
// flooded), and reloads the page once the run has finished. Without script the page's meta refresh does the same.
const section = document.querySelector('[data-run-status]');

if (section) {
  const bar = section.querySelector('progress');
  const line = section.querySelector('[role="status"]');
  let lastTenth = -1;

  const show = (run) => {
    const percent = Math.floor(run.progress * 100);
    bar.value = percent;
    bar.textContent = `${percent} %`;
    const tenth = Math.floor(percent / 10);
    if (run.status === 'queued') {
      line.textContent = line.dataset.queued;
    } else if (tenth !== lastTenth) {
      lastTenth = tenth;
      line.textContent = line.dataset.running.replace('{0}', String(percent));
    }
  };

  const poll = async () => {
    try {
      const response = await fetch(section.dataset.runStatus, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) {
        window.location.reload();
        return;
      }
      const run = await response.json();
      if (run.status === 'queued' || run.status === 'running') {
        show(run);
        window.setTimeout(poll, 1000);
      } else {
        window.location.reload();
      }
    } catch {
      window.setTimeout(poll, 3000);
    }
  };

  window.setTimeout(poll, 500);
}
