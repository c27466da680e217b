// The dashboard's status chart: counts of schools, so the axis uses whole-number steps sized to the largest count.
(function () {
    var canvas = document.getElementById("status-chart");
    var source = document.getElementById("status-chart-data");
    if (!canvas || !source || typeof Chart === "undefined") return;
    var d = JSON.parse(source.textContent);
    var max = Math.max.apply(null, d.values.concat([1]));
    var step = Math.max(1, Math.ceil(max / 8));
    new Chart(canvas, {
        type: "bar",
        data: { labels: d.labels, datasets: [{ label: "Số trường", data: d.values, backgroundColor: "#0d6efd" }] },
        options: {
            plugins: { legend: { display: false } },
            scales: { y: { beginAtZero: true, max: Math.ceil(max / step) * step, ticks: { stepSize: step, precision: 0 } } }
        }
    });
})();
