/**
 * @module
 * Tests for the ACLED CSV export: header order, interaction codes, RFC 4180 quoting and the
 * formula guard, rows parsed back with a real CSV reader, and backpressure on a slow stream.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { makeEvent } from '../../store/_fixtures.js'
import { parseCsv } from './_csv-parse.js'
import { collect, fromArray, slowSink } from './_sink.js'
import { CSV_HEADER, csvCell, interaction, NOTES_SEPARATOR, writeAcledCsv } from './acled-csv.js'

const ACLED_HEADER =
  'event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,' +
  'inter1,actor2,assoc_actor_2,inter2,interaction,country,admin1,admin2,admin3,location,latitude,' +
  'longitude,geo_precision,source,notes,fatalities'

describe('acled-csv', () => {
  it('header: ACLED columns in ACLED order, then Faultline extras', () => {
    assert.equal(CSV_HEADER.join(','), `${ACLED_HEADER},certainty,tier,doc_id,evidence,coded_by`)
  })

  it('interaction: smaller code first, 10 × sole actor', () => {
    const cases: [string, number, number, number | null][] = [
      ['state vs rebels', 1, 2, 12],
      ['reversed order', 3, 1, 13],
      ['same type', 4, 4, 44],
      ['sole protesters', 6, 0, 60],
      ['only actor2 coded', 0, 7, 70],
      ['nothing coded', 0, 0, null],
    ]
    for (const [label, a, b, want] of cases) assert.equal(interaction(a, b), want, label)
  })

  it('csvCell: quoting and formula guard', () => {
    const cases: [string, string | number | null, string][] = [
      ['plain', 'Kessel Ford', 'Kessel Ford'],
      ['comma quoted', 'a, b', '"a, b"'],
      ['quote doubled', 'say "hi"', '"say ""hi"""'],
      ['newline quoted', 'line1\nline2', '"line1\nline2"'],
      ['formula =', '=SUM(A1)', "'=SUM(A1)"],
      ['formula +', '+1', "'+1"],
      ['formula -', '-2+3', "'-2+3"],
      ['formula @', '@cmd', "'@cmd"],
      ['guarded and quoted', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
      ['negative number untouched', -12.5, '-12.5'],
      ['null empty', null, ''],
    ]
    for (const [label, value, want] of cases) assert.equal(csvCell(value), want, label)
  })

  it('rows parse back with quotes, commas and newlines intact', async () => {
    const tricky = makeEvent('d1', 1, {
      actor1: 'Militia "Red Hand", local',
      location: 'Ford\r\nNorth',
      latitude: -3.25,
      longitude: -60.5,
      evidence: [
        { start: 20, end: 30, text: 'three\nkilled', field: 'fatalities' },
        { start: 0, end: 10, text: 'Shots, "heavy"', field: 'type' },
        { start: 40, end: 50, text: 'Shots, "heavy"', field: 'actor1' },
      ],
    })
    const plain = makeEvent('d1', 2, {
      actor2: '', inter2: 0, event_date: null, latitude: null, longitude: null,
    })
    const rows = [{ ...tricky, outlet: 'Daily Ledger' }, { ...plain, outlet: null }]
    const sink = collect()
    const n = await writeAcledCsv(fromArray(rows), sink.out)
    assert.equal(n, 2, 'row count')
    assert.ok(sink.text().endsWith('\r\n'), 'CRLF line ends')
    const [header, r1, r2, ...rest] = parseCsv(sink.text())
    assert.equal(rest.length, 0, 'no extra rows')
    const col = (row: string[] | undefined, name: string) =>
      row?.[CSV_HEADER.indexOf(name as never)]
    assert.deepEqual(header, [...CSV_HEADER], 'header')
    assert.equal(r1?.length, CSV_HEADER.length, 'cell count')
    const want1: Record<string, string> = {
      event_id_cnty: tricky.event_id, year: '2024', actor1: 'Militia "Red Hand", local',
      location: 'Ford\r\nNorth', latitude: '-3.25', longitude: '-60.5', interaction: '12',
      source: 'Daily Ledger', notes: `Shots, "heavy"${NOTES_SEPARATOR}three\nkilled`, admin3: '',
      fatalities: '3', certainty: 'reported', tier: 'news', doc_id: 'd1',
    }
    for (const [name, want] of Object.entries(want1)) {
      assert.equal(col(r1, name), want, `row 1 ${name}`)
    }
    assert.deepEqual(JSON.parse(col(r1, 'evidence') ?? ''), tricky.evidence, 'row 1 evidence JSON')
    const want2: Record<string, string> = {
      event_date: '', year: '', latitude: '', longitude: '', interaction: '10', source: '',
      actor2: '',
    }
    for (const [name, want] of Object.entries(want2)) {
      assert.equal(col(r2, name), want, `row 2 ${name}`)
    }
  })

  it('waits for drain on a slow stream and loses nothing', async () => {
    const events = Array.from({ length: 200 }, (_, i) => makeEvent('d2', i))
    const sink = slowSink()
    const n = await writeAcledCsv(fromArray(events), sink.out)
    assert.equal(n, 200, 'rows written')
    assert.ok(sink.drains() > 0, 'backpressure hit')
    await new Promise<void>((resolve) => sink.out.end(resolve))
    assert.equal(parseCsv(sink.text()).length, 201, 'header + rows arrived')
  })
})
