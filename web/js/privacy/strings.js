// Strings of the privacy features on the board page (docs/PROTOCOL.md D1-D3), in Bokmål,
// Nynorsk and English.

import { addStrings } from '../core/i18n.js';

addStrings({
  nb: {
    'privacy.delete.h3': 'Slett tavla',
    'privacy.delete.intro': 'Sletter tavla for godt: alle lapper, stemmer, avstemninger og historikk. Det kan ikke angres.',
    'privacy.delete.open': 'Slett tavla …',
    'privacy.delete.h2': 'Slette tavla for godt?',
    'privacy.delete.warning': 'Alt på tavla slettes, også historikk og lenkeavstemninger. Alle som er med, kobles fra. Dette kan ikke angres.',
    'privacy.delete.label': 'Skriv tavlas tittel for å bekrefte: «{title}»',
    'privacy.delete.confirm': 'Slett for godt',
    'privacy.delete.mismatch': 'Tittelen stemmer ikke. Skriv den nøyaktig slik den står.',
    'privacy.delete.failed': 'Tavla ble ikke slettet: {message}',
    'privacy.delete.busy': 'Sletter …',
  },
  nn: {
    'privacy.delete.h3': 'Slett tavla',
    'privacy.delete.intro': 'Slettar tavla for godt: alle lappar, røyster, avrøystingar og historikk. Det kan ikkje angrast.',
    'privacy.delete.open': 'Slett tavla …',
    'privacy.delete.h2': 'Slette tavla for godt?',
    'privacy.delete.warning': 'Alt på tavla blir sletta, også historikk og lenkjeavrøystingar. Alle som er med, blir kopla frå. Dette kan ikkje angrast.',
    'privacy.delete.label': 'Skriv tittelen på tavla for å stadfeste: «{title}»',
    'privacy.delete.confirm': 'Slett for godt',
    'privacy.delete.mismatch': 'Tittelen stemmer ikkje. Skriv han nøyaktig slik han står.',
    'privacy.delete.failed': 'Tavla vart ikkje sletta: {message}',
    'privacy.delete.busy': 'Slettar …',
  },
  en: {
    'privacy.delete.h3': 'Delete the board',
    'privacy.delete.intro': 'Deletes the board for good: every note, vote, poll and its history. This cannot be undone.',
    'privacy.delete.open': 'Delete the board …',
    'privacy.delete.h2': 'Delete the board for good?',
    'privacy.delete.warning': 'Everything on the board is deleted, history and link polls too. Everyone on it is disconnected. This cannot be undone.',
    'privacy.delete.label': 'Type the board\'s title to confirm: “{title}”',
    'privacy.delete.confirm': 'Delete for good',
    'privacy.delete.mismatch': 'The title does not match. Type it exactly as shown.',
    'privacy.delete.failed': 'The board was not deleted: {message}',
    'privacy.delete.busy': 'Deleting …',
  },
});
