// Strings of the pilot page in Bokmål and English, Nynorsk in pilot-strings-nn.js (missing nn
// keys fall back to Bokmål); other keys fall back to ../i18n.js.
import { fill, lang, lookup, t as appT } from '../i18n.js';
import { PILOT_NN } from './pilot-strings-nn.js';

const STRINGS = {
  nb: {
    'title': 'Pilot', 'state': 'Status: {status}, runde {round}. Revisjon {rev}.',
    'status.candidate': 'pilotkandidat', 'status.planned': 'planlagt', 'status.running': 'i gang',
    'status.evaluating': 'evalueres', 'status.decided': 'besluttet',
    'prov.h2': 'Opphav', 'prov.text': 'Opprinnelig lapp', 'prov.cluster': 'Gruppe', 'prov.votes': 'Stemmer',
    'prov.scores': 'Vurderinger (median gjennomførbarhet / gevinst, antall)', 'prov.decision': 'Beslutning i matrisen',
    'prov.steps': 'Steg i tjenestereisen', 'prov.current': 'Se tavla slik den er nå', 'prov.none': '–',
    'plan.h2': 'Pilotplan', 'plan.goals': 'Mål', 'plan.touchpoints': 'Omfang: kontaktpunkter',
    'plan.processes': 'Omfang: arbeidsprosesser', 'plan.installations': 'Antall installasjoner', 'plan.start': 'Start',
    'plan.end': 'Slutt', 'plan.participants': 'Deltakere', 'plan.recruitment': 'Rekruttering', 'plan.information': 'Informasjon',
    'plan.training': 'Opplæring', 'plan.errorHandling': 'Feilhåndtering', 'plan.measurement': 'Måling',
    'plan.observation': 'Observasjon', 'plan.documentation': 'Dokumentasjon', 'plan.responsible': 'Ansvarlig',
    'plan.save': 'Lagre plan', 'advance': 'Gå videre til: {status}',
    'econ.h2': 'Gevinster i kroner', 'econ.hourlyCost': 'Timekost (kr)', 'econ.horizonYears': 'Horisont (år)',
    'econ.discountRate': 'Kalkulasjonsrente (%)', 'econ.save': 'Lagre',
    'money.benefit': 'Årlig gevinst', 'money.costs': 'Årlige kostnader', 'money.oneOff': 'Engangskostnader',
    'money.net': 'Årlig netto gevinst', 'money.payback': 'Inntjeningstid', 'money.years': '{n} år', 'money.never': 'aldri',
    'money.npv': 'Nåverdi over {years} år med {rate} % rente', 'money.unpriced': 'Kvalitetsgevinster uten kroneverdi',
    'gain.h2': 'Ny gevinst', 'gain.kind': 'Type', 'kind.cost': 'Kostnadsbesparelse', 'kind.time': 'Spart tid',
    'kind.quality': 'Økt kvalitet', 'gain.indicator': 'Indikator', 'gain.description': 'Beskrivelse', 'gain.unit': 'Enhet',
    'gain.baseline': 'Nullpunkt', 'gain.baselineDate': 'Dato for nullpunkt', 'gain.target': 'Mål', 'gain.targetDate': 'Måldato',
    'gain.owner': 'Gevinstansvarlig', 'gain.method': 'Målemetode', 'gain.frequency': 'Hvor ofte',
    'gain.expectedPerYear': 'Forventet per år (timer eller kr)', 'gain.qualityScore': 'Kvalitetsskår 1–5',
    'gain.smarte': 'S.M.A.R.T.E.', 'smarte.specific': 'Spesifikk', 'smarte.measurable': 'Målbar', 'smarte.accepted': 'Akseptert',
    'smarte.realistic': 'Realistisk', 'smarte.timeBound': 'Tidsbestemt', 'smarte.evaluable': 'Evaluerbar', 'gain.save': 'Legg til gevinst',
    'cost.h2': 'Ny kostnad ved implementering', 'cost.description': 'Hva', 'cost.oneOff': 'Engangs (kr)', 'cost.yearly': 'Årlig (kr)',
    'cost.save': 'Legg til kostnad',
    'ind.h2': 'Indikator: {name}', 'm.h2': 'Ny måling', 'm.gainId': 'Indikator', 'm.date': 'Dato', 'm.value': 'Verdi',
    'm.group': 'Gruppe', 'group.all': 'hele piloten', 'group.test': 'testgruppe', 'group.control': 'kontrollgruppe',
    'm.gapReason': 'Årsak til avvik', 'm.save': 'Lagre måling',
    'chart.title': '{name}: nullpunkt, mål, testgruppe og kontrollgruppe', 'chart.desc': 'Nullpunkt {baseline}, mål {target} innen {date}. {count} målinger.',
    'chart.baseline': 'Nullpunkt', 'chart.target': 'Mål', 'table.show': 'Målingene som tabell',
    'table.date': 'Dato', 'table.group': 'Gruppe', 'table.value': 'Verdi', 'table.expected': 'Forventet', 'table.gap': 'Avvik',
    'table.reason': 'Årsak',
    'eval.h2': 'Evaluering av runden', 'eval.people': 'Mennesker: opplever brukere og ansatte tjenesten som god? Gir kontaktpunktene gode møter?',
    'eval.organisation': 'Organisasjon: flyter arbeidsprosessene, gir hvert steg verdi, er roller og rutiner tydelige?',
    'eval.technology': 'Teknologi: fungerer den, er infrastrukturen stabil og sikker, snakker den med fagsystemene, koster den som forventet?',
    'eval.gainsRealised': 'Oppnår vi forventede gevinster?', 'realised.yes': 'ja', 'realised.partly': 'delvis', 'realised.no': 'nei',
    'realised.too_early': 'for tidlig å si', 'eval.gainsComment': 'Kommentar til gevinstene', 'eval.newGains': 'Nye gevinster vi har oppdaget',
    'eval.lessons': 'Hva har vi lært?', 'eval.by': 'Evaluert av', 'eval.save': 'Lagre evaluering',
    'dec.h2': 'Veivalg', 'dec.route': 'Beslutning', 'route.operations': 'videre til drift', 'route.another_round': 'en runde til',
    'route.halt': 'stopp', 'dec.rationale': 'Kort anbefaling og begrunnelse', 'dec.decidedBy': 'Besluttet av', 'dec.save': 'Lagre beslutning',
    'dec.latest': 'Siste beslutning: {route} – {rationale}', 'rounds': 'Tidligere runder: {n}',
    'saved': 'Lagret.', 'conflict': 'Noen andre endret piloten samtidig. Siden er oppdatert; gjør endringen på nytt.',
    'badToken': 'Lenken gir ikke tilgang til denne piloten.', 'live': 'Piloten ble oppdatert.',
  },
  en: {
    'title': 'Pilot', 'state': 'Status: {status}, round {round}. Revision {rev}.',
    'status.candidate': 'pilot candidate', 'status.planned': 'planned', 'status.running': 'running',
    'status.evaluating': 'evaluating', 'status.decided': 'decided',
    'prov.h2': 'Provenance', 'prov.text': 'Original note', 'prov.cluster': 'Cluster', 'prov.votes': 'Votes',
    'prov.scores': 'Scores (median feasibility / gain, count)', 'prov.decision': 'Decision on the matrix',
    'prov.steps': 'Journey steps', 'prov.current': 'See the board as it is now', 'prov.none': '–',
    'plan.h2': 'Pilot plan', 'plan.goals': 'Goals', 'plan.touchpoints': 'Scope: touchpoints', 'plan.processes': 'Scope: work processes',
    'plan.installations': 'Number of installations', 'plan.start': 'Start', 'plan.end': 'End', 'plan.participants': 'Participants',
    'plan.recruitment': 'Recruitment', 'plan.information': 'Information', 'plan.training': 'Training',
    'plan.errorHandling': 'Error handling', 'plan.measurement': 'Measurement', 'plan.observation': 'Observation',
    'plan.documentation': 'Documentation', 'plan.responsible': 'Responsible', 'plan.save': 'Save plan', 'advance': 'Move on to: {status}',
    'econ.h2': 'Gains in money', 'econ.hourlyCost': 'Hourly cost (NOK)', 'econ.horizonYears': 'Horizon (years)',
    'econ.discountRate': 'Discount rate (%)', 'econ.save': 'Save',
    'money.benefit': 'Yearly benefit', 'money.costs': 'Yearly costs', 'money.oneOff': 'One-off costs', 'money.net': 'Yearly net benefit',
    'money.payback': 'Payback time', 'money.years': '{n} years', 'money.never': 'never',
    'money.npv': 'Net present value over {years} years at {rate} %', 'money.unpriced': 'Quality gains without a price',
    'gain.h2': 'New gain', 'gain.kind': 'Kind', 'kind.cost': 'Cost saving', 'kind.time': 'Time saved', 'kind.quality': 'Increased quality',
    'gain.indicator': 'Indicator', 'gain.description': 'Description', 'gain.unit': 'Unit', 'gain.baseline': 'Baseline',
    'gain.baselineDate': 'Baseline date', 'gain.target': 'Target', 'gain.targetDate': 'Target date', 'gain.owner': 'Gain owner',
    'gain.method': 'Measurement method', 'gain.frequency': 'How often', 'gain.expectedPerYear': 'Expected per year (hours or NOK)',
    'gain.qualityScore': 'Quality score 1–5', 'gain.smarte': 'S.M.A.R.T.E.', 'smarte.specific': 'Specific', 'smarte.measurable': 'Measurable',
    'smarte.accepted': 'Accepted', 'smarte.realistic': 'Realistic', 'smarte.timeBound': 'Time-bound', 'smarte.evaluable': 'Evaluable',
    'gain.save': 'Add gain', 'cost.h2': 'New implementation cost', 'cost.description': 'What', 'cost.oneOff': 'One-off (NOK)',
    'cost.yearly': 'Yearly (NOK)', 'cost.save': 'Add cost',
    'ind.h2': 'Indicator: {name}', 'm.h2': 'New measurement', 'm.gainId': 'Indicator', 'm.date': 'Date', 'm.value': 'Value',
    'm.group': 'Group', 'group.all': 'whole pilot', 'group.test': 'test group', 'group.control': 'control group',
    'm.gapReason': 'Reason for a gap', 'm.save': 'Save measurement',
    'chart.title': '{name}: baseline, target, test group and control group', 'chart.desc': 'Baseline {baseline}, target {target} by {date}. {count} measurements.',
    'chart.baseline': 'Baseline', 'chart.target': 'Target', 'table.show': 'The measurements as a table',
    'table.date': 'Date', 'table.group': 'Group', 'table.value': 'Value', 'table.expected': 'Expected', 'table.gap': 'Gap', 'table.reason': 'Reason',
    'eval.h2': 'Evaluation of the round', 'eval.people': 'People: do users and staff find the service good? Do the touchpoints make good meetings?',
    'eval.organisation': 'Organisation: do the work processes flow, does each step add value, are roles and routines clear?',
    'eval.technology': 'Technology: does it work, is the infrastructure stable and secure, does it talk to neighbouring systems, does it cost as expected?',
    'eval.gainsRealised': 'Are the expected gains realised?', 'realised.yes': 'yes', 'realised.partly': 'partly', 'realised.no': 'no',
    'realised.too_early': 'too early to say', 'eval.gainsComment': 'Comment on the gains', 'eval.newGains': 'New gains we found',
    'eval.lessons': 'What did we learn?', 'eval.by': 'Evaluated by', 'eval.save': 'Save evaluation',
    'dec.h2': 'Decision (veivalg)', 'dec.route': 'Decision', 'route.operations': 'on to operations', 'route.another_round': 'another round',
    'route.halt': 'halt', 'dec.rationale': 'Short recommendation and rationale', 'dec.decidedBy': 'Decided by', 'dec.save': 'Save decision',
    'dec.latest': 'Latest decision: {route} – {rationale}', 'rounds': 'Earlier rounds: {n}',
    'saved': 'Saved.', 'conflict': 'Someone else changed the pilot at the same time. The page is updated; make your change again.',
    'badToken': 'This link does not open this pilot.', 'live': 'The pilot was updated.',
  },
};
STRINGS.nn = PILOT_NN;
/** The tables, for the completeness test. */
export { STRINGS as PILOT_STRINGS };

export function pt(key, params = {}) {
  const s = lookup(STRINGS, key);
  return s === undefined ? appT(key, params) : fill(s, params);
}

/** A number for people: decimal comma in Norwegian, at most two decimals. */
export function num(v) {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  return new Intl.NumberFormat(lang() === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 2 }).format(v);
}
