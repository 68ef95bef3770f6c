/**
 * @module
 * Typed client for the Faultline REST API (`/api/…`, same origin). Errors come back from the server
 * as `{ error: { code, message, hint? } }` and are thrown as `ApiError` so views can show the message.
 * Response types are imported (type-only) from the server's zod schemas, so both sides agree.
 */
import type { Claim, Incident } from '../../src/corroborate/incident.js'
import type {
  MapAggregate, MapCell, MapPoint, OutletCompare, TimelineAggregate, TimelineBucket,
} from '../../src/query/aggregate-schema.js'
import type { EventRecord } from '../../src/schema/event.js'
import type { ActorEdge, ActorProfile, FramingReport } from '../../src/schema/framing.js'

export type { EventRecord }

export interface EventPage {
  readonly total: number
  /** False when `total` is a lower bound (the server counts matches up to 10,000). */
  readonly total_exact?: boolean
  readonly limit: number
  readonly offset: number
  readonly items: EventRecord[]
}

export interface DocumentWithEvents {
  readonly id: string
  readonly source: string
  readonly title: string | null
  readonly outlet: string | null
  readonly author: string | null
  readonly published_at: string | null
  readonly language: string | null
  readonly format: string
  readonly ingested_at: string
  readonly text: string
  readonly events: EventRecord[]
}

export interface ActorSummary {
  readonly name: string
  readonly inter: number
  readonly events: number
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

/** A GET of JSON; a non-2xx answer becomes an `ApiError` with the server's code and message. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, { headers: { Accept: 'application/json' }, signal })
  const body: unknown = await res.json().catch(() => null)
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error
    throw new ApiError(res.status, err?.code ?? 'E_HTTP', err?.message ?? `HTTP ${res.status}`)
  }
  return body as T
}

export function listEvents(params: URLSearchParams, signal?: AbortSignal): Promise<EventPage> {
  return getJson(`/api/events?${params.toString()}`, signal)
}

export function getEvent(id: string, signal?: AbortSignal): Promise<EventRecord> {
  return getJson(`/api/events/${encodeURIComponent(id)}`, signal)
}

export function getDocument(id: string, signal?: AbortSignal): Promise<DocumentWithEvents> {
  return getJson(`/api/documents/${encodeURIComponent(id)}`, signal)
}

export async function listActors(signal?: AbortSignal): Promise<ActorSummary[]> {
  return (await getJson<{ items: ActorSummary[] }>('/api/actors', signal)).items
}

export type { MapAggregate, MapPoint, MapCell, TimelineAggregate, TimelineBucket }
export type { ActorProfile, ActorEdge, FramingReport, Incident, Claim, OutletCompare }

const qs = (params: URLSearchParams, extra: Record<string, string | undefined>): string => {
  const p = new URLSearchParams(params)
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) p.set(k, v)
  const s = p.toString()
  return s ? `?${s}` : ''
}

/** Grid cells and sparse points for the map; `filters` are the event filters only. */
export function aggregateMap(
  filters: URLSearchParams,
  view: { zoom: number; bbox?: string },
  signal?: AbortSignal,
): Promise<MapAggregate> {
  const extra = { zoom: String(view.zoom), bbox: view.bbox }
  return getJson(`/api/aggregate/map${qs(filters, extra)}`, signal)
}

export function aggregateTimeline(
  filters: URLSearchParams,
  bucket: 'week' | 'month' | 'auto',
  signal?: AbortSignal,
): Promise<TimelineAggregate> {
  return getJson(`/api/aggregate/timeline${qs(filters, { bucket })}`, signal)
}

export function aggregateOutlets(filters: URLSearchParams, signal?: AbortSignal) {
  return getJson<{ items: OutletCompare[] }>(`/api/aggregate/outlets${qs(filters, {})}`, signal)
}

export function getActor(name: string, signal?: AbortSignal): Promise<ActorProfile> {
  return getJson(`/api/actors/${encodeURIComponent(name)}`, signal)
}

export function getFraming(
  scope: { actor?: string; outlet?: string },
  signal?: AbortSignal,
): Promise<FramingReport> {
  return getJson(`/api/framing${qs(new URLSearchParams(), scope)}`, signal)
}

export function getIncident(id: string, signal?: AbortSignal): Promise<Incident> {
  return getJson(`/api/incidents/${encodeURIComponent(id)}`, signal)
}

export async function incidentsOfDocument(
  docId: string,
  signal?: AbortSignal,
): Promise<Incident[]> {
  const page = await getJson<{ items: Incident[] }>(
    `/api/incidents?doc_id=${encodeURIComponent(docId)}&limit=1000`,
    signal,
  )
  return page.items
}

/** Outlet metadata from `GET /api/outlets` when the server has it; [] otherwise. */
export async function listOutlets(signal?: AbortSignal): Promise<OutletInfo[]> {
  try {
    return (await getJson<{ items: OutletInfo[] }>('/api/outlets', signal)).items
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return []
    throw err
  }
}

export interface OutletInfo {
  readonly name: string
  readonly home_url: string | null
  readonly country: string | null
  readonly description: string
  readonly documents: number
  readonly events: number
  readonly first_published: string | null
  readonly last_published: string | null
}
