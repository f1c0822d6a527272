// The loading and error states every page shows while fetching: never a blank page.
import { ApiRequestError } from './api.ts';

export function Loading({ what }: { what: string }) {
  return (
    <p class="loading" role="status">
      Loading {what}…
    </p>
  );
}

export function LoadError({ what, error }: { what: string; error: Error }) {
  const missing = error instanceof ApiRequestError && error.status === 404;
  return (
    <div class="notice error" role="alert">
      <p>
        <strong>{missing ? `This ${what} does not exist.` : `The ${what} could not be loaded.`}</strong> {error.message}
      </p>
      <p>
        <a href="/">Go to search</a>
      </p>
    </div>
  );
}
