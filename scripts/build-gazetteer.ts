/**
 * @module
 * `npm run build:gazetteer [geonamesDir] [outDir]`: reads the GeoNames country dumps (ML, BF, NE)
 * and admin1 codes from ../shared/data/geonames and writes the compact, attributed
 * data/gazetteer/sahel.tsv that `src/resolve/gazetteer` loads at run time.
 */
import { readFileSync, writeFileSync, mkdirSync, statSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseGeoNamesLine, type GeoNamesRow } from '../src/resolve/gazetteer/build/geonames-row.js'
import { deriveRows } from '../src/resolve/gazetteer/build/derive-rows.js'
import { shippedAdminFixes } from '../src/resolve/gazetteer/build/shipped-fixes.js'
import { toGazetteerLine } from '../src/resolve/gazetteer/build/gazetteer-line.js'
import { GAZETTEER_COLUMNS } from '../src/resolve/gazetteer/sahel-file.js'

const COUNTRIES = ['ML', 'BF', 'NE']
const srcDir = resolve(process.argv[2] ?? '../shared/data/geonames')
const outDir = resolve(process.argv[3] ?? 'data/gazetteer')

function readAdmin1(dir: string): Map<string, string> {
  const names = new Map<string, string>()
  for (const line of readFileSync(join(dir, 'admin1.tsv'), 'utf8').split('\n')) {
    const [code, , ascii] = line.split('\t')
    if (code && ascii) names.set(code, ascii)
  }
  return names
}

function readDump(dir: string, cc: string): GeoNamesRow[] {
  const file = join(dir, `${cc}.tsv`)
  if (!existsSync(file)) throw new Error(`missing GeoNames dump ${file}`)
  return readFileSync(file, 'utf8')
    .split('\n')
    .map(parseGeoNamesLine)
    .filter((r): r is GeoNamesRow => r !== null)
}

const ATTRIBUTION = `# Gazetteer data attribution

\`sahel.tsv\` is derived from the GeoNames country dumps for Mali (ML), Burkina Faso (BF) and
Niger (NE) and the GeoNames admin1 code list, by \`npm run build:gazetteer\`
(\`scripts/build-gazetteer.ts\`).

- Source: GeoNames, https://www.geonames.org/ (data as of about December 2014; admin1 codes 2021).
- License: Creative Commons Attribution 4.0 (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/
- Changes: only populated places, admin areas and selected named features (wells, water holes,
  ponds, wadis, valleys, seasonal streams, wetlands, hills, ridges, dunes, islands, massifs,
  camps, localities, natural regions, forests, lakes) are kept; only Latin-script
  alternate names; coordinates rounded to 4 decimals; admin1/admin2 names added (admin2 from the
  nearest cercle/department seat when the dump has no code); the hand-made corrections of
  \`admin-fixes.json\` applied: places of the former Ménaka cercle assigned to the Ménaka region
  (created in 2016; far-northern Tombouctou places, now Taoudénit, keep Tombouctou as ACLED's
  data does) and a few misfiled places; synthetic ADM1 rows for the two new regions.

Columns: ${GAZETTEER_COLUMNS.join(', ')} (alternate names separated by \`|\`).
`

const t0 = performance.now()
const admin1 = readAdmin1(srcDir)
const fixes = shippedAdminFixes()
const rows = deriveRows(
  COUNTRIES.flatMap((cc) => readDump(srcDir, cc)),
  admin1,
  fixes,
)
mkdirSync(outDir, { recursive: true })
const outFile = join(outDir, 'sahel.tsv')
writeFileSync(outFile, `${GAZETTEER_COLUMNS.join('\t')}\n${rows.map(toGazetteerLine).join('\n')}\n`)
writeFileSync(join(outDir, 'ATTRIBUTION.md'), ATTRIBUTION)
const kb = (statSync(outFile).size / 1024).toFixed(0)
const ms = (performance.now() - t0).toFixed(0)
console.log(`wrote ${rows.length} places to ${outFile} (${kb} KiB) in ${ms} ms`)
