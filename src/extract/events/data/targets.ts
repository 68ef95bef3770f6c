/**
 * @module
 * What an attack hits, when targets are listed each with its place ("… targeted a boat on the
 * river and the army post in Bamba", "… un convoi près de Gao et le poste de Bamba"): the text
 * between two listed places that opens the next item (accent-folded; used by `04-split-places`).
 */

/** Heads of a target noun phrase: posts, vehicles, buildings, settlements. */
const TARGET = [
  String.raw`posts?`,
  String.raw`postes?`,
  String.raw`bases?`,
  String.raw`camps?`,
  String.raw`positions?`,
  String.raw`checkpoints?`,
  String.raw`barracks`,
  String.raw`casernes?`,
  String.raw`patrols?`,
  String.raw`patrouilles?`,
  String.raw`convoys?`,
  String.raw`convois?`,
  String.raw`vehicles?`,
  String.raw`vehicules?`,
  String.raw`boats?`,
  String.raw`bateaux?`,
  String.raw`ships?`,
  String.raw`navires?`,
  String.raw`vessels?`,
  String.raw`bus(?:es)?`,
  String.raw`villages?`,
  String.raw`markets?`,
  String.raw`marches?`,
  String.raw`mosques?`,
  String.raw`mosquees?`,
  String.raw`church(?:es)?`,
  String.raw`eglises?`,
  String.raw`schools?`,
  String.raw`ecoles?`,
  String.raw`gendarmeries?`,
  String.raw`police stations?`,
  String.raw`commissariats?`,
  String.raw`town halls?`,
  String.raw`mairies?`,
  String.raw`prisons?`,
].join('|')

/**
 * Between two listed places, the start of an item naming a target: "” and “the army post” in ",
 * " et le poste militaire de ". Up to two words before the head ("the army post", "a passenger
 * ship") and one after it ("un poste militaire").
 */
export const TARGET_JOINER = new RegExp(
  String.raw`^\s*["”»]?\s*,?\s*(?:and|et)\s+["“«]?\s*` +
    String.raw`(?:the|an?|another|le|la|les|l'|un|une|des)\s*` +
    String.raw`(?:[\w'’-]+\s+){0,2}?(?:${TARGET})(?:\s+[\w'’-]+)?\s*["”»]?\s*,?\s+` +
    String.raw`(?:in|at|near|on|outside|a|au|aux|pres de|dans|de|du)\s+` +
    String.raw`(?:the\s+|la\s+|le\s+|l')?$`,
)
