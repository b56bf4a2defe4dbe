import type { AfterErrorHook } from 'payload'

/**
 * Payload refuses an oversized multipart form itself (too many parts, a field or request over
 * its limits) with English messages; users get the same Vietnamese one as the Express body
 * limit. The upload-size message configured in payload.config.ts is left as it is.
 */
export const translateLimitErrors: AfterErrorHook = ({ error, result }) => {
  if (!result || !/^Multipart (request size )?limit/.test(error.message)) return
  return {
    status: 413,
    response: { ...result, errors: [{ message: 'Dữ liệu gửi lên quá lớn.' }] },
  }
}
