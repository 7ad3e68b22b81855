/** Opens every default page, so no council can publish one believing it is finished. */
export const TEMPLATE_NOTICE = `> **This page is a template.** It comes with Open SDS, not from the organisation running this service.
> Before the service goes live, that organisation must review it, replace everything in [square brackets]
> and remove this notice, using its own content plugin.`
