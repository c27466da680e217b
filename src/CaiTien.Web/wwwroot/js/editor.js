// The plan editor as a grid: Enter and the arrow keys move between the same cell of neighbouring rows,
// Alt+Shift+↑/↓ moves a row, Ctrl+Shift+Enter adds one, Ctrl+Shift+Delete deletes one, and a block of rows
// copied from Word (HTML table) or Excel (tab-separated) pastes into rows through the server's reader.
// Keys pressed while an input method composes (Unikey, EVKey, phone keyboards) are left alone.
(function () {
    'use strict';
    var rows = document.getElementById('rows');
    if (!rows) return;
    var planId = rows.getAttribute('data-plan-editor');

    document.addEventListener('click', function (e) {
        var btn = e.target.closest('[data-append-to]');
        if (!btn) return;
        var t = document.getElementById(btn.getAttribute('data-append-to'));
        t.value = (t.value.trim() ? t.value.trim() + '\n' : '') + btn.getAttribute('data-basis');
        t.dispatchEvent(new Event('input', { bubbles: true }));
        t.dispatchEvent(new Event('change', { bubbles: true }));
    });

    function rowOf(el) { return el.closest('section.row-editor'); }
    function fieldName(el) { return el.getAttribute('name'); }
    function cellIn(row, name) { return row && row.querySelector('[name="' + name + '"]'); }
    function sibling(row, step) {
        var list = Array.prototype.slice.call(rows.querySelectorAll('section.row-editor'));
        var i = list.indexOf(row) + step;
        return i >= 0 && i < list.length ? list[i] : null;
    }
    function atFirstLine(el) { return el.tagName !== 'TEXTAREA' || el.value.lastIndexOf('\n', el.selectionStart - 1) < 0; }
    function atLastLine(el) { return el.tagName !== 'TEXTAREA' || el.value.indexOf('\n', el.selectionEnd) < 0; }
    function go(row, name) {
        var cell = cellIn(row, name);
        if (!cell) return false;
        cell.focus();
        if (cell.setSelectionRange && cell.type !== 'checkbox') { var end = cell.value.length; cell.setSelectionRange(end, end); }
        return true;
    }
    function post(handler, row) {
        var btn = row && row.querySelector('[hx-post*="handler=' + handler + '"]');
        if (btn) { htmx.trigger(btn, 'click'); return true; }
        return false;
    }

    rows.addEventListener('keydown', function (e) {
        var el = e.target;
        if (e.isComposing || e.keyCode === 229) return;
        if (!el.matches('input, textarea, select')) return;
        var row = rowOf(el), name = fieldName(el);
        if (!row || !name || name === 'rowId' || name === 'version') return;
        if (e.altKey && e.shiftKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
            e.preventDefault();
            moveRow(row, e.key === 'ArrowUp' ? -1 : 1, name);
            return;
        }
        if (e.ctrlKey && e.shiftKey && e.key === 'Enter') { e.preventDefault(); addRow(); return; }
        if (e.ctrlKey && e.shiftKey && (e.key === 'Delete' || e.key === 'Backspace')) { e.preventDefault(); deleteRow(row); return; }
        if (e.altKey || e.ctrlKey || e.metaKey) return;
        if (e.key === 'Enter' && el.tagName !== 'TEXTAREA' && el.type !== 'checkbox') {
            e.preventDefault();
            el.dispatchEvent(new Event('change', { bubbles: true }));
            if (!go(sibling(row, e.shiftKey ? -1 : 1), name) && !e.shiftKey) addRow();
            return;
        }
        if (el.tagName === 'SELECT' || el.getAttribute('list')) return; // the arrows choose from the list
        if (e.key === 'ArrowUp' && !e.shiftKey && atFirstLine(el) && go(sibling(row, -1), name)) e.preventDefault();
        else if (e.key === 'ArrowDown' && !e.shiftKey && atLastLine(el) && go(sibling(row, 1), name)) e.preventDefault();
    });

    function addRow() { htmx.trigger(document.getElementById('add-row'), 'click'); }
    function moveRow(row, direction, name) {
        var id = row.getAttribute('data-row-id');
        post('MoveRow&rowId=' + id + '&direction=' + direction, row);
        document.addEventListener('keep:merged', function again() {
            document.removeEventListener('keep:merged', again);
            var moved = document.getElementById('row-' + id);
            if (moved && !moved.contains(document.activeElement)) go(moved, name);
        });
    }
    function deleteRow(row) {
        var next = sibling(row, 1) || sibling(row, -1);
        var btn = row.querySelector('[hx-post*="handler=DeleteRow"]');
        if (!btn) return;
        btn.click();
        document.addEventListener('keep:merged', function again() {
            document.removeEventListener('keep:merged', again);
            if (next && document.contains(next)) go(next, 'Criterion');
        });
    }

    window.caitienEditor = { planId: planId, go: go };
})();

// Pasting a block of rows: an HTML table (Word) or text with tabs or several lines with tabs (Excel) becomes rows
// read on the server by the importer's table reader; a plain paste into one cell stays a normal paste.
(function () {
    'use strict';
    var rows = document.getElementById('rows');
    if (!rows) return;
    var planId = rows.getAttribute('data-plan-editor');
    var status = document.getElementById('paste-status');

    function isBlock(html, text) {
        if (html && /<table[\s>]/i.test(html) && /<tr[\s>][\s\S]*<tr[\s>]|<td[\s>][\s\S]*<td[\s>]/i.test(html)) return true;
        return !!text && text.indexOf('\t') >= 0;
    }

    document.addEventListener('paste', function (e) {
        var inEditor = rows.contains(e.target) || e.target === document.body || (e.target.id === 'add-row');
        if (!inEditor || !e.clipboardData) return;
        var html = e.clipboardData.getData('text/html');
        var text = e.clipboardData.getData('text/plain');
        if (!isBlock(html, text)) return;
        e.preventDefault();
        var row = e.target.closest && e.target.closest('section.row-editor');
        var body = new URLSearchParams();
        if (html) body.set('html', html);
        if (text) body.set('text', text);
        if (row) body.set('afterRowId', row.getAttribute('data-row-id'));
        status.textContent = 'Đang đọc các dòng đã dán…';
        status.className = 'small text-muted';
        fetch('/ke-hoach/' + planId + '/soan?handler=Paste', {
            method: 'POST', body: body, credentials: 'same-origin',
            headers: { 'X-CSRF-TOKEN': window.caitienKeep.token(), 'HX-Request': 'true' },
        }).then(function (response) {
            return response.text().then(function (answer) {
                if (!response.ok) {
                    status.textContent = 'Không dán được: ' + (window.caitienKeep.messageOf(answer) || ('lỗi ' + response.status)) + ' Nội dung đã chép vẫn còn trong bộ nhớ tạm.';
                    status.className = 'small text-danger';
                    return;
                }
                var added = window.caitienKeep.merge(rows, answer, { ok: true, sent: null });
                var ids = (response.headers.get('X-Row-Id') || '').split(',').filter(Boolean);
                status.textContent = 'Đã thêm ' + ids.length + ' dòng từ khối đã dán.';
                status.className = 'small text-success';
                htmx.trigger(document.body, 'rowsChanged');
                if (ids.length) document.dispatchEvent(new CustomEvent('editor:pasted', { detail: { ids: ids } }));
                var first = added.filter(function (a) { return a.matches && a.matches('section.row-editor'); })[0];
                if (first) first.scrollIntoView({ block: 'nearest' });
            });
        }).catch(function () {
            status.textContent = 'Mất kết nối: chưa dán được; hãy dán lại.';
            status.className = 'small text-danger';
        });
    });
})();
