/**
 * 서비스제공 계획 및 점검표: goals and one row per plan item (③~⑫). A 제공기관 that no 정보제공 동의
 * in force covers (src/domain/consent-lifecycle.ts, decision 0013) is listed in a warning box
 * before saving; 저장 then stops at the box, and only 「동의 없이 저장」 sends.
 */
import { useRef } from 'preact/hooks';
import { uncoveredProviders } from '../../../domain/consent-lifecycle';
import { asked } from '../../../domain/fields';
import { PLAN_FIELDS as PL, PLAN_ITEM_FIELDS as PI } from '../../../domain/fields-catalogue';
import { planInput } from '../../../domain/schemas';
import { fieldErrors } from '../../../domain/validation';
import type { ResourceView } from '../../api';
import { useShell } from '../../context';
import { DateField, FormShell, GroupError, TextArea, TextField, type FormApi } from '../../form';
import * as P from '../../payloads';
import { providerOf } from '../../resources';
import { ResourcePicker, useDirectory } from './resource-picker';
import { focusSoon, shellProps, useCaseForm, type CaseFormProps } from './shared';

export function PlanForm(props: CaseFormProps) {
  const { today, announce } = useShell();
  const form = useCaseForm(props, 'plan', 'savePlan', {
    initial: () => P.planValues(today),
    schema: planInput,
    toPayload: P.planPayload,
    message: (r) =>
      r.uncoveredProviders.length > 0
        ? `서비스계획을 저장했습니다 (항목 ${r.itemIds.length}개). 정보제공 동의가 없는 제공기관: ${r.uncoveredProviders.join(', ')}. 이 기관에 당사자 정보를 주기 전에 동의를 받아 기록하세요.`
        : `서비스계획을 저장했습니다 (항목 ${r.itemIds.length}개). 점검을 시작하세요.`,
  });
  const items = form.values.items;
  const uncovered = uncoveredProviders(
    items.map((item) => item.provider),
    props.file.consents,
    today,
  );
  const warningBox = useRef<HTMLDivElement>(null);
  // With uncovered providers, 저장 stops at the warning; a form with errors shows them as usual.
  const guarded: FormApi<P.PlanValues> = {
    ...form,
    submit: (event?: Event) => {
      event?.preventDefault();
      const payload = P.planPayload(form.values, { caseNo: props.file.caseNo, version: props.file.version });
      if (uncovered.length === 0 || Object.keys(fieldErrors(planInput, payload)).length > 0)
        return form.submit();
      warningBox.current?.focus();
      announce(
        `저장하지 않았습니다: 정보제공 동의가 없는 제공기관이 ${uncovered.length}곳 있습니다. 확인한 뒤 ‘동의 없이 저장’을 누르세요.`,
        'error',
      );
    },
  };
  const previous = props.file.plans.length > 0;
  const directory = useDirectory();
  const pick = (i: number, resource: ResourceView) => {
    const row = items[i];
    if (!row) return;
    const chosen = providerOf(resource);
    form.set(
      'items',
      items.map((item, j) => (j === i ? { ...item, ...chosen } : item)),
    );
    announce(
      `항목 ${i + 1}: 제공기관 ${chosen.provider}${chosen.providerContact ? `, 담당자 ${chosen.providerContact}` : ''} (자원 ${resource.name})`,
    );
  };
  const unlink = (i: number) => {
    form.set(
      'items',
      items.map((item, j) => (j === i ? { ...item, resourceId: '', resourceName: '' } : item)),
    );
    announce(`항목 ${i + 1}: 자원 연결을 풀었습니다. 제공기관은 그대로 둡니다.`);
  };
  return (
    <FormShell
      form={guarded}
      {...shellProps(props, 'plan')}
      intro={
        <>
          <p class="hint">
            목표는 당사자의 것으로, 구체적이고 측정할 수 있으며 계획 기간 안에 이룰 수 있게 적습니다. 당사자는
            서비스 제공과 참여, 협력기관과의 기본정보·진행상황 공유에 동의하고 서명합니다.
          </p>
          {previous ? (
            <button
              type="button"
              class="link"
              onClick={() => {
                const carried = P.planValuesFrom(today, props.file);
                if (carried) {
                  form.replace(carried);
                  announce('지난 계획의 목표와 달성하지 않은 항목을 불러왔습니다.');
                }
              }}
            >
              지난 계획 불러오기
            </button>
          ) : null}
        </>
      }
    >
      <DateField path="consentDate" {...asked(PL.consentDate)} required />
      <TextArea path="shortTermGoal" {...asked(PL.shortTermGoal)} required rows={2} />
      <TextArea path="longTermGoal" {...asked(PL.longTermGoal)} rows={2} />
      <fieldset class="rows">
        <legend>계획 항목</legend>
        <GroupError path="items" />
        {items.map((row, i) => (
          <fieldset class="row-card" key={row.key}>
            <legend>항목 {i + 1}</legend>
            {items.length > 1 ? (
              <button
                type="button"
                class="remove link"
                aria-label={`항목 ${i + 1} 삭제`}
                onClick={() => {
                  form.set(
                    'items',
                    items.filter((_, j) => j !== i),
                  );
                  focusSoon(`items.${Math.max(0, i - 1)}.goal`);
                }}
              >
                삭제
              </button>
            ) : null}
            <TextArea path={`items.${i}.goal`} {...asked(PI.goal)} required rows={2} />
            <TextArea path={`items.${i}.service`} {...asked(PI.service)} required rows={2} />
            <div class="pair">
              <TextField
                path={`items.${i}.priority`}
                {...asked(PI.priority)}
                type="number"
                inputMode="numeric"
                step="1"
                min="1"
                max="99"
              />
              <TextField
                path={`items.${i}.timesPerWeek`}
                {...asked(PI.timesPerWeek)}
                type="number"
                inputMode="decimal"
                step="any"
                min="0"
                max="50"
              />
            </div>
            <TextField path={`items.${i}.timing`} {...asked(PI.timing)} />
            <DateField path={`items.${i}.startDate`} {...asked(PI.startDate)} required />
            <DateField path={`items.${i}.endDate`} {...asked(PI.endDate)} />
            <ResourcePicker
              index={i}
              directory={directory}
              resourceId={row.resourceId ?? ''}
              resourceName={row.resourceName ?? ''}
              onPick={(resource) => pick(i, resource)}
              onUnlink={() => unlink(i)}
            />
            <TextField path={`items.${i}.provider`} {...asked(PI.provider)} />
            <TextField path={`items.${i}.providerContact`} {...asked(PI.providerContact)} />
            <TextField path={`items.${i}.checkMethod`} {...asked(PI.checkMethod)} />
          </fieldset>
        ))}
        {items.length < 50 ? (
          <button
            type="button"
            class="secondary add"
            onClick={() => {
              form.set('items', [...items, P.emptyPlanItem(today, String(items.length + 1))]);
              focusSoon(`items.${items.length}.goal`);
            }}
          >
            ＋ 항목 추가
          </button>
        ) : null}
      </fieldset>
      {uncovered.length > 0 ? (
        <div
          class="notice warning uncovered-providers"
          ref={warningBox}
          tabIndex={-1}
          role="group"
          aria-labelledby="uncovered-title"
        >
          <h3 id="uncovered-title">정보제공 동의가 없는 제공기관</h3>
          <p>
            아래 기관에 대한 정보제공 동의(유효하거나 기간이 남은 것)가 없습니다. 이 기관에 당사자 정보를
            주려면 먼저 정보제공 동의를 받아 기록하세요.
          </p>
          <ul class="plain">
            {uncovered.map((provider) => (
              <li key={provider}>{provider}</li>
            ))}
          </ul>
          <button type="button" class="secondary" disabled={form.saving} onClick={() => form.submit()}>
            동의 없이 저장
          </button>
        </div>
      ) : null}
    </FormShell>
  );
}
