import { PrepTextArea } from '../PrepFields';
import { FACTS } from '../prep-copy';
import type { PrepEditor } from '../prep-editor';

/** What a camera would have recorded, beside the story; other explanations; the trusted-colleague test. */
export function FactsStep(props: { editor: PrepEditor }) {
  return (
    <>
      <div class="side-by-side">
        <PrepTextArea editor={props.editor} group="facts" name="camera" label={FACTS.cameraLabel} hint={FACTS.cameraHint} rows={7} />
        <PrepTextArea editor={props.editor} group="facts" name="story" label={FACTS.storyLabel} hint={FACTS.storyHint} rows={7} />
      </div>
      <PrepTextArea editor={props.editor} group="facts" name="otherExplanations" label={FACTS.otherLabel} hint={FACTS.otherHint} />
      <PrepTextArea editor={props.editor} group="facts" name="trustedColleague" label={FACTS.colleagueLabel} rows={3} />
    </>
  );
}
