/**
 * @module
 * English loaded-language lexicon, written by hand: words whose job is to make the reader feel
 * (outrage, disgust, fear, admiration) rather than to describe. Entry syntax (see `_lexicon.ts`):
 * a trailing `*` takes any word ending, so `barbar*` covers barbaric, barbarian, barbarity;
 * spaces match any run of whitespace; a hyphen also matches a space or nothing.
 */

/** Evaluative adjectives and their adverbs. Extended to the head noun they modify. */
export const LOADED_ADJ_EN: readonly string[] = [
  'abhorrent', 'abject', 'abominable', 'absurd*', 'appalling*', 'apocalyptic', 'atrocious*',
  'awful*', 'barbaric*', 'barbarous', 'bestial', 'bigoted', 'blatant*', 'bloodthirsty',
  'blood-soaked', 'bloodstained', 'bogus', 'brazen*', 'brutal*', 'callous*', 'catastrophic*',
  'chilling*', 'cowardly', 'craven', 'crazed', 'crazy', 'criminally', 'cruel*', 'dastardly',
  'deceitful*', 'deluded', 'demented', 'demonic', 'depraved', 'deranged', 'despicable', 'despotic',
  'detestable', 'devilish', 'diabolical*', 'dirty', 'disastrous*', 'discredited', 'disgraceful*',
  'disgusting*', 'dishonest*', 'dreadful*', 'egregious*', 'evil', 'fanatical*', 'farcical',
  'fascistic', 'fiendish', 'filthy', 'flagrant*', 'foolish*', 'fraudulent*', 'genocidal', 'ghastly',
  'glorious*', 'grisly', 'grotesque*', 'gruesome*', 'hateful', 'heartless*', 'heinous*', 'heroic*',
  'horrendous*', 'horrible', 'horribly', 'horrific*', 'horrifying*', 'humiliating*',
  'hypocritical*', 'hysterical*', 'idiotic*', 'ignominious*', 'immoral', 'infamous*', 'infernal',
  'inhuman', 'inhumane', 'insane*', 'laughable', 'loathsome', 'ludicrous*', 'lunatic', 'macabre',
  'malevolent', 'malicious*', 'maniacal', 'merciless*', 'miserable', 'monstrous*', 'moronic',
  'murderous*', 'nasty', 'nauseating', 'nefarious', 'neo-colonial', 'neocolonial', 'nightmarish',
  'noble', 'notorious*', 'obscene*', 'odious', 'outrageous*', 'pathetic*', 'perfidious', 'perverse',
  'perverted', 'pitiful', 'preposterous', 'psychopathic', 'rabid*', 'rapacious', 'reactionary',
  'reckless*', 'repugnant', 'repulsive', 'revolting', 'ridiculous*', 'rotten', 'ruthless*',
  'sadistic', 'satanic', 'savage', 'savagely', 'scandalous*', 'senseless*', 'shameful*',
  'shameless*', 'sham', 'shocking*', 'sick', 'sickening*', 'sinister', 'sleazy', 'sordid',
  'spineless', 'stupid*', 'terrible', 'terribly',
  'terrifying*', 'treacherous*', 'twisted', 'tyrannical*', 'unconscionable', 'unhinged',
  'unprincipled', 'unscrupulous', 'vengeful', 'venal', 'vicious*', 'vile', 'villainous',
  'vindictive', 'vitriolic', 'wanton*', 'wicked*', 'woeful*', 'wretched', 'valiant*', 'courageous*',
  'fearless*', 'imperialist', 'colonialist', 'fascist', 'racist', 'totalitarian', 'draconian',
  'predatory', 'parasitic', 'bloody', 'disgraced', 'misguided', 'toxic', 'venomous', 'poisonous',
  'hellish', 'ferocious*', 'fierce', 'fiercely', 'frenzied', 'hysteria', 'lawless', 'cynical*',
  'crooked', 'corrupt', 'corrupted', 'degenerate', 'decadent', 'deplorable', 'devious', 'sneaky',
  'treasonous', 'traitorous', 'warmongering', 'bloodthirsty', 'savage*', 'alarming*', 'arrogant*',
  'bizarre*', 'brainwashed', 'crippling', 'damning', 'deceptive*', 'delusional', 'despicabl*',
  'destructive', 'disgraceful*', 'embarrassing*', 'fabricated', 'fake', 'phony', 'phoney',
  'feckless', 'fearmongering', 'fear-mongering', 'frightening*', 'furious*', 'greedy', 'hapless',
  'hostile', 'illegitimate', 'incompetent', 'inept', 'infuriating*', 'insidious*', 'insulting*',
  'intolerant', 'irrational*', 'irresponsible', 'mad', 'malign', 'manipulative', 'meddling',
  'mindless*', 'nonsensical', 'obsessed', 'obsessive*', 'outlandish', 'paranoid', 'petty',
  'pompous', 'rampant', 'relentless*', 'rigged', 'scary', 'shady', 'shoddy', 'slimy', 'smug*',
  'staggering*', 'stunning*', 'tragic*', 'unbelievabl*', 'unjust*', 'unspeakabl*', 'virulent*',
  'worthless', 'radical', 'extremist', 'hardline', 'hard-line', 'brutish', 'thuggish',
  'disingenuous*', 'duplicitous', 'mendacious', 'spurious', 'baseless', 'groundless', 'outright',
  'ugly', 'shrill', 'hysterically', 'vulgar', 'crass', 'nauseous', 'loony', 'kooky', 'wacky',
  'nutty', 'batty', 'bonkers', 'idiotic', 'imbecilic', 'dumb', 'senile', 'pathological*',
  'heroically', 'gallant*', 'selfless*', 'righteous*', 'glorif*', 'beloved', 'revered', 'legendary',
  'magnificent', 'splendid', 'tremendous', 'fantastic', 'amazing', 'unprecedented', 'historic',
  'existential', 'sweeping', 'draconian',
]

