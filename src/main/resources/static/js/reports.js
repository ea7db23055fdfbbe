// The reports page: the brief's quarter picker fills in the period's dates; changing a date by
// hand picks "Other dates…".
const quarter = document.getElementById('brief-quarter');
const from = document.getElementById('brief-from');
const to = document.getElementById('brief-to');

if (quarter && from && to) {
  quarter.addEventListener('change', () => {
    if (!quarter.value) return;
    const [start, end] = quarter.value.split('/');
    from.value = start;
    to.value = end;
  });
  const other = () => {
    const match = [...quarter.options].find(o => o.value === `${from.value}/${to.value}`);
    quarter.value = match ? match.value : '';
  };
  from.addEventListener('change', other);
  to.addEventListener('change', other);
}
