/**
 * @module
 * A mild prior for same-name villages when the text gives no other clue: events in Sahel
 * reporting cluster in the regions where the armed conflicts are (central and northern Mali,
 * northern and eastern Burkina Faso, western Niger), so a bare 'Douna' is more likely the one
 * there. Weights are small: any named region, cercle or nearby place outweighs them.
 */

const HOTSPOTS: Readonly<Record<string, number>> = {
  // Mali
  Mopti: 1.5,
  Gao: 1.5,
  Tombouctou: 1.2,
  Kidal: 1.2,
  Menaka: 1.2,
  Segou: 0.8,
  Taoudeni: 0.5,
  // Burkina Faso
  Sahel: 1.5,
  Nord: 1,
  'Centre-Nord': 1,
  Est: 1,
  'Boucle du Mouhoun': 0.7,
  // Niger
  Tillaberi: 1.5,
  Tahoua: 0.8,
  Diffa: 0.8,
}

/** Prior bonus for a place in `admin1`. */
export function conflictPrior(admin1: string): number {
  return HOTSPOTS[admin1] ?? 0
}
