import { SETTINGS_SECTIONS } from '../settings/settings-sections';
import { BackupsSection } from './BackupsSection';

/** Settings → Backups and export. */
SETTINGS_SECTIONS.push({ key: 'backups', render: () => <BackupsSection /> });
