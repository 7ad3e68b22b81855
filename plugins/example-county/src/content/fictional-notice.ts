/** Northmoor is invented: every page says so, so nobody mistakes the example for a real council's advice. */
export const FICTIONAL_NOTICE = `> Northmoor County Council is a fictional council. This page shows how a council can configure Open SDS;
> the names, numbers and addresses on it are made up.`
