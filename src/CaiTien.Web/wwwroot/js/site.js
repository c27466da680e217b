// Page behaviours declared with data-* attributes. The Content-Security-Policy runs scripts from files only, so
// views carry no inline script or on* handler; this file wires them for the first load and for htmx swaps.
(function () {
    'use strict';

    function within(root, selector) {
        var found = Array.prototype.slice.call(root.querySelectorAll ? root.querySelectorAll(selector) : []);
        if (root.matches && root.matches(selector)) found.unshift(root);
        return found;
    }

    // <button data-print> prints the page.
    document.addEventListener('click', function (e) {
        var button = e.target.closest ? e.target.closest('[data-print]') : null;
        if (button) { e.preventDefault(); window.print(); }
    });

    // <form data-confirm="…"> asks before it is sent.
    document.addEventListener('submit', function (e) {
        var form = e.target;
        if (form.matches && form.matches('form[data-confirm]') && !window.confirm(form.getAttribute('data-confirm'))) e.preventDefault();
    });

    // <select data-navigate="/prefix/"> opens prefix + the chosen value.
    document.addEventListener('change', function (e) {
        var select = e.target;
        if (select.matches && select.matches('select[data-navigate]'))
            window.location.href = select.getAttribute('data-navigate') + encodeURIComponent(select.value);
    });

    // <button data-append-line="text" data-append-to="id"> adds a line to a textarea and saves it like typing would.
    document.addEventListener('click', function (e) {
        var button = e.target.closest ? e.target.closest('[data-append-line]') : null;
        if (!button) return;
        var target = document.getElementById(button.getAttribute('data-append-to'));
        if (!target) return;
        var current = target.value.trim();
        target.value = (current ? current + '\n' : '') + button.getAttribute('data-append-line');
        target.dispatchEvent(new Event('change', { bubbles: true }));
    });

    // Pages marked data-swap-errors get refusals (400/403/404) as a card with its message: show it, do not drop it.
    document.addEventListener('htmx:beforeSwap', function (e) {
        var status = e.detail.xhr.status;
        if ((status === 400 || status === 403 || status === 404) && document.querySelector('[data-swap-errors]')) {
            e.detail.shouldSwap = true;
            e.detail.isError = false;
        }
    });

    // <canvas data-chart-source="id of a JSON script element"> draws a bar chart of {labels, values}.
    function drawCharts(root) {
        if (typeof window.Chart === 'undefined') return;
        within(root, 'canvas[data-chart-source]').forEach(function (canvas) {
            if (canvas.getAttribute('data-chart-drawn')) return;
            var source = document.getElementById(canvas.getAttribute('data-chart-source'));
            if (!source) return;
            var d = JSON.parse(source.textContent);
            canvas.setAttribute('data-chart-drawn', 'true');
            // Counts of schools: whole-number steps sized to the largest count.
            var max = Math.max.apply(null, d.values.concat([1]));
            var step = Math.max(1, Math.ceil(max / 8));
            new window.Chart(canvas, {
                type: 'bar',
                data: { labels: d.labels, datasets: [{ label: 'Số trường', data: d.values, backgroundColor: '#0d6efd' }] },
                options: {
                    plugins: { legend: { display: false } },
                    scales: { y: { beginAtZero: true, max: Math.ceil(max / step) * step, ticks: { stepSize: step, precision: 0 } } }
                }
            });
        });
    }

    // <template id="row-comments"> of the review panel: each comment is shown under its plan row (tr#dong-N).
    function placeRowComments() {
        var template = document.getElementById('row-comments');
        document.querySelectorAll('tr.review-comment-row').forEach(function (r) { r.remove(); });
        if (!template) return;
        template.content.querySelectorAll('[data-row]').forEach(function (item) {
            var row = document.getElementById('dong-' + item.getAttribute('data-row'));
            if (!row) return;
            var tr = document.createElement('tr');
            tr.className = 'review-comment-row table-warning';
            var td = document.createElement('td');
            td.colSpan = row.children.length;
            td.className = 'small';
            td.textContent = item.textContent;
            tr.appendChild(td);
            row.after(tr);
        });
    }

    function onLoad(root) {
        drawCharts(root);
        if (document.getElementById('row-comments')) placeRowComments();
    }

    if (window.htmx) window.htmx.onLoad(onLoad);
    else document.addEventListener('DOMContentLoaded', function () { onLoad(document.body); });
})();
