/**
 * @module
 * `importGeoNames(file)`: a raw GeoNames dump (19 tab-separated columns: a country file such as
 * SN.txt, or a subset of allCountries.txt) → one compact `<CC>.tsv` per country in the user's
 * gazetteer directory (user-gazetteer.ts). The rows are derived by the same code as the bundled
 * Sahel file (build/). The dump is read line by line, and only the rows the derivation can use
 * (kept features and populated places) are held, so a large dump never sits in memory whole.
 * Each file is written to a temporary name and renamed: re-importing replaces it atomically.
 */
import { closeSync, createReadStream, mkdirSync, openSync, readSync, renameSync } from 'node:fs'
import { rmSync, statSync, writeSync } from 'node:fs'
import { basename } from 'node:path'
import { createInterface } from 'node:readline'
import { FaultlineError } from '../../errors.js'
import { cleanAdminName, deriveRows } from './build/derive-rows.js'
import { toGazetteerLine } from './build/gazetteer-line.js'
import { shippedAdminFixes } from './build/shipped-fixes.js'
import { type GeoNamesRow, isKeptFeature, parseGeoNamesLine } from './build/geonames-row.js'
import { COUNTRY_BY_CODE } from './countries.js'
import { userFileHeader, userFilePath, userGazetteerDir } from './user-gazetteer.js'

export interface ImportProgress {
  readonly bytes: number
  readonly total: number
  readonly lines: number
}

export interface ImportOptions {
  /** Target directory; default: userGazetteerDir(). */
  readonly dir?: string
  /** Country name for a code Faultline does not know (single-country dumps only). */
  readonly countryName?: string
  /** Called every PROGRESS_EVERY lines while reading. */
  readonly onProgress?: (p: ImportProgress) => void
}

export interface ImportedCountry {
  readonly cc: string
  readonly country: string
  readonly rows: number
  readonly path: string
}

export interface ImportResult {
  readonly lines: number
  readonly malformed: number
  /** First few malformed line numbers, for the report. */
  readonly malformedAt: readonly number[]
  readonly countries: readonly ImportedCountry[]
}

const PROGRESS_EVERY = 100_000
const FORMAT_HINT =
  'expected a GeoNames dump as plain text: 19 tab-separated columns per line, ' +
  'e.g. SN.txt from https://download.geonames.org/export/dump/SN.zip (unzip it first)'

/** Import `file` into the user's gazetteer; throws FaultlineError on unusable input. */
export async function importGeoNames(
  file: string,
  opts: ImportOptions = {},
): Promise<ImportResult> {
  const total = checkReadable(file)
  const read = await readDump(file, total, opts.onProgress)
  if (read.byCountry.size === 0) {
    const what = read.malformed > 0 ? `${read.malformed} malformed line(s)` : 'no usable places'
    throw new FaultlineError('E_INPUT_FORMAT', `no GeoNames places in ${file} (${what})`, {
      hint: FORMAT_HINT,
    })
  }
  if (opts.countryName && read.byCountry.size > 1) {
    throw new FaultlineError('E_BAD_ARGUMENT', '--country-name needs a single-country dump', {
      hint: `${file} holds ${[...read.byCountry.keys()].join(', ')}: import it without the flag`,
    })
  }
  const dir = opts.dir ?? userGazetteerDir()
  const derived = []
  for (const [cc, rows] of read.byCountry) {
    const lines = deriveRows(rows, admin1NamesOf(rows), shippedAdminFixes()).map(toGazetteerLine)
    const country = COUNTRY_BY_CODE.get(cc)?.en ?? opts.countryName ?? cc
    if (lines.length > 0) derived.push({ cc, country, lines, path: userFilePath(cc, dir) })
  }
  if (derived.length === 0) {
    throw new FaultlineError('E_INPUT_FORMAT', `no places to keep in ${file}`, {
      hint: 'the dump has no populated places, admin areas or named sites; ' + FORMAT_HINT,
    })
  }
  mkdirSync(dir, { recursive: true })
  const imported = new Date().toISOString()
  const countries = derived.map(({ cc, country, lines, path }) => {
    const meta = { cc, country, rows: lines.length, source: basename(file), imported }
    writeAtomically(path, userFileHeader(meta), lines)
    return { cc, country, rows: lines.length, path }
  })
  const { lines, malformed, malformedAt } = read
  return { lines, malformed, malformedAt, countries }
}

