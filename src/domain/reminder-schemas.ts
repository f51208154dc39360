/**
 * Input of the reminder functions the sidebar calls, shared by the sidebar and the server so both
 * give the same Korean message (as src/domain/schemas.ts does for the contract functions).
 */
import { z } from 'zod';
import { strict, wholeNumber } from './zod-kit';

/** `getTodayList`: my cases (default), everyone's, or one case manager's. */
export const todayListInput = strict({
  scope: z
    .enum(['mine', 'all'], { error: "범위: 'mine'(내 사례) 또는 'all'(전체) 중에서 고르세요." })
    .optional(),
  caseManager: z
    .string({ error: '담당 사례관리자: 이메일 주소를 입력하세요.' })
    .max(200, { error: '담당 사례관리자: 200자 이내로 입력하세요.' })
    .optional(),
  limit: wholeNumber('개수', 1, 2000).optional(),
});
export type TodayListInput = z.infer<typeof todayListInput>;
