/**
 * @module
 * English loaded-language lexicon, second file (written by hand, same entry syntax as
 * `loaded-en.ts`): a third batch of evaluative adjectives, figurative clichés of political
 * writing, and interjections and retorts in the writer's own voice.
 */

/** Third batch: amazement, contempt for character, scorn for ideas, harsh rule. */
export const LOADED_ADJ_EN_3: readonly string[] = [
  'astonishing*', 'astounding*', 'mind-boggling', 'jaw-dropping', 'eye-popping', 'breathtaking*',
  'gobsmack*', 'galling', 'maddening', 'irritating', 'annoying', 'baffling', 'bewildering',
  'scathing', 'blistering', 'withering', 'caustic', 'acrimonious', 'vehement*', 'impassioned',
  'irate', 'incensed', 'apoplectic', 'frantic*', 'panicked', 'grim', 'bleak', 'chaotic*',
  'colossal', 'monumental', 'whopping', 'milquetoast', 'gutless', 'toothless', 'wimpy',
  'weak-kneed', 'lily-livered', 'two-faced', 'double-dealing', 'backstabbing', 'back-stabbing',
  'underhanded', 'shifty', 'smarmy', 'snide', 'snippy', 'snarky', 'petulant', 'whiny', 'childish',
  'puerile', 'sanctimonious', 'self-righteous', 'holier-than-thou', 'preachy', 'haughty',
  'condescending', 'patronizing', 'patronising', 'out-of-touch', 'tone-deaf', 'heavy-handed',
  'high-handed', 'iron-fisted', 'jackbooted', 'dictatorial', 'repressive', 'crackpot',
  'harebrained', 'hare-brained', 'half-baked', 'cockamamie', 'ill-conceived', 'cretinous',
  'brain-dead', 'braindead', 'clueless', 'dim-witted', 'gullible', 'credulous', 'wacko', 'whacko',
  'inglorious', 'unholy', 'godless', 'ungodly', 'hellbent', 'hell-bent', 'bloodied', 'crushing',
  'sheer', 'dire straits', 'dire consequences', 'eerie', 'eerily', 'ominous*', 'dreaded',
  'depressing', 'disturbing', 'incredible', 'remarkable', 'extraordinary', 'awesome', 'futile',
  'frivolous', 'incoherent', 'zealous*', 'gut-wrenching', 'heart-rending', 'damned', 'goddamn*',
  'fucking', 'freaking', 'frigging', 'bloody-minded',
]

/** Figurative clichés of political writing: the picture carries the judgement. */
export const LOADED_IDIOMS_EN: readonly string[] = [
  'kick* the can down the road', 'drag* his feet', 'drag* her feet', 'drag* their feet',
  'drag* its feet', 'under his thumb', 'under her thumb', 'under their thumb', 'red line',
  'screeching halt', 'grind* to a halt', 'ground to a halt', 'smoking gun', 'slippery slope',
  'tip of the iceberg', 'open* the floodgates', 'ticking time bomb', 'time bomb', 'powder keg',
  'house of cards', 'heads in the sand', 'head in the sand', 'under the bus', 'fuel to the fire',
  'fuel on the fire', 'fan* the flames', 'last straw', 'line in the sand', 'blind eye',
  'drop in the ocean', 'drop in the bucket', 'trojan horse', 'wake-up call', 'iron fist',
  'gravy train', 'banana republic', 'kangaroo court', 'show trial', 'rubber stamp',
  'dog and pony show', 'nail in the coffin', 'death knell', 'perfect storm', 'open season',
  'war of words', 'lightning rod', 'up in arms', "at each other's throats", 'scorched earth',
  'can of worms', 'bite at the apple', 'slap on the wrist', 'knife in the back',
  'pull* the wool over', 'pull* the strings', 'puppet master*', 'smoke and mirrors', 'fig leaf',
  'false flag', 'pie in the sky', 'pipe dream', 'hit* the nail on the head', 'gone rogue',
  'went rogue', 'full rogue', 'off the rails', 'off the deep end', 'out of control',
  'on steroids', 'in bed with', 'sold out', 'bend* over backwards', 'bent over backwards',
  'shot themselves in the foot', 'shoot* itself in the foot', 'bad joke', 'sick joke',
  'laughing stock', 'laughingstock', 'three-ring circus', 'clown show', 'freak show',
  'train wreck', 'trainwreck', 'dumpster fire', 'hot air', 'sword of damocles',
  'elephant in the room', 'bull in a china shop', 'writing on the wall', 'deck chairs',
  'throw* in the towel', 'cut and run', 'blood on his hands', 'blood on her hands',
  'blood money', 'dirty tricks', 'dirty work', 'hatchet job', 'hit piece', 'hit job',
  'mudslinging', 'mud-slinging', 'smear campaign', 'frame-up', 'stitch-up', 'naked aggression',
  'brute force', 'iron grip', 'stranglehold', 'chokehold', 'death trap', 'deathtrap',
  'killing fields', 'hell on earth', 'living hell', 'hellscape', 'wolf in sheep',
  'wolves in sheep', 'lipstick on a pig', 'beating the hell', 'scare the hell',
  'hell hole', 'come home to roost', 'chickens come home', 'tear* apart', 'torn apart',
  'rip* apart', 'ripped apart', 'bled dry', 'bleed* dry', 'sucked dry',
]

/** Interjections and retorts: the writer's voice raised ('How dare you', 'Good riddance'). */
export const INTERJECTIONS_EN: readonly string[] = [
  'how dare', 'good riddance', 'yeah right', 'what on earth', 'what the hell', "for god's sake",
  'for heaven’s sake', 'give me a break', 'shame on', 'absolutely not', 'of course not', 'whoa',
  'wow', 'oh my god', 'my god', 'heaven forbid', 'god forbid', 'unbelievable', 'way to go',
  'enough is enough', 'spare us', 'you cannot make this up', "you can't make this up",
]
