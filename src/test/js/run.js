// Loads every *.test.js the test server lists in tests.json, runs them and leaves the results in
// window.jsUnit ({done, results}) for JsUnitBrowserIT, and on the page for a person.

import { runAll, setFile } from './harness.js';

async function main() {
  const files = await (await fetch('tests.json')).json();
  for (const f of files) {
    setFile(f);
    await import(`./${f}`);
  }
  const results = await runAll();
  const failed = results.filter((r) => !r.ok);
  document.getElementById('summary').textContent = `${results.length - failed.length} of ${results.length} passed`;
  document.getElementById('results').replaceChildren(...results.map((r) => {
    const li = document.createElement('li');
    li.textContent = `${r.ok ? 'ok' : 'FAILED'} ${r.file}: ${r.name}${r.ok ? '' : ` – ${r.error}`}`;
    return li;
  }));
  window.jsUnit = { done: true, files, results };
}

main().catch((e) => {
  window.jsUnit = { done: true, files: [], results: [{ file: 'run.js', name: 'load the tests', ok: false, error: String(e && e.stack ? e.stack : e) }] };
});
