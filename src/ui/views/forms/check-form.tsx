/** 점검·모니터링: contact, note, and the plan items' 이행여부. */
import { asked } from '../../../domain/fields';
import { CHECK_FIELDS as CH } from '../../../domain/fields-catalogue';
import { checkInput } from '../../../domain/schemas';
import { CHECK_METHODS, ITEM_OUTCOMES } from '../../../domain/vocabulary';
import { latestPlan } from '../../cases';
import { useShell } from '../../context';
import { CheckboxField, DateField, FormShell, optionsOf, SelectField, TextArea } from '../../form';
import * as P from '../../payloads';
import { shellProps, useCaseForm, type CaseFormProps } from './shared';

export function CheckForm(props: CaseFormProps) {
  const { today } = useShell();
  const plan = latestPlan(props.file.plans);
  const items = plan?.items ?? [];
  const form = useCaseForm(props, 'check', 'recordCheck', {
    initial: () =>
      P.checkValues(
        today,
        items.map((i) => i.itemId),
      ),
    schema: checkInput,
    toPayload: P.checkPayload,
    errorsToFields: P.checkErrorsToFields,
    message: (_r, p) =>
      '점검을 기록했습니다.' +
      (p.needsChanged || (p.itemOutcomes ?? []).some((o) => o.outcome === 'reassess')
        ? ' 재사정이 필요합니다.'
        : ''),
  });
  return (
    <FormShell form={form} {...shellProps(props, 'check')}>
      <DateField path="checkedOn" {...asked(CH.checkedOn)} required />
      <SelectField
        path="method"
        {...asked(CH.method)}
        required
        placeholder="선택하세요"
        options={optionsOf(CHECK_METHODS)}
      />
      <TextArea path="note" {...asked(CH.note)} required />
      {plan ? (
        <fieldset class="rows">
          <legend>계획 항목 이행여부{plan.consentDate ? ` (${plan.consentDate} 동의한 계획)` : ''}</legend>
          <p class="hint">바뀐 항목만 고르세요. ‘변경 없음’은 기록하지 않습니다.</p>
          {items.map((item, i) => (
            <div class="row-card compact" key={item.itemId}>
              <SelectField
                path={`outcomes.${item.itemId}`}
                // The goal is what the official remembers; the item id stays in the sheet.
                label={`${i + 1}. ${item.goal || item.service || '계획 항목'} 이행여부`}
                placeholder="변경 없음"
                options={optionsOf(ITEM_OUTCOMES)}
                hint={
                  <>
                    {item.service ? `서비스: ${item.service}` : ''}
                    {item.outcome
                      ? ` (현재: ${ITEM_OUTCOMES.label(item.outcome)}${item.outcomeOn ? `, ${item.outcomeOn}` : ''})`
                      : ''}
                  </>
                }
              />
            </div>
          ))}
        </fieldset>
      ) : (
        <p class="notice info small">서비스계획이 없어 이행여부를 기록할 항목이 없습니다.</p>
      )}
      <CheckboxField path="needsChanged" {...asked(CH.needsChanged)} />
    </FormShell>
  );
}