/** More evaluative adjectives, negative and positive (second batch). */
export const LOADED_ADJ_EN_2: readonly string[] = [
  'abysmal', 'asinine', 'beastly', 'belligerent', 'cavalier', 'contemptible', 'contemptuous',
  'corrosive', 'creepy', 'damnable', 'degrading', 'disdainful', 'dismal', 'disreputable',
  'divisive', 'dodgy', 'execrable', 'fetid', 'foul', 'frightful', 'hideous', 'horrid', 'ignoble',
  'illiberal', 'inane', 'indecent', 'inexcusable', 'infantile', 'inflammatory', 'insufferable',
  'intolerable', 'jingoistic', 'lewd', 'lousy', 'lurid', 'menacing', 'noxious', 'obnoxious',
  'oppressive', 'pernicious', 'putrid', 'rancid', 'reprehensible', 'scurrilous', 'seedy',
  'self-serving', 'spiteful', 'squalid', 'subversive', 'tawdry', 'unacceptable', 'unforgivable',
  'unpatriotic', 'unthinkable', 'untrustworthy', 'xenophobic', 'admirable', 'awe-inspiring',
  'dazzling', 'fabulous', 'honourable', 'honorable', 'illustrious', 'impeccable', 'majestic',
  'marvellous', 'marvelous', 'miraculous', 'phenomenal', 'sublime', 'superb', 'triumphant',
  'wonderful', 'spectacular', 'silly', 'cringeworthy', 'shambolic', 'sickly', 'slavish', 'servile',
  'bloodcurdling', 'harrowing', 'heartbreaking', 'heart-wrenching', 'agonizing', 'agonising',
  'excruciating', 'unspeakable', 'unimaginable', 'indescribable',
]


/** Nouns that name a deed or a state with strong emotional charge. */
export const LOADED_NOUN_EN: readonly string[] = [
  'abomination*', 'atrocit*', 'barbarism', 'barbarity', 'barbarities', 'bloodbath*', 'bloodletting',
  'bloodshed', 'brutality', 'brutalities', 'butchery', 'carnage', 'catastrophe*', 'charade',
  'cowardice', 'crimes against humanity', 'debacle', 'devastation', 'disgrace', 'ethnic cleansing',
  'farce', 'fiasco', 'genocide*', 'havoc', 'hell', 'heroism', 'hoax*', 'horror*', 'humiliation',
  'hypocrisy', 'imperialism', 'infamy', 'mayhem', 'martyrdom', 'massacre*', 'menace',
  'neo-colonialism', 'neocolonialism', 'nightmare*', 'onslaught', 'outrage', 'pillage', 'plunder',
  'pogrom*', 'rampage', 'reign of terror', 'savagery', 'scourge', 'slaughter', 'subjugation',
  'terror', 'travesty', 'treachery', 'treason', 'tyranny', 'villainy', 'war crimes', 'witch hunt*',
  'witch-hunt*', 'killing spree', 'bloodlust', 'enslavement', 'oppression', 'lies', 'smear*',
  'propaganda', 'chaos', 'cancer', 'lunacy', 'insanity', 'madness', 'stupidity', 'idiocy',
  'monstrosity', 'obscenity', 'betrayal', 'tragedy', 'apocalypse', 'cataclysm', 'bombshell',
  'nonsense', 'garbage', 'rubbish', 'drivel', 'claptrap', 'cover-up', 'coverup', 'lying', 'scam',
  'evil*', 'wickedness', 'greed', 'hatred', 'bigotry', 'racism', 'crusade', 'despotism', 'mess',
  'witchcraft', 'assault on', 'war on', 'blood on their hands', 'stab* in the back',
  'slap in the face', 'power grab', 'land grab', 'hellhole', 'cesspool', 'swamp', 'hypocrite',
  'filth', 'hysteric*', 'fury', 'rage', 'wrath', 'vitriol', 'venom', 'poison', 'frenzy',
  'debauchery', 'perversion', 'heresy', 'blasphemy', 'sacrilege', 'desecration', 'persecution',
  'martyr', 'glory', 'valor', 'valour', 'bravery', 'sacrifice', 'doom', 'blight', 'outcry',
  'uproar', 'furor', 'furore', 'firestorm', 'blowback', 'vendetta', 'psychobabble', 'gobbledygook',
  'mumbo jumbo', 'balderdash', 'hogwash', 'poppycock', 'baloney', 'malarkey', 'bullshit', 'crap',
  'fiasco*', 'shambles', 'quagmire', 'debacle*',
]

