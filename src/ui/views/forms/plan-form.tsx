/** 서비스제공 계획 및 점검표: goals and one row per plan item (③~⑫). */
import { asked } from '../../../domain/fields';
import { PLAN_FIELDS as PL, PLAN_ITEM_FIELDS as PI } from '../../../domain/fields-catalogue';
import { planInput } from '../../../domain/schemas';
import type { ResourceView } from '../../api';
import { useShell } from '../../context';
import { DateField, FormShell, GroupError, TextArea, TextField } from '../../form';
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
    message: (r) => `서비스계획을 저장했습니다 (항목 ${r.itemIds.length}개). 점검을 시작하세요.`,
  });
  const items = form.values.items;
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
      form={form}
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
    </FormShell>
  );
}
