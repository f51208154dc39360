/**
 * 처음 시작: a spreadsheet without the add-on's tabs gets this card instead of the case list. It
 * asks the three things a centre must decide first, then 시트 준비하기 creates every tab (the
 * menu's 시트 준비·복구) and writes them into 설정, then draws the default 문서 서식 one form at a time
 * (so the first document of the centre does not wait for them); the sidebar then shows the list.
 */
import { ErrorNotice } from '../error-notice';
import { useState } from 'preact/hooks';
import { DOCUMENT_FORMS } from '../../domain/documents/forms';
import { serverMessage } from '../rpc';
import { server } from '../server';
import { SettingInput, settingFieldId, useSettingsEditor } from '../settings-form';

interface WelcomeProps {
  missingTabs: string[];
  /** The sheet is ready: `message` says what was done. */
  onReady(message: string): void;
}

type Progress =
  { status: 'idle' } | { status: 'working'; step: string } | { status: 'error'; message: string };

const SHEET_STEP = '탭과 머리글, 설정을 만드는 중입니다… 1분 정도 걸릴 수 있습니다.';

export function Welcome(props: WelcomeProps) {
  const editor = useSettingsEditor({ casePrefix: '', supervisorEmails: '', reminderHour: '8' });
  const [progress, setProgress] = useState<Progress>({ status: 'idle' });
  const working = progress.status === 'working';

  const prepare = (event: Event) => {
    event.preventDefault();
    if (working) return;
    const problems = editor.check(['casePrefix']);
    if (problems.length > 0) {
      document.getElementById(settingFieldId(problems[0]!))?.focus();
      return;
    }
    setProgress({ status: 'working', step: SHEET_STEP });
    server.prepareWorkbook({ values: editor.values }).then(
      async (report) => {
        const sheetDone = `시트를 준비했습니다: 탭 ${report.createdTabs.length}개를 만들고 설정을 저장했습니다.`;
        const templates = await prepareTemplates((step) => setProgress({ status: 'working', step }));
        props.onReady(`${sheetDone} ${templates} 이제 새 접수로 첫 사례를 등록하세요.`);
      },
      (error: unknown) => setProgress({ status: 'error', message: serverMessage(error) }),
    );
  };

  return (
    <section class="welcome" aria-labelledby="welcome-title">
      <h3 id="welcome-title">처음 시작하기</h3>
      <p>
        이 시트에는 아직 사례관리 탭이 없습니다 ({props.missingTabs.length}개 필요). 아래 세 가지를 정하고
        시트를 준비하면 사례, 욕구사정, 서비스계획 등의 탭이 만들어집니다. 나중에 설정 화면이나 ‘설정’ 탭에서
        바꿀 수 있습니다.
      </p>
      <form class="form" noValidate onSubmit={prepare} aria-busy={working ? 'true' : undefined}>
        <SettingInput
          editor={editor}
          settingKey="casePrefix"
          label="동 이름 (관리번호 앞글자)"
          hint="관리번호의 앞부분이 됩니다. 예: 행복 → 행복-2026-0001"
          placeholder="예: 행복"
          required
          disabled={working}
        />
        <SettingInput
          editor={editor}
          settingKey="supervisorEmails"
          label="슈퍼바이저(복지팀장) 이메일"
          hint="담당자별 현황 요약 메일을 받습니다. 비워 두어도 됩니다."
          placeholder="예: lead@dong.example"
          disabled={working}
        />
        <SettingInput
          editor={editor}
          settingKey="reminderHour"
          label="매일 알림 시각"
          hint="이 시각이 지나면 담당자마다 할 일 메일을 한 통씩 보냅니다."
          disabled={working}
        />
        {progress.status === 'error' ? <ErrorNotice message={progress.message} /> : null}
        {working ? (
          <div class="progress-line">
            <progress aria-label="시트 준비 진행" />
            <p class="muted small" role="status">
              {progress.step}
            </p>
          </div>
        ) : null}
        <div class="form-actions">
          <button type="submit" class="primary" disabled={working}>
            {working ? '준비하는 중…' : '시트 준비하기'}
          </button>
        </div>
      </form>
    </section>
  );
}

/**
 * The default 문서 서식, one form per call so the card can say how far it is. A form whose template
 * could not be drawn is not an error of the setup: its first document draws it instead.
 */
async function prepareTemplates(report: (step: string) => void): Promise<string> {
  const forms = DOCUMENT_FORMS.keys;
  const missed: string[] = [];
  for (const [index, form] of forms.entries()) {
    report(`문서 서식을 만드는 중입니다 (${index + 1}/${forms.length}: ${DOCUMENT_FORMS.label(form)})…`);
    await server.prepareDocumentTemplate({ form }).catch(() => missed.push(DOCUMENT_FORMS.label(form)));
  }
  if (missed.length === 0) return `문서 서식 ${forms.length}종도 드라이브의 ‘서식’ 폴더에 만들었습니다.`;
  return `문서 서식 중 ${missed.join(', ')}은(는) 만들지 못했습니다. 그 문서를 처음 만들 때 서식도 만들어집니다.`;
}
