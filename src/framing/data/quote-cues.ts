/**
 * @module
 * Cue words around quotation marks. Speech verbs next to a quote make it reported speech;
 * distancing words before it make it a scare quote; naming words make it a title or a name.
 */

/** Speech verbs and attributions, English and French (lower case, single words or phrases). */
export const SPEECH_CUES: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'declared', 'declares', 'added',
  'adds', 'asked', 'asks', 'wrote', 'writes', 'tweeted', 'posted', 'warned', 'warns', 'explained',
  'explains', 'noted', 'notes', 'announced', 'announces', 'insisted', 'insists', 'replied',
  'replies', 'according to', 'quoted', 'quoting', 'shouted', 'chanted', 'read', 'reads', 'dit',
  'déclaré', 'affirmé', 'ajouté', 'indiqué', 'souligné', 'expliqué', 'précisé', 'estimé', 'selon',
  'a-t-il', 'a-t-elle', 'ont-ils', 'déclare', 'affirme', 'ajoute', 'indique', 'explique', 'précise',
  'estime', 'souligne', 'lance', 'lancé', 'martelé', 'scandaient', 'scandé',
]

/** Words that distance the writer from the quoted term: the quote is ironic. */
export const DISTANCING_CUES: readonly string[] = [
  'so-called', 'so called', 'self-styled', 'self-proclaimed', 'alleged', 'supposed', 'supposedly',
  'purported', 'ostensible', 'ostensibly', 'nominally', 'what they call', 'what it calls',
  'what he calls', 'what she calls', 'soi-disant', 'prétendu', 'prétendue', 'prétendus',
  'prétendues', 'autoproclamé', 'autoproclamée', 'autoproclamés', 'pseudo',
]

/** Words that introduce a name or a title: the quote marks a proper name, not irony. */
export const NAMING_CUES: readonly string[] = [
  'operation', 'opération', 'named', 'titled', 'entitled', 'book', 'film', 'song', 'motto',
  'slogan', 'slogans', 'hashtag', 'baptisé', 'baptisée', 'intitulé', 'intitulée', 'nom de code',
  'code-named', 'codenamed', 'slogans like', 'chanting', 'chanted', 'reading', 'banners',
  'placards', 'newspaper', 'journal', 'magazine', 'programme', 'program', 'plan',
]
