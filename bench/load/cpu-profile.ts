/**
 * The parts of a V8 `.cpuprofile` (written by request-probe.mjs) that the profile readers use,
 * and reading one from disk: profile-split.ts (CPU by category) and profile-stalls.ts (long
 * synchronous stretches).
 */
import fs from 'node:fs'

export interface Frame {
  functionName: string
  url: string
  lineNumber: number
}
export interface ProfileNode {
  id: number
  callFrame: Frame
  children?: number[]
}
export interface Profile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples: number[]
  timeDeltas: number[]
}

export const readProfile = (file: string): Profile =>
  JSON.parse(fs.readFileSync(file, 'utf8')) as Profile
