/** The form for a case action: one form per file under ./forms (issue #13). */
import type { FormKind } from '../cases';
import { AssessmentForm } from './forms/assessment-form';
import { CheckForm } from './forms/check-form';
import { CloseForm } from './forms/close-form';
import { ConferenceForm } from './forms/conference-form';
import { ConsentForm } from './forms/consent-form';
import { FollowUpForm } from './forms/follow-up-form';
import { PlanForm } from './forms/plan-form';
import { ReopenForm } from './forms/reopen-form';
import type { CaseFormProps } from './forms/shared';
import { ReferralForm } from './referral-form';

export { shellProps, useCaseForm, type CaseFormProps } from './forms/shared';

/** The form for a case action. */
export function CaseForm(props: CaseFormProps & { kind: FormKind }) {
  switch (props.kind) {
    case 'assessment':
      return <AssessmentForm {...props} kind="initial" />;
    case 'reassessment':
      return <AssessmentForm {...props} kind="re" />;
    case 'conference':
      return <ConferenceForm {...props} />;
    case 'consent':
      return <ConsentForm {...props} />;
    case 'plan':
      return <PlanForm {...props} />;
    case 'check':
      return <CheckForm {...props} />;
    case 'close':
      return <CloseForm {...props} />;
    case 'followUp':
      return <FollowUpForm {...props} />;
    case 'reopen':
      return <ReopenForm {...props} />;
    case 'referral':
      return <ReferralForm {...props} />;
  }
}
