import { and, asc, count, desc, eq, gte, inArray, isNull, like, sql, type SQL } from 'drizzle-orm'
import {
  parseOrganization,
  parseService,
  parseTaxonomy,
  serviceListItemOf,
  withoutEmptyFields,
  type Attribute,
  type Organization,
  type Service,
  type ServiceListItem,
  type Taxonomy,
  type TaxonomyTerm,
} from '@open-sds/directory'
import { fail, ok, type Issue, type Result } from '@open-sds/kernel'
import { first, type Store, type Tables } from '../store.js'

// The service directory (issue 17, decision 036): ORUK 3.0 records kept whole as validated JSON, with the columns a
// list, a filter or a join needs beside them. Reads give back ORUK objects ready to serve.

/** Which page of a list, from 1, and how many on a page. */
export type DirectoryPaging = { page: number; perPage: number }

export type DirectoryServiceQuery = DirectoryPaging & DirectoryServiceFilters

/** What narrows a list of services. */
export type DirectoryServiceFilters = {
  /** Services changed on or after this instant (`modified_after`). */
  modifiedAfter?: Date
  /** Words, each of which must appear in the service's name, description, organisation, needs or towns. */
  search?: string
  taxonomyTermId?: string
  taxonomyId?: string
  organizationId?: string
}

export type DirectoryTermQuery = DirectoryPaging & {
  taxonomyId?: string
  parentId?: string
  /** Only terms without a parent (the published description's `top_only`). */
  topOnly?: boolean
}

/** Where a reading of services in order got to: the last one's name and id. */
export type DirectoryServiceCursor = { name: string; id: string }

/** Where a reading of changes got to: the last change's instant and its service's id. */
export type DirectoryChangeCursor = { modifiedAt: Date; id: string }

/** Services changed after a point, oldest change first, and where the last one read stands. */
export type DirectoryChangeBatch = { contents: Service[]; after?: DirectoryChangeCursor }

/** Some services in order, and where to carry on from when there may be more. */
export type DirectoryServiceBatch = { contents: Service[]; after?: DirectoryServiceCursor }

/** A page of a list and how many there are in all. */
export type DirectoryPage<T> = { totalItems: number; contents: T[] }

export interface DirectoryRepository {
  /** Adds or replaces a taxonomy and its terms. A term's parent must be one of its terms or already stored. */
  putTaxonomy(input: unknown): Promise<Result<Taxonomy>>
  /** Adds or replaces an organisation. */
  putOrganization(input: unknown, now: Date): Promise<Result<Organization>>
  /**
   * Adds or replaces a fully nested service, with its organisation if it carries one; `last_modified` becomes `now`.
   * Its organisation and every taxonomy term it is tagged with must be in the directory, each refusal naming the field.
   */
  putService(input: unknown, now: Date): Promise<Result<Service>>
  /**
   * What `putService` would refuse, without storing anything: an import checks a record before it waits for review,
   * so the assurer's queue holds only what can be published.
   */
  checkService(input: unknown): Promise<Result<Service>>
  /** A page of services by name, as list items (their own fields and their organisation). */
  listServices(query: DirectoryServiceQuery): Promise<DirectoryPage<ServiceListItem>>
  /** The same page of services, each fully nested (the feed's `full=true`). */
  listFullServices(query: DirectoryServiceQuery): Promise<DirectoryPage<Service>>
  /**
   * Up to `limit` services fully nested, in the same order as the pages (name, then id), from just after `after`
   * (from the first when absent): for reading a whole list, as an export does, without counting or skipping rows.
   */
  fullServicesAfter(
    filters: DirectoryServiceFilters,
    after: DirectoryServiceCursor | undefined,
    limit: number,
  ): Promise<DirectoryServiceBatch>
  /**
   * Up to `limit` services fully nested, changed after `after` (in `last_modified` order, then id), oldest first:
   * for keeping a copy of the directory up to date without reading what has not changed. The batch's `after` is
   * the last change it holds; absent when nothing has changed since.
   */
  servicesChangedAfter(after: DirectoryChangeCursor, limit: number): Promise<DirectoryChangeBatch>
  /** The directory's newest change, or undefined when it has no services: where a copy read from now stands. */
  lastChange(): Promise<DirectoryChangeCursor | undefined>
  /** One service fully nested, or undefined. */
  getService(id: string): Promise<Service | undefined>
  /** Every service fully nested, by name: what a search over the whole directory reads. */
  allServices(): Promise<Service[]>
  /** A page of taxonomies by name, each with its terms. */
  listTaxonomies(query: DirectoryPaging): Promise<DirectoryPage<Taxonomy>>
  getTaxonomy(id: string): Promise<Taxonomy | undefined>
  /** A page of taxonomy terms by taxonomy and name. */
  listTaxonomyTerms(query: DirectoryTermQuery): Promise<DirectoryPage<TaxonomyTerm>>
  getTaxonomyTerm(id: string): Promise<TaxonomyTerm | undefined>
}

