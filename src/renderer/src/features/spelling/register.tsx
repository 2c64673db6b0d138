import { SETTINGS_SECTIONS } from '../settings/settings-sections';
import { SpellingSection } from './SpellingSection';

/** Settings → Spelling. */
SETTINGS_SECTIONS.push({ key: 'spelling', render: () => <SpellingSection /> });
