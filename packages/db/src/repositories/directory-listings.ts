import { randomUUID } from 'node:crypto'
import { and, asc, desc, eq, inArray, isNull, max } from 'drizzle-orm'
import { parseOrganization, parseService, type Organization, type Service } from '@open-sds/directory'
import { fail, ok, type Result } from '@open-sds/kernel'
import type { DirectoryListerKind, DirectoryReviewDecision } from '../schema/directory.js'
import { first, type Store } from '../store.js'
import { createDirectoryRepository } from './directory.js'

// Keeping the directory true (issue 17, decision 042): organisations sign up and submit versions of their listings;
// the council's assurer publishes a version (into the open directory, with `assured_date`) or returns it with a
// reason. Nothing here is ever changed or removed: a change is a new version.

export type DirectoryLister = {
  organization: Organization
  kind: DirectoryListerKind
  userId: string
  signedUpAt: Date
}

export type ListingReview = {
  decision: DirectoryReviewDecision
  reason: string | null
  reviewedByUserId: string
  reviewedAt: Date
}

export type ListingVersion = {
  id: string
  serviceId: string
  version: number
  organizationId: string
  /** The fully nested ORUK service as submitted, with its organisation. */
  service: Service
  submittedByUserId: string
  submittedAt: Date
  /** The assurer's decision, or null while it waits for review. */
  review: ListingReview | null
  /** The import run that sent this version (decision 065), or null for one an organisation sent. */
  importId: string | null
}

/** One import of another directory's feed, as it ran (decision 065). */
export type DirectoryImport = {
  id: string
  importedByUserId: string
  importedAt: Date
  /** The address or file name as given. */
  source: string
  /** The feed the copies' ids are worked out from (decision 063). */
  sourceKey: string
  /** SHA-256 of what was read, in hex. */
  sha256: string
  assured: boolean
  added: number
  changed: number
  unchanged: number
  refused: number
  /** What happened to each record, as the portal reported it. */
  report: unknown[]
}

export type ReviewInput = {
  versionId: string
  decision: DirectoryReviewDecision
  reason?: string
  reviewedByUserId: string
  /** The assurer's group mailbox, published as `assurer_email` (ORUK); none is published without it. */
  assurerEmail?: string
  /** The day the assurer checked it, YYYY-MM-DD: published as `assured_date`. */
  assuredDate: string
}

export interface DirectoryListingsRepository {
  /** Signs up an organisation to list services, by the account that will manage its listings. */
  signUp(
    input: { organization: unknown; kind: DirectoryListerKind; userId: string },
    now: Date,
  ): Promise<Result<DirectoryLister>>
  /** The organisations an account signed up, by name. */
  listersOf(userId: string): Promise<DirectoryLister[]>
  getLister(organizationId: string): Promise<DirectoryLister | undefined>
  /**
   * Adds a version of a listing, for review: the service must be valid ORUK, its organisation the lister's, and a
   * service listed by another organisation is refused.
   */
  submit(
    input: { organizationId: string; service: unknown; userId: string; importId?: string },
    now: Date,
  ): Promise<Result<ListingVersion>>
  /** Every version of a service, newest first, each with the assurer's decision. */
  history(serviceId: string): Promise<ListingVersion[]>
  /** The newest version of each service an organisation has listed, by name. */
  listingsOf(organizationId: string): Promise<ListingVersion[]>
  /** Versions waiting for the assurer, oldest first. */
  waiting(): Promise<ListingVersion[]>
  /**
   * The assurer's decision on a version waiting for review. Publishing puts it in the open directory with
   * `assured_date` (and `assurer_email` when given); only the newest version of a service can be decided.
   */
  review(input: ReviewInput, now: Date): Promise<Result<ListingVersion>>
  /** Keeps an import run as it ran; written in the import's transaction, after its versions. */
  recordImport(run: DirectoryImport): Promise<DirectoryImport>
  getImport(id: string): Promise<DirectoryImport | undefined>
  /** The first import of a file or feed with this SHA-256, if any. */
  importWithHash(sha256: string): Promise<DirectoryImport | undefined>
  /** The most recent imports, newest first. */
  recentImports(limit: number): Promise<DirectoryImport[]>
  /** The import runs with these ids. */
  importsByIds(ids: readonly string[]): Promise<DirectoryImport[]>
}

type VersionRow = {
  id: string
  serviceId: string
  version: number
  organizationId: string
  record: unknown
  submittedByUserId: string
  submittedAt: Date
  importId: string | null
}

