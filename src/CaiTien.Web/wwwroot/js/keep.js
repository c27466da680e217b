// Nothing typed is lost: htmx answers are merged into the page without replacing a field that has focus or
// unsaved text, refusals (4xx) are shown in place, each form shows its state, unsaved text is kept in
// localStorage until the server confirms it, and leaving the page with unsaved text asks first.
(function () {
    'use strict';
    var PREFIX = 'caitien:keep:' + location.pathname + ':';
    var composing = null;
    var inFlight = 0;

    function isField(n) {
        return n && n.nodeType === 1 && (n.tagName === 'INPUT' || n.tagName === 'TEXTAREA' || n.tagName === 'SELECT');
    }
    function isToggle(el) { return el.type === 'checkbox' || el.type === 'radio'; }
    function kept(el) {
        return isField(el) && el.id && el.type !== 'hidden' && el.type !== 'password' && el.type !== 'file' && !isToggle(el) && !el.disabled;
    }
    function current(el) { return isToggle(el) ? String(el.checked) : el.value; }
    function saved(el) {
        if (isToggle(el)) return String(el.defaultChecked);
        if (el.tagName === 'SELECT') {
            for (var i = 0; i < el.options.length; i++) if (el.options[i].defaultSelected) return el.options[i].value;
            return el.options.length ? el.options[0].value : '';
        }
        return el.defaultValue;
    }
    function serverValue(n) {
        if (isToggle(n)) return String(n.hasAttribute('checked'));
        if (n.tagName === 'TEXTAREA') return n.textContent;
        if (n.tagName === 'SELECT') {
            var sel = n.querySelector('option[selected]') || n.querySelector('option');
            return sel ? (sel.hasAttribute('value') ? sel.getAttribute('value') : sel.textContent) : '';
        }
        return n.getAttribute('value') || '';
    }
    function setSaved(el, v) {
        if (isToggle(el)) el.defaultChecked = v === 'true';
        else if (el.tagName === 'SELECT') for (var i = 0; i < el.options.length; i++) el.options[i].defaultSelected = el.options[i].value === v;
        else if (el.type !== 'file') el.defaultValue = v;
    }
    function setCurrent(el, v) {
        if (isToggle(el)) el.checked = v === 'true';
        else if (el.type === 'file') { if (v === '') el.value = ''; }
        else el.value = v;
    }
    function dirty(el) { return el.type !== 'hidden' && el.type !== 'file' && current(el) !== saved(el); }

    // ---- keeping drafts in the browser ----
    function remember(el) {
        if (!kept(el)) return;
        try {
            if (dirty(el)) localStorage.setItem(PREFIX + el.id, JSON.stringify({ v: current(el), base: saved(el) }));
            else localStorage.removeItem(PREFIX + el.id);
        } catch (e) { /* storage full or blocked: the page still asks before leaving */ }
    }
    function restore(root) {
        root.querySelectorAll('form[data-keep]').forEach(function (form) {
            var restored = false, matches = true;
            form.querySelectorAll('input, textarea, select').forEach(function (el) {
                if (!kept(el)) return;
                var raw = null;
                try { raw = localStorage.getItem(PREFIX + el.id); } catch (e) { return; }
                if (!raw) return;
                var draft;
                try { draft = JSON.parse(raw); } catch (e) { return; }
                if (draft.v === current(el)) { localStorage.removeItem(PREFIX + el.id); return; }
                setCurrent(el, draft.v);
                restored = true;
                // The server holding neither the text the draft started from nor a part of it means someone
                // else changed the field: the draft is shown but not saved over their text without a look.
                var server = saved(el);
                if (draft.base !== server && !(server && draft.v.indexOf(server) === 0)) matches = false;
            });
            if (!restored) return;
            if (matches && autoSaves(form)) {
                setState(form, 'saving');
                htmx.trigger(form, 'change');
            } else {
                setState(form, 'error', 'Đã khôi phục nội dung chưa lưu từ trình duyệt — kiểm tra rồi bấm Lưu.');
            }
        });
    }
    function autoSaves(form) { return (form.getAttribute('hx-trigger') || '').indexOf('change') >= 0; }

    // ---- per-form state ----
    var LABELS = { dirty: 'Chưa lưu', saving: 'Đang lưu…', saved: 'Đã lưu', error: 'Lỗi — chưa lưu', conflict: 'Xung đột — chưa lưu', pending: 'Đang lưu…', offline: 'Mất kết nối — chưa lưu, sẽ thử lại' };
    function stateOf(form) { return form && form.querySelector('[data-state]'); }
    function setState(form, state, text) {
        var box = stateOf(form);
        if (!form) return;
        form.setAttribute('data-save-state', state);
        var row = form.closest('[data-row-id]');
        if (row) row.setAttribute('data-save-state', state);
        if (!box) return;
        box.textContent = text || LABELS[state] || '';
        box.className = 'small save-state save-' + state;
    }
    function anyDirty(form) {
        var found = false;
        form.querySelectorAll('input, textarea, select').forEach(function (el) { if (isField(el) && el.id && dirty(el)) found = true; });
        return found;
    }

    // ---- merge an answer into the page ----
    function keyOf(n) {
        if (n.nodeType !== 1) return null;
        if (n.id) return '#' + n.id;
        var inner = n.querySelector('[id]');
        return inner ? n.tagName + '>' + inner.id : null;
    }
    function syncAttributes(o, n) {
        var skip = { value: 1, checked: 1, selected: 1, open: 1 };
        for (var i = o.attributes.length - 1; i >= 0; i--) {
            var a = o.attributes[i].name;
            if (!skip[a] && !n.hasAttribute(a) && a.indexOf('data-save') !== 0) o.removeAttribute(a);
        }
        for (var j = 0; j < n.attributes.length; j++) {
            var b = n.attributes[j];
            if (!skip[b.name] && o.getAttribute(b.name) !== b.value) o.setAttribute(b.name, b.value);
        }
    }
    function mergeField(o, n, ctx) {
        if (n.type === 'hidden') { o.value = n.getAttribute('value') || ''; o.defaultValue = o.value; syncAttributes(o, n); return; }
        syncAttributes(o, n);
        if (!ctx.ok) return; // a refusal: the typed text stays, the saved value is unchanged
        var v = serverValue(n);
        var unchanged = ctx.sent && (o.id in ctx.sent) ? current(o) === ctx.sent[o.id] : !dirty(o);
        setSaved(o, v);
        if (unchanged && current(o) !== v && !(o === document.activeElement && o.type !== 'file' && !isToggle(o))) setCurrent(o, v);
        remember(o);
    }
    function mergeNode(o, n, ctx) {
        if (isField(o) && isField(n)) return mergeField(o, n, ctx);
        if (o.nodeType === 1 && o.hasAttribute('data-js-owned')) return;
        if (o.nodeType === 1) { syncAttributes(o, n); mergeChildren(o, n, ctx); return; }
        if (o.nodeValue !== n.nodeValue) o.nodeValue = n.nodeValue;
    }
    function mergeChildren(o, n, ctx) {
        var byKey = {};
        o.childNodes.forEach(function (c) { var k = keyOf(c); if (k) byKey[k] = c; });
        var wanted = [];
        Array.prototype.slice.call(n.childNodes).forEach(function (c) {
            var k = keyOf(c), old = k && byKey[k];
            if (old && old.nodeName === c.nodeName) { delete byKey[k]; mergeNode(old, c, ctx); wanted.push(old); }
            else { wanted.push(c); if (c.nodeType === 1) ctx.added.push(c); }
        });
        // Old nodes without a counterpart go first, so kept nodes (a focused field among them) never move
        // unless their order changed.
        Object.keys(byKey).forEach(function (k) { if (byKey[k].parentNode === o) o.removeChild(byKey[k]); });
        Array.prototype.slice.call(o.childNodes).forEach(function (c) { if (!keyOf(c) && wanted.indexOf(c) < 0) o.removeChild(c); });
        var ref = o.firstChild;
        wanted.forEach(function (w) {
            if (w === ref) ref = ref.nextSibling;
            else o.insertBefore(w, ref);
        });
        while (ref) { var next = ref.nextSibling; o.removeChild(ref); ref = next; }
    }
    function merge(target, html, ctx) {
        var tpl = document.createElement('template');
        tpl.innerHTML = html;
        var frag = tpl.content;
        // An answer carrying an element with the target's id (a partial or a whole page) is merged from it;
        // otherwise the answer is the target's new content.
        var root = target.id ? frag.getElementById(target.id) : null;
        ctx.added = [];
        if (root) { syncAttributes(target, root); mergeChildren(target, root, ctx); }
        else mergeChildren(target, frag, ctx);
        htmx.process(target);
        return ctx.added;
    }
    function snapshot(form) {
        var sent = {};
        if (!form || !form.querySelectorAll) return null;
        form.querySelectorAll('input, textarea, select').forEach(function (el) { if (el.id) sent[el.id] = current(el); });
        return sent;
    }
    function formOf(elt) { return elt && (elt.tagName === 'FORM' ? elt : elt.closest('form')); }

    // ---- htmx wiring ----
    document.addEventListener('htmx:beforeRequest', function (e) {
        var form = formOf(e.detail.elt);
        var target = e.detail.target;
        if (target) { target.__sent = form && form.hasAttribute('data-keep') ? snapshot(form) : null; target.__form = form; }
        if (form && form.hasAttribute('data-keep')) setState(form, 'saving');
        inFlight++;
    });
    document.addEventListener('htmx:afterRequest', function (e) {
        inFlight = Math.max(0, inFlight - 1);
        var xhr = e.detail.xhr;
        var form = formOf(e.detail.elt);
        if (form && form.hasAttribute('data-keep') && xhr && xhr.status === 0) {
            setState(form, 'offline');
            setTimeout(function () { if (document.contains(form)) htmx.trigger(form, autoSaves(form) ? 'change' : 'submit'); }, 5000);
        } else if (form && form.hasAttribute('data-keep') && xhr && xhr.status >= 500) {
            setState(form, 'error', 'Lỗi máy chủ — chưa lưu; nội dung vẫn giữ trên trang này.');
        }
    });
    document.addEventListener('htmx:beforeSwap', function (e) {
        var d = e.detail, status = d.xhr.status;
        // Refusals carry the form with its messages and the typed text: show them, do not drop them.
        if (status === 400 || status === 403 || status === 404 || status === 409 || status === 422) { d.shouldSwap = true; d.isError = false; }
        if (!d.shouldSwap || !d.target || !d.target.hasAttribute('data-merge')) return;
        d.shouldSwap = false;
        var target = d.target;
        var ok = status >= 200 && status < 300;
        var elt = (d.requestConfig && d.requestConfig.elt) || d.elt;
        var added = merge(target, d.serverResponse, { ok: ok, sent: target.__sent });
        target.__sent = null;
        var form = target.__form || formOf(elt); // the requesting button may be gone after the merge
        target.__form = null;
        if (form && form.hasAttribute('data-keep') && document.contains(form)) {
            if (status === 409) setState(form, 'conflict');
            else if (!ok) setState(form, 'error');
            else setState(form, anyDirty(form) ? 'dirty' : 'saved');
        }
        target.querySelectorAll('form[data-keep]').forEach(function (f) { if (f !== form && !f.getAttribute('data-save-state') && anyDirty(f)) setState(f, 'dirty'); });
        if (elt && elt.hasAttribute('data-focus-new')) {
            var fresh = added.filter(function (a) { return a.matches && a.matches('[data-row-id]'); });
            var first = fresh.length && fresh[fresh.length - 1].querySelector('input:not([type=hidden]), textarea');
            if (first) first.focus();
        }
        document.dispatchEvent(new CustomEvent('keep:merged', { detail: { target: target, added: added } }));
    });
    document.addEventListener('htmx:responseError', function (e) {
        var form = formOf(e.detail.elt);
        if (form && form.hasAttribute('data-keep')) setState(form, 'error', 'Lỗi ' + e.detail.xhr.status + ' — chưa lưu; nội dung vẫn giữ trên trang này.');
    });

    // ---- typing ----
    document.addEventListener('compositionstart', function (e) { composing = e.target; });
    document.addEventListener('compositionend', function (e) {
        composing = null;
        var form = formOf(e.target);
        if (form && form.hasAttribute('data-keep')) { remember(e.target); setState(form, 'dirty'); }
    });
    document.addEventListener('input', function (e) {
        var form = formOf(e.target);
        if (!form || !form.hasAttribute('data-keep')) return;
        if (e.isComposing || composing === e.target) return;
        remember(e.target);
        if (form.getAttribute('data-save-state') !== 'saving') setState(form, dirty(e.target) || anyDirty(form) ? 'dirty' : 'saved');
    });
    window.addEventListener('beforeunload', function (e) {
        var unsaved = inFlight > 0;
        document.querySelectorAll('form[data-keep]').forEach(function (f) { if (anyDirty(f)) unsaved = true; });
        if (unsaved) { e.preventDefault(); e.returnValue = ''; }
    });
    // A plain (non-htmx) submit of a keeping form leaves the page on purpose: do not ask. A refusal comes back
    // with the typed text filled in by the server.
    document.addEventListener('submit', function (e) {
        var form = e.target;
        if (!form.hasAttribute('data-keep') || form.hasAttribute('hx-post')) return;
        form.querySelectorAll('input, textarea, select').forEach(function (el) {
            if (!el.id) return;
            setSaved(el, current(el));
            try { localStorage.removeItem(PREFIX + el.id); } catch (x) { /* nothing stored */ }
        });
    });

    function init() { setTimeout(function () { restore(document); }, 0); }
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();

    // The anti-forgery token htmx sends with every request, for scripts that post with fetch.
    function token() {
        try { return JSON.parse(document.body.getAttribute('hx-headers') || '{}')['X-CSRF-TOKEN'] || ''; } catch (e) { return ''; }
    }

    // The words of an error answer (plain text, or the error page's HTML fragment), for a status line.
    function messageOf(answer) {
        var text = /^\s*</.test(answer || '') ? new DOMParser().parseFromString(answer, 'text/html').body.textContent : answer;
        return (text || '').replace(/\s+/g, ' ').trim();
    }

    window.caitienKeep = { dirty: dirty, merge: merge, setState: setState, token: token, messageOf: messageOf };
})();
