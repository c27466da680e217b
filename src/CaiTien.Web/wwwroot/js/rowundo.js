// Undo and redo of what was done to whole rows: adding, duplicating, deleting, moving and pasting blocks.
// Ctrl+Z first undoes typing in the cell being edited (the browser's own undo); once that cell is as it was when
// it took focus, Ctrl+Z undoes the last row operation. Ctrl+Y or Ctrl+Shift+Z redoes. A deleted row comes back
// from the server's audit log under a new id, so later steps naming the old id are renamed.
(function () {
    'use strict';
    var rows = document.getElementById('rows');
    var undoButton = document.getElementById('undo-row');
    var redoButton = document.getElementById('redo-row');
    if (!rows || !undoButton || !redoButton) return;
    var base = '/ke-hoach/' + rows.getAttribute('data-plan-editor') + '/soan?handler=';
    var status = document.getElementById('paste-status');
    var done = [], undone = [], busy = false;

    function show() {
        undoButton.disabled = busy || done.length === 0;
        redoButton.disabled = busy || undone.length === 0;
        undoButton.title = done.length ? 'Hoàn tác: ' + done[done.length - 1].label : 'Chưa có thao tác dòng để hoàn tác';
        redoButton.title = undone.length ? 'Làm lại: ' + undone[undone.length - 1].label : 'Chưa có thao tác dòng để làm lại';
    }
    function say(text, tone) { status.textContent = text; status.className = 'small text-' + tone; }
    function record(step) { done.push(step); undone = []; show(); }
    function param(path, name) { var m = new RegExp('[?&]' + name + '=(-?\\d+)').exec(path); return m ? m[1] : null; }
    function rename(from, to) {
        done.concat(undone).forEach(function (s) { s.ids = s.ids.map(function (id) { return id === from ? to : id; }); });
    }

    // One row request; its answer (the new row list) is merged like any other, keeping what is being typed.
    function send(handler, query) {
        return fetch(base + handler + query, {
            method: 'POST', credentials: 'same-origin', headers: { 'X-CSRF-TOKEN': window.caitienKeep.token(), 'HX-Request': 'true' },
        }).then(function (response) {
            return response.text().then(function (answer) {
                if (!response.ok) throw new Error(response.status === 404 ? 'dòng không còn trong bảng.' : window.caitienKeep.messageOf(answer) || ('lỗi ' + response.status));
                window.caitienKeep.merge(rows, answer, { ok: true, sent: null });
                htmx.trigger(document.body, 'rowsChanged');
                return response.headers.get('X-Row-Id');
            });
        });
    }
    function each(ids, work) {
        return ids.reduce(function (chain, id) { return chain.then(function () { return work(id); }); }, Promise.resolve());
    }
    function remove(ids) { return each(ids.slice().reverse(), function (id) { return send('DeleteRow', '&rowId=' + id); }); }
    function restore(step) {
        return each(step.ids.slice(), function (id) {
            return send('RestoreRow', '&rowId=' + id).then(function (fresh) {
                step.ids[step.ids.indexOf(id)] = fresh;
                rename(id, fresh);
            });
        });
    }
    function move(step, direction) { return send('MoveRow', '&rowId=' + step.ids[0] + '&direction=' + direction); }

    var backwards = {
        add: function (s) { return remove(s.ids); },
        remove: function (s) { return restore(s); },
        move: function (s) { return move(s, -s.direction); },
    };
    var forwards = {
        add: function (s) { return restore(s); },
        remove: function (s) { return remove(s.ids); },
        move: function (s) { return move(s, s.direction); },
    };

    function replay(from, to, how, verb) {
        if (busy || from.length === 0) return;
        var step = from.pop();
        busy = true; show();
        how[step.kind](step).then(function () {
            to.push(step);
            say('Đã ' + verb + ': ' + step.label + '.', 'success');
        }).catch(function (error) {
            say('Không ' + verb + ' được (' + step.label + '): ' + (error && error.message || 'mất kết nối') + ' Các bước trước đó vẫn còn.', 'danger');
        }).then(function () { busy = false; show(); });
    }
    function undo() { replay(done, undone, backwards, 'hoàn tác'); }
    function redo() { replay(undone, done, forwards, 'làm lại'); }

    document.addEventListener('htmx:afterRequest', function (e) {
        var xhr = e.detail.xhr, path = (e.detail.pathInfo && e.detail.pathInfo.requestPath) || '';
        if (!xhr || xhr.status < 200 || xhr.status >= 300 || path.indexOf(base) !== 0) return;
        var handler = /handler=([A-Za-z]+)/.exec(path)[1], id = xhr.getResponseHeader('X-Row-Id');
        if (handler === 'AddRow') record({ kind: 'add', ids: [id], label: 'thêm dòng' });
        else if (handler === 'DuplicateRow') record({ kind: 'add', ids: [id], label: 'nhân bản dòng' });
        else if (handler === 'DeleteRow') record({ kind: 'remove', ids: [id], label: 'xóa dòng' });
        else if (handler === 'MoveRow') {
            var direction = +param(path, 'direction');
            record({ kind: 'move', ids: [id], direction: direction, label: direction < 0 ? 'chuyển dòng lên' : 'chuyển dòng xuống' });
        }
    });
    document.addEventListener('editor:pasted', function (e) {
        record({ kind: 'add', ids: e.detail.ids, label: 'dán ' + e.detail.ids.length + ' dòng' });
    });

    // The browser's own undo keeps the typing in a cell; it has the first turn while that cell differs from how it
    // was when it took focus.
    document.addEventListener('focusin', function (e) { if (rows.contains(e.target)) e.target.__atFocus = e.target.value; });
    function typingToUndo(el) {
        return el && el.matches && el.matches('input:not([type=checkbox]), textarea') && el.__atFocus !== undefined && el.value !== el.__atFocus;
    }
    document.addEventListener('keydown', function (e) {
        if (e.isComposing || !(e.ctrlKey || e.metaKey) || e.altKey) return;
        var key = e.key.toLowerCase();
        var isUndo = key === 'z' && !e.shiftKey, isRedo = key === 'y' || (key === 'z' && e.shiftKey);
        if (!isUndo && !isRedo) return;
        var el = document.activeElement;
        if (el && el !== document.body && !rows.contains(el) && el.matches('input, textarea, select')) return;
        if (typingToUndo(el)) return;
        if (isUndo && done.length) { e.preventDefault(); undo(); }
        else if (isRedo && undone.length) { e.preventDefault(); redo(); }
    });
    undoButton.addEventListener('click', undo);
    redoButton.addEventListener('click', redo);
    show();
})();
