/**
 * @module
 * `faultline extract` — stateless: documents in, events out as JSON Lines on stdout, the store
 * untouched. With `--input-format jsonl` each input line is
 * `{"id": "...", "text": "...", "published_at": "YYYY-MM-DD"?}` and events carry `doc_id = id`.
 * This is the contract the evaluation uses; keep it stable.
 */
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { defineCommand } from 'citty'
import { FaultlineError, isFaultlineError } from '../../errors.js'
import { listInputs, readBytes, readDocument } from '../../ingest/index.js'
import { extractRawDoc, defaultExtractor } from '../../pipeline.js'
import { DocInputSchema } from '../../schema/document.js'
import type { EventRecord } from '../../schema/event.js'
import { EXIT } from '../_exit-codes.js'
import { checkPublishedArg } from '../_published-arg.js'
import { describeError, info } from '../_output.js'
import { readStdin } from '../_stdin.js'

export default defineCommand({
  meta: { name: 'extract', description: 'Extract events from documents to JSON Lines on stdout (no store)' },
  args: {
    files: { type: 'positional', description: 'Files or - for stdin', required: true },
    'input-format': { type: 'string', description: 'text (any supported document) or jsonl', default: 'text' },
    published: { type: 'string', description: 'Publication date YYYY-MM-DD for documents without one' },
  },
  async run({ args }) {
    const format = args['input-format']
    if (format !== 'text' && format !== 'jsonl') {
      throw new FaultlineError('E_BAD_ARGUMENT', `unknown --input-format ${format}`, { hint: 'use text or jsonl' })
    }
    checkPublishedArg(args.published)
    const inputs = await listInputs(args._.length ? args._ : [args.files])
    let failed = 0
    for (const input of inputs) {
      try {
        if (format === 'jsonl') failed += await extractJsonl(input, args.published)
        else await extractText(input, args.published)
      } catch (error) {
        if (!isFaultlineError(error)) throw error
        failed++
        info(`skipped ${input}: ${describeError(error)}`)
      }
    }
    if (failed > 0) process.exitCode = EXIT.partial
  },
})

function write(events: readonly EventRecord[]): Promise<void> {
  if (events.length === 0) return Promise.resolve()
  const chunk = `${events.map((e) => JSON.stringify(e)).join('\n')}\n`
  return new Promise((resolve) => {
    if (process.stdout.write(chunk)) resolve()
    else process.stdout.once('drain', resolve)
  })
}

async function extractText(input: string, published: string | undefined): Promise<void> {
  const opts = published ? { published } : {}
  const raw = input === '-' ? await readBytes(await readStdin(), '-', opts) : await readDocument(input, opts)
  await write(extractRawDoc(raw))
}

/** Returns the number of malformed lines (reported on stderr and skipped). */
async function extractJsonl(input: string, published: string | undefined): Promise<number> {
  const stream = input === '-' ? process.stdin : createReadStream(input, 'utf8')
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })
  let n = 0
  let bad = 0
  for await (const line of lines) {
    n++
    if (!line.trim()) continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      bad++
      info(`${input}:${n}: not valid JSON: skipped (each line must be one JSON object)`)
      continue
    }
    const doc = DocInputSchema.safeParse(value)
    if (!doc.success) {
      bad++
      const issue = doc.error.issues[0]
      info(`${input}:${n}: ${issue?.path.join('.') || 'line'}: ${issue?.message}: skipped (expected {"id","text","published_at"?})`)
      continue
    }
    const data = doc.data.published_at || !published ? doc.data : { ...doc.data, published_at: published }
    await write(defaultExtractor.extract(data))
  }
  return bad
}