/** Size of `file`; refuses what is missing, a directory, an archive or binary. */
function checkReadable(file: string): number {
  let size: number
  try {
    const st = statSync(file)
    if (st.isDirectory()) throw new Error('is a directory')
    size = st.size
  } catch (cause) {
    throw new FaultlineError('E_INPUT_UNREADABLE', `cannot read ${file}`, {
      hint: 'give the path of a GeoNames dump file (e.g. SN.txt)',
      cause,
    })
  }
  if (size === 0) {
    throw new FaultlineError('E_INPUT_EMPTY', `${file} is empty`, { hint: FORMAT_HINT })
  }
  const fd = openSync(file, 'r')
  const head = Buffer.alloc(Math.min(size, 65536))
  try {
    readSync(fd, head, 0, head.length, 0)
  } finally {
    closeSync(fd)
  }
  const zip = head[0] === 0x50 && head[1] === 0x4b
  const gzip = head[0] === 0x1f && head[1] === 0x8b
  if (zip || gzip || head.includes(0)) {
    const kind = zip ? 'a zip archive' : gzip ? 'gzip-compressed' : 'binary, not text'
    throw new FaultlineError('E_INPUT_FORMAT', `${file} is ${kind}`, { hint: FORMAT_HINT })
  }
  return size
}

interface DumpRead {
  readonly lines: number
  readonly malformed: number
  readonly malformedAt: number[]
  readonly byCountry: Map<string, GeoNamesRow[]>
}

async function readDump(
  file: string,
  total: number,
  onProgress?: (p: ImportProgress) => void,
): Promise<DumpRead> {
  const stream = createReadStream(file, { encoding: 'utf8' })
  const byCountry = new Map<string, GeoNamesRow[]>()
  const malformedAt: number[] = []
  let [lines, malformed] = [0, 0]
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    lines++
    if (onProgress && lines % PROGRESS_EVERY === 0) {
      onProgress({ bytes: stream.bytesRead, total, lines })
    }
    if (!line.trim() || line.startsWith('#')) continue
    const row = parseGeoNamesLine(line)
    if (!row || !/^\d+$/.test(row.id) || !/^[A-Z]{2}$/.test(row.cc)) {
      malformed++
      if (malformedAt.length < 5) malformedAt.push(lines)
      continue
    }
    // the derivation reads kept features, and populated places to find seats: nothing else
    if (!isKeptFeature(row) && row.fclass !== 'P') continue
    const list = byCountry.get(row.cc)
    if (list) list.push(row)
    else byCountry.set(row.cc, [row])
  }
  onProgress?.({ bytes: total, total, lines })
  return { lines, malformed, malformedAt, byCountry }
}

/** Admin1 names from the dump's own ADM1 rows: 'SN.01' → 'Dakar' ('Région de Dakar'). */
function admin1NamesOf(rows: readonly GeoNamesRow[]): Map<string, string> {
  const names = new Map<string, string>()
  for (const r of rows) {
    if (r.fcode !== 'ADM1' || !r.admin1Code) continue
    const key = `${r.cc}.${r.admin1Code}`
    if (!names.has(key)) names.set(key, cleanAdminName(r.ascii || r.name))
  }
  return names
}

/** Write header + lines to a temporary file beside `path`, then rename it over `path`. */
function writeAtomically(path: string, header: string, lines: readonly string[]): void {
  const tmp = `${path}.${process.pid}.tmp`
  const fd = openSync(tmp, 'w')
  try {
    writeSync(fd, header)
    for (let i = 0; i < lines.length; i += 10_000) {
      writeSync(fd, `${lines.slice(i, i + 10_000).join('\n')}\n`)
    }
    closeSync(fd)
    renameSync(tmp, path)
  } catch (error) {
    try {
      closeSync(fd)
    } catch {
      // already closed
    }
    rmSync(tmp, { force: true })
    throw error
  }
}
