import { href } from '../../lib/router';
import '../../styles/first-run.css';

/**
 * What a new user sees on an empty Home: the three moments in a few lines, then one person to start
 * with, or a made-up example to look around first.
 */
export function FirstRun() {
  return (
    <div class="first-run">
      <section aria-labelledby="moments-title">
        <h2 id="moments-title">Three moments, one person at a time</h2>
        <p>When someone you work with drops the ball, Mend walks with you through a repair:</p>
        <ol class="moments">
          <li>
            <strong>Before you talk.</strong> Cool down, tell what happened apart from the story in your head, and plan a calm
            conversation in five steps.
          </li>
          <li>
            <strong>Right after.</strong> Write down what was said, what you learned, and one commitment from each of you.
          </li>
          <li>
            <strong>Over the weeks.</strong> Follow those commitments, take short trust checks, and see whether trust is coming
            back.
          </li>
        </ol>
      </section>
      <section class="empty" aria-labelledby="start-title">
        <h2 id="start-title">Start with one person</h2>
        <p>
          Who is on your mind? Add the person whose trust you want to rebuild. A first name is enough; everything stays on
          this computer.
        </p>
        <div class="actions start">
          <a class="button primary" href={href('/new')}>Add a person</a>
          <a class="button" href={href('/example')}>Explore an example</a>
        </div>
        <p class="hint">The example is made up and kept apart from your journal. Nothing in it is saved.</p>
      </section>
    </div>
  );
}
