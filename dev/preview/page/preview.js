/*
 * The preview page: draws the state the server sends (GET /api/state) as a Google Sheets window,
 * runs menu items (POST /api/menu/:fn) and shows what the add-on asked the UI for: sidebars,
 * dialogs, toasts and alerts. The sidebar and dialogs talk to the page through postMessage
 * (see dev/preview/script-run-shim.js).
 */
/* global document, fetch, location, sessionStorage, window -- runs in the browser */
(function () {
  'use strict';

  var $ = function (id) {
    return document.getElementById(id);
  };
  var state = null;
  var currentSheet = sessionStorage.getItem('preview.sheet');
  var selectedRef = 'A1';
  var seen = { sidebars: 0, dialogs: 0, toasts: 0, alerts: 0 };
  var alertQueue = [];
  /** The next drawing of the grid puts the keyboard back on the selected cell (after an edit). */
  var refocusGrid = false;
  /** The cell being typed into: { cell, input }. */
  var editing = null;

  // ---- server calls ----------------------------------------------------------------------------

  function request(method, url, body) {
    return fetch(url, {
      method: method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(function (response) {
      if (!response.ok) {
        return response.text().then(function (text) {
          throw new Error(text || 'HTTP ' + response.status);
        });
      }
      return response.json();
    });
  }

  function refresh() {
    return request('GET', '/api/state').then(render, showFailure);
  }

  function runMenuItem(functionName) {
    closeMenus();
    setStatus(functionName + ' 실행 중…', false);
    return request('POST', '/api/menu/' + encodeURIComponent(functionName)).then(function (reply) {
      render(reply.state);
      if (!reply.outcome.ok)
        showToast({ title: '스크립트 오류', message: reply.outcome.error.message }, true);
    }, showFailure);
  }

  function runTimeTriggers() {
    setStatus('시간 트리거 실행 중…', false);
    return request('POST', '/api/triggers/run').then(function (reply) {
      render(reply.state);
      reply.outcomes.forEach(function (outcome) {
        if (!outcome.ok) showToast({ title: '트리거 오류', message: outcome.error.message }, true);
      });
    }, showFailure);
  }

  /** The clock field is a Seoul wall time (datetime-local has no zone). */
  function setClock(event) {
    event.preventDefault();
    var local = $('preview-clock').value;
    if (!local) return;
    request('POST', '/api/clock', { now: local + ':00+09:00' }).then(function (next) {
      render(next);
      setStatus('미리보기 시각을 ' + local.replace('T', ' ') + '(서울)로 맞췄습니다.', false);
    }, showFailure);
  }

  /** Seoul wall time of an ISO instant as datetime-local's value (YYYY-MM-DDTHH:MM). */
  function seoulLocal(iso) {
    return new Date(Date.parse(iso) + 9 * 3600 * 1000).toISOString().slice(0, 16);
  }

  /** ▶ 시간 트리거 실행 says beforehand when the daily reminders would only wait for their hour. */
  function drawTriggerButton() {
    var button = $('run-triggers');
    button.hidden = state.timeTriggers === 0;
    var early = state.reminderHour !== null && state.clock.seoulHour < state.reminderHour;
    button.textContent = early
      ? '▶ 시간 트리거 실행 (' + state.reminderHour + '시 전: 보내지 않음)'
      : '▶ 시간 트리거 실행';
    button.title = early
      ? '지금은 ' +
        state.clock.seoulHour +
        '시라 매일 알림 시각(' +
        state.reminderHour +
        '시) 전입니다: 실행해도 메일을 보내지 않습니다. 옆의 시각을 바꾸세요.'
      : '설치된 시간 트리거(매일 알림)를 지금 실행합니다';
    var clock = $('preview-clock');
    if (document.activeElement !== clock) clock.value = seoulLocal(state.clock.now);
  }

  function showFailure(error) {
    setStatus('미리보기 서버 오류: ' + error.message, true);
  }

  // ---- drawing ---------------------------------------------------------------------------------

  function escapeHtml(text) {
    return String(text)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
  }

  function columnLetter(index) {
    var letters = '';
    for (var n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
      letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    }
    return letters;
  }

  function displayText(value) {
    if (value === null || value === undefined) return '';
    if (value === true) return 'TRUE';
    if (value === false) return 'FALSE';
    return String(value);
  }

  /** Rough text width: Hangul and other wide characters count double. */
  function textWidth(text) {
    var width = 0;
    for (var i = 0; i < text.length && i < 60; i++) width += text.charCodeAt(i) > 0x2e80 ? 13 : 7.2;
    return width;
  }

  function visibleSheets() {
    return state.spreadsheet.sheets.filter(function (sheet) {
      return !sheet.hidden;
    });
  }

  function render(next) {
    state = next;
    var name = state.spreadsheet.name;
    document.title = name + ' - Google Sheets (미리보기)';
    $('doc-name').textContent = name;
    $('user').textContent = state.user.charAt(0).toUpperCase();
    $('user').title = state.user;
    $('outbox-link').querySelector('.count').textContent = state.mails;
    $('documents-link').querySelector('.count').textContent = state.documents;
    drawTriggerButton();
    if (state.lastCall) setStatus('마지막 호출: ' + state.lastCall.summary, !state.lastCall.ok);

    var sheets = visibleSheets();
    var names = sheets.map(function (sheet) {
      return sheet.name;
    });
    if (names.indexOf(currentSheet) < 0) currentSheet = names[0] || null;
    renderTabs(sheets);
    renderGrid(
      sheets.filter(function (sheet) {
        return sheet.name === currentSheet;
      })[0],
    );
    showNewUi();
  }

  function renderTabs(sheets) {
    var tabs = $('tabs');
    tabs.textContent = '';
    sheets.forEach(function (sheet) {
      var tab = document.createElement('button');
      tab.type = 'button';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(sheet.name === currentSheet));
      tab.textContent = sheet.name;
      tab.addEventListener('click', function () {
        currentSheet = sheet.name;
        selectedRef = 'A1';
        sessionStorage.setItem('preview.sheet', currentSheet);
        render(state);
      });
      tabs.appendChild(tab);
    });
  }

  function renderGrid(sheet) {
    var grid = $('grid');
    var note = $('grid-note');
    if (!sheet) {
      grid.innerHTML = '';
      note.hidden = false;
      note.textContent = '시트가 없습니다.';
      return;
    }
    var rows = sheet.rows;
    var used = rows.reduce(function (max, row) {
      return Math.max(max, row.length);
    }, 0);
    var columnCount = Math.max(used, Math.min(sheet.maxColumns || 26, Math.max(used + 3, 12)));
    var rowCount = Math.max(rows.length, Math.min(sheet.maxRows || 1000, rows.length + 40));
    var frozen = Math.min(sheet.frozenRows || 0, rowCount);

    var widths = [];
    for (var c = 0; c < columnCount; c++) {
      var widest = 0;
      for (var r = 0; r < rows.length && r < 200; r++)
        widest = Math.max(widest, textWidth(displayText(rows[r][c])));
      widths.push(Math.round(Math.min(280, Math.max(90, widest + 14))));
    }

    var html = ['<colgroup><col style="width:46px">'];
    widths.forEach(function (width) {
      html.push('<col style="width:' + width + 'px">');
    });
    html.push('</colgroup><thead><tr><th class="corner row-head"></th>');
    for (c = 0; c < columnCount; c++) html.push('<th>' + columnLetter(c) + '</th>');
    html.push('</tr></thead><tbody>');
    for (r = 0; r < rowCount; r++) {
      var row = rows[r] || [];
      var classes = r < frozen ? 'frozen' + (r === frozen - 1 ? ' frozen-last' : '') : '';
      var sticky = r < frozen ? ' style="top:' + (22 * (r + 1) - 1) + 'px"' : '';
      html.push('<tr' + (classes ? ' class="' + classes + '"' : '') + '>');
      html.push('<th class="row-head"' + sticky + '>' + (r + 1) + '</th>');
      for (c = 0; c < columnCount; c++) {
        var value = row[c];
        var text = displayText(value);
        var ref = columnLetter(c) + (r + 1);
        var cellClass = typeof value === 'number' ? 'num' : typeof value === 'boolean' ? 'bool' : '';
        if (sheet.formulas[ref]) cellClass += ' formula';
        html.push(
          '<td data-ref="' +
            ref +
            '" data-row="' +
            (r + 1) +
            '" data-col="' +
            (c + 1) +
            '"' +
            (cellClass ? ' class="' + cellClass.trim() + '"' : '') +
            sticky +
            (text.length > 12 ? ' title="' + escapeHtml(text) + '"' : '') +
            '>' +
            escapeHtml(text) +
            '</td>',
        );
      }
      html.push('</tr>');
    }
    html.push('</tbody>');
    grid.innerHTML = html.join('');
    note.hidden = sheet.omittedRows === 0;
    note.textContent =
      '미리보기는 처음 ' + rows.length + '행만 보여 줍니다 (' + sheet.omittedRows + '행 생략).';
    selectCell(
      grid.querySelector('td[data-ref="' + selectedRef + '"]') || grid.querySelector('td[data-ref="A1"]'),
      refocusGrid,
    );
    refocusGrid = false;
  }

  /** The selected cell is the grid's one tab stop (roving tabindex); `focus` moves the keyboard there. */
  function selectCell(cell, focus) {
    var previous = $('grid').querySelector('td.selected');
    if (previous) {
      previous.classList.remove('selected');
      previous.removeAttribute('tabindex');
    }
    if (!cell) return;
    cell.classList.add('selected');
    cell.tabIndex = 0;
    if (focus) cell.focus();
    var ref = cell.getAttribute('data-ref');
    selectedRef = ref;
    var sheet = currentSheetView();
    $('cell-ref').textContent = ref;
    $('cell-value').textContent = (sheet && sheet.formulas[ref]) || cell.textContent;
  }

  function setStatus(text, isError) {
    var status = $('status');
    status.textContent = text;
    status.title = text;
    status.classList.toggle('error', Boolean(isError));
  }

  // ---- hand edits (POST /api/edit, dev/preview/hand-edit.ts) -----------------------------------

  function selectedCell() {
    return $('grid').querySelector('td.selected');
  }

  function position(cell) {
    return { row: Number(cell.getAttribute('data-row')), column: Number(cell.getAttribute('data-col')) };
  }

  /** Sends one edit; `after` is where the selection goes once the grid is drawn again. */
  function editByHand(edit, after) {
    edit.sheet = currentSheet;
    return request('POST', '/api/edit', edit).then(function (reply) {
      if (reply.outcome.ok && after) selectedRef = columnLetter(after.column - 1) + after.row;
      refocusGrid = true;
      render(reply.state);
      setStatus(reply.outcome.message, !reply.outcome.ok);
    }, showFailure);
  }

  /** Typing into a cell, as in Sheets: `initial` replaces the content, otherwise it is kept to change. */
  function startEditing(cell, initial) {
    if (editing) return;
    var sheet = currentSheetView();
    var ref = cell.getAttribute('data-ref');
    var input = document.createElement('input');
    input.type = 'text';
    input.className = 'cell-editor';
    input.setAttribute('aria-label', ref + ' 칸 입력');
    input.value = initial !== undefined ? initial : (sheet && sheet.formulas[ref]) || cell.textContent;
    cell.textContent = '';
    cell.classList.add('editing');
    cell.appendChild(input);
    editing = { cell: cell, input: input };
    input.focus();
    input.addEventListener('blur', function () {
      if (editing && editing.input === input) finishEditing(true);
    });
  }

  /** Enter saves and moves down, Tab right; Escape (keep=false) puts the cell back as it was. */
  function finishEditing(keep, down, right) {
    var cell = editing.cell;
    var text = editing.input.value;
    editing = null;
    var at = position(cell);
    // A blur (a click elsewhere) leaves the selection where the click put it.
    var next = down === undefined ? null : { row: at.row + down, column: at.column + right };
    if (!keep) {
      refocusGrid = true;
      render(state);
      return;
    }
    editByHand({ kind: 'type', row: at.row, column: at.column, text: text }, next);
  }

  function runEditButton(action) {
    var cell = selectedCell();
    if (!cell) return;
    var at = position(cell);
    if (action === 'insertRow')
      editByHand({ kind: 'insertRow', row: at.row }, { row: at.row, column: at.column });
    if (action === 'insertColumn') {
      editByHand({ kind: 'insertColumn', column: at.column }, { row: at.row, column: at.column + 1 });
    }
    if (action === 'moveLeft' || action === 'moveRight') {
      var step = action === 'moveLeft' ? -1 : 1;
      editByHand(
        { kind: 'moveColumn', column: at.column, direction: action === 'moveLeft' ? 'left' : 'right' },
        { row: at.row, column: at.column + step },
      );
    }
    if (action === 'sortAscending' || action === 'sortDescending') {
      editByHand({ kind: 'sort', column: at.column, ascending: action === 'sortAscending' }, at);
    }
  }

  var MOVES = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

  function onGridKey(event) {
    if (editing) {
      if (event.key === 'Enter') finishEditing(true, 1, 0);
      else if (event.key === 'Tab') finishEditing(true, 0, 1);
      else if (event.key === 'Escape') finishEditing(false, 0, 0);
      else return;
      event.preventDefault();
      return;
    }
    var cell = event.target.closest('td');
    if (!cell) return;
    var at = position(cell);
    var move = MOVES[event.key];
    if (move) {
      var target = $('grid').querySelector(
        'td[data-row="' + (at.row + move[0]) + '"][data-col="' + (at.column + move[1]) + '"]',
      );
      if (target) selectCell(target, true);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      startEditing(cell);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      editByHand({ kind: 'type', row: at.row, column: at.column, text: '' }, at);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      startEditing(cell, event.key);
    } else if (event.key === 'Process') {
      // A Hangul IME starting a syllable: open the cell empty and let the syllable go into it.
      startEditing(cell, '');
      return;
    } else {
      return;
    }
    event.preventDefault();
  }

  function currentSheetView() {
    return visibleSheets().filter(function (s) {
      return s.name === currentSheet;
    })[0];
  }

  // ---- menus -----------------------------------------------------------------------------------

  function closeMenus() {
    $('menu-layer').textContent = '';
    document.querySelectorAll('.menubar > button').forEach(function (button) {
      button.setAttribute('aria-expanded', 'false');
    });
  }

  function menuItem(label, options) {
    var item = document.createElement('div');
    item.setAttribute('role', 'menuitem');
    item.tabIndex = -1;
    var text = document.createElement('span');
    text.textContent = label;
    item.appendChild(text);
    if (options.disabled) item.setAttribute('aria-disabled', 'true');
    if (options.submenu) {
      item.setAttribute('aria-haspopup', 'true');
      item.setAttribute('aria-expanded', 'false');
      var arrow = document.createElement('span');
      arrow.className = 'arrow';
      arrow.textContent = '▶';
      item.appendChild(arrow);
    }
    if (options.onClick) item.addEventListener('click', options.onClick);
    return item;
  }

  function dropdown(x, y, level) {
    var menu = document.createElement('div');
    menu.className = 'menu-dropdown';
    menu.setAttribute('role', 'menu');
    menu.style.left = x + 'px';
    menu.style.top = y + 'px';
    menu.dataset.level = String(level);
    $('menu-layer').appendChild(menu);
    return menu;
  }

  function closeSubmenus(level) {
    document.querySelectorAll('#menu-layer .menu-dropdown').forEach(function (menu) {
      if (Number(menu.dataset.level) > level) menu.remove();
    });
    document
      .querySelectorAll('#menu-layer .menu-dropdown[data-level="' + level + '"] [aria-expanded]')
      .forEach(function (item) {
        item.setAttribute('aria-expanded', 'false');
      });
  }

  /** An add-on's own menu (createAddonMenu) or one of its sub-menus, opened to the right of its entry. */
  function openSubmenu(entry, title, items, level) {
    closeSubmenus(level - 1);
    entry.setAttribute('aria-expanded', 'true');
    var box = entry.getBoundingClientRect();
    var submenu = dropdown(box.right - 2, box.top - 6, level);
    submenu.setAttribute('aria-label', title);
    items.forEach(function (item) {
      if (item.separator) {
        var line = document.createElement('div');
        line.setAttribute('role', 'separator');
        submenu.appendChild(line);
      } else if (item.submenu) {
        submenu.appendChild(submenuEntry(item.caption, item.submenu, level + 1));
      } else {
        submenu.appendChild(
          menuItem(item.caption, {
            onClick: function () {
              runMenuItem(item.functionName);
            },
          }),
        );
      }
    });
  }

  function submenuEntry(title, items, level) {
    var entry = menuItem(title, { submenu: true });
    var open = function (event) {
      if (event) event.stopPropagation();
      if (entry.getAttribute('aria-expanded') !== 'true') openSubmenu(entry, title, items, level);
    };
    entry.addEventListener('click', open);
    entry.addEventListener('mouseenter', function () {
      open();
    });
    return entry;
  }

  function openMenu(button) {
    var wasOpen = button.getAttribute('aria-expanded') === 'true';
    closeMenus();
    if (wasOpen) return;
    button.setAttribute('aria-expanded', 'true');
    var box = button.getBoundingClientRect();
    var menu = dropdown(box.left, box.bottom + 2, 0);
    if (button.dataset.menu !== 'extensions') {
      menu.appendChild(menuItem('미리보기에서는 쓸 수 없는 메뉴입니다', { disabled: true }));
      return;
    }
    menu.setAttribute('aria-label', '확장 프로그램');
    menu.appendChild(menuItem('부가기능', { disabled: true, submenu: true }));
    menu.appendChild(menuItem('매크로', { disabled: true, submenu: true }));
    menu.appendChild(menuItem('Apps Script', { disabled: true }));
    var line = document.createElement('div');
    line.setAttribute('role', 'separator');
    menu.appendChild(line);
    var menus = state ? state.menus : [];
    if (menus.length === 0) menu.appendChild(menuItem('(onOpen이 만든 메뉴 없음)', { disabled: true }));
    menus.forEach(function (addonMenu) {
      menu.appendChild(submenuEntry(addonMenu.title, addonMenu.items, 1));
    });
  }

  // ---- sidebar, dialogs, toasts, alerts -----------------------------------------------------------

  function showNewUi() {
    if (state.sidebars.count > seen.sidebars) openSidebar(state.sidebars.count - 1, state.sidebars.title);
    if (state.dialogs.count > seen.dialogs && state.dialogs.latest) {
      openDialog(state.dialogs.count - 1, state.dialogs.latest);
    }
    state.toasts.slice(seen.toasts).forEach(function (toast) {
      showToast(toast, false);
    });
    state.alerts.slice(seen.alerts).forEach(function (alert) {
      alertQueue.push(alert);
    });
    markSeen();
    showNextAlert();
  }

  function markSeen() {
    seen = {
      sidebars: state.sidebars.count,
      dialogs: state.dialogs.count,
      toasts: state.toasts.length,
      alerts: state.alerts.length,
    };
  }

  function openSidebar(index, title) {
    $('sidebar-title').textContent = title || '';
    $('sidebar-frame').src = '/sidebar?i=' + index;
    $('sidebar').hidden = false;
  }

  function closeSidebar() {
    $('sidebar').hidden = true;
    $('sidebar-frame').src = 'about:blank';
  }

  function openDialog(index, dialog) {
    var layer = document.createElement('div');
    layer.className = 'overlay dialog-overlay';
    if (!dialog.modal) layer.style.background = 'transparent';
    var box = document.createElement('div');
    box.className = 'modal';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', dialog.title);
    box.style.width = (dialog.width || 600) + 'px';
    box.style.height = (dialog.height || 400) + 60 + 'px';
    var header = document.createElement('header');
    var heading = document.createElement('h2');
    heading.textContent = dialog.title;
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'icon-button';
    close.setAttribute('aria-label', '닫기');
    close.textContent = '✕';
    close.addEventListener('click', closeDialog);
    header.appendChild(heading);
    header.appendChild(close);
    var frame = document.createElement('iframe');
    frame.title = dialog.title;
    frame.setAttribute('sandbox', $('sidebar-frame').getAttribute('sandbox'));
    frame.src = '/dialog?i=' + index;
    box.appendChild(header);
    box.appendChild(frame);
    layer.appendChild(box);
    closeDialog();
    $('modal-layer').appendChild(layer);
  }

  function closeDialog() {
    document.querySelectorAll('.dialog-overlay').forEach(function (layer) {
      layer.remove();
    });
  }

  function showToast(toast, isError) {
    var card = document.createElement('div');
    card.className = 'toast' + (isError ? ' error' : '');
    card.setAttribute('role', isError ? 'alert' : 'status');
    var text = document.createElement('div');
    text.className = 'toast-text';
    if (toast.title) {
      var title = document.createElement('strong');
      title.textContent = toast.title;
      text.appendChild(title);
    }
    text.appendChild(document.createTextNode(toast.message));
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'icon-button';
    close.setAttribute('aria-label', '알림 닫기');
    close.textContent = '✕';
    close.addEventListener('click', function () {
      card.remove();
    });
    card.appendChild(text);
    card.appendChild(close);
    $('toasts').appendChild(card);
    setTimeout(
      function () {
        card.remove();
      },
      isError ? 15000 : 8000,
    );
  }

  function showNextAlert() {
    if (alertQueue.length === 0 || document.querySelector('.alert-overlay')) return;
    var alert = alertQueue.shift();
    var layer = document.createElement('div');
    layer.className = 'overlay alert-overlay';
    var box = document.createElement('div');
    box.className = 'modal';
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-label', alert.title || '알림');
    box.innerHTML =
      (alert.title ? '<header><h2>' + escapeHtml(alert.title) + '</h2></header>' : '') +
      '<p class="prompt">' +
      escapeHtml(alert.prompt) +
      '</p><div class="actions"><button type="button">확인</button></div>';
    box.querySelector('button').addEventListener('click', function () {
      layer.remove();
      showNextAlert();
    });
    layer.appendChild(box);
    $('modal-layer').appendChild(layer);
    box.querySelector('button').focus();
  }

  // ---- events ----------------------------------------------------------------------------------

  window.addEventListener('message', function (event) {
    var message = event.data;
    if (!message || message.source !== 'dong-case-preview' || event.origin !== location.origin) return;
    if (message.type === 'ran') refresh();
    if (message.type === 'close') {
      if (message.host === 'dialog') closeDialog();
      else closeSidebar();
    }
    if (message.type === 'resize' && message.host === 'dialog') {
      var box = document.querySelector('.dialog-overlay .modal');
      if (box && message.width) box.style.width = message.width + 'px';
      if (box && message.height) box.style.height = message.height + 60 + 'px';
    }
    if (message.type === 'focus-editor') $('grid-wrap').focus();
  });

  document.addEventListener('click', function (event) {
    var button = event.target.closest('.menubar > button');
    if (button) {
      openMenu(button);
      return;
    }
    if (!event.target.closest('.menu-dropdown')) closeMenus();
    var cell = event.target.closest('#grid td');
    if (cell && !cell.classList.contains('editing')) selectCell(cell, true);
    var editButton = event.target.closest('[data-edit]');
    if (editButton) runEditButton(editButton.getAttribute('data-edit'));
  });

  document.addEventListener('dblclick', function (event) {
    var cell = event.target.closest('#grid td');
    if (cell) startEditing(cell);
  });

  $('grid').addEventListener('keydown', onGridKey);

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') closeMenus();
  });

  $('sidebar-close').addEventListener('click', closeSidebar);
  $('run-triggers').addEventListener('click', runTimeTriggers);
  $('clock-form').addEventListener('submit', setClock);

  // Opening the page opens the spreadsheet: onOpen runs and builds the add-on menu.
  request('POST', '/api/open').then(function (first) {
    state = first;
    markSeen();
    render(first);
  }, showFailure);
})();
