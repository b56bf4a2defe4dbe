/**
 * Where each language's version of a standing page lives, and where the header's language switch
 * leads. Pure. Vietnamese pages keep their paths under /gioi-thieu (@/site/pages/tree); English
 * pages are flat, `/en/<slug>` by the page's (shared) slug, and the root page Giới thiệu is the
 * English home `/en`.
 */
import { ROOT_PAGE_SLUG } from '@/site/pages/tree'

export const EN_HOME = '/en'

/**
 * The English error pages, served by src/server/error-pages.ts with their status. Two segments
 * under /en: an English page is `/en/<slug>` with a one-segment slug (slugs are slugified, no
 * `/`), so no page an editor creates can shadow them or be shadowed by them.
 */
export const EN_ERROR_PAGES: Record<404 | 500, string> = {
  404: `${EN_HOME}/error/404`,
  500: `${EN_HOME}/error/500`,
}

export const enUrls = {
  home: () => EN_HOME,
  page: (slug: string) =>
    slug === ROOT_PAGE_SLUG ? EN_HOME : `${EN_HOME}/${encodeURIComponent(slug)}`,
}

/** Whether a site path belongs to the English section (`/en`, `/en/…`, not `/english`). */
export const isEnglishPath = (path: string): boolean =>
  path === EN_HOME || path.startsWith(`${EN_HOME}/`)

/** A published page as the language helpers need it: its slug and whether it has English. */
export interface PageLanguages {
  slug: string
  /** The Vietnamese page's path (from the page tree). */
  viPath: string
  hasEnglish: boolean
}

/** The English counterpart of a Vietnamese path, or null when it has none. */
export function englishCounterpart(viPath: string, pages: PageLanguages[]): string | null {
  const page = pages.find((p) => p.viPath === viPath)
  return page?.hasEnglish ? enUrls.page(page.slug) : null
}

/**
 * Where the switch on a Vietnamese page leads: the English version of the same page, or the
 * English home when the page has none (a switch never leads to a "not translated" notice).
 */
export function englishSwitchTarget(viPath: string, pages: PageLanguages[]): string {
  return englishCounterpart(viPath, pages) ?? EN_HOME
}

/**
 * The Vietnamese counterpart of an English path: `/en` is the English version of the root page
 * Giới thiệu (the portal's home when that page has no English), `/en/<slug>` of the page with
 * that slug. Null for anything else.
 */
export function vietnameseCounterpart(enPath: string, pages: PageLanguages[]): string | null {
  if (enPath === EN_HOME || enPath === `${EN_HOME}/`) {
    const root = pages.find((p) => p.slug === ROOT_PAGE_SLUG)
    return root?.hasEnglish ? root.viPath : '/'
  }
  if (!isEnglishPath(enPath)) return null
  const slug = enPath.slice(EN_HOME.length + 1)
  return pages.find((p) => p.slug === slug)?.viPath ?? null
}

/** Where the switch on an English page leads: its Vietnamese version, or the portal's home. */
export function vietnameseSwitchTarget(enPath: string, pages: PageLanguages[]): string {
  return vietnameseCounterpart(enPath, pages) ?? '/'
}

export interface EnglishSection {
  title: string
  description: string | null
  href: string
}

/**
 * The English section's menu and home cards: the pages right below the root page that have an
 * English version, in the editors' order. `parent` is the page's parent id; `order` its rank.
 */
export function englishSections(
  pages: Array<
    PageLanguages & {
      id: string
      title: string | null
      description: string | null
      parent: string | null
      order: number
    }
  >,
): EnglishSection[] {
  const root = pages.find((p) => p.slug === ROOT_PAGE_SLUG)
  return pages
    .filter(
      (p) => p !== root && p.hasEnglish && p.title && (p.parent ?? null) === (root?.id ?? null),
    )
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug))
    .map((p) => ({ title: p.title ?? '', description: p.description, href: enUrls.page(p.slug) }))
}
