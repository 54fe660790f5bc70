/* trustmap operator page: filter boxes, sortable columns and grouping. Everything is already in the page; this only
   hides, reorders and groups rows, so the page reads the same, in triage order, with scripts off. */
(function () {
  'use strict';
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };

  function key(row, column) {
    var cell = row.cells[column];
    if (!cell) { return ''; }
    return (cell.getAttribute('data-sort') || cell.textContent).trim();
  }

  function compare(a, b) {
    var x = Number(a.replace(/,/g, '')), y = Number(b.replace(/,/g, ''));
    if (a !== '' && b !== '' && !isNaN(x) && !isNaN(y)) { return x - y; }
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /* A table's data rows (group headers aside) in page order, their text for the filter, and the view's state. */
  function state(table) {
    if (!table.tmState) {
      var bodies = [];
      each(table.tBodies, function (body) {
        var rows = [];
        each(body.rows, function (r) { if (!r.classList.contains('group')) { rows.push(r); } });
        bodies.push({ body: body, rows: rows, header: body.querySelector('tr.group') });
      });
      table.tmState = { bodies: bodies, texts: null, words: [], group: '', column: -1, ascending: true };
    }
    return table.tmState;
  }

  function texts(s) {
    if (!s.texts) {
      s.texts = new Map();
      s.bodies.forEach(function (b) {
        b.rows.forEach(function (r) { s.texts.set(r, r.textContent.toLowerCase()); });
      });
    }
    return s.texts;
  }

  function matches(s, row) {
    if (s.words.length === 0) { return true; }
    var text = texts(s).get(row);
    return s.words.every(function (w) { return text.indexOf(w) >= 0; });
  }

  /* Lays the rows out again: sorted by the chosen column (stable), grouped when asked, group headers generated. */
  function layout(table) {
    var s = state(table);
    var columns = table.tHead ? table.tHead.rows[0].cells.length : 1;
    s.bodies.forEach(function (b) {
      var rows = b.rows.slice();
      if (s.column >= 0) {
        var keys = new Map();
        rows.forEach(function (r, i) { keys.set(r, [key(r, s.column), i]); });
        rows.sort(function (r1, r2) {
          var k1 = keys.get(r1), k2 = keys.get(r2);
          return compare(k1[0], k2[0]) * (s.ascending ? 1 : -1) || k1[1] - k2[1];
        });
      }
      each(b.body.querySelectorAll('tr.generated'), function (g) { g.remove(); });
      var fragment = document.createDocumentFragment();
      if (s.group) {
        var groups = new Map();
        rows.forEach(function (r) {
          var cell = r.querySelector('td.g-' + s.group);
          var name = cell ? cell.textContent.trim() : '';
          if (!groups.has(name)) { groups.set(name, []); }
          groups.get(name).push(r);
        });
        groups.forEach(function (members, name) {
          var header = document.createElement('tr');
          header.className = 'group generated';
          var th = document.createElement('th');
          th.colSpan = columns;
          th.scope = 'rowgroup';
          th.appendChild(document.createTextNode(name + ': '));
          var count = document.createElement('span');
          count.className = 'group-count';
          th.appendChild(count);
          header.appendChild(th);
          header.tmMembers = members;
          fragment.appendChild(header);
          members.forEach(function (r) { fragment.appendChild(r); });
        });
      } else {
        rows.forEach(function (r) { fragment.appendChild(r); });
      }
      b.body.appendChild(fragment);
    });
    filter(table);
  }

  /* Shows the rows matching every word; counts and group headers follow what is shown. */
  function filter(table) {
    var s = state(table);
    var shown = 0, total = 0;
    s.bodies.forEach(function (b) {
      var visible = 0;
      b.rows.forEach(function (r) {
        var hide = !matches(s, r);
        if (r.hidden !== hide) { r.hidden = hide; }
        if (!hide) { visible++; }
      });
      shown += visible;
      total += b.rows.length;
      if (b.header) { b.header.hidden = visible === 0; }
      each(b.body.querySelectorAll('tr.generated'), function (g) {
        var n = g.tmMembers.filter(function (r) { return !r.hidden; }).length;
        g.hidden = n === 0;
        g.querySelector('.group-count').textContent = n + (n === 1 ? ' finding' : ' findings');
      });
    });
    each(document.querySelectorAll('.filter-count[data-target="' + table.id + '"]'), function (c) {
      c.textContent = s.words.length === 0 ? '' : shown + ' of ' + total + ' listed';
    });
  }

  each(document.querySelectorAll('table.sortable'), function (table) {
    if (!table.tHead) { return; }
    var heads = table.tHead.rows[0].cells;
    each(heads, function (th, column) {
      th.tabIndex = 0;
      th.className += ' sortable-column';
      function sort() {
        var s = state(table);
        s.ascending = th.getAttribute('aria-sort') !== 'ascending';
        s.column = column;
        each(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', s.ascending ? 'ascending' : 'descending');
        layout(table);
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); }
      });
    });
  });

  each(document.querySelectorAll('input.filter-input'), function (input) {
    var table = document.getElementById(input.getAttribute('data-target'));
    if (!table) { return; }
    input.closest('.filter').hidden = false;
    input.addEventListener('input', function () {
      state(table).words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      filter(table);
    });
  });

  each(document.querySelectorAll('select.group-by'), function (select) {
    var table = document.getElementById(select.getAttribute('data-target'));
    if (!table) { return; }
    select.addEventListener('change', function () {
      state(table).group = select.value;
      layout(table);
    });
  });

  each(document.querySelectorAll('a.filter-link'), function (link) {
    link.addEventListener('click', function () {
      var input = document.querySelector('input.filter-input[data-target="finding-list"]');
      if (!input) { return; }
      input.value = link.getAttribute('data-filter');
      input.dispatchEvent(new Event('input'));
    });
  });
}());
