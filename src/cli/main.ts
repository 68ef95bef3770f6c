#!/usr/bin/env node
/**
 * @module
 * The `faultline` command line. Subcommands live in `commands/`, one file per verb. This is the
 * one top-level catch: a FaultlineError prints `faultline: <message>` and its hint and exits
 * 1 (or 2 for usage errors); anything else is a bug and prints its stack.
 */
import { defineCommand, runCommand, runMain } from 'citty'
import { isFaultlineError } from '../errors.js'
import { VERSION } from '../version.js'
import { EXIT, exitCodeFor } from './_exit-codes.js'

export const main = defineCommand({
  meta: {
    name: 'faultline',
    version: VERSION,
    description: 'Conflict reporting in, sourced and geocoded ACLED-style events out. Exit codes: 0 ok, 1 failure, 2 usage, 3 some inputs skipped.',
  },
  subCommands: {
    ingest: () => import('./commands/ingest.js').then((m) => m.default),
    extract: () => import('./commands/extract.js').then((m) => m.default),
    events: () => import('./commands/events.js').then((m) => m.default),
    incidents: () => import('./commands/incidents.js').then((m) => m.default),
    framing: () => import('./commands/framing.js').then((m) => m.default),
    actors: () => import('./commands/actors.js').then((m) => m.default),
    outlets: () => import('./commands/outlets.js').then((m) => m.default),
    graph: () => import('./commands/graph.js').then((m) => m.default),
    export: () => import('./commands/export.js').then((m) => m.default),
    changes: () => import('./commands/changes.js').then((m) => m.default),
    snapshot: () => import('./commands/snapshot.js').then((m) => m.default),
    summary: () => import('./commands/summary.js').then((m) => m.default),
    serve: () => import('./commands/serve.js').then((m) => m.default),
    watch: () => import('./commands/watch.js').then((m) => m.default),
    worker: () => import('./commands/worker.js').then((m) => m.default),
    db: () => import('./commands/db.js').then((m) => m.default),
    gazetteer: () => import('./commands/gazetteer.js').then((m) => m.default),
    demo: () => import('./commands/demo.js').then((m) => m.default),
    watchlist: () => import('./commands/watchlist.js').then((m) => m.default),
    digest: () => import('./commands/digest.js').then((m) => m.default),
  },
})

async function run(rawArgs: string[]): Promise<void> {
  const wantsHelp = rawArgs.length === 0 || rawArgs.some((a) => a === '--help' || a === '-h')
  const wantsVersion = rawArgs.length === 1 && (rawArgs[0] === '--version' || rawArgs[0] === '-v')
  if (wantsHelp || wantsVersion) return runMain(main, { rawArgs: rawArgs.length ? rawArgs : ['--help'] })
  try {
    await runCommand(main, { rawArgs })
  } catch (error) {
    process.exitCode = exitCodeFor(error)
    if (isFaultlineError(error)) {
      process.stderr.write(`faultline: ${error.message}\n${error.hint ? `  hint: ${error.hint}\n` : ''}`)
    } else if (process.exitCode === EXIT.usage) {
      process.stderr.write(`faultline: ${(error as Error).message}\n  hint: run 'faultline --help'\n`)
    } else {
      process.stderr.write(`faultline: internal error (this is a bug, please report it)\n${(error as Error)?.stack ?? String(error)}\n`)
    }
  }
}

await run(process.argv.slice(2))
