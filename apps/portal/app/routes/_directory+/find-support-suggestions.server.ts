import type { SearchQuery } from '@open-sds/directory'

// A search with no results says what to change for this search, with the count each change would give ("Without
// the age, 3 services match"), rather than generic advice: each filter the person used is dropped in turn and the
// search run again on the same index.

/** One change to a search that finds something: the words to show, and the address of the changed search. */
export type Suggestion = { text: string; href: string }

type Counter = { searchPage: (query: SearchQuery, page: { offset: number; limit: number }) => { total: number } }

/** What each filter is called when it is left out, and which part of the query and address it is. */
type Filter = { label: string; fields: readonly string[]; without: (query: SearchQuery) => SearchQuery }

const FILTERS: readonly Filter[] = [
  { label: 'Without the words', fields: ['words'], without: ({ text: _text, ...rest }) => rest },
  {
    label: 'With any kind of support',
    fields: ['need'],
    without: ({ taxonomyTermIds: _terms, ...rest }) => rest,
  },
  { label: 'Without the place', fields: ['place', 'within'], without: ({ near: _near, ...rest }) => rest },
  { label: 'Without the age', fields: ['age'], without: ({ age: _age, ...rest }) => rest },
  { label: 'At any cost', fields: ['cost'], without: ({ cost: _cost, ...rest }) => rest },
]

const used = (query: SearchQuery, filter: Filter) => JSON.stringify(filter.without(query)) !== JSON.stringify(query)

/**
 * The changes to a search that found nothing which would each find something, with how many: each filter used,
 * left out on its own. Empty when leaving out any one filter still finds nothing.
 */
export function suggestionsFor(index: Counter, query: SearchQuery, address: URLSearchParams): Suggestion[] {
  return FILTERS.flatMap((filter) => {
    if (!used(query, filter)) return []
    const total = index.searchPage(filter.without(query), { offset: 0, limit: 0 }).total
    if (total === 0) return []
    const changed = new URLSearchParams(address)
    for (const field of [...filter.fields, 'page']) changed.delete(field)
    return [
      {
        text: `${filter.label}, ${String(total)} ${total === 1 ? 'service matches' : 'services match'}`,
        href: `/find-support?${changed.toString()}#results`,
      },
    ]
  })
}
