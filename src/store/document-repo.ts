/**
 * @module
 * The `documents` table: insert-if-new on `content_hash` (the idempotency key) and read by id.
 * Dates come back as text whatever the driver's date parsing.
 */
import type { RawDoc } from '../schema/document.js'
import { upsertOutlet } from './outlet-repo.js'
import type { Queryable } from './queryable.js'
import type { StoredDocument } from './store.js'

/**
 * Inserts the document unless its content hash is known; returns whether a row was written. A new
 * document's outlet joins the outlets table (created, or its missing home URL filled).
 */
export async function insertDocument(db: Queryable, doc: RawDoc, id: string): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO documents (id, source, title, outlet, author, published_at, language, format,
       content_hash, text)
     VALUES ($1::text, $2::text, $3::text, $4::text, $5::text, $6::date, $7::text, $8::text,
       $9::text, $10::text)
     ON CONFLICT (content_hash) DO NOTHING
     RETURNING id`,
    [id, doc.source, doc.title, doc.outlet, doc.author, doc.published_at, doc.language, doc.format,
      doc.content_hash, doc.text],
  )
  if (rows.length === 1) await upsertOutlet(db, doc.outlet, doc.source)
  return rows.length === 1
}

/** The stored document with this content hash and its number of events, if any. */
export async function findByHash(
  db: Queryable,
  contentHash: string,
): Promise<{ id: string; events: number } | null> {
  const { rows } = await db.query<{ id: string; events: number }>(
    `SELECT d.id, (SELECT count(*)::int FROM events e WHERE e.doc_id = d.id) AS events
     FROM documents d WHERE d.content_hash = $1::text`,
    [contentHash],
  )
  return rows[0] ?? null
}

type DocumentRow = Omit<StoredDocument, 'ingested_at'> & { ingested_at: string | Date }

export async function getDocument(db: Queryable, id: string): Promise<StoredDocument | null> {
  const { rows } = await db.query<DocumentRow>(
    `SELECT id, source, title, outlet, author, to_char(published_at, 'YYYY-MM-DD') AS published_at,
       language, format, content_hash, ingested_at, text
     FROM documents WHERE id = $1::text`,
    [id],
  )
  const r = rows[0]
  if (r === undefined) return null
  const at = r.ingested_at
  return { ...r, ingested_at: at instanceof Date ? at.toISOString() : new Date(at).toISOString() }
}
