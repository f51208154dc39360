/**
 * The 직원 명부 as the fields that take a person offer it: once listed, the server accepts only its
 * addresses as 담당 사례관리자 and 보조담당자, so the sidebar suggests them instead of leaving an
 * officer to type an address from memory. Read once per sidebar (the tab changes rarely, and a
 * stale list only costs a suggestion: the server still decides).
 */
import { useEffect, useState } from 'preact/hooks';
import type { StaffRecord } from './api';
import { TextField } from './form';
import type { TextProps } from './form/text-field';
import { server } from './server';

export interface StaffSuggestion {
  value: string;
  label: string;
}

let loading: Promise<StaffRecord[]> | null = null;

function staffList(): Promise<StaffRecord[]> {
  loading ??= server.getStaff({}).then(
    (result) => result.staff,
    () => {
      loading = null; // a failed read is tried again by the next field that asks
      return [];
    },
  );
  return loading;
}

/** After the 직원 명부 changed in 설정: the next field reads it again. */
export function forgetStaffList(): void {
  loading = null;
}

/** The listed workers as suggestions ("김사회 · 복지팀장"); empty while loading or when none is listed. */
export function useStaffSuggestions(): StaffSuggestion[] {
  const [suggestions, setSuggestions] = useState<StaffSuggestion[]>([]);
  useEffect(() => {
    let current = true;
    void staffList().then((staff) => {
      if (current)
        setSuggestions(
          staff
            .filter((member) => member.email !== '')
            .map((member) => ({ value: member.email, label: member.name || member.email })),
        );
    });
    return () => {
      current = false;
    };
  }, []);
  return suggestions;
}

/** An e-mail field for a person the 직원 명부 should hold, offering the listed workers. */
export function StaffEmailField(props: Omit<TextProps, 'type' | 'inputMode' | 'suggestions'>) {
  return <TextField {...props} type="email" inputMode="email" suggestions={useStaffSuggestions()} />;
}
