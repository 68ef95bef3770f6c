/**
 * @module
 * French loaded-language lexicon, written by hand (same entry syntax as the English one).
 * Gender and number endings are covered by `*`: `barbare*` → barbare, barbares; `odieu*` →
 * odieux, odieuse, odieuses.
 */

export const LOADED_ADJ_FR: readonly string[] = [
  'abject*', 'abominable*', 'atroce*', 'barbare*', 'bestial*', 'cruel*', 'cynique*', 'diabolique*',
  'effroyable*', 'effrayant*', 'épouvantable*', 'funeste*', 'glorieu*', 'héroïque*', 'honteu*',
  'horrible*', 'ignoble*', 'ignominieu*', 'immonde*', 'inhumain*', 'infâme*', 'inqualifiable*',
  'innommable*', 'intolérable*', 'lâche', 'lâches', 'lâchement', 'macabre*', 'monstrueu*', 'odieu*',
  'perfide*', 'sanguinaire*', 'sauvage*', 'scandaleu*', 'sinistre*', 'terrifiant*', 'valeureu*',
  'vaillant*', 'vil', 'vils', 'vile', 'viles', 'soi-disant', 'prétendu', 'prétendue', 'prétendus',
  'prétendues', 'autoproclamé*', 'néocolonial*', 'néo-colonial*', 'néocoloniaux', 'impérialiste*',
  'colonialiste*', 'fanatique*', 'obscurantiste*', 'criminelle*', 'sanglant*', 'abjecte*',
  'répugnant*', 'révoltant*', 'sordide*', 'tragique*', 'dramatique*', 'satanique*', 'démoniaque*',
  'machiavélique*', 'traître*', 'perfidement', 'courageu*', 'intrépide*', 'héroïquement', 'brave*',
  'lugubre*', 'ignominieusement', 'honteusement', 'sauvagement', 'froidement', 'aveugle*',
  'innommable*', 'crapuleu*', 'mafieu*', 'fantoche*',
]

export const LOADED_NOUN_FR: readonly string[] = [
  'atrocité*', 'barbarie*', 'boucherie*', 'carnage*', 'cauchemar*', 'crime* contre l’humanité',
  'crime* de guerre', 'épuration ethnique', 'nettoyage ethnique', 'génocide*', 'holocauste*',
  'horreur*', 'ignominie*', 'impérialisme', 'infamie*', 'lâcheté*', 'martyre', 'massacre*',
  'néocolonialisme', 'néo-colonialisme', 'pillage*', 'sauvagerie*', 'tuerie*', 'tyrannie*',
  'barbares', 'fléau*', 'hécatombe*', 'bain* de sang', 'folie meurtrière', 'forces du mal',
  'mascarade*', 'trahison*', 'forfaiture*', 'honte', 'drame*', 'tragédie*', 'terreur', 'oppression',
  'asservissement', 'razzia*', 'exactions', 'bavure*', 'propagande', 'héroïsme', 'bravoure',
  'vaillance',
]

export const LOADED_VERB_FR: readonly string[] = [
  'massacr*', 'égorg*', 'décim*', 'extermin*', 'anéanti*', 'terrorisé*', 'pillé*', 'piller',
  'saccag*', 'ravag*', 'martyris*', 'exécuté* froidement', 'abattu* froidement', 'trahi*',
  'souill*', 'piétin*', 'asservi*', 'opprim*', 'fustig*',
]

export const INTENSIFIERS_FR: readonly string[] = [
  'très', 'extrêmement', 'absolument', 'totalement', 'complètement', 'profondément',
  'particulièrement', 'vraiment', 'tellement', 'si', 'trop', 'hautement', 'parfaitement',
  'ouvertement', 'foncièrement', 'pleinement',
]

export const STRONG_INTENSIFIERS_FR: readonly string[] = [
  'extrêmement', 'absolument', 'totalement', 'profondément', 'foncièrement', 'terriblement',
  'incroyablement', 'scandaleusement', 'honteusement',
]
