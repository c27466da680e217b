// Behaviour for data attributes, so pages need no inline script.
document.addEventListener("click", function (e) {
    var button = e.target.closest("[data-print]");
    if (button) { e.preventDefault(); window.print(); }
});
