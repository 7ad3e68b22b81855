/** The link near the top of a page with Easy Read wording that switches to it or back; a plain link, no script. */
export function WordingSwitch({ easyRead }: { easyRead: boolean }) {
  return (
    <p className="govuk-body" id="wording-switch">
      <a className="govuk-link" href={easyRead ? '?wording=standard' : '?wording=easy-read'}>
        {easyRead ? 'Use standard wording' : 'Use Easy Read'}
      </a>
    </p>
  )
}
