/**
 * @module
 * Reads the shipped data/gazetteer/admin-fixes.json once (zod-checked), for the gazetteer build
 * and for `faultline gazetteer import`, so an imported dump gets the same corrections. The path
 * is resolved from this module, valid from src/ (tsx) and dist/ (built package).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type AdminFixes, AdminFixesSchema } from './admin-fixes.js'

let cached: AdminFixes | undefined

/** Absolute path of the shipped corrections file. */
export function adminFixesPath(): string {
  return fileURLToPath(new URL('../../../../data/gazetteer/admin-fixes.json', import.meta.url))
}

/** The shipped corrections (read on first use). */
export function shippedAdminFixes(): AdminFixes {
  cached ??= AdminFixesSchema.parse(JSON.parse(readFileSync(adminFixesPath(), 'utf8')))
  return cached
}
