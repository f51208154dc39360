/** 자원 등록 / 수정: checked with the server's own schema; a draft is kept like every other form. */
import { withParticle } from '../../domain/korean';
import { saveResourceInput } from '../../domain/resources/schemas';
import { RESOURCE_KINDS, RESOURCE_STATUSES, SECTORS } from '../../domain/vocabulary';
import type { ResourceView, SaveResourceInput } from '../api';
import { CheckboxField, FormShell, optionsOf, SelectField, TextArea, TextField, useForm } from '../form';
import { resourcePayload, resourceValues, type ResourceValues } from '../resources';
import { server } from '../server';

interface ResourceFormProps {
  /** null: a new resource. */
  resource: ResourceView | null;
  onCancel(): void;
  onSaved(message: string): void | Promise<void>;
}

export function ResourceForm({ resource, onCancel, onSaved }: ResourceFormProps) {
  const form = useForm<ResourceValues, SaveResourceInput, { resourceId: string }>({
    form: 'resource',
    caseNo: resource?.resourceId ?? null,
    draftLabel: resource ? `자원 수정: ${resource.name}` : '새 자원 등록',
    initial: () => resourceValues(resource),
    schema: saveResourceInput,
    toPayload: (values) => resourcePayload(values, resource),
    send: (payload) => server.saveResource(payload),
    onSaved: (result, payload) =>
      onSaved(
        resource
          ? `자원 ${withParticle(`‘${payload.name}’`, '을')} 고쳤습니다.`
          : `자원 ${withParticle(`‘${payload.name}’`, '을')} 등록했습니다.`,
      ),
  });
  return (
    <FormShell
      form={form}
      title={resource ? '자원 수정' : '자원 등록'}
      subtitle={resource ? `${resource.resourceId} · ${resource.name}` : undefined}
      onCancel={onCancel}
      intro={
        <p class="hint">
          동 안팎의 도움 자원을 적습니다. 관계 자원(이웃 관계망)은 협력기관에 공유하지 않습니다.
        </p>
      }
    >
      <TextField path="name" label="자원명" required maxLength={100} />
      <SelectField
        path="kind"
        label="자원 유형"
        required
        placeholder="선택하세요"
        options={optionsOf(RESOURCE_KINDS)}
      />
      <SelectField path="sector" label="공공/민간" placeholder="선택 안 함" options={optionsOf(SECTORS)} />
      <TextField path="category" label="분야" hint="예: 식생활, 돌봄, 주거" />
      <TextField path="provider" label="제공기관" />
      <TextField path="contactPerson" label="담당자" />
      <TextField path="contact" label="연락처" type="tel" inputMode="tel" />
      <TextField path="address" label="주소" hint="예: 서울특별시 강남구 테헤란로 100" maxLength={200} />
      <TextField path="stateProvince" label="시·도" hint="비워 두면 주소에서 읽습니다 (예: 서울특별시)" />
      <TextField path="city" label="시·군·구" hint="비워 두면 주소에서 읽습니다 (예: 강남구)" />
      <TextField path="postalCode" label="우편번호" inputMode="numeric" maxLength={5} hint="숫자 5자리" />
      <TextField path="area" label="서비스 지역" hint="예: 행복동 전역" />
      <TextArea path="eligibility" label="이용 대상" rows={2} />
      <TextArea path="description" label="서비스 내용" rows={2} />
      <TextField path="hours" label="운영 시간" />
      {resource ? (
        <SelectField path="status" label="운영 상태" options={optionsOf(RESOURCE_STATUSES)} />
      ) : null}
      <CheckboxField
        path="shareable"
        label="협력기관 공유"
        hint="체크하면 협력기관에 공개하는 자원 목록에 실립니다 (공개 항목만)."
      />
      <TextArea path="notes" label="내부 메모" rows={2} hint="동 안에서만 봅니다." />
    </FormShell>
  );
}
