/** 욕구사정 / 재사정: per life domain the problem, the client's demand and the professional's need. */
import { asked } from '../../../domain/fields';
import { ASSESSMENT_FIELDS as A, NEED_FIELDS as N } from '../../../domain/fields-catalogue';
import { assessmentInput } from '../../../domain/schemas';
import { LIFE_DOMAINS, RISK_LEVELS } from '../../../domain/vocabulary';
import type { FormKind } from '../../cases';
import { useShell } from '../../context';
import { FormShell, GroupError, optionsOf, SelectField, TextArea, DateField } from '../../form';
import * as P from '../../payloads';
import { focusSoon, shellProps, useCaseForm, type CaseFormProps } from './shared';

export function AssessmentForm(props: CaseFormProps & { kind: 'initial' | 're' }) {
  const { today } = useShell();
  const formKind: FormKind = props.kind === 'initial' ? 'assessment' : 'reassessment';
  const form = useCaseForm(props, formKind, 'saveAssessment', {
    initial: () => P.assessmentValues(today, props.file, props.kind),
    schema: assessmentInput,
    toPayload: (v, ctx) => P.assessmentPayload(v, ctx, props.kind),
    message: (r) =>
      `${props.kind === 'initial' ? '욕구사정' : '재사정'}을 저장했습니다. 다음 재사정: ${r.nextReassessmentDue}.`,
  });
  const needs = form.values.needs;
  const carried = props.kind === 're' && props.file.assessments.length > 0;
  return (
    <FormShell
      form={form}
      {...shellProps(props, formKind)}
      intro={
        <p class="hint">
          생활 영역마다 당사자가 말한 <b>문제</b>와 <b>요구(바람)</b>, 사례관리자가 판단한 <b>욕구</b>를
          적습니다.
          {carried ? ' 지난 사정 내용을 불러왔습니다: 바뀐 부분을 고쳐 저장하세요.' : ''}
        </p>
      }
    >
      <DateField path="assessedOn" {...asked(A.assessedOn)} required />
      <fieldset class="rows">
        <legend>생활 영역별 욕구</legend>
        <GroupError path="needs" />
        {needs.map((row, i) => (
          <fieldset class="row-card" key={row.key}>
            <legend>영역 {i + 1}</legend>
            {needs.length > 1 ? (
              <button
                type="button"
                class="remove link"
                aria-label={`영역 ${i + 1} 삭제`}
                onClick={() => {
                  form.set(
                    'needs',
                    needs.filter((_, j) => j !== i),
                  );
                  focusSoon(`needs.${Math.max(0, i - 1)}.domain`);
                }}
              >
                삭제
              </button>
            ) : null}
            <SelectField
              path={`needs.${i}.domain`}
              {...asked(N.domain)}
              required
              placeholder="선택하세요"
              options={optionsOf(LIFE_DOMAINS)}
            />
            <TextArea path={`needs.${i}.problem`} {...asked(N.problem)} rows={2} />
            <TextArea path={`needs.${i}.demand`} {...asked(N.demand)} rows={2} />
            <TextArea path={`needs.${i}.need`} {...asked(N.need)} rows={2} required />
          </fieldset>
        ))}
        {needs.length < 30 ? (
          <button
            type="button"
            class="secondary add"
            onClick={() => {
              form.set('needs', [...needs, P.emptyNeed()]);
              focusSoon(`needs.${needs.length}.domain`);
            }}
          >
            ＋ 영역 추가
          </button>
        ) : null}
      </fieldset>
      <TextArea path="strengths" {...asked(A.strengths)} rows={2} />
      <TextArea path="supportSystem" {...asked(A.supportSystem)} rows={2} />
      <TextArea path="functionalEvaluation" {...asked(A.functionalEvaluation)} rows={2} />
      <SelectField
        path="riskLevel"
        {...asked(A.riskLevel)}
        placeholder="선택 안 함"
        options={optionsOf(RISK_LEVELS)}
      />
    </FormShell>
  );
}
