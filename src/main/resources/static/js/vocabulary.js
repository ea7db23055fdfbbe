// The vocabularies the server defines (network/Stage and network/Level), rendered into the page
// by MapPages as data-vocabulary on <body>, so the browser never retypes them.

const vocabulary = JSON.parse(document.body.dataset.vocabulary || '{}');

/** The adoption stages, in the order of the adoption curve. */
export const STAGES = vocabulary.stages || [];

/** The levels an organization works at, from district to national. */
export const LEVELS = vocabulary.levels || [];
