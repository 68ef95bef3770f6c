/**
 * @module
 * The filter bar: date range, event type, country, actor and free text, each with a visible label.
 * Submitting (Enter, the Apply button, or changing a select/date) hands the new `Filters` to the
 * caller, which puts them in the URL; `set()` fills the inputs back from the URL.
 */
import { EVENT_TYPE_LIST } from '../colors.js'
import { h, replace } from '../dom.js'
import type { FilterKey, Filters } from '../filters.js'

export interface FilterForm {
  readonly el: HTMLFormElement
  set(filters: Filters): void
  setSuggestions(key: 'country' | 'actor', values: readonly string[]): void
}

export function createFilterForm(onApply: (filters: Filters) => void): FilterForm {
  const inputs = {} as Record<FilterKey, HTMLInputElement | HTMLSelectElement>
  const lists: Record<'country' | 'actor', HTMLDataListElement> = {
    country: h('datalist', { id: 'dl-country' }),
    actor: h('datalist', { id: 'dl-actor' }),
  }
  const field = (key: FilterKey, label: string, control: HTMLInputElement | HTMLSelectElement) => {
    inputs[key] = control
    control.id = `f-${key}`
    control.name = key
    return h('div', { class: `field field-${key}` }, h('label', { for: control.id }, label), control)
  }
  const typeSelect = h(
    'select',
    {},
    h('option', { value: '' }, 'All types'),
    ...EVENT_TYPE_LIST.map((t) => h('option', { value: t }, t)),
  )
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Filter events' },
    field('since', 'From', h('input', { type: 'date' })),
    field('until', 'To', h('input', { type: 'date' })),
    field('type', 'Event type', typeSelect),
    field('country', 'Country', h('input', { type: 'text', list: 'dl-country', autocomplete: 'off' })),
    field('actor', 'Actor', h('input', { type: 'text', list: 'dl-actor', autocomplete: 'off' })),
    field('q', 'Search', h('input', { type: 'search', placeholder: 'place, actor, evidence…' })),
    h(
      'div',
      { class: 'field actions' },
      h('button', { type: 'submit', class: 'primary' }, 'Apply'),
      h('button', { type: 'reset' }, 'Clear'),
    ),
    lists.country,
    lists.actor,
  )

  const read = (): Filters => {
    const out: Filters = {}
    for (const [key, control] of Object.entries(inputs) as [FilterKey, HTMLInputElement][]) {
      const v = control.value.trim()
      if (v) out[key] = v
    }
    return out
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
  for (const key of ['since', 'until', 'type'] as const) {
    inputs[key].addEventListener('change', () => onApply(read()))
  }

  return {
    el: form,
    set(filters) {
      for (const [key, control] of Object.entries(inputs) as [FilterKey, HTMLInputElement][]) {
        control.value = filters[key] ?? ''
      }
    },
    setSuggestions(key, values) {
      replace(lists[key], ...values.slice(0, 200).map((v) => h('option', { value: v })))
    },
  }
}
