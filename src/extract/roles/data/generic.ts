/**
 * @module
 * Generic actor descriptions the role rules need even when the actor registry has no entry
 * (accent-folded regexes): unnamed attackers, civilian victims, armed targets, protesters,
 * rioters. Named groups come from the registry (`src/resolve/actors`).
 */
export type GenericKind = 'unidentified' | 'civilian' | 'armed' | 'state' | 'protester' | 'rioter'

export const GENERIC: ReadonlyArray<readonly [GenericKind, RegExp]> = [
  ['unidentified', /\b(?:(?:unknown|unidentified|armed|masked) (?:gunmen|assailants|attackers|individuals|men|persons|people|elements|group)|gunm[ae]n|assailants?|attackers?|bandits?|armed (?:robbers|individuals|group)|hommes armes|individus armes|inconnus|assaillants|bandits armes|groupes? armes?(?: non identifies?)?|unknown individuals)\b/],
  ['state', /\b(?:checkpoints?|check-points?|military (?:posts?|camps?|bases?|positions?|vehicles?|convoys?)|army (?:posts?|camps?|bases?|positions?)|patrols?|barracks|gendarmerie|police station|commissariat|postes? de controle|patrouilles?|camp militaire|soldiers?|troops|army|armee|military|militaires?|gendarm\w*|police\w*|national guard|garde nationale|security forces|forces de (?:defense|securite)|fama|soldats?|customs officers|forest guards|douaniers|eaux et forets)\b/],
  ['armed', /\b(?:militants?|jihadis\w*|djihadis\w*|terroris\w*|islamists?|extremists?|insurgents?|rebels?|fighters?|combattants?|militiam[ae]n|militias?|milicien\w*|dozos?|hunters|chasseurs|peacekeepers?|casques bleus|minusma|barkhane|vdp|volunteers?)\b/],
  ['civilian', /\b(?:civilians?|villagers?|villages?|hamlets?|people|persons|residents|inhabitants|population\w*|farmers?|herders?|herdsm[ae]n|shepherds?|pastoralists?|traders?|merchants?|women|woman|children|child|girls?|boys?|passengers?|drivers?|workers?|teachers?|students?|pupils?|chiefs?|mayors?|imams?|elders?|notables?|worshippers?|families|family|m[ae]n|individuals?|youths?|locals|crowds?|ngo|humanitarian\w*|civils?|villageois|habitants|paysans|cultivateurs|eleveurs|bergers|commercants|femmes|enfants|passagers|chauffeurs|eleves|enseignants|chef de village|maire|fideles|orpailleurs|forains|personnes|marabouts?|councillors?|council member|officials?|community|communaute|wedding|market|marketplace|school|mosque|church|bus|buses|minibus|trucks?|carts?|home|compound|civil society|vendors?|marketgoers|market-goers|election workers|delegation|veterinarian|voters|polling station|voting offices?|bureaux? de vote|commerce|boutique|camions?|marche|ecole)\b/],
  ['protester', /\b(?:protesters|demonstrators|manifestants|marchers|strikers|grevistes)\b/],
  ['rioter', /\b(?:rioters|emeutiers|angry (?:youths?|crowds?|residents)|mob)\b/],
]