export function createDirectoryListingsRepository(store: Store): DirectoryListingsRepository {
  const { db, t } = store
  const {
    directoryListers: listers,
    directoryListingVersions: versions,
    directoryListingReviews: reviews,
    directoryImports: imports,
  } = t

  const listerOf = (row: typeof listers.$inferSelect): DirectoryLister => ({
    organization: row.record as Organization,
    kind: row.kind,
    userId: row.userId,
    signedUpAt: row.signedUpAt,
  })

  const withReviews = (rows: readonly VersionRow[]) => withReviewsOf(store, rows)

  /** The newest version of each service (of one organisation, if given). */
  const newestVersions = async (organizationId?: string) => {
    const newest = db
      .select({ serviceId: versions.serviceId, version: max(versions.version).as('newest') })
      .from(versions)
      .where(organizationId === undefined ? undefined : eq(versions.organizationId, organizationId))
      .groupBy(versions.serviceId)
      .as('newest')
    return db
      .select({
        id: versions.id,
        serviceId: versions.serviceId,
        version: versions.version,
        organizationId: versions.organizationId,
        record: versions.record,
        submittedByUserId: versions.submittedByUserId,
        submittedAt: versions.submittedAt,
        importId: versions.importId,
      })
      .from(versions)
      .innerJoin(newest, and(eq(newest.serviceId, versions.serviceId), eq(newest.version, versions.version)))
  }

  return {
    async signUp({ organization, kind, userId }, now) {
      const parsed = parseOrganization(organization)
      if (!parsed.ok) return parsed
      const row = { organizationId: parsed.value.id, kind, userId, record: parsed.value, signedUpAt: now }
      await db.insert(listers).values(row)
      return ok(listerOf(row))
    },

    async listersOf(userId) {
      const rows = await db.select().from(listers).where(eq(listers.userId, userId))
      return rows.map(listerOf).sort((a, b) => a.organization.name.localeCompare(b.organization.name))
    },

    async getLister(organizationId) {
      const row = first(await db.select().from(listers).where(eq(listers.organizationId, organizationId)))
      return row ? listerOf(row) : undefined
    },

    async submit({ organizationId, service, userId, importId }, now) {
      const lister = await this.getLister(organizationId)
      if (!lister) return fail({ path: 'organization_id', message: 'No organisation has signed up with this id' })
      const parsed = parseService({ ...(service as object), organization_id: organizationId })
      if (!parsed.ok) return parsed
      const record = { ...parsed.value, organization: lister.organization }
      return store.transaction(async (tx) => {
        const earlier = await tx.db
          .select({
            organizationId: tx.t.directoryListingVersions.organizationId,
            newest: max(tx.t.directoryListingVersions.version),
          })
          .from(tx.t.directoryListingVersions)
          .where(eq(tx.t.directoryListingVersions.serviceId, record.id))
          .groupBy(tx.t.directoryListingVersions.organizationId)
        if (earlier.some((row) => row.organizationId !== organizationId))
          return fail<ListingVersion>({ path: 'id', message: 'Another organisation lists this service' })
        const version = (earlier[0]?.newest ?? 0) + 1
        const row = {
          id: randomUUID(),
          serviceId: record.id,
          version,
          organizationId,
          record,
          submittedByUserId: userId,
          submittedAt: now,
          importId: importId ?? null,
        }
        await tx.db.insert(tx.t.directoryListingVersions).values(row)
        return ok<ListingVersion>({ ...row, service: record, review: null })
      })
    },

    async history(serviceId) {
      const rows = await db
        .select()
        .from(versions)
        .where(eq(versions.serviceId, serviceId))
        .orderBy(desc(versions.version))
      return withReviews(rows)
    },

    async listingsOf(organizationId) {
      const rows = await newestVersions(organizationId)
      const listed = await withReviews(rows)
      return listed.sort((a, b) => a.service.name.localeCompare(b.service.name))
    },

    async waiting() {
      const rows = await db
        .select({
          id: versions.id,
          serviceId: versions.serviceId,
          version: versions.version,
          organizationId: versions.organizationId,
          record: versions.record,
          submittedByUserId: versions.submittedByUserId,
          submittedAt: versions.submittedAt,
          importId: versions.importId,
        })
        .from(versions)
        .leftJoin(reviews, eq(reviews.versionId, versions.id))
        .where(isNull(reviews.versionId))
        .orderBy(asc(versions.submittedAt), asc(versions.id))
      // A version superseded before review waits no more: the newer one is what the assurer reads.
      const newest = new Map<string, number>()
      for (const row of rows) newest.set(row.serviceId, Math.max(newest.get(row.serviceId) ?? 0, row.version))
      return withReviews(rows.filter((row) => row.version === newest.get(row.serviceId)))
    },

    async review(input, now) {
      const reason = input.reason?.trim() || undefined
      if (input.decision === 'returned' && reason === undefined)
        return fail({ path: 'reason', message: 'Say what the organisation needs to change' })
      return store.transaction(async (tx) => {
        const row = first(
          await tx.db
            .select()
            .from(tx.t.directoryListingVersions)
            .where(eq(tx.t.directoryListingVersions.id, input.versionId)),
        )
        if (!row) return fail<ListingVersion>({ path: 'versionId', message: 'There is no such version of a listing' })
        const [{ newest } = { newest: 0 }] = await tx.db
          .select({ newest: max(tx.t.directoryListingVersions.version) })
          .from(tx.t.directoryListingVersions)
          .where(eq(tx.t.directoryListingVersions.serviceId, row.serviceId))
        const decided = first(
          await tx.db
            .select()
            .from(tx.t.directoryListingReviews)
            .where(eq(tx.t.directoryListingReviews.versionId, row.id)),
        )
        if (decided || row.version !== newest)
          return fail<ListingVersion>({
            path: 'decision',
            message: 'This version has already been decided or a newer one has been sent. Look at the listing again.',
          })
        if (input.decision === 'published') {
          const published = await createDirectoryRepository(tx).putService(
            {
              ...(row.record as Service),
              assured_date: input.assuredDate,
              assurer_email: input.assurerEmail,
            },
            now,
          )
          if (!published.ok) return published as Result<ListingVersion>
        }
        const review = {
          versionId: row.id,
          decision: input.decision,
          reason: reason ?? null,
          reviewedByUserId: input.reviewedByUserId,
          reviewedAt: now,
        }
        await tx.db.insert(tx.t.directoryListingReviews).values(review)
        const [stored] = await withReviewsOf(tx, [row])
        return ok(stored as ListingVersion)
      })
    },

    async recordImport(run) {
      await db.insert(imports).values(run)
      return run
    },

    async getImport(id) {
      const row = first(await db.select().from(imports).where(eq(imports.id, id)))
      return row ? importOf(row) : undefined
    },

    async importWithHash(sha256) {
      const row = first(
        await db
          .select()
          .from(imports)
          .where(eq(imports.sha256, sha256))
          .orderBy(asc(imports.importedAt), asc(imports.id))
          .limit(1),
      )
      return row ? importOf(row) : undefined
    },

    async recentImports(limit) {
      const rows = await db.select().from(imports).orderBy(desc(imports.importedAt), desc(imports.id)).limit(limit)
      return rows.map(importOf)
    },

    async importsByIds(ids) {
      if (ids.length === 0) return []
      const rows = await db
        .select()
        .from(imports)
        .where(inArray(imports.id, [...ids]))
      return rows.map(importOf)
    },
  }
}

// A row is the run as it was kept (the report column is JSON on both engines).
const importOf = (row: DirectoryImport): DirectoryImport => ({ ...row })

/** Versions with their decisions, read through the store of a transaction in progress. */
async function withReviewsOf(tx: Store, rows: readonly VersionRow[]): Promise<ListingVersion[]> {
  const ids = rows.map((row) => row.id)
  if (ids.length === 0) return []
  const decided = await tx.db
    .select()
    .from(tx.t.directoryListingReviews)
    .where(inArray(tx.t.directoryListingReviews.versionId, ids))
  const byVersion = new Map(decided.map((row) => [row.versionId, row]))
  return rows.map((row) => {
    const review = byVersion.get(row.id)
    return {
      id: row.id,
      serviceId: row.serviceId,
      version: row.version,
      organizationId: row.organizationId,
      service: row.record as Service,
      submittedByUserId: row.submittedByUserId,
      submittedAt: row.submittedAt,
      importId: row.importId,
      review: review
        ? {
            decision: review.decision,
            reason: review.reason,
            reviewedByUserId: review.reviewedByUserId,
            reviewedAt: review.reviewedAt,
          }
        : null,
    }
  })
}
