/**
 * @module
 * English name-calling lexicon, written by hand: nouns that label a person or group so as to
 * condemn (or glorify) them instead of naming them. `LABEL_NOUNS_EN` are labels by themselves;
 * `LABEL_PHRASES_EN` are multiword labels whose parts alone are neutral ('colonial troops').
 * `PEOPLE_NOUNS_EN` are neutral heads that become a label after a loaded adjective ('corrupt
 * politicians', 'bloodthirsty militants').
 */

export const LABEL_NOUNS_EN: readonly string[] = [
  'terrorist', 'terrorists', 'thug*', 'criminals', 'bandit*', 'gangster*', 'mercenary',
  'mercenaries', 'traitor*', 'puppet*', 'lackey*', 'stooge*', 'henchman', 'henchmen', 'minion*',
  'crony', 'cronies', 'sycophant*', 'quisling*', 'collaborationist*', 'junta', 'juntas', 'tyrant*',
  'despot*', 'dictator', 'dictators', 'warlord*', 'jihadist hordes', 'hordes', 'extremists',
  'fanatics', 'zealot*', 'fundamentalists', 'imperialists', 'colonialists', 'neo-colonialists',
  'occupiers', 'invaders', 'fascists', 'nazi', 'nazis', 'neo-nazi*', 'commie*', 'leftists',
  'globalists', 'libtard*', 'snowflake*', 'deplorables', 'shill*', 'propagandist*', 'apologist*',
  'infidel*', 'crusaders', 'apostate*', 'heretic*', 'murderers', 'killers', 'butchers', 'savages',
  'barbarians', 'monster*', 'hypocrite*', 'liar*', 'fraudster*', 'crook*', 'scoundrel*', 'villain*',
  'bigot*', 'racists', 'demagogue*', 'lunatic*', 'maniac*', 'psychopath*', 'idiot*', 'moron*',
  'cowards', 'coward', 'usurper*', 'renegade*', 'rogue state*', 'cut-out', 'agent* of influence',
  'fifth column*', 'fifth-column*', 'useful idiot*', 'deep state', 'fake news', 'mainstream media',
  'lamestream media', 'war criminal*', 'warmonger*', 'oligarch*', 'parasite*', 'vermin', 'scum',
  'rabble', 'riffraff', 'cult', 'clique', 'cabal', 'bloodsucker*',
  'enemy of the people', 'enemies of the people', 'freedom fighters', 'liberals', 'libs',
  'progressives', 'socialists', 'marxists', 'communists', 'neocons', 'neo-cons', 'rino*', 'antifa',
  'jihadis', 'illegals', 'illegal aliens', 'haters', 'elitists', 'the swamp', 'the elites',
  'the establishment', 'zionists', 'islamofascist*', 'radical islam', 'reds', 'pinkos',
  'reactionaries', 'counter-revolutionaries', 'bourgeois*', 'capitalists', 'oppressors',
  'exploiters', 'plunderers', 'looters', 'rapists', 'pedophile*', 'paedophile*', 'perverts',
  'degenerates', 'radicals', 'agitators', 'provocateurs', 'trolls', 'hacks', 'martyrs', 'martyr',
  'heroes', 'patriots', 'liberators', 'fighters of liberation', 'national liberation forces',
  // epithets for people: servants, cranks, cheats, cowards, brutes, animals
  'godfather*', 'kingpin*', 'mouthpiece*', 'lapdog*', 'sidekick*', 'figurehead*', 'ringleader*',
  'bootlicker*', 'toady', 'toadies', 'flunky', 'flunkies', 'flunkey*', 'apparatchik*',
  'poster child', 'cheerleader*', 'wacko*', 'whacko*', 'nutjob*', 'nut job*', 'crackpot*',
  'kook*', 'loon', 'loons', 'conspiracy theorist*', 'fearmonger*', 'scaremonger*', 'grifter*',
  'charlatan*', 'huckster*', 'firebrand*', 'rabble-rouser*', 'troublemaker*', 'hothead*',
  'ideologue*', 'xenophobe*', 'misogynist*', 'homophobe*', 'islamophobe*', 'anti-semite*',
  'antisemite*', 'white supremacist*', 'supremacists', 'race-baiter*', 'chickenhawk*',
  'chicken hawk*', 'armchair general*', 'keyboard warrior*', 'scumbag*', 'dirtbag*',
  'sleazebag*', 'lowlife*', 'low-life*', 'deadbeat*', 'freeloader*', 'moocher*', 'leeches',
  'vultures', 'jackals', 'hyenas', 'snakes', 'weasel*', 'sheeple', 'lemmings', 'clown*',
  'buffoon*', 'fools', 'dunce*', 'imbecile*', 'nitwit*', 'halfwit*', 'dimwit*', 'nincompoop*',
  'cretin*', 'lout*', 'hooligan*', 'goon*', 'mobster*', 'strongm?n', 'autocrat*', 'kleptocrat*',
  'plutocrat*', 'robber baron*', 'fat cats', 'turncoat*', 'collaborators', 'devils', 'antichrist',
  'mafia', 'wolves in sheep', 'snake oil salesm?n', 'enablers', 'useful fools', 'puppet master*',
]

