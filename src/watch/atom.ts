/**
 * @module
 * A watchlist's alerts as an Atom 1.0 feed (RFC 4287), readable in any feed reader. In: the
 * watchlist, its alerts (last revised first) and the dashboard's base URL. Out: the XML text.
 * One entry per alert (not per revision): `updated` is the time of its last revision, so a
 * reader shows a revised alert as changed rather than as a new item; the entry links to the
 * incident page. Every value is escaped (`xml-escape.ts`); ids are stable URNs.
 */
import type { Alert, Watchlist } from '../schema/watchlist.js'
import { headline, summaryText } from './describe.js'
import { eventLink, incidentLink, watchlistFeedLink } from './links.js'
import { escapeXml as x } from './xml-escape.js'

const urn = (kind: string, id: number, at: string) =>
  `urn:faultline:${kind}:${id}:${Date.parse(at)}`

function entry(a: Alert, base: string | undefined): string {
  const s = a.state
  const events = s.event_ids
    .map((id) => `<li><a href="${x(eventLink(base, id))}">${x(id)}</a></li>`)
    .join('')
  const html = `<p>${x(summaryText(a))}</p><ul>${events}</ul>`
  const revision = a.revision > 1 ? ` (revision ${a.revision})` : ''
  return [
    '  <entry>',
    `    <id>${urn('alert', a.id, a.first_at)}</id>`,
    `    <title type="text">${x(headline(s))}${revision}</title>`,
    `    <updated>${a.updated_at}</updated>`,
    `    <published>${a.first_at}</published>`,
    `    <link rel="alternate" type="text/html" href="${x(incidentLink(base, a.incident_id))}"/>`,
    `    <category term="${x(s.event_type)}"/>`,
    `    <summary type="text">${x(summaryText(a))}</summary>`,
    `    <content type="html">${x(html)}</content>`,
    '  </entry>',
  ].join('\n')
}

/** The Atom document of a watchlist. */
export function atomFeed(w: Watchlist, alerts: readonly Alert[], base: string | undefined): string {
  const updated = alerts.map((a) => a.updated_at).sort().at(-1) ?? w.created_at
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${urn('watchlist', w.id, w.created_at)}</id>`,
    `  <title type="text">Faultline watchlist: ${x(w.name)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(watchlistFeedLink(base, w.id))}"/>`,
    '  <author><name>Faultline</name></author>',
    '  <generator>Faultline</generator>',
    ...alerts.map((a) => entry(a, base)),
    '</feed>',
    '',
  ].join('\n')
}
