import { PAGE_SECTIONS, TIMELINE_SOURCES } from '../relationship/extensions';
import { QuickCaptureSection } from './QuickCaptureSection';
import { meetingNoteEntries } from './timeline';
import '../../styles/quick-capture.css';

/** Quick capture on a person's page: a commitment on its own and a 1:1 note, and the notes on the timeline. */
TIMELINE_SOURCES.push(meetingNoteEntries);
PAGE_SECTIONS.push({ key: 'quick-capture', render: (j, refresh) => <QuickCaptureSection journal={j()} refresh={refresh} /> });
