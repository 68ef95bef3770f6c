/**
 * @module
 * `faultline outlets [--json]` lists the outlets of the stored documents (home URL, country,
 * documents, events, dates, description); `faultline outlets set NAME --url … --country …
 * --description …` edits one (an empty value clears a field; `--create` adds an outlet no
 * document names yet). Names match in any case and spacing. Flags are checked by the same zod
 * schema as `PATCH /api/outlets/:name`.
 */
import { defineCommand } from 'citty'
import { FaultlineError } from '../../errors.js'
import type { Outlet } from '../../schema/outlet.js'
import { OutletPatchSchema } from '../../schema/outlet.js'
import { dbArg, openStoreFromArgs } from '../_db-arg.js'
import { formatTable, info, out } from '../_output.js'

/** One line per outlet for people. */
export function outletsTable(items: readonly Outlet[]): string {
  return formatTable(
    ['OUTLET', 'COUNTRY', 'DOCS', 'EVENTS', 'PUBLISHED', 'HOME', 'DESCRIPTION'],
    items.map((o) => [
      o.name,
      o.country ?? '',
      String(o.documents),
      String(o.events),
      o.first_published === o.last_published
        ? (o.first_published ?? '')
        : `${o.first_published}…${o.last_published}`,
      o.home_url ?? '',
      o.description,
    ]),
    40,
  )
}

const jsonArg = { json: { type: 'boolean', description: 'Print as JSON' } } as const

const listCmd = defineCommand({
  meta: { name: 'list', description: 'List outlets with their document and event counts' },
  args: { ...jsonArg, ...dbArg },
  async run({ args }) {
    const store = await openStoreFromArgs(args)
    try {
      const items = await store.listOutlets()
      if (args.json) return out(JSON.stringify({ total: items.length, items }))
      if (items.length === 0) return info('no outlets yet: ingest documents that name one')
      out(outletsTable(items))
      info(`${items.length} outlet(s)`)
    } finally {
      await store.close()
    }
  },
})

/** The flags given, as the patch the API would take ('' clears). */
export function patchFromFlags(args: {
  url?: string | undefined
  country?: string | undefined
  description?: string | undefined
}) {
  const raw = {
    ...(args.url !== undefined ? { home_url: args.url } : {}),
    ...(args.country !== undefined ? { country: args.country } : {}),
    ...(args.description !== undefined ? { description: args.description } : {}),
  }
  const parsed = OutletPatchSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? `${String(issue.path[0]).replace('home_url', 'url')}: ` : ''
    throw new FaultlineError('E_BAD_ARGUMENT', `invalid outlet edit: ${where}${issue?.message}`, {
      hint: "give --url https://…, --country NAME or --description TEXT ('' clears a field)",
    })
  }
  return parsed.data
}

const setCmd = defineCommand({
  meta: { name: 'set', description: "Edit an outlet's home URL, country or description" },
  args: {
    name: { type: 'positional', description: 'Outlet name (any case)', required: true },
    url: { type: 'string', description: "Home URL (http/https; '' clears)", valueHint: 'URL' },
    country: { type: 'string', description: "Country the outlet is based in ('' clears)" },
    description: { type: 'string', description: "Free text ('' clears)", valueHint: 'TEXT' },
    create: { type: 'boolean', description: 'Add the outlet if no document names it yet' },
    ...jsonArg,
    ...dbArg,
  },
  async run({ args }) {
    const patch = patchFromFlags(args)
    if (args.name.trim() === '') {
      throw new FaultlineError('E_BAD_ARGUMENT', 'empty outlet name', {
        hint: 'name an outlet as faultline outlets lists it',
      })
    }
    const store = await openStoreFromArgs(args)
    try {
      const outlet = await store.updateOutlet(args.name, patch, { create: args.create === true })
      if (outlet === null) {
        throw new FaultlineError('E_NOT_FOUND', `no outlet named '${args.name}'`, {
          hint: 'list them with faultline outlets, or add this one with --create',
        })
      }
      if (args.json) return out(JSON.stringify(outlet))
      out(outletsTable([outlet]))
    } finally {
      await store.close()
    }
  },
})

export default defineCommand({
  meta: {
    name: 'outlets',
    description: 'Outlets: list them (default) or set NAME --url/--country/--description',
  },
  args: { ...jsonArg, ...dbArg },
  subCommands: { list: listCmd, set: setCmd },
  default: 'list',
})
