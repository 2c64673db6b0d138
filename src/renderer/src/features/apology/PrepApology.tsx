import { apologyReasons } from '../../../../core/logic/apology-offer';
import type { ApologyPlan } from '../../../../core/model/leader-side-labels';
import type { PrepEditor } from '../prepare/prep-editor';
import { ApologyPlanFields } from './ApologyPlanFields';
import { clearOwnPlanProblem, ownPlanErrorFor } from './own-plan-problem';

/** The apology plan inside the preparation, saved through the plan's own autosave. */
export function PrepApology(props: { editor: PrepEditor }) {
  const plan = () => props.editor.prep.plan.apology;
  const reasons = () => apologyReasons({ prepActivation: props.editor.prep.coolDown.activation, plan: plan() });
  const change = (next: ApologyPlan) => {
    clearOwnPlanProblem();
    props.editor.setField('plan', 'apology', next);
  };
  return (
    <ApologyPlanFields id="prep-apology" plan={plan()} reasons={reasons()} onChange={change}
      errorFor={(part) => props.editor.errorFor(`plan.apology.${part}`) ?? ownPlanErrorFor(`plan.apology.${part}`)} />
  );
}
