import '@/styles/pages.css'

import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound, permanentRedirect } from 'next/navigation'

import { previewScript } from '@/components/layout/inline-scripts'
import { PageView } from '@/components/pages/PageView'
import { getPageLanguages } from '@/site/data/english'
import { getPageTree, getStandingPage } from '@/site/data/pages'
import { absoluteUrl } from '@/site/env'
import { hreflangAlternates } from '@/site/i18n/alternates'
import { englishCounterpart } from '@/site/i18n/routes'
import { childrenOf, findPage, pageCrumbs } from '@/site/pages/tree'
import { previewUser } from '@/site/preview'
import { breadcrumbJsonLd, jsonLdHtml } from '@/site/seo/json-ld'
import { decodeSlug } from '@/site/slug-param'

interface Props {
  params: Promise<{ path?: string[] }>
}

/**
 * /gioi-thieu (the root page) and /gioi-thieu/<parents>/<slug>: published pages only, except in
 * a signed-in staff member's preview (draft mode, from /xem-truoc?trang=…), which shows the
 * newest drafts read with that person's permissions.
 */
async function load(params: Props['params']) {
  const segments = ((await params).path ?? []).map(decodeSlug)
  const preview = (await draftMode()).isEnabled ? await previewUser() : null
  const tree = await getPageTree(preview)
  const found = findPage(tree, segments)
  if (found.kind !== 'page') return { tree, found, page: null, preview }
  return { tree, found, page: await getStandingPage(found.page.id, preview), preview }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tree, found, page, preview } = await load(params)
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
    ...(preview ? { robots: { index: false, follow: false } } : {}),
  }
}

export default async function StandingPage({ params }: Props) {
  const { tree, found, page, preview } = await load(params)
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
      {preview && page._status !== 'published' ? (
        <div className="wrap">
          <p className="empty-state" role="status">
            Bạn đang xem bản nháp (chỉ biên tập viên nhìn thấy).{' '}
            <a href="/xem-truoc/thoat">Thoát chế độ xem trước</a>
          </p>
        </div>
      ) : null}
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdHtml(breadcrumbJsonLd(crumbs, path)) }}
      />
      <PageView page={page} crumbs={crumbs} subpages={children} />
      {preview ? <script dangerouslySetInnerHTML={{ __html: previewScript }} /> : null}
    </>
  )
}