export const LABEL_PHRASES_EN: readonly string[] = [
  'colonial troops', 'colonial forces', 'colonial army', 'occupation troops', 'occupation forces',
  'occupation army', 'occupying forces', 'occupying troops', 'occupying army', 'imperialist powers',
  'imperialist forces', 'imperialist troops', 'imperialist armies', 'puppet regime',
  'puppet government', 'client regime', 'client state', 'proxy forces', 'private armed companies',
  'private military companies', 'death squad*', 'terror group*', 'terror cell*', 'terror network*',
  'terrorist group*', 'terrorist organi?ation*', 'criminal gang*', 'armed bandits',
  'ethnic militias', 'islamic terrorists', 'radical islamic terrorists', 'islamist hordes',
  'neo-colonial powers', 'former colonial power*', 'foreign interventionist powers',
  'interventionist powers',
]

/** Neutral heads that become labels after a loaded adjective. */
export const PEOPLE_NOUNS_EN: readonly string[] = [
  'people', 'politicians', 'politician', 'elite', 'elites', 'media', 'leaders', 'leader',
  'leadership', 'government', 'governments', 'troops', 'forces', 'soldiers', 'army', 'militants',
  'militia', 'militias', 'groups', 'group', 'officials', 'activists', 'men', 'man', 'women',
  'woman', 'priests', 'bureaucrats', 'ruler', 'rulers', 'generals', 'officers', 'state', 'states',
  'powers', 'power', 'party', 'establishment', 'class', 'bourgeoisie', 'administration', 'press',
  'journalists', 'authorities', 'movement', 'organization', 'organisation', 'president', 'minister',
  'junta', 'regime', 'fighters', 'gunmen', 'attackers', 'assailants', 'jihadists', 'colonel',
  'general', 'bourgeois', 'allies', 'friends', 'masters', 'rebels', 'insurgents', 'islamists',
  'gang', 'gangs', 'mob', 'mobs', 'enemy', 'enemies', 'boss', 'bosses', 'judge', 'judges',
  'lawmakers', 'senator', 'senators', 'congressman', 'academics', 'professors', 'bishop',
  'bishops', 'clergy', 'cardinal', 'cardinals', 'mayor', 'governor', 'prosecutors', 'agents',
  'spies', 'staffers', 'operatives', 'donors', 'lobbyists', 'pundits', 'commentators',
  'reporters', 'writers', 'critics', 'protesters', 'immigrants', 'migrants', 'voters', 'crowd',
  'lawyers', 'attorneys', 'cops', 'police', 'preachers', 'clerics', 'imams', 'chiefs', 'warlord',
]
