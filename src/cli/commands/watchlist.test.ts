/**
 * @module
 * `faultline watchlist` and `faultline digest` run as a user would, with the real extractor:
 * three invented reports of one attack from three outlets (the third revising the toll and
 * naming the perpetrator) and an unrelated protest, ingested in one run with a webhook on a
 * local server. One alert, revision 2, two signed deliveries; a loopback webhook refused without
 * --allow-private; the weekly digest; rm. Texts are invented for this test.
 */
import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { runCli, tempDir } from '../../../test/e2e/_cli.js'
import { AlertSchema } from '../../schema/watchlist.js'
import type { Receiver } from '../../watch/_receiver.js'
import { startReceiver } from '../../watch/_receiver.js'
import { verifySignature } from '../../watch/webhook-sign.js'

const DOCS: Record<string, [string, string, string]> = {
  'a.md': ['Sahel Dispatch', '2024-05-12', 'Gunmen attacked an army post in Boni, in the Mopti ' +
    'region of Mali, on Saturday, killing seven soldiers, a security source said.'],
  'b.md': ['Niger Bend Herald', '2024-05-12', 'Seven Malian soldiers were killed on Saturday ' +
    "when gunmen attacked their post in Boni, in central Mali's Mopti region, officials said."],
  'c.md': ['Bandiagara Weekly', '2024-05-13', "The toll of Saturday's attack on the army post " +
    'in Boni, Mopti region, rose to twelve soldiers killed, the army said on Sunday. JNIM ' +
    'claimed the attack.'],
  'd.md': ['Capital Times', '2024-05-12', 'Hundreds of traders protested peacefully in Bamako ' +
    'on Saturday against new market taxes.'],
}
const SECRET = 'cli-test-secret-0123456789'

describe('faultline watchlist (CLI)', () => {
  const dir = tempDir()
  const db = join(dir, 'db')
  const env = { FAULTLINE_ALLOW_PRIVATE: '1', FAULTLINE_WEBHOOK_BACKOFF_MS: '10' }
  const cli = (...args: string[]) => runCli([...args, '--db', db], { env })
  let hook: Receiver
  before(async () => {
    hook = await startReceiver()
    for (const [name, [outlet, published, text]] of Object.entries(DOCS)) {
      const head = `---\ntitle: ${name}\noutlet: ${outlet}\npublished: ${published}\n---\n`
      await writeFile(join(dir, name), `${head}${text}\n`)
    }
  })
  after(() => hook.close())

  it('adds, alerts once per incident, delivers each revision signed', async () => {
    const refused = await runCli(['watchlist', 'add', 'x', '--webhook', hook.url, '--db', db])
    assert.equal(refused.code, 1, 'loopback refused without --allow-private')
    assert.match(refused.stderr, /loopback/)
    const add = await cli('watchlist', 'add', 'Mopti attacks', '--admin1', 'Mopti', '--type',
      'Battles,Violence against civilians', '--webhook', hook.url, '--secret', SECRET,
      '--allow-private')
    assert.equal(add.code, 0, add.stderr)
    const ingest = await cli('ingest', ...Object.keys(DOCS).map((n) => join(dir, n)))
    assert.equal(ingest.code, 0, ingest.stderr)

    const res = await cli('watchlist', 'alerts', 'Mopti attacks', '--json')
    const alerts = (JSON.parse(res.stdout) as { items: unknown[] }).items.map((a) =>
      AlertSchema.parse(a))
    assert.equal(alerts.length, 1, 'one alert for the attack, none for the protest')
    assert.equal(alerts[0]!.revision, 2, 'revised by the toll')
    assert.equal(alerts[0]!.state.outlets.length, 3)
    assert.ok(alerts[0]!.changed.includes('fatalities_max'))

    assert.equal(hook.received.length, 2, 'one delivery per revision')
    for (const r of hook.received) {
      assert.ok(verifySignature(r.body, SECRET, String(r.headers['x-faultline-signature'])))
    }
    assert.deepEqual(hook.received.map((r) => JSON.parse(r.body).revision), [1, 2])
  })

  it('prints the weekly digest, lists and removes', async () => {
    const md = await cli('digest', 'Mopti attacks', '--period', 'week')
    assert.equal(md.code, 0, md.stderr)
    assert.match(md.stdout, /Boni/)
    assert.match(md.stdout, /Bandiagara Weekly/)
    assert.match(md.stdout, /> The toll of Saturday's attack/)
    const html = await cli('digest', 'Mopti attacks', '--format', 'html')
    assert.match(html.stdout, /^<!doctype html>/)
    assert.equal((await cli('digest', 'Mopti attacks', '--period', 'month')).code, 2)
    const list = await cli('watchlist', 'list')
    assert.match(list.stdout, /Mopti attacks\s+1/)
    assert.equal((await cli('watchlist', 'rm', 'Mopti attacks')).code, 0)
    assert.equal((await cli('watchlist', 'rm', 'Mopti attacks')).code, 1)
  })
})
