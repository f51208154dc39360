/**
 * Input of the reminder functions the sidebar calls, shared by the sidebar and the server so both
 * give the same Korean message (as src/domain/schemas.ts does for the contract functions).
 */
import { z } from 'zod';

/** `getTodayList`: my cases (default), everyone's, or one case manager's. */
export const todayListInput = z.strictObject(
  {
    scope: z
      .enum(['mine', 'all'], { error: "범위: 'mine'(내 사례) 또는 'all'(전체) 중에서 고르세요." })
      .optional(),
    caseManager: z
      .string({ error: '담당 사례관리자: 이메일 주소를 입력하세요.' })
      .max(200, { error: '담당 사례관리자: 200자 이내로 입력하세요.' })
      .optional(),
    limit: z
      .number({ error: '개수: 숫자여야 합니다.' })
      .int({ error: '개수: 정수여야 합니다.' })
      .min(1, { error: '개수: 1 이상이어야 합니다.' })
      .max(2000, { error: '개수: 2000 이하여야 합니다.' })
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `알 수 없는 항목이 있습니다: ${issue.keys.join(', ')}`
        : '입력 형식이 올바르지 않습니다.',
  },
);
export type TodayListInput = z.infer<typeof todayListInput>;
