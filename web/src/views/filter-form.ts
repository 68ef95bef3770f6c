/**
 * @module
 * The filter bar: date range, event type and sub-type, country and region (admin1), actor,
 * outlet, certainty, tier, free text and "known by" (only what had been reported by that day: the
 * dataset as an analyst saw it then), each with a visible label. Submitting (Enter, the Apply
 * button, or changing a select/date) hands the new `Filters` to the caller, which puts them in
 * the URL; `set()` fills the inputs back from the URL. Sub-types are suggested for the chosen type.
 */
import { SUB_EVENT_TYPES } from '../../../src/schema/acled-types.js'
import { EVENT_TYPE_LIST } from '../colors.js'
import { h, replace } from '../dom.js'
import type { FilterKey, Filters } from '../filters.js'

const CERTAINTY = [['reported', 'reported'], ['hedged', 'hedged']] as const

type Suggested = 'country' | 'actor' | 'outlet' | 'admin1' | 'sub_type'

export interface FilterForm {
  readonly el: HTMLFormElement
  set(filters: Filters): void
  setSuggestions(key: Suggested, values: readonly string[]): void
}

const select = (any: string, values: readonly (readonly [string, string])[]) =>
  h('select', {}, h('option', { value: '' }, any),
    ...values.map(([value, label]) => h('option', { value }, label)))

const text = (list: Suggested | null, extra: Record<string, string> = {}) =>
  h('input', { type: 'text', list: list ? `dl-${list}` : null, autocomplete: 'off', ...extra })

export function createFilterForm(onApply: (filters: Filters) => void): FilterForm {
  const inputs = {} as Record<FilterKey, HTMLInputElement | HTMLSelectElement>
  const lists = {} as Record<Suggested, HTMLDataListElement>
  for (const key of ['country', 'actor', 'outlet', 'admin1', 'sub_type'] as const) {
    lists[key] = h('datalist', { id: `dl-${key}` })
  }
  const field = (key: FilterKey, label: string, control: HTMLInputElement | HTMLSelectElement) => {
    inputs[key] = control
    control.id = `f-${key}`
    control.name = key
    const lab = h('label', { for: control.id }, label)
    return h('div', { class: `field field-${key}` }, lab, control)
  }
  const types = EVENT_TYPE_LIST.map((t) => [t, t] as const)
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Filter events' },
    field('since', 'From', h('input', { type: 'date' })),
    field('until', 'To', h('input', { type: 'date' })),
    field('type', 'Event type', select('All types', types)),
    field('sub_type', 'Sub-type', text('sub_type')),
    field('country', 'Country', text('country')),
    field('admin1', 'Region', text('admin1', { placeholder: 'admin1, e.g. Mopti' })),
    field('actor', 'Actor', text('actor')),
    field('outlet', 'Outlet', text('outlet')),
    field('certainty', 'Certainty', select('Any', CERTAINTY)),
    field('tier', 'Tier', select('Any', [['news', 'news'], ['context', 'background']])),
    field('q', 'Search', h('input', { type: 'search', placeholder: 'place, actor, evidence…' })),
    field('known_by', 'Known by', h('input', {
      type: 'date', title: 'only events reported by this day (publication day, else ingest time)',
    })),
    h(
      'div',
      { class: 'field actions' },
      h('button', { type: 'submit', class: 'primary' }, 'Apply'),
      h('button', { type: 'reset' }, 'Clear'),
    ),
    ...Object.values(lists),
  )

  const read = (): Filters => {
    const out: Filters = {}
    for (const [key, control] of Object.entries(inputs) as [FilterKey, HTMLInputElement][]) {
      const v = control.value.trim()
      if (v) out[key] = v
    }
    return out
  }
  const suggestSubTypes = () => {
    const type = inputs.type.value as keyof typeof SUB_EVENT_TYPES
    const subs = type ? (SUB_EVENT_TYPES[type] ?? []) : Object.values(SUB_EVENT_TYPES).flat()
    replace(lists.sub_type, ...subs.map((v) => h('option', { value: v })))
  }
  form.addEventListener('submit', (ev) => {
    ev.preventDefault()
    onApply(read())
  })
  form.addEventListener('reset', (ev) => {
    ev.preventDefault()
    for (const control of Object.values(inputs)) control.value = ''
    onApply({})
  })
  for (const key of ['since', 'until', 'type', 'certainty', 'tier', 'known_by'] as const) {
    inputs[key].addEventListener('change', () => onApply(read()))
  }
  inputs.type.addEventListener('change', suggestSubTypes)
  suggestSubTypes()

  return {
    el: form,
    set(filters) {
      for (const [key, control] of Object.entries(inputs) as [FilterKey, HTMLInputElement][]) {
        control.value = filters[key] ?? ''
      }
      suggestSubTypes()
    },
    setSuggestions(key, values) {
      replace(lists[key], ...values.slice(0, 200).map((v) => h('option', { value: v })))
    },
  }
}
