import { describe, expect, it } from 'vitest'

import { transactionWarning } from '@/db/mongo-transactions'

describe('MongoDB without transactions', () => {
  it('says nothing when the adapter uses transactions', () => {
    expect(transactionWarning({ setName: 'rs0' }, true)).toBeNull()
  })

  it('on a standalone server, asks for a (single-node) replica set', () => {
    const warning = transactionWarning({}, false)
    expect(warning).toContain('without transactions')
    expect(warning).toContain('SEARCH_RECONCILE_MINUTES')
    expect(warning).toContain('--replSet rs0')
    expect(warning).toContain('?replicaSet=rs0')
  })

  it('on a replica set reached without the option, names the option to add', () => {
    expect(transactionWarning({ setName: 'cms' }, false)).toContain('add ?replicaSet=cms')
  })

  it('still warns when the server cannot be asked', () => {
    expect(transactionWarning(null, false)).toContain('replica set')
  })
})
