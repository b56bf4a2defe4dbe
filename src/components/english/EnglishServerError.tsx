import { en } from '@/site/i18n/en'
import { EN_HOME } from '@/site/i18n/routes'

/** What a reader sees when an English page failed to render. The details are in the server log. */
export function EnglishServerError() {
  return (
    <div className="wrap">
      <h1 className="page-title">{en.serverErrorTitle}</h1>
      <p>{en.serverErrorText}</p>
      <p>
        <a href={EN_HOME}>{en.backHome}</a>
      </p>
    </div>
  )
}