/** The words a service is found by, lower case and without accents, for `like` on both engines. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
}

function searchTextOf(
  service: Service,
  organization: Organization | undefined,
  terms: readonly TaxonomyTerm[],
): string {
  const places = (service.service_at_locations ?? []).flatMap(({ location }) => [
    location?.name ?? '',
    ...(location?.addresses ?? []).flatMap((address) => [address.city, address.postal_code]),
  ])
  const words = searchWords(
    [service.name, service.description, organization?.name, ...terms.map((term) => term.name), ...places].join(' '),
  )
  // Spaces either side, so a search for a word's start can ask for ' word'.
  return ` ${[...new Set(words)].join(' ')} `
}

const termIdOf = (attribute: Attribute): string | undefined => attribute.taxonomy_term_id ?? attribute.taxonomy_term?.id

/** What a service row keeps: the record without what is joined on read (organisation, terms) or held in a column. */
function storedRecord(service: Service): Record<string, unknown> {
  const { organization: _organization, last_modified: _lastModified, ...rest } = service
  return {
    ...rest,
    organization_id: service.organization_id ?? service.organization?.id,
    attributes: service.attributes?.map(({ taxonomy_term: _term, ...attribute }) => ({
      ...attribute,
      taxonomy_term_id: termIdOf(attribute),
    })),
  }
}

const clampPaging = ({ page, perPage }: DirectoryPaging) => {
  const size = Math.min(Math.max(Math.trunc(perPage), 1), 1000)
  return { limit: size, offset: (Math.max(Math.trunc(page), 1) - 1) * size }
}

/**
 * A `modified_after` matching at most this many services is read through the modified_at index and the few rows
 * sorted; a broader one walks the (name, id) index, as a list without it does.
 */
const SORTED_AT_MOST = 5000

