/**
 * @module
 * `faultline gazetteer import FILE | list | lookup NAME`: the places Faultline can geocode.
 * `import` adds a raw GeoNames dump (SN.txt, or part of allCountries.txt) to the user's
 * gazetteer directory ($FAULTLINE_GAZETTEER_DIR, else ~/.local/share/faultline/gazetteer);
 * `list` shows the bundled Sahel file and the imported ones with their row counts; `lookup`
 * prints the candidate places for a name, as the extractor sees them.
 */
import { readFileSync } from 'node:fs'
import { defineCommand } from 'citty'
import { FaultlineError } from '../../errors.js'
import { COUNTRY_BY_CODE } from '../../resolve/gazetteer/countries.js'
import { type ImportProgress, importGeoNames } from '../../resolve/gazetteer/import-geonames.js'
import { sahelFilePath } from '../../resolve/gazetteer/sahel-file.js'
import { sahelIndex } from '../../resolve/gazetteer/sahel-gazetteer.js'
import type { Place } from '../../resolve/gazetteer/types.js'
import { importedFiles, userGazetteerDir } from '../../resolve/gazetteer/user-gazetteer.js'
import { countryIndex, lookupWorldCity } from '../../resolve/gazetteer/world-gazetteer.js'
import { EXIT } from '../_exit-codes.js'
import { formatTable, info, out } from '../_output.js'

/** Dumps at least this big report their progress on stderr, at most once a second. */
const PROGRESS_MIN_BYTES = 16 * 1024 * 1024

function progressPrinter(): (p: ImportProgress) => void {
  let last = 0
  let done = false
  return (p) => {
    const now = Date.now()
    if (p.total < PROGRESS_MIN_BYTES || done || (now - last < 1000 && p.bytes < p.total)) return
    last = now
    done = p.bytes >= p.total
    const pct = Math.min(100, Math.round((100 * p.bytes) / p.total))
    const line = `reading: ${pct}% (${p.lines.toLocaleString('en')} lines)`
    if (process.stderr.isTTY) process.stderr.write(`\r${line}${done ? '\n' : ''}`)
    else info(line)
  }
}

const importCommand = defineCommand({
  meta: {
    name: 'import',
    description: 'Add a GeoNames dump (e.g. SN.txt, plain text) to your gazetteer',
  },
  args: {
    file: {
      type: 'positional',
      required: true,
      description: 'GeoNames dump, 19 tab-separated columns',
      valueHint: 'FILE',
    },
    'country-name': {
      type: 'string',
      description: 'Name of a country code Faultline does not know',
      valueHint: 'NAME',
    },
    json: { type: 'boolean', description: 'Print the result as JSON' },
  },
  async run({ args }) {
    const name = args['country-name']?.trim() || undefined
    const onProgress = progressPrinter()
    const r = await importGeoNames(args.file, { countryName: name, onProgress })
    for (const c of r.countries) {
      info(`imported ${c.rows} place(s) for ${c.country} (${c.cc}) into ${c.path}`)
      const known = COUNTRY_BY_CODE.get(c.cc)
      if (name && known && known.en !== name) {
        info(`note: ${c.cc} is ${known.en}, --country-name ignored`)
      }
    }
    if (r.malformed > 0) {
      const where = r.malformedAt.join(', ') + (r.malformed > r.malformedAt.length ? ', …' : '')
      info(`skipped ${r.malformed} malformed line(s) of ${r.lines} (line ${where})`)
      process.exitCode = EXIT.partial
    }
    if (args.json) out(JSON.stringify(r))
  },
})

interface Listed {
  readonly source: 'bundled' | 'imported'
  readonly countries: string
  readonly rows: number
  readonly path: string
}

function countLines(path: string): number {
  const text = readFileSync(path, 'utf8')
  let n = 0
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++
  return n
}

const listCommand = defineCommand({
  meta: { name: 'list', description: 'Show the bundled and imported gazetteer files, row counts' },
  args: { json: { type: 'boolean', description: 'Print as JSON' } },
  run({ args }) {
    const bundled = sahelFilePath()
    const files: Listed[] = [
      {
        source: 'bundled',
        countries: 'Mali, Burkina Faso, Niger (ML BF NE)',
        rows: countLines(bundled) - 1,
        path: bundled,
      },
      ...importedFiles().map((f): Listed => ({
        source: 'imported',
        countries: `${f.country} (${f.cc})`,
        rows: f.rows >= 0 ? f.rows : countLines(f.path) - 2,
        path: f.path,
      })),
    ]
    const dir = userGazetteerDir()
    if (args.json) return out(JSON.stringify({ dir, files }))
    const rows = files.map((f) => [f.source, f.countries, String(f.rows), f.path])
    out(formatTable(['SOURCE', 'COUNTRIES', 'ROWS', 'FILE'], rows, 80))
    if (files.length === 1) info(`no imported files in ${dir}: see 'faultline gazetteer import'`)
  },
})

/** What the place scanner finds for `name`: a country, else gazetteer places, else world cities. */
function candidates(name: string): readonly Place[] {
  const countries = countryIndex().lookupExact(name)
  if (countries.length > 0) return countries
  const places = sahelIndex().lookup(name)
  return places.length > 0 ? places : lookupWorldCity(name)
}

const HEADER = ['NAME', 'COUNTRY', 'ADMIN1', 'ADMIN2', 'LAT', 'LON', 'KIND', 'SOURCE']

const lookupCommand = defineCommand({
  meta: { name: 'lookup', description: 'Print the candidate places for a name' },
  args: {
    name: {
      type: 'positional',
      required: true,
      description: 'Place name, any spelling',
      valueHint: 'NAME',
    },
    json: { type: 'boolean', description: 'Print as JSON' },
  },
  run({ args }) {
    const found = candidates(args.name)
    if (found.length === 0) {
      throw new FaultlineError('E_NOT_FOUND', `no place named '${args.name}'`, {
        hint: "add the country's GeoNames dump with 'faultline gazetteer import FILE'",
      })
    }
    if (args.json) return out(JSON.stringify(found))
    const row = (p: Place) => [
      p.name,
      p.country,
      p.admin1,
      p.admin2,
      p.latitude.toFixed(4),
      p.longitude.toFixed(4),
      p.kind,
      p.source ?? '',
    ]
    out(formatTable(HEADER, found.map(row)))
  },
})

export default defineCommand({
  meta: {
    name: 'gazetteer',
    description: 'Import GeoNames dumps, list gazetteer files, look up names',
  },
  subCommands: { import: importCommand, list: listCommand, lookup: lookupCommand },
})
