/**
 * @module
 * Words that GeoNames also lists as villages but that in a report are almost never the place:
 * `NEVER_PLACES` are never taken (months, weekdays, function words, nationalities, titles);
 * `COMMON_WORDS` are taken only right after a place cue ('in Say', 'near Boni') and never at the
 * start of a sentence. `ACTOR_PHRASES` are armed-group names whose words are not places
 * ('Katiba Macina', 'Ansar Dine'). All entries are folded keys (see fold.ts).
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/))

export const NEVER_PLACES = words(`
  january february march april may june july august september october november december
  janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
  jan feb apr jun jul aug sep sept oct nov dec janv fev avr juil sept
  monday tuesday wednesday thursday friday saturday sunday
  lundi mardi mercredi jeudi vendredi samedi dimanche
  the a an and or of on in at to by for from with as near between after before during
  le la les un une des du de et ou au aux en dans sur sous avec par pour pres entre apres avant
  he she they it we i you his her their its this that these those there here
  il elle ils elles nous vous on ce cette ces
  god allah islam islamic state army police forces force military government president minister
  mr mrs dr general colonel captain commander chief imam sheikh
  malian burkinabe burkinabe nigerien french european american russian algerian mauritanian
  fulani peul peulh dogon bambara tuareg touareg arab songhai bozo dozo mossi
  fulanis peuls dogons bambaras tuaregs touaregs arabs songhais bozos dozos mossis
  dawsahak daoussahak doussahak idaksahak imghad idnane ibogholitane ibogilitane imajgan
  dagara dagaras dagari dagaris lobis gourmantche gourmantches bwaba bwabas gurunsi gurunsis
  kurumba kurumbas bellah
  chinese colombian canadian german italian swiss liberian guinean chadian senegalese
  national nusrat mayor university ganda tigre gazelle mirage puma caracal reaper non
  un minusma barkhane eucap eutm ecowas cedeao g5 jnim isgs gsim gatia mujao mojwa aqim aqmi mnla
  hcua eigs fama fds vdp cma msa maa cja ansar plateforme platform
  north south east west northern southern eastern western central center sud ouest
  region cercle commune province department village town city district area zone
  suspected unknown unidentified presumed alleged armed gunmen militants soldiers villagers
  attack attacks killed clash clashes operation mission camp base convoy
`)

export const COMMON_WORDS = words(`
  say sari fatal tin bay man mine mines well wells hill point post market school
  good bad big little new old red black white green blue gold golden star sun moon sea
  road route river lake forest valley mount mountain island bridge gate port
  peace war hope union unity liberty victory glory freedom
  ali moussa hamadou amadou oumar mohamed ahmed ibrahim issa adama boubacar
  dan na bara kara sina tata toto bama kona sana para pora dama
  home house field fields farm farmers herders cattle
  tuesday today yesterday tonight morning evening night
  see sea bar ban ben bin bon bou bel belle beau grand grande petit petite
  lac bois mont ville fort plage
`)

/** Capitalised words that may follow a place name without making it a longer name. */
export const FACILITIES = words(`
  gendarmerie school airport airfield camp market hospital prison mosque base bridge dam road gate
  checkpoint mine university stadium hotel station district region cercle province commune village
  town city garrison barracks post police customs court prefecture mayor town hall
  ecole aeroport marche hopital mosquee pont barrage route poste caserne prefecture mairie
`)

/** Region names that are also plain words: places only next to 'region' / 'région'. */
export const REGION_ONLY = words('sahel centre nord est cascades')

/** Armed groups and other names whose words must not be read as places. */
export const ACTOR_PHRASES: readonly string[] = [
  'katiba macina',
  'katiba serma',
  'katiba gourma',
  'katiba hanifa',
  'front de liberation du macina',
  'macina liberation front',
  'ansar dine',
  'ansar eddine',
  'ansaroul islam',
  'ansarul islam',
  'al mourabitoune',
  'al murabitoun',
  'dan na ambassagou',
  'islamic state in the greater sahara',
  'islamic state greater sahara',
  'islamic state sahel',
  'islamic state in the sahel',
  'etat islamique au grand sahara',
  'etat islamique au sahel',
  'islamic state west africa',
  'jamaat nusrat al islam wal muslimin',
  'groupe de soutien a l islam et aux musulmans',
  'coordination of azawad movements',
  'coordination des mouvements de l azawad',
  'mouvement pour le salut de l azawad',
  'movement for the salvation of azawad',
  'high council for the unity of azawad',
  'haut conseil pour l unite de l azawad',
  'national movement for the liberation of azawad',
  'mouvement national de liberation de l azawad',
  'arab movement of azawad',
  'mouvement arabe de l azawad',
  'koglweogo',
  'united nations',
  'nations unies',
  'human rights watch',
  'amnesty international',
  'red cross',
  'croix rouge',
  'security council',
  'european union',
  'african union',
  'union africaine',
  'operation barkhane',
  'g5 sahel',
  'force conjointe du g5 sahel',
]
