/**
 * @module
 * `faultline snapshot create NAME [--note TEXT]` freezes the current events under a name with a
 * content hash (sha256 of their canonical JSON lines); `snapshot list [--json]` shows them;
 * `snapshot diff A B [--json]` lists the events B added, changed (with the fields) and removed
 * relative to A. `faultline export --snapshot NAME` exports one: the same bytes every time.
 */
import { defineCommand } from 'citty'
import { FaultlineError } from '../../errors.js'
import type { Snapshot, SnapshotDiff } from '../../schema/changes.js'
import { parseSnapshotName } from '../../schema/changes.js'
import { dbArg, openStoreFromArgs } from '../_db-arg.js'
import { formatTable, info, out } from '../_output.js'

const jsonArg = { json: { type: 'boolean', description: 'Print as JSON' } } as const

/** One line per snapshot for people. */
export function snapshotsTable(items: readonly Snapshot[]): string {
  return formatTable(
    ['NAME', 'CREATED', 'EVENTS', 'SHA256', 'NOTE'],
    items.map((s) => [s.name, s.created_at.slice(0, 19).replace('T', ' '), String(s.event_count),
      s.content_hash.slice(0, 16), s.note]),
    60,
  )
}

/** The diff for people: one line per event, `+` added, `~` changed (fields), `-` removed. */
export function diffLines(d: SnapshotDiff): string[] {
  return [
    ...d.added.map((id) => `+ ${id}`),
    ...d.changed.map((c) => `~ ${c.event_id}  ${c.fields.join(', ')}`),
    ...d.removed.map((id) => `- ${id}`),
  ]
}

function checkName(name: string): string {
  const parsed = parseSnapshotName(name)
  if (parsed.success) return parsed.data
  throw new FaultlineError('E_BAD_ARGUMENT', `invalid snapshot name '${name}'`, {
    hint: 'use 1–100 letters, digits, dots, dashes or underscores, e.g. 2026-12-release',
  })
}

const createCmd = defineCommand({
  meta: { name: 'create', description: 'Freeze the current events under NAME (with a hash)' },
  args: {
    name: { type: 'positional', description: 'Snapshot name', required: true },
    note: { type: 'string', description: 'A note kept with the snapshot', valueHint: 'TEXT' },
    ...jsonArg,
    ...dbArg,
  },
  async run({ args }) {
    const name = checkName(args.name)
    const store = await openStoreFromArgs(args)
    try {
      const s = await store.createSnapshot(name, args.note ?? '')
      if (args.json) return out(JSON.stringify(s))
      out(`${s.name}  ${s.event_count} event(s)  sha256:${s.content_hash}`)
    } finally {
      await store.close()
    }
  },
})

const listCmd = defineCommand({
  meta: { name: 'list', description: 'List snapshots, oldest first' },
  args: { ...jsonArg, ...dbArg },
  async run({ args }) {
    const store = await openStoreFromArgs(args)
    try {
      const items = await store.listSnapshots()
      if (args.json) return out(JSON.stringify({ total: items.length, items }))
      if (items.length === 0) return info('no snapshots yet: faultline snapshot create NAME')
      out(snapshotsTable(items))
      info(`${items.length} snapshot(s)`)
    } finally {
      await store.close()
    }
  },
})

const diffCmd = defineCommand({
  meta: { name: 'diff', description: 'Events B added, changed and removed relative to A' },
  args: {
    a: { type: 'positional', description: 'The older snapshot', required: true },
    b: { type: 'positional', description: 'The newer snapshot', required: true },
    ...jsonArg,
    ...dbArg,
  },
  async run({ args }) {
    const store = await openStoreFromArgs(args)
    try {
      const d = await store.diffSnapshots(checkName(args.a), checkName(args.b))
      if (args.json) return out(JSON.stringify(d))
      for (const line of diffLines(d)) out(line)
      info(`${d.added.length} added, ${d.changed.length} changed, ${d.removed.length} removed`)
    } finally {
      await store.close()
    }
  },
})

export default defineCommand({
  meta: {
    name: 'snapshot',
    description: 'Named, frozen copies of the dataset: create, list, diff',
  },
  args: { ...jsonArg, ...dbArg },
  subCommands: { create: createCmd, list: listCmd, diff: diffCmd },
  default: 'list',
})
