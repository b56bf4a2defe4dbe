import type { Locale } from '@/i18n/locales'
import { ui } from '@/site/i18n/ui'

/**
 * The header's language switch: a plain link (keyboard and screen readers need nothing more, and
 * no script) to the same page in the other language, or to that language's home. Its text is
 * the other language's own name, marked with that language so screen readers say it right.
 */
export function LanguageSwitch({ locale, href }: { locale: Locale; href: string }) {
  const t = ui(locale)
  return (
    <a className="lang-switch" href={href} hrefLang={t.switchToLang} lang={t.switchToLang}>
      {t.switchTo}
    </a>
  )
}