/** Verbs of violence or attack chosen for their force ('slaughtered', not 'killed'). */
export const LOADED_VERB_EN: readonly string[] = [
  'bully', 'bullies', 'crippl*', 'decried', 'decries', 'decry', 'decrying', 'denigrat*', 'derid*',
  'disparag*', 'humiliat*', 'intimidat*', 'pillor*', 'scapegoat*', 'scorn*', 'slander*', 'snub*',
  'torment*', 'murdered', 'murdering', 'terrified', 'horrified', 'appalled', 'disgusted',
  'outraged', 'enraged', 'livid', 'sickened', 'infest*', 'swarm*', 'flooded', 'flooding', 'overrun',
  'invaded', 'skyrocket*', 'plummet*', 'demoli*', 'eviscerat*', 'torpedo*', 'sabotag*', 'hoodwink*',
  'dupe', 'duped', 'conned', 'fleeced', 'swindl*', 'annihilat*', 'butcher*', 'decimat*',
  'exterminat*', 'massacred', 'massacring', 'obliterat*', 'ravag*', 'slaughter*', 'terrorized',
  'terrorizing', 'terrorised', 'terrorising', 'brutaliz*', 'brutalis*', 'plunder*', 'pillag*',
  'slam', 'slams', 'slammed', 'slamming', 'lambast*', 'blasted', 'blasts', 'smash*', 'crush*',
  'trampl*', 'ransack*', 'wreak*', 'unleash*', 'rampag*', 'betray*', 'desecrat*', 'demoniz*',
  'demonis*', 'vilif*', 'smeared', 'savaged', 'mauled', 'gutted', 'trash*', 'hounded', 'persecuted',
  'persecuting', 'enslav*', 'subjugat*', 'oppress', 'oppressed', 'oppressing', 'ripped into',
  'hammered', 'bashed', 'bashing', 'mocked', 'mocking', 'ridicul*', 'sneer*', 'rant*', 'whin*',
  'brag*', 'gloat*', 'lied', 'cheated', 'rigged', 'stok*', 'incit*', 'inflam*', 'exploit*',
  'manipulat*', 'indoctrinat*', 'brainwash*', 'bullying', 'bullied', 'censor*', 'cower*', 'grovel*',
  'kowtow*', 'caved', 'scream*', 'shriek*', 'howl*', 'spew*', 'wag* war', 'wip* out', 'hijack*',
  'usurp*', 'ruin*', 'devour*', 'prey* on', 'touted', 'touting', 'touts', 'hamstrung',
  'scrambled to', 'scrambling to', 'excoriat*', 'berat*', 'lash* out', 'lashed out',
  'rail* against', 'fuming', 'fumed', 'seeth*', 'plagued', 'plaguing', 'devastat*', 'haunt*',
  'shatter*', 'wrecked', 'wrecking', 'skewered', 'skewering', 'trounc*', 'clobber*', 'pummel*',
  'strangl*', 'throttled', 'throttling', 'muzzled', 'muzzling', 'stifl*', 'fester*', 'peddl*',
  'parroted', 'parroting', 'regurgitat*', 'trumpeted', 'trumpeting', 'grandstanding', 'pander*',
  'capitulat*', 'appease*', 'appeasing', 'bamboozl*', 'gaslight*', 'weaponiz*', 'weaponis*',
  'demoniz*', 'cannibaliz*', 'hollow* out', 'stonewall*', 'whip* up', 'gunning down', 'gunned down',
  'despis*', 'horrify', 'boast*', 'chastis*', 'yelled', 'yelling', 'cried out', 'screw* up',
  'screwed', 'pissed', 'sucks',
]

/** Intensifiers: never loaded alone, but pulled into the span of the word they intensify. */
export const INTENSIFIERS_EN: readonly string[] = [
  'absolutely', 'utterly', 'totally', 'completely', 'entirely', 'extremely', 'incredibly', 'deeply',
  'truly', 'so', 'very', 'most', 'highly', 'outright', 'downright', 'grossly', 'wildly', 'hugely',
  'massively', 'unbelievably', 'insanely', 'desperately', 'bitterly', 'thoroughly', 'profoundly',
  'increasingly', 'openly', 'notoriously', 'blatantly', 'shamelessly', 'outrageously',
  'particularly', 'especially', 'ever more', 'such a', 'such',
]

/** Intensifiers strong enough to load any word they modify ('utterly unacceptable'). */
export const STRONG_INTENSIFIERS_EN: readonly string[] = [
  'absolutely', 'utterly', 'totally', 'incredibly', 'outright', 'downright', 'grossly', 'wildly',
  'hugely', 'massively', 'unbelievably', 'insanely', 'desperately', 'bitterly', 'thoroughly',
  'profoundly', 'blatantly', 'shamelessly', 'outrageously', 'extraordinarily', 'staggeringly',
  'woefully', 'hopelessly', 'egregiously', 'deeply', 'truly', 'extremely',
]
