/* Payload's admin shell (generated shape, kept by hand because templates cannot be downloaded). */
import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import type { ServerFunctionClient } from 'payload'
import React from 'react'

import { formStateWithGuardedLock } from '@/access/form-state-lock'
import { schedulePublishGuarded } from '@/access/schedule-publish-guard'

import { importMap } from './admin/importMap.js'
import './custom.scss'

type Args = { children: React.ReactNode }

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  // The edit view's form state takes the document lock: only on what the caller may edit; the
  // schedule drawer schedules and cancels only what the caller may publish.
  return handleServerFunctions({
    ...args,
    config,
    importMap,
    serverFunctions: {
      'form-state': formStateWithGuardedLock,
      'schedule-publish': schedulePublishGuarded,
    },
  })
}

const Layout = ({ children }: Args) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout
