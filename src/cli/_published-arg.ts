/**
 * @module
 * Validates a `--published` flag: a real calendar date as YYYY-MM-DD, or a usage error.
 */
import { FaultlineError } from '../errors.js'
import { IsoDate } from '../schema/document.js'

export function checkPublishedArg(value: string | undefined): void {
  if (value && !IsoDate.safeParse(value).success) {
    throw new FaultlineError('E_BAD_ARGUMENT', `invalid --published ${value}: expected YYYY-MM-DD`, {
      hint: 'give a real calendar date, e.g. 2024-03-12',
    })
  }
}
