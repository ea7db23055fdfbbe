// The steering brief in the browser: Print opens the browser's print dialog (the print
// stylesheet leaves this bar out).
document.getElementById('print-brief')?.addEventListener('click', () => window.print());
