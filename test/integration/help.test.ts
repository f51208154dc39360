import { startAddon } from '../support/addon-harness';

describe('the menu’s 도움말', () => {
  it('is in the add-on menu', () => {
    const { env, addon } = startAddon({ setup: false });
    addon.fn('onOpen')!({});
    expect(env.ui.menus.at(-1)!.items).toContainEqual({ caption: '도움말', functionName: 'showHelp' });
  });

  it('links the support page, privacy policy and terms the maintainer set', () => {
    const { env, call } = startAddon({ setup: false });
    const script = (
      env.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService
    ).getScriptProperties();
    script.setProperty('supportUrl', 'https://help.example/dong-case');
    script.setProperty('privacyUrl', 'https://help.example/privacy');
    script.setProperty('termsUrl', 'https://help.example/terms?a=1&b=2');
    call('showHelp');
    const dialog = env.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe('동 사례관리 도움말');
    expect(dialog.modal).toBe(false);
    expect(dialog.html).toContain(
      '<a href="https://help.example/dong-case" target="_blank" rel="noopener">문의·도움말</a>',
    );
    expect(dialog.html).toContain('href="https://help.example/privacy"');
    expect(dialog.html).toContain('href="https://help.example/terms?a=1&amp;b=2"');
  });

  it('says whom to ask when no address is set, and never links anything but https', () => {
    const { env, call } = startAddon({ setup: false });
    const script = (
      env.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService
    ).getScriptProperties();
    script.setProperty('supportUrl', 'javascript:alert(1)');
    call('showHelp');
    const html = env.ui.dialogs.at(-1)!.html;
    expect(html).not.toContain('<a ');
    expect(html).toContain('이 시트를 공유해 준 담당자에게 문의하세요');
  });
});
