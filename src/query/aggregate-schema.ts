/**
 * @module
 * Contracts of the aggregate reads the dashboard draws from (so a page stays light with 100,000
 * events): the map as grid cells with counts and fatalities plus the few individual points, and
 * the timeline as counts by event type and fatalities per week or month. Query parameters come in
 * as strings (zod coerces them); the response schemas are published as OpenAPI components.
 */
import { z } from 'zod'
import { EVENT_TYPES } from '../schema/event.js'

const count = z.number().int().nonnegative()
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** `west,south,east,north` in degrees; longitudes outside ±180 (a panned map) are clamped. */
const Bbox = z.string().transform((s, ctx) => {
  const parts = s.split(',').map((p) => Number(p.trim()))
  const [west, south, east, north] = parts
  const ok = parts.length === 4 && parts.every((n) => Number.isFinite(n))
  const complete = west !== undefined && south !== undefined && east !== undefined
  if (!ok || !complete || north === undefined) {
    ctx.addIssue({ code: 'custom', message: 'expected WEST,SOUTH,EAST,NORTH, e.g. -12,10,5,25' })
    return z.NEVER
  }
  if (south > north || west > east) {
    ctx.addIssue({ code: 'custom', message: 'bbox: south must be ≤ north and west ≤ east' })
    return z.NEVER
  }
  const clamp = (v: number, lim: number) => Math.max(-lim, Math.min(lim, v))
  return {
    west: clamp(west, 180), south: clamp(south, 90),
    east: clamp(east, 180), north: clamp(north, 90),
  }
})
export type BboxValue = z.output<typeof Bbox>

export const MapQuerySchema = z
  .object({
    zoom: z.coerce.number().int().min(0).max(20).default(4).describe('map zoom level (0–20)'),
    bbox: Bbox.optional().describe('WEST,SOUTH,EAST,NORTH: only events inside (degrees)'),
  })
  .strict()
export type MapQuery = z.output<typeof MapQuerySchema>

export const TIMELINE_BUCKETS = ['week', 'month'] as const
export const TimelineQuerySchema = z
  .object({
    bucket: z
      .enum([...TIMELINE_BUCKETS, 'auto'])
      .default('auto')
      .describe("'week' (Monday first), 'month', or 'auto': weeks up to two years, else months"),
  })
  .strict()
export type TimelineQuery = z.output<typeof TimelineQuerySchema>

export const MapCellSchema = z.object({
  lat: z.number().describe('mean latitude of the events in the cell'),
  lon: z.number().describe('mean longitude of the events in the cell'),
  count,
  fatalities: count,
  type: z.enum(EVENT_TYPES).describe('the most frequent event type in the cell'),
  by_type: z.record(z.string(), count),
  south: z.number(),
  west: z.number(),
  north: z.number(),
  east: z.number(),
})
export type MapCell = z.infer<typeof MapCellSchema>

export const MapPointSchema = z.object({
  event_id: z.string(),
  lat: z.number(),
  lon: z.number(),
  event_type: z.enum(EVENT_TYPES),
  fatalities: count,
  geo_precision: z.number().int(),
  event_date: day.nullable(),
  actor1: z.string(),
  actor2: z.string(),
  location: z.string(),
  admin1: z.string(),
  country: z.string(),
})
export type MapPoint = z.infer<typeof MapPointSchema>

const Extent = z.object({
  south: z.number(), west: z.number(), north: z.number(), east: z.number(),
})

export const MapAggregateSchema = z.object({
  zoom: z.number().int(),
  cell: z.number().describe('cell size in degrees at this zoom (about 40 screen pixels)'),
  total: count.describe('events matching the filters, anywhere, with or without coordinates'),
  in_view: count.describe('matching events with coordinates inside bbox (all when no bbox)'),
  unplaced: count.describe('matching events without coordinates'),
  extent: Extent.nullable().describe('bounds of every matching event with coordinates'),
  cells: z.array(MapCellSchema).describe('dense cells, drawn as one cluster each'),
  points: z.array(MapPointSchema).describe('events of sparse cells, drawn one by one'),
})
export type MapAggregate = z.infer<typeof MapAggregateSchema>

export const TimelineBucketSchema = z.object({
  start: day.describe('first day of the bucket (a Monday for weeks)'),
  end: day.describe('last day of the bucket'),
  events: count,
  fatalities: count,
  by_type: z.record(z.string(), count).describe('event type → count, types with none left out'),
})
export type TimelineBucket = z.infer<typeof TimelineBucketSchema>

export const TimelineAggregateSchema = z.object({
  bucket: z.enum(TIMELINE_BUCKETS),
  total: count.describe('events matching the filters'),
  undated: count.describe('matching events without a date (in no bucket)'),
  earlier: count.describe('dated events before the first bucket (the series is capped)'),
  buckets: z.array(TimelineBucketSchema).describe('consecutive, empty buckets included'),
})
export type TimelineAggregate = z.infer<typeof TimelineAggregateSchema>

export const OutletCompareSchema = z.object({
  outlet: z.string().describe("the documents' outlet ('' when they name none)"),
  documents: count.describe('documents with a matching event'),
  events: count,
  fatalities: count,
  first_event: day.nullable(),
  last_event: day.nullable(),
  first_published: day.nullable(),
  last_published: day.nullable(),
  by_type: z.record(z.string(), count),
  shared_incidents: count.describe('incidents this outlet reported along with another outlet'),
  first_reports: count.describe('of those, how many it published first (ties count for each)'),
})
export type OutletCompare = z.infer<typeof OutletCompareSchema>

export const OutletCompareListSchema = z.object({ items: z.array(OutletCompareSchema) })
