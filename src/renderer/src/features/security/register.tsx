import { SETTINGS_SECTIONS } from '../settings/settings-sections';
import { SecuritySettings } from './SecuritySettings';

/** Settings → Passphrase and lock. */
SETTINGS_SECTIONS.push({ key: 'security', render: () => <SecuritySettings /> });
