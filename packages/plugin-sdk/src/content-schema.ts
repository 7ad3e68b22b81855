import { z } from 'zod'
import { kebabCase } from './kebab-case.js'

/** Where the portal serves a content page. */
export function pagePath(slug: string): string {
  return `/pages/${slug}`
}

export const ContentPageSchema = z.strictObject({
  /** The page's address: served at /pages/<slug>. */
  slug: kebabCase('a page address', 'personal-budgets').min(1).max(60),
  /** The page's heading and the browser tab title. */
  title: z.string().min(1).max(120),
  /** One or two sentences shown under the heading and used as the page description. */
  summary: z.string().min(1).max(300).optional(),
  /** The page body in Markdown. Headings start at level 2: the title is the page's only level 1 heading. */
  markdown: z.string().min(1).max(100_000),
  /** List the page in the footer, after `branding.footerLinks`. */
  footer: z.boolean().optional(),
})
export type ContentPage = z.infer<typeof ContentPageSchema>

/** Pages with unique slugs: a second page with the same address could never be reached. */
export const ContentPagesSchema = z
  .array(ContentPageSchema)
  .max(200)
  .superRefine((pages, ctx) => {
    const firstIndex = new Map<string, number>()
    pages.forEach((page, index) => {
      // A page that failed its own checks may reach here without a slug; it has already been reported.
      if (typeof page?.slug !== 'string') return
      const earlier = firstIndex.get(page.slug)
      if (earlier === undefined) {
        firstIndex.set(page.slug, index)
        return
      }
      ctx.addIssue({
        code: 'custom',
        path: [index, 'slug'],
        message: `"${page.slug}" is already the slug of an earlier page ("${pages[earlier]?.title}", at ${earlier}); each page needs its own slug`,
      })
    })
  })

export const ContentSchema = z.strictObject({
  pages: ContentPagesSchema,
})
export type Content = z.infer<typeof ContentSchema>
