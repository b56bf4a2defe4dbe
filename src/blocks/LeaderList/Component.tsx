import { RichText } from '@/components/article/RichText'
import { Picture } from '@/components/media/Picture'
import type { Locale } from '@/i18n/locales'
import { relationId } from '@/lib/relation-id'
import type { LeaderListBlock } from '@/payload-types'
import { leadersForList } from '@/site/data/organisation'
import { ui } from '@/site/i18n/ui'
import { asMedia } from '@/site/media'

/**
 * "Lãnh đạo Đảng ủy Khối": published leaders with portrait, position, term and biography. A
 * portrait shows only when readers may fetch it (the media's public-use rule), never a draft's.
 * On English pages the portrait has an empty alt: the media's alt text is Vietnamese, and the
 * leader's name is right beside the photo.
 */
export async function LeaderListComponent({
  block,
  locale = 'vi',
}: {
  block: LeaderListBlock
  locale?: Locale
}) {
  const picked = (block.leaders ?? []).map(relationId).filter((id): id is string => Boolean(id))
  const leaders = await leadersForList(picked, locale)
  const t = ui(locale)
  if (leaders.length === 0) return null
  // Names sit one level below the block's heading, or right below the page title without one.
  const Name = block.heading ? 'h3' : 'h2'
  return (
    <section className="page-block leader-list">
      {block.heading ? <h2>{block.heading}</h2> : null}
      <ul className="leader-list__items">
        {leaders.map((leader) => {
          const photo = asMedia(leader.photo)
          return (
            <li key={leader.id} className="leader-card">
              {photo ? (
                <Picture
                  media={photo}
                  shape="crop"
                  sizes="(min-width: 600px) 200px, 40vw"
                  className="leader-card__photo"
                  decorative={locale !== 'vi'}
                />
              ) : null}
              <div className="leader-card__text">
                <Name className="leader-card__name">{leader.name}</Name>
                {leader.position ? (
                  <p className="leader-card__position">{leader.position}</p>
                ) : null}
                {leader.term ? (
                  <p className="leader-card__term">
                    {t.term} {leader.term}
                  </p>
                ) : null}
                {block.showBiography !== false && leader.biography ? (
                  <div className="leader-card__bio">
                    <RichText data={leader.biography} />
                  </div>
                ) : null}
              </div>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
