// core/i18n.js: one string mechanism; nn falls back to nb, a feature's prefixed keys fall back
// to the shared ones.
import { test, assert } from './harness.js';
import { addStrings, scoped, fill, fallbacks, lookup } from '/js/core/i18n.js';

test('placeholders are filled; unknown ones stay as written', () => {
  assert.equal(fill('{count} av {max} tegn', { count: 3, max: 10 }), '3 av 10 tegn');
  assert.equal(fill('Hei {name}', {}), 'Hei {name}');
});

test('Nynorsk falls back to Bokmål, then English; English to Bokmål', () => {
  assert.deepEqual(fallbacks('nn'), ['nn', 'nb', 'en']);
  assert.deepEqual(fallbacks('en'), ['en', 'nb']);
  assert.deepEqual(fallbacks('nb'), ['nb', 'en']);
  assert.equal(lookup({ nb: { k: 'bokmål' } }, 'missing'), undefined);
});

test('a scoped lookup prefers the feature key and falls back to the shared key', () => {
  const tables = addStrings({
    nb: { 'jsunit.own': 'Egen {n}', 'jsunit.shared': 'Felles' },
    nn: { 'jsunit.own': 'Eigen {n}', 'jsunit.shared': 'Felles' },
    en: { 'jsunit.own': 'Own {n}', 'jsunit.shared': 'Shared' },
  });
  assert.ok(tables.nb['jsunit.own'], 'addStrings returns the tables it added');
  addStrings({ nb: { 'jsfeature.jsunit.own': 'Funksjonens {n}' }, nn: { 'jsfeature.jsunit.own': 'Funksjonen sin {n}' }, en: { 'jsfeature.jsunit.own': "The feature's {n}" } });
  const ft = scoped('jsfeature.');
  assert.ok(['Funksjonens 2', 'Funksjonen sin 2', "The feature's 2"].includes(ft('jsunit.own', { n: 2 })), ft('jsunit.own', { n: 2 }));
  assert.ok(['Felles', 'Shared'].includes(ft('jsunit.shared')), ft('jsunit.shared'));
  assert.equal(ft('jsunit.nowhere'), 'jsunit.nowhere', 'a key nobody has comes back as it is');
});

test('a key already added keeps its first string', () => {
  addStrings({ nb: { 'jsunit.first': 'først' }, nn: { 'jsunit.first': 'først' }, en: { 'jsunit.first': 'first' } });
  addStrings({ nb: { 'jsunit.first': 'sist' }, nn: { 'jsunit.first': 'sist' }, en: { 'jsunit.first': 'last' } });
  assert.ok(['først', 'first'].includes(scoped('')('jsunit.first')));
});
