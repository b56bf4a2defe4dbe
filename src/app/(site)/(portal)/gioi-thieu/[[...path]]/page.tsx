import '@/styles/pages.css'

import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { PageView } from '@/components/pages/PageView'
import { getPageLanguages } from '@/site/data/english'
import { getPageTree, getPublishedPage } from '@/site/data/pages'
import { absoluteUrl } from '@/site/env'
import { hreflangAlternates } from '@/site/i18n/alternates'
import { englishCounterpart } from '@/site/i18n/routes'
import { childrenOf, findPage, pageCrumbs } from '@/site/pages/tree'
import { breadcrumbJsonLd, jsonLdHtml } from '@/site/seo/json-ld'
import { decodeSlug } from '@/site/slug-param'

interface Props {
  params: Promise<{ path?: string[] }>
}

/** /gioi-thieu (the root page) and /gioi-thieu/<parents>/<slug>: published pages only. */
async function load(params: Props['params']) {
  const segments = ((await params).path ?? []).map(decodeSlug)
  const tree = await getPageTree()
  const found = findPage(tree, segments)
  if (found.kind !== 'page') return { tree, found, page: null }
  return { tree, found, page: await getPublishedPage(found.page.id) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tree, found, page } = await load(params)
  if (found.kind !== 'page' || !page) return { title: 'Không tìm thấy trang' }
  const path = tree.pathOf.get(found.page.id) ?? ''
  const en = englishCounterpart(path, await getPageLanguages())
  return {
    title: page.title,
    description: page.description ?? undefined,
    alternates: {
      canonical: absoluteUrl(path),
      languages: hreflangAlternates({ vi: path, en }),
    },
  }
}

export default async function StandingPage({ params }: Props) {
  const { tree, found, page } = await load(params)
  if (found.kind === 'moved') permanentRedirect(found.to)
  if (found.kind !== 'page' || !page) notFound()
  const crumbs = pageCrumbs(tree, found.page)
  const path = tree.pathOf.get(found.page.id) ?? ''
  const children = childrenOf(tree, found.page).map((child) => ({
    title: child.title,
    href: tree.pathOf.get(child.id) ?? '',
  }))
  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdHtml(breadcrumbJsonLd(crumbs, path)) }}
      />
      <PageView page={page} crumbs={crumbs} subpages={children} />
    </>
  )
}
