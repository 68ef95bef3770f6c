/**
 * @module
 * Expands command-line inputs into the files to ingest. In: paths (files, folders, or `-` for
 * stdin). Out: the same list with each folder replaced by the supported files under it,
 * recursively and sorted, skipping dotfiles and dot-folders; duplicates are dropped.
 */
import { readdir, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { FaultlineError } from '../errors.js'
import { formatForPath } from './formats.js'

/** Expands folders to the supported files they contain; a missing path is E_INPUT_UNREADABLE. */
export async function listInputs(paths: readonly string[]): Promise<string[]> {
  const out: string[] = []
  const seen = new Set<string>()
  const push = (p: string) => {
    if (!seen.has(p)) {
      seen.add(p)
      out.push(p)
    }
  }
  for (const p of paths) {
    if (p === '-') {
      push(p)
      continue
    }
    const info = await stat(p).catch((cause: unknown) => {
      const code = (cause as { code?: string } | null)?.code
      const why = code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code})`
      throw new FaultlineError('E_INPUT_UNREADABLE', `${p}: ${why}`, {
        hint: 'Check the path; pass files, folders of .txt/.md/.html/.pdf files, or - for stdin.',
        cause,
      })
    })
    if (info.isDirectory()) {
      for (const f of await walk(p, new Set())) push(f)
    } else {
      push(p)
    }
  }
  return out
}

async function walk(dir: string, visited: Set<string>): Promise<string[]> {
  const real = await realpath(dir)
  if (visited.has(real)) return [] // a symlink loop
  visited.add(real)
  const entries = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort()
  const files: string[] = []
  for (const name of entries) {
    const full = join(dir, name)
    const info = await stat(full).catch(() => null) // a dangling symlink is skipped
    if (info?.isDirectory()) files.push(...(await walk(full, visited)))
    else if (info?.isFile() && formatForPath(name) !== null) files.push(full)
  }
  return files
}

