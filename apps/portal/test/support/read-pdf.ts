import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

type StructNode = { role: string; children?: StructNode[] }
const rolesIn = (node: StructNode | null): string[] =>
  node ? [node.role, ...(node.children ?? []).flatMap((child) => rolesIn(child as StructNode))] : []

/**
 * A PDF as a reader meets it (decision letters, issue 15): its text with runs of white space made one space (a line
 * wrapped in a table cell reads as the words it wraps), its structure tree's roles, its metadata, whether it is
 * tagged, and the fonts its pages use.
 */
export async function readPdf(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise
  const pages = await Promise.all(
    Array.from({ length: pdf.numPages }, async (_, index) => {
      const pdfPage = await pdf.getPage(index + 1)
      const text = (await pdfPage.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ')
      return { text, roles: rolesIn((await pdfPage.getStructTree()) as StructNode | null) }
    }),
  )
  const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown> }
  const markInfo = await pdf.getMarkInfo()
  return {
    text: pages
      .map((each) => each.text)
      .join(' ')
      .replace(/\s+/g, ' '),
    roles: pages.flatMap((each) => each.roles),
    info,
    marked: markInfo?.Marked === true,
  }
}
