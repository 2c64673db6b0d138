/**
 * The trust chart and verdict on a person's page. Imported once from
 * features/relationship/register-features.ts.
 */
import { PAGE_SECTIONS } from '../relationship/extensions';
import { TrustSection } from './TrustSection';

// "Is trust coming back?" is the question the page is for, so it goes above every other section.
PAGE_SECTIONS.unshift({ key: 'trust', render: (journal) => <TrustSection journal={journal()} /> });
