import { href } from '../../lib/router';
import { SETTINGS_SECTIONS } from '../settings/settings-sections';

/** Settings → Trash: the way to people you deleted. */
SETTINGS_SECTIONS.push({
  key: 'trash',
  render: () => (
    <section class="section" aria-labelledby="trash-section-title">
      <h2 id="trash-section-title">Trash</h2>
      <p>People you delete wait in the Trash, with everything you wrote, until you bring them back.</p>
      <p><a class="button" href={href('/trash')}>Open the Trash</a></p>
    </section>
  ),
});
