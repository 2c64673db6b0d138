import { SETTINGS_SECTIONS } from './settings-sections';
import { ExternalCopiesSection } from './ExternalCopiesSection';

/** Settings → Copies outside Mend. */
SETTINGS_SECTIONS.push({ key: 'external-copies', render: () => <ExternalCopiesSection /> });
