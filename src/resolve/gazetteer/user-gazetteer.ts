/**
 * @module
 * The user's own gazetteer: the `<CC>.tsv` files that `faultline gazetteer import` writes to
 * `$FAULTLINE_GAZETTEER_DIR` (else `$XDG_DATA_HOME/faultline/gazetteer`, else
 * `~/.local/share/faultline/gazetteer`). Each file is one `# faultline-gazetteer {json}` line
 * (country code and name, row count, source, date), then the columns of data/gazetteer/sahel.tsv.
 * The Sahel loader reads them here, once, at its first lookup; a broken line is skipped, never
 * fatal, so a damaged file cannot stop extraction.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { GAZETTEER_COLUMNS } from './sahel-file.js'

/** What an imported file says about itself on its first line. */
export interface ImportedMeta {
  readonly cc: string
  readonly country: string
  readonly rows: number
  readonly source: string
  readonly imported: string
}

export interface ImportedFile extends ImportedMeta {
  readonly path: string
}

/** The imported rows, ready to be indexed beside the bundled ones. */
export interface UserGazetteer {
  /** Data lines in the sahel.tsv format, all files together. */
  readonly lines: readonly string[]
  /** Country code → name, for codes Faultline does not know ('KE' → 'Kenya'). */
  readonly countryNames: ReadonlyMap<string, string>
}

export const META_PREFIX = '# faultline-gazetteer '
const FILE_NAME = /^([A-Z]{2})\.tsv$/
const TABS = GAZETTEER_COLUMNS.length - 1

/** Where imported gazetteer files live. */
export function userGazetteerDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FAULTLINE_GAZETTEER_DIR) return env.FAULTLINE_GAZETTEER_DIR
  const data = env.XDG_DATA_HOME || join(homedir(), '.local', 'share')
  return join(data, 'faultline', 'gazetteer')
}

/** The file an import of country `cc` writes. */
export function userFilePath(cc: string, dir = userGazetteerDir()): string {
  return join(dir, `${cc}.tsv`)
}

/** The two header lines of an imported file. */
export function userFileHeader(meta: ImportedMeta): string {
  return `${META_PREFIX}${JSON.stringify(meta)}\n${GAZETTEER_COLUMNS.join('\t')}\n`
}

/** The imported files in `dir`, by country code; none when the directory does not exist. */
export function importedFiles(dir = userGazetteerDir()): ImportedFile[] {
  if (!existsSync(dir)) return []
  const out: ImportedFile[] = []
  for (const name of readdirSync(dir).sort()) {
    const cc = FILE_NAME.exec(name)?.[1]
    if (!cc) continue
    const path = join(dir, name)
    out.push({ ...readMeta(path, cc), path })
  }
  return out
}

/** Metadata from the first line; a file without it still counts (code as country name). */
function readMeta(path: string, cc: string): ImportedMeta {
  const fallback = { cc, country: cc, rows: -1, source: '', imported: '' }
  const fd = openSync(path, 'r')
  try {
    const buf = Buffer.alloc(4096)
    const n = readSync(fd, buf, 0, buf.length, 0)
    const first = buf.subarray(0, n).toString('utf8').split('\n', 1)[0] ?? ''
    if (!first.startsWith(META_PREFIX)) return fallback
    const meta = JSON.parse(first.slice(META_PREFIX.length)) as Partial<ImportedMeta>
    return {
      cc,
      country: typeof meta.country === 'string' && meta.country ? meta.country : cc,
      rows: typeof meta.rows === 'number' ? meta.rows : -1,
      source: typeof meta.source === 'string' ? meta.source : '',
      imported: typeof meta.imported === 'string' ? meta.imported : '',
    }
  } catch {
    return fallback
  } finally {
    closeSync(fd)
  }
}

/** Every imported data line, with the country names the files carry. */
export function loadUserGazetteer(dir = userGazetteerDir()): UserGazetteer {
  const lines: string[] = []
  const countryNames = new Map<string, string>()
  for (const file of importedFiles(dir)) {
    let text: string
    try {
      text = readFileSync(file.path, 'utf8')
    } catch {
      continue // unreadable: geocoding goes on without it, `gazetteer list` still shows it
    }
    countryNames.set(file.cc, file.country)
    for (const line of text.split('\n')) {
      if (line.startsWith('#') || line.startsWith('id\t')) continue
      if (tabCount(line) === TABS && line.split('\t', 8)[7] === file.cc) lines.push(line)
    }
  }
  return { lines, countryNames }
}

function tabCount(line: string): number {
  let n = 0
  for (let at = line.indexOf('\t'); at >= 0; at = line.indexOf('\t', at + 1)) n++
  return n
}
