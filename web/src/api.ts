/**
 * @module
 * Typed client for the Faultline REST API (`/api/…`, same origin). Errors come back from the server
 * as `{ error: { code, message, hint? } }` and are thrown as `ApiError` so views can show the message.
 */
import type { EventRecord } from '../../src/schema/event.js'

export type { EventRecord }

export interface EventPage {
  readonly total: number
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

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
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