export function createDirectoryRepository(store: Store): DirectoryRepository {
  const { db, t } = store
  const {
    directoryOrganizations,
    directoryServices,
    directoryTaxonomies,
    directoryTaxonomyTerms,
    directoryServiceTerms,
  } = t

  /** The records of a table by id (organisations, terms), for joining on read. */
  const recordsById = async <T>(
    table: Tables['directoryOrganizations'] | Tables['directoryTaxonomyTerms'],
    ids: readonly string[],
  ): Promise<Map<string, T>> => {
    if (ids.length === 0) return new Map()
    const rows = await db
      .select({ id: table.id, record: table.record })
      .from(table)
      .where(inArray(table.id, [...new Set(ids)]))
    return new Map(rows.map((row) => [row.id, row.record as T]))
  }
  const organizationsById = (ids: readonly string[]) => recordsById<Organization>(directoryOrganizations, ids)
  const termsById = (ids: readonly string[]) => recordsById<TaxonomyTerm>(directoryTaxonomyTerms, ids)

  /** What a service's nested read needs of its row. */
  const serviceColumns = {
    record: directoryServices.record,
    modifiedAt: directoryServices.modifiedAt,
    organizationId: directoryServices.organizationId,
  }

  /**
   * The feed's page order, name then id (decision 036). Given any `where ... order by name, id limit`, both engines'
   * planners walk the (name, id) index and test every row: about half a second a page at 100,000 services when a
   * `modified_after` lets through a few. `name || ''` is the same order (same value, same collation) but no index
   * gives it, so the planner starts from the modified_at index instead and sorts what it finds.
   */
  const pageOrder = (fewMatch: boolean) =>
    fewMatch
      ? [sql`${directoryServices.name} || ''`, asc(directoryServices.id)]
      : [asc(directoryServices.name), asc(directoryServices.id)]

  type ServiceRow = Pick<Tables['directoryServices']['$inferSelect'], 'record' | 'modifiedAt' | 'organizationId'>

  /** Rows back to fully nested ORUK services: organisation and terms joined, `last_modified` from its column. */
  const nested = async (rows: readonly ServiceRow[]): Promise<Service[]> => {
    const records = rows.map((row) => row.record as Service)
    const organizations = await organizationsById(
      rows.flatMap((row) => (row.organizationId ? [row.organizationId] : [])),
    )
    const terms = await termsById(
      records.flatMap((record) => (record.attributes ?? []).flatMap((a) => a.taxonomy_term_id ?? [])),
    )
    // Every record was stored without its empty fields (putService, putOrganization, putTaxonomy), so only what is
    // joined here may be missing: it is left out rather than walking each whole record again.
    return rows.map((row, i) => {
      const record = records[i] as Service
      const organization = row.organizationId ? organizations.get(row.organizationId) : undefined
      return {
        ...record,
        last_modified: row.modifiedAt.toISOString(),
        ...(organization ? { organization } : {}),
        ...(record.attributes
          ? {
              attributes: record.attributes.map((attribute) => {
                const term = attribute.taxonomy_term_id ? terms.get(attribute.taxonomy_term_id) : undefined
                return term ? { ...attribute, taxonomy_term: term } : attribute
              }),
            }
          : {}),
      }
    })
  }

  const serviceFilters = (query: DirectoryServiceFilters): SQL | undefined => {
    const filters: (SQL | undefined)[] = []
    if (query.modifiedAfter) filters.push(gte(directoryServices.modifiedAt, query.modifiedAfter))
    if (query.organizationId) filters.push(eq(directoryServices.organizationId, query.organizationId))
    // Words are letters and digits only (searchWords), so none is a `like` wildcard.
    for (const word of searchWords(query.search ?? '')) filters.push(like(directoryServices.searchText, `% ${word}%`))
    if (query.taxonomyTermId) {
      const tagged = db
        .select({ id: directoryServiceTerms.serviceId })
        .from(directoryServiceTerms)
        .where(eq(directoryServiceTerms.termId, query.taxonomyTermId))
      filters.push(inArray(directoryServices.id, tagged))
    }
    if (query.taxonomyId) {
      const tagged = db
        .select({ id: directoryServiceTerms.serviceId })
        .from(directoryServiceTerms)
        .innerJoin(directoryTaxonomyTerms, eq(directoryTaxonomyTerms.id, directoryServiceTerms.termId))
        .where(eq(directoryTaxonomyTerms.taxonomyId, query.taxonomyId))
      filters.push(inArray(directoryServices.id, tagged))
    }
    return and(...filters)
  }

  const putOrganizationIn = async (tx: Store, organization: Organization, now: Date) => {
    const row = { name: organization.name, record: withoutEmptyFields(organization), modifiedAt: now }
    await tx.db
      .insert(tx.t.directoryOrganizations)
      .values({ id: organization.id, ...row })
      .onConflictDoUpdate({ target: tx.t.directoryOrganizations.id, set: row })
  }

  const termsOfTaxonomy = async (taxonomyIds: readonly string[]): Promise<Map<string, TaxonomyTerm[]>> => {
    const byTaxonomy = new Map<string, TaxonomyTerm[]>()
    if (taxonomyIds.length === 0) return byTaxonomy
    const rows = await db
      .select({ taxonomyId: directoryTaxonomyTerms.taxonomyId, record: directoryTaxonomyTerms.record })
      .from(directoryTaxonomyTerms)
      .where(inArray(directoryTaxonomyTerms.taxonomyId, [...taxonomyIds]))
      .orderBy(asc(directoryTaxonomyTerms.name), asc(directoryTaxonomyTerms.id))
    for (const row of rows) {
      const list = byTaxonomy.get(row.taxonomyId ?? '') ?? []
      list.push(row.record as TaxonomyTerm)
      byTaxonomy.set(row.taxonomyId ?? '', list)
    }
    return byTaxonomy
  }

  const withTerms = async (rows: readonly { id: string; record: unknown }[]): Promise<Taxonomy[]> => {
    const terms = await termsOfTaxonomy(rows.map((row) => row.id))
    return rows.map((row) => withoutEmptyFields({ ...(row.record as Taxonomy), taxonomy_terms: terms.get(row.id) }))
  }

  return {
    async putTaxonomy(input) {
      const parsed = parseTaxonomy(input)
      if (!parsed.ok) return parsed
      const { taxonomy_terms: terms = [], ...taxonomy } = parsed.value
      const own = new Set(terms.map((term) => term.id))
      const parents = terms.flatMap((term) => (term.parent_id && !own.has(term.parent_id) ? [term.parent_id] : []))
      const known = await termsById(parents)
      const issues: Issue[] = terms.flatMap((term, i) =>
        term.parent_id && !own.has(term.parent_id) && !known.has(term.parent_id)
          ? [{ path: `taxonomy_terms.${i}.parent_id`, message: 'No taxonomy term in the directory has this id' }]
          : [],
      )
      if (issues.length > 0) return fail(...issues)
      await store.transaction(async (tx) => {
        const row = { name: taxonomy.name, record: withoutEmptyFields(taxonomy) }
        await tx.db
          .insert(tx.t.directoryTaxonomies)
          .values({ id: taxonomy.id, ...row })
          .onConflictDoUpdate({ target: tx.t.directoryTaxonomies.id, set: row })
        for (const term of terms) {
          const record = withoutEmptyFields({ ...term, taxonomy_id: taxonomy.id, taxonomy: taxonomy.name })
          const termRow = { taxonomyId: taxonomy.id, parentId: term.parent_id ?? null, name: term.name, record }
          await tx.db
            .insert(tx.t.directoryTaxonomyTerms)
            .values({ id: term.id, ...termRow })
            .onConflictDoUpdate({ target: tx.t.directoryTaxonomyTerms.id, set: termRow })
        }
      })
      return ok((await this.getTaxonomy(taxonomy.id)) as Taxonomy)
    },

    async putOrganization(input, now) {
      const parsed = parseOrganization(input)
      if (!parsed.ok) return parsed
      await putOrganizationIn(store, parsed.value, now)
      return ok(withoutEmptyFields(parsed.value))
    },

    async checkService(input) {
      const parsed = parseService(input)
      if (!parsed.ok) return parsed
      const service = parsed.value
      const organizationId = service.organization_id ?? service.organization?.id
      const issues: Issue[] = []
      if (service.organization && service.organization_id && service.organization.id !== service.organization_id) {
        issues.push({ path: 'organization.id', message: 'Organisation id must be the same as organization_id' })
      } else if (
        organizationId &&
        !service.organization &&
        !(await organizationsById([organizationId])).has(organizationId)
      ) {
        issues.push({ path: 'organization_id', message: 'No organisation in the directory has this id' })
      }
      const termIds = (service.attributes ?? []).map(termIdOf)
      const terms = await termsById(termIds.flatMap((id) => id ?? []))
      termIds.forEach((id, i) => {
        if (id === undefined)
          issues.push({ path: `attributes.${i}.taxonomy_term_id`, message: 'Taxonomy term id is required' })
        else if (!terms.has(id))
          issues.push({
            path: `attributes.${i}.taxonomy_term_id`,
            message: 'No taxonomy term in the directory has this id',
          })
      })
      return issues.length > 0 ? fail(...issues) : ok(service)
    },

    async putService(input, now) {
      const checked = await this.checkService(input)
      if (!checked.ok) return checked
      const service = checked.value
      const organizationId = service.organization_id ?? service.organization?.id
      const termIds = (service.attributes ?? []).map(termIdOf)
      const terms = await termsById(termIds.flatMap((id) => id ?? []))
      await store.transaction(async (tx) => {
        if (service.organization) await putOrganizationIn(tx, service.organization, now)
        const organization =
          service.organization ??
          (organizationId ? (await organizationsById([organizationId])).get(organizationId) : undefined)
        const row = {
          organizationId: organizationId ?? null,
          name: service.name,
          status: service.status,
          record: withoutEmptyFields(storedRecord(service)),
          searchText: searchTextOf(service, organization, [...terms.values()]),
          modifiedAt: now,
        }
        await tx.db
          .insert(tx.t.directoryServices)
          .values({ id: service.id, ...row })
          .onConflictDoUpdate({ target: tx.t.directoryServices.id, set: row })
        await tx.db.delete(tx.t.directoryServiceTerms).where(eq(tx.t.directoryServiceTerms.serviceId, service.id))
        const tagged = [...new Set(termIds.flatMap((id) => id ?? []))]
        if (tagged.length > 0)
          await tx.db
            .insert(tx.t.directoryServiceTerms)
            .values(tagged.map((termId) => ({ serviceId: service.id, termId })))
      })
      return ok((await this.getService(service.id)) as Service)
    },

    async listServices(query) {
      const page = await this.listFullServices(query)
      // Each record was checked when it was stored; a list item is a choice of its fields, not a second check.
      return { totalItems: page.totalItems, contents: page.contents.map(serviceListItemOf) }
    },

    async listFullServices(query) {
      const where = serviceFilters(query)
      const [total] = await db.select({ n: count() }).from(directoryServices).where(where)
      const totalItems = total?.n ?? 0
      const { limit, offset } = clampPaging(query)
      const rows = await db
        .select(serviceColumns)
        .from(directoryServices)
        .where(where)
        .orderBy(...pageOrder(query.modifiedAfter !== undefined && totalItems <= SORTED_AT_MOST))
        .limit(limit)
        .offset(offset)
      return { totalItems, contents: await nested(rows) }
    },

    async fullServicesAfter(filters, after, limit) {
      const size = Math.min(Math.max(Math.trunc(limit), 1), 1000)
      // Keyset paging on the (name, id) index: each batch starts where the last ended, so reading the whole list
      // costs one pass, where offset paging re-reads every skipped row for every page.
      // A row comparison, which both engines answer from the (name, id) index; `name > ? or (name = ? and id > ?)`
      // made SQLite scan the index from its start for every batch, so a whole reading grew with the square.
      const from =
        after === undefined
          ? undefined
          : sql`(${directoryServices.name}, ${directoryServices.id}) > (${after.name}, ${after.id})`
      const rows = await db
        .select({ ...serviceColumns, id: directoryServices.id, name: directoryServices.name })
        .from(directoryServices)
        .where(and(serviceFilters(filters), from))
        .orderBy(asc(directoryServices.name), asc(directoryServices.id))
        .limit(size)
      const last = rows.at(-1)
      const contents = await nested(rows)
      return rows.length === size && last ? { contents, after: { name: last.name, id: last.id } } : { contents }
    },

    async servicesChangedAfter(after, limit) {
      const size = Math.min(Math.max(Math.trunc(limit), 1), 1000)
      // `modified_at >= ?` first, so each engine starts from the modified_at index; the row comparison then skips
      // what was read before among the services changed at that same instant (an import stamps them all alike).
      const rows = await db
        .select({ ...serviceColumns, id: directoryServices.id })
        .from(directoryServices)
        .where(
          and(
            gte(directoryServices.modifiedAt, after.modifiedAt),
            sql`(${directoryServices.modifiedAt}, ${directoryServices.id}) > (${sql.param(after.modifiedAt, directoryServices.modifiedAt)}, ${after.id})`,
          ),
        )
        .orderBy(asc(directoryServices.modifiedAt), asc(directoryServices.id))
        .limit(size)
      const last = rows.at(-1)
      return { contents: await nested(rows), ...(last ? { after: { modifiedAt: last.modifiedAt, id: last.id } } : {}) }
    },

    async lastChange() {
      const row = first(
        await db
          .select({ modifiedAt: directoryServices.modifiedAt, id: directoryServices.id })
          .from(directoryServices)
          .orderBy(desc(directoryServices.modifiedAt), desc(directoryServices.id))
          .limit(1),
      )
      return row ? { modifiedAt: row.modifiedAt, id: row.id } : undefined
    },

    async getService(id) {
      const row = first(await db.select(serviceColumns).from(directoryServices).where(eq(directoryServices.id, id)))
      return row ? (await nested([row]))[0] : undefined
    },

    async allServices() {
      const rows = await db
        .select(serviceColumns)
        .from(directoryServices)
        .orderBy(asc(directoryServices.name), asc(directoryServices.id))
      return nested(rows)
    },

    async listTaxonomies(query) {
      const [total] = await db.select({ n: count() }).from(directoryTaxonomies)
      const { limit, offset } = clampPaging(query)
      const rows = await db
        .select({ id: directoryTaxonomies.id, record: directoryTaxonomies.record })
        .from(directoryTaxonomies)
        .orderBy(asc(directoryTaxonomies.name), asc(directoryTaxonomies.id))
        .limit(limit)
        .offset(offset)
      return { totalItems: total?.n ?? 0, contents: await withTerms(rows) }
    },

    async getTaxonomy(id) {
      const rows = await db
        .select({ id: directoryTaxonomies.id, record: directoryTaxonomies.record })
        .from(directoryTaxonomies)
        .where(eq(directoryTaxonomies.id, id))
      return (await withTerms(rows))[0]
    },

    async listTaxonomyTerms(query) {
      const filters: (SQL | undefined)[] = []
      if (query.taxonomyId) filters.push(eq(directoryTaxonomyTerms.taxonomyId, query.taxonomyId))
      if (query.parentId) filters.push(eq(directoryTaxonomyTerms.parentId, query.parentId))
      if (query.topOnly) filters.push(isNull(directoryTaxonomyTerms.parentId))
      const where = and(...filters)
      const [total] = await db.select({ n: count() }).from(directoryTaxonomyTerms).where(where)
      const { limit, offset } = clampPaging(query)
      const rows = await db
        .select({ record: directoryTaxonomyTerms.record })
        .from(directoryTaxonomyTerms)
        .where(where)
        .orderBy(
          asc(directoryTaxonomyTerms.taxonomyId),
          asc(directoryTaxonomyTerms.name),
          asc(directoryTaxonomyTerms.id),
        )
        .limit(limit)
        .offset(offset)
      return { totalItems: total?.n ?? 0, contents: rows.map((row) => row.record as TaxonomyTerm) }
    },

    async getTaxonomyTerm(id) {
      const row = first(
        await db
          .select({ record: directoryTaxonomyTerms.record })
          .from(directoryTaxonomyTerms)
          .where(eq(directoryTaxonomyTerms.id, id)),
      )
      return row?.record as TaxonomyTerm | undefined
    },
  }
}
