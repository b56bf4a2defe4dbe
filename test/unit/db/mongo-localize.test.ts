import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { Leaders } from '@/collections/Leaders'
import { Pages } from '@/collections/Pages'
import { Units } from '@/collections/Units'
import {
  LOCALIZED_FIELDS,
  LOCALIZED_SITE_FIELDS,
  localizeUpdates,
  plainValueFilter,
} from '@/db/mongo-localize'
import { Site } from '@/globals/Site'

/*
 * The MongoDB conversion of fields made localised (no MongoDB server here, so the pipelines are
 * checked as data): only plain values are matched, so wrapped ones are never wrapped twice, and
 * each becomes the Vietnamese value, in documents and (with `version.`) in their versions; the
 * list of fields is the configs' own list of localised fields.
 */
describe('localizeUpdates', () => {
  it('wraps a plain text, blocks and rich-text value as the Vietnamese one', () => {
    expect(localizeUpdates(LOCALIZED_FIELDS.pages)).toEqual([
      { filter: { title: { $type: 'string' } }, pipeline: [{ $set: { title: { vi: '$title' } } }] },
      {
        filter: { description: { $type: 'string' } },
        pipeline: [{ $set: { description: { vi: '$description' } } }],
      },
      {
        filter: { layout: { $type: 'array' } },
        pipeline: [{ $set: { layout: { vi: '$layout' } } }],
      },
    ])
    expect(plainValueFilter('biography', 'richText')).toEqual({
      'biography.root': { $exists: true },
    })
  })

  it('reaches fields inside groups and inside versions', () => {
    const [, head] = localizeUpdates(LOCALIZED_FIELDS.units, 'version.')
    expect(head).toEqual({
      filter: { 'version.head.position': { $type: 'string' } },
      pipeline: [{ $set: { 'version.head.position': { vi: '$version.head.position' } } }],
    })
  })

  it('covers every localised field of the configs, and nothing else', () => {
    const localized = (fields: Field[], prefix = ''): string[] =>
      fields.flatMap((field) => {
        if (!('name' in field)) return 'fields' in field ? localized(field.fields, prefix) : []
        if ('localized' in field && field.localized) return [`${prefix}${field.name}`]
        return field.type === 'group' ? localized(field.fields, `${prefix}${field.name}.`) : []
      })
    expect(localized(Pages.fields)).toEqual(Object.keys(LOCALIZED_FIELDS.pages))
    expect(localized(Leaders.fields)).toEqual(Object.keys(LOCALIZED_FIELDS.leaders))
    expect(localized(Units.fields)).toEqual(Object.keys(LOCALIZED_FIELDS.units))
    expect(localized(Site.fields)).toEqual(Object.keys(LOCALIZED_SITE_FIELDS))
  })
})
