import { en } from '@/site/i18n/en'
import { EN_HOME } from '@/site/i18n/routes'

/** What a reader sees on a missing English address. */
export function EnglishNotFound() {
  return (
    <div className="wrap">
      <h1 className="page-title">{en.notFoundTitle}</h1>
      <p>{en.notFoundText}</p>
      <p>
        <a href={EN_HOME}>{en.backHome}</a>
      </p>
    </div>
  )
}
