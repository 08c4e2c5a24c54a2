// A very small test harness for the pure modules of web/js, run in the browser the browser
// tests already start (JsUnitBrowserIT). test(name, fn) registers a test; the assert helpers
// throw an AssertionError with what was expected and what came.

const tests = [];
let currentFile = '';

export class AssertionError extends Error {}

export function setFile(name) {
  currentFile = name;
}

export function test(name, fn) {
  tests.push({ file: currentFile, name, fn });
}

export const assert = {
  ok(value, message = 'expected a true value') {
    if (!value) throw new AssertionError(message);
  },
  equal(actual, expected, message = '') {
    if (!Object.is(actual, expected)) {
      throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)} but was ${show(actual)}`);
    }
  },
  deepEqual(actual, expected, message = '') {
    const a = show(actual);
    const e = show(expected);
    if (a !== e) throw new AssertionError(`${message ? `${message}: ` : ''}expected ${e} but was ${a}`);
  },
};

/** JSON with Maps and Sets spelled out, so deepEqual compares them too. */
function show(v) {
  return JSON.stringify(v, (k, x) => {
    if (x instanceof Map) return { Map: [...x.entries()] };
    if (x instanceof Set) return { Set: [...x.values()] };
    if (x === undefined) return '(undefined)';
    return x;
  });
}

/** Runs every registered test; resolves [{file, name, ok, error}]. */
export async function runAll() {
  const results = [];
  for (const t of tests) {
    try {
      await t.fn();
      results.push({ file: t.file, name: t.name, ok: true, error: '' });
    } catch (e) {
      results.push({ file: t.file, name: t.name, ok: false, error: String(e && e.stack ? e.stack : e) });
    }
  }
  return results;
}
