/** One stored resource (a 자원 row as the domain reads it), for the pure HSDS and import tests. */
import type { ResourceRecord } from '../../src/domain/records';

export function resourceRecord(overrides: Partial<ResourceRecord> = {}): ResourceRecord {
  return {
    resourceId: '행복-자원-0001',
    name: '도시락 배달',
    kind: 'material',
    sector: 'private',
    category: '식생활',
    provider: '행복종합사회복지관',
    description: '점심 도시락, "따뜻하게"\n배달합니다',
    contact: '02-0000-3001',
    email: 'lunch@welfare.example',
    website: 'https://welfare.example',
    address: '서울특별시 행복구 햇살로 100',
    stateProvince: '',
    city: '',
    postalCode: '06236',
    area: '행복동 전역',
    eligibility: '만 65세 이상',
    fees: '무료',
    hours: '평일 11:00-13:00',
    languages: '한국어, 영어',
    capacity: '여유 2명',
    contactPerson: '박담당',
    notes: '월말 명단 갱신',
    status: 'active',
    shareable: true,
    verifiedOn: '2026-02-01',
    verifiedBy: 'kim.sw@dong.example',
    version: 3,
    updatedAt: '2026-02-01 09:30:00',
    updatedBy: 'kim.sw@dong.example',
    ...overrides,
  };
}
