import { errorMessage } from '../lib/api';
import { href } from '../lib/router';

/**
 * A screen whose journal (or entry in it) could not be loaded: says so in the error's own words and
 * offers the way back. Nothing was changed by getting here.
 */
export function Unavailable(props: { title: string; error: unknown; back?: { href: string; label: string } }) {
  return (
    <section class="page">
      <h1>{props.title}</h1>
      <p class="error-box" role="alert">{errorMessage(props.error)}</p>
      <a class="button" href={props.back?.href ?? href('/')}>{props.back?.label ?? 'Back to Home'}</a>
    </section>
  );
}
