import { SETTINGS_SECTIONS } from '../settings/settings-sections';
import { DevicesSection } from './DevicesSection';

/** Settings → Computers. */
SETTINGS_SECTIONS.push({ key: 'devices', render: () => <DevicesSection /> });
