import { HeadOfficeError } from '../head-office-queries';

/** What a failed query or mutation says to the manager. */
export function failureText(error: unknown): string {
  if (error instanceof HeadOfficeError) return error.failure.message;
  return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
}
