/** A response's HTML without the empty comments React puts between adjacent pieces of text, so a test reads words. */
export async function htmlOf(response: Response): Promise<string> {
  return (await response.text()).replaceAll('<!-- -->', '')
}
