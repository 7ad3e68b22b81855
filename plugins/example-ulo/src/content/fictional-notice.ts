/** Riverside Disability Voice is invented: every page says so, so nobody looks for it or relies on its details. */
export const FICTIONAL_NOTICE = `> Riverside Disability Voice is a fictional user-led organisation. This page shows how a user-led
> organisation can run its own Open SDS service; the names, numbers and addresses on it are made up.`
