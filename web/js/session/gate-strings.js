// Strings of the session gate (./session-gate-view.js): why a participant cannot write now (nb, nn, en).

import { addStrings } from '../core/i18n.js';

addStrings({
  nn: {
    'gate.locked': 'Tavla er låst av fasilitator. Du kan sjå, men ikkje endre før ho blir låst opp.',
    'gate.phase.write': 'Fasen er «{phase}»: du kan skrive, endre og flytte. Røysting og andre endringar ventar til fasilitatoren byter fase.',
    'gate.phase.group': 'Fasen er «{phase}»: du kan berre flytte og gruppere. Å skrive og endre er stengt til fasilitatoren byter fase.',
    'gate.phase.vote': 'Fasen er «{phase}»: du kan berre røyste og gi poeng. Å skrive og flytte er stengt til fasilitatoren byter fase.',
    'gate.phase.discuss': 'Fasen er «{phase}»: tavla er berre til lesing til fasilitatoren byter fase.',
    'gate.blocked.locked': 'Tavla er låst av fasilitator.',
    'gate.blocked.phase': 'Det kan du ikkje gjere i fasen «{phase}».',
  },
  nb: {
    'gate.locked': 'Tavla er låst av fasilitator. Du kan se, men ikke endre før den låses opp.',
    'gate.phase.write': 'Fasen er «{phase}»: du kan skrive, endre og flytte. Stemming og andre endringer venter til fasilitatoren bytter fase.',
    'gate.phase.group': 'Fasen er «{phase}»: du kan bare flytte og gruppere. Å skrive og endre er stengt til fasilitatoren bytter fase.',
    'gate.phase.vote': 'Fasen er «{phase}»: du kan bare stemme og gi poeng. Å skrive og flytte er stengt til fasilitatoren bytter fase.',
    'gate.phase.discuss': 'Fasen er «{phase}»: tavla er bare til lesing til fasilitatoren bytter fase.',
    'gate.blocked.locked': 'Tavla er låst av fasilitator.',
    'gate.blocked.phase': 'Det kan du ikke gjøre i fasen «{phase}».',
  },
  en: {
    'gate.locked': 'The board is locked by the facilitator. You can look, but not change anything until it is unlocked.',
    'gate.phase.write': 'The phase is “{phase}”: you can write, edit and move. Voting and other changes wait until the facilitator changes the phase.',
    'gate.phase.group': 'The phase is “{phase}”: you can only move and group. Writing and editing are closed until the facilitator changes the phase.',
    'gate.phase.vote': 'The phase is “{phase}”: you can only vote and score. Writing and moving are closed until the facilitator changes the phase.',
    'gate.phase.discuss': 'The phase is “{phase}”: the board is read-only until the facilitator changes the phase.',
    'gate.blocked.locked': 'The board is locked by the facilitator.',
    'gate.blocked.phase': 'You cannot do that in the “{phase}” phase.',
  },
});
