/**
 * @module
 * The dashboard's writes: review actions, the audit trail, the review queue and ingest. Writes go
 * through `writeFetch`, which sends the API token kept in localStorage as `Authorization: Bearer`;
 * when the server answers 401 it asks for the token once (a prompt), stores it and retries, so a
 * server without `FAULTLINE_TOKEN` never asks. Errors become `ApiError`s with the server's message.
 */
import { ApiError, type EventRecord } from '../api.js'
import type {
  QueueItem, ReviewInput, ReviewOutcome, ReviewRecord,
} from '../../../src/schema/review.js'

export type { QueueItem, ReviewOutcome, ReviewRecord }
export type CodedEvent = EventRecord & { coded_by?: 'machine' | 'analyst' }
export type ReviewRequest = Partial<ReviewInput> & Pick<ReviewInput, 'action'>

const TOKEN_KEY = 'faultline.token'

export function storedToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY)
  } catch {
    return null
  }
}

/** Asks for the token (the server said 401); null when the user cancels. */
function askToken(message: string): string | null {
  const t = window.prompt(`${message}\nEnter the API token (FAULTLINE_TOKEN):`)?.trim()
  if (!t) return null
  try {
    localStorage.setItem(TOKEN_KEY, t)
  } catch {
    // storage disabled: the token still works for this request
  }
  return t
}

async function errorOf(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => null)) as
    | { error?: { code?: string; message?: string; hint?: string } } | null
  const e = body?.error
  const message = [e?.message ?? `HTTP ${res.status}`, e?.hint].filter(Boolean).join(' — ')
  return new ApiError(res.status, e?.code ?? 'E_HTTP', message)
}

/** A write with the stored token; on 401 asks for the token once and retries. */
export async function writeFetch(path: string, init: RequestInit): Promise<Response> {
  const send = (token: string | null) => {
    const headers = new Headers(init.headers)
    headers.set('Accept', 'application/json')
    if (token) headers.set('Authorization', `Bearer ${token}`)
    return fetch(path, { ...init, headers })
  }
  let res = await send(storedToken())
  if (res.status === 401) {
    const first = await errorOf(res)
    const token = askToken(first.message)
    if (token === null) throw first
    res = await send(token)
  }
  if (!res.ok) throw await errorOf(res)
  return res
}

async function readJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { Accept: 'application/json' } })
  if (!res.ok) throw await errorOf(res)
  return (await res.json()) as T
}

export function getQueue(limit = 100): Promise<{ total: number; items: QueueItem[] }> {
  return readJson(`/api/review/queue?limit=${limit}`)
}

export async function getAudit(id: string): Promise<ReviewRecord[]> {
  return (await readJson<{ items: ReviewRecord[] }>(
    `/api/events/${encodeURIComponent(id)}/audit`,
  )).items
}

export function getCodedEvent(id: string): Promise<CodedEvent> {
  return readJson(`/api/events/${encodeURIComponent(id)}`)
}

export async function postReview(id: string, body: ReviewRequest): Promise<ReviewOutcome> {
  const res = await writeFetch(`/api/events/${encodeURIComponent(id)}/review`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  })
  return (await res.json()) as ReviewOutcome
}

export interface IngestReply {
  readonly doc_id: string
  readonly created: boolean
  readonly title: string | null
  readonly events: number
  readonly items: CodedEvent[]
}

/** Posts a file (multipart) or a JSON body ({url} or {text…}) to `POST /api/documents`. */
export async function postDocument(body: FormData | Record<string, string>): Promise<IngestReply> {
  const init: RequestInit = body instanceof FormData
    ? { method: 'POST', body }
    : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }
  return (await (await writeFetch('/api/documents', init)).json()) as IngestReply
}
