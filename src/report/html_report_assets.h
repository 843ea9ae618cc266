// The inline stylesheet and script of the HTML report (report/html_report.h). Written for
// this project; no external code. The script reads the JSON block #claimline-data and
// builds every element with createElement/textContent/setAttribute (never innerHTML).
#pragma once

#include <string_view>

namespace claimline::report {

inline constexpr std::string_view kReportCss = R"css(
:root { --supports: #1b7f3b; --denies: #c0392b; --discusses: #5b6f8a; --event: #8e6c00; --ink: #1d2330;
        --muted: #667085; --line: #d7dce3; --bg: #ffffff; --panel: #f5f7fa; }
* { box-sizing: border-box; }
body { margin: 0; padding: 16px 24px 48px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: var(--ink); background: var(--bg); }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 4px; }
h3 { font-size: 15px; margin: 20px 0 6px; }
h4 { font-size: 14px; margin: 14px 0 4px; }
.meta, .note { color: var(--muted); }
.claim { border-top: 2px solid var(--line); margin-top: 16px; }
.legend { display: flex; flex-wrap: wrap; gap: 14px; margin: 8px 0; color: var(--muted); font-size: 12px; }
.legend .swatch { display: inline-block; width: 14px; height: 10px; border-radius: 2px; margin-right: 4px;
                  vertical-align: middle; }
.timeline { border: 1px solid var(--line); border-radius: 6px; padding: 6px 8px 8px; background: var(--panel); }
.axis, .lane { display: flex; align-items: stretch; }
.axis { height: 22px; }
.lane { border-top: 1px solid var(--line); min-height: 26px; }
.lane-label { flex: 0 0 170px; padding: 4px 8px 4px 0; font-weight: 600; overflow: hidden; text-overflow: ellipsis;
              white-space: nowrap; }
.track { position: relative; flex: 1 1 auto; }
.undated { position: relative; flex: 0 0 70px; border-left: 1px dashed var(--line); }
.axis .track, .axis .undated { font-size: 11px; color: var(--muted); }
.tick { position: absolute; top: 3px; transform: translateX(-50%); white-space: nowrap; }
.tick::after { content: ""; position: absolute; left: 50%; top: 15px; height: 4px; border-left: 1px solid var(--muted); }
.mark { position: absolute; height: 10px; min-width: 10px; border: 0; padding: 0; border-radius: 5px; cursor: pointer;
        background: var(--discusses); opacity: 0.9; }
.mark.range { border-radius: 2px; opacity: 0.45; outline: 1px solid currentColor; }
.mark.bound { border-radius: 0 5px 5px 0; opacity: 0.6; }
.mark.agg { height: 16px; border-radius: 3px; color: #fff; font-size: 10px; line-height: 16px; text-align: center;
            overflow: hidden; }
.mark:focus, .mark:hover { outline: 2px solid var(--ink); opacity: 1; z-index: 2; }
.mark.selected { outline: 2px solid #000; opacity: 1; z-index: 3; }
.stance-supports { background: var(--supports); color: var(--supports); }
.stance-denies { background: var(--denies); color: var(--denies); }
.stance-discusses, .stance-none { background: var(--discusses); color: var(--discusses); }
.kind-event { background: var(--event); color: var(--event); }
.mark.agg { color: #fff; }
.detail { margin: 10px 0; padding: 10px 12px; border-left: 4px solid var(--line); background: var(--panel);
          min-height: 40px; }
.detail .evidence { font-size: 15px; margin: 6px 0; white-space: pre-wrap; }
.detail dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
.detail dt { color: var(--muted); }
.detail dd { margin: 0; }
.detail ul { margin: 4px 0; padding-left: 18px; }
.detail li button { border: 0; background: none; color: #1f4fa3; cursor: pointer; padding: 0; text-align: left;
                    font: inherit; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; font-size: 13px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: var(--panel); font-weight: 600; }
td.stance { font-weight: 600; }
td.stance.supports { color: var(--supports); }
td.stance.denies { color: var(--denies); }
del { background: #fde2e1; color: #8a1c12; text-decoration: line-through; }
ins { background: #dcf5e3; color: #10522a; text-decoration: none; }
button.more { margin: 4px 0; }
.error { padding: 10px; background: #fde2e1; border: 1px solid var(--denies); }
)css";

inline constexpr std::string_view kReportJs = R"js(
(function () {
  'use strict';
  var DAY = 86400000;
  var AGGREGATE_ABOVE = 300;   // more rows than this in a claim: one mark per lane, bucket and stance
  var PAGE = 100;              // table rows shown per click
  var STACK = 5;               // at most this many mark rows per lane before marks overlap

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function add(parent, child) { parent.appendChild(child); return child; }
  function dayNum(iso) {
    return Math.floor(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY);
  }
  function isoOf(n) { return new Date(n * DAY).toISOString().slice(0, 10); }
  function stanceOf(row) { return row.stance || (row.kind === 'event' ? 'event' : 'none'); }
  function safeUrl(u) { return typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null; }
  function list(items) { return items && items.length ? items.join(', ') : '\u2014'; }

  // Days a row occupies on the axis: [first, last, shape], or null when undated. A day or
  // anything finer (a publication minute) is a point; a week, month or range is a bar.
  function span(row) {
    var t = row.valid_time;
    if (t.start) {
      var first = dayNum(t.start), last = dayNum(t.end || t.start);
      return [first, last, first === last ? 'point' : 'range'];
    }
    if (t.end) return [dayNum(t.end), dayNum(t.end), 'bound'];
    return null;
  }

  function table(headers, rows, fill) {
    var t = el('table'), head = add(add(t, el('thead')), el('tr')), body = add(t, el('tbody'));
    headers.forEach(function (h) { add(head, el('th', null, h)); });
    rows.forEach(function (r, i) { fill(add(body, el('tr')), r, i); });
    return t;
  }
  function cell(tr, text, cls) { return add(tr, el('td', cls, text === null || text === undefined ? '' : text)); }

  function describe(row) {
    var who = row.speaker || (row.kind === 'mention' ? 'the article' : (row.kind === 'event' ? 'event' : 'unknown'));
    return row.valid_time.label + ' \u00b7 ' + (row.outlet || '(no outlet)') + ' \u00b7 ' + who + ' \u00b7 ' +
           stanceOf(row) + ': ' + (row.text.length > 140 ? row.text.slice(0, 140) + '\u2026' : row.text);
  }

  function showRow(panel, row) {
    panel.textContent = '';
    panel.setAttribute('data-row', String(row._index));
    add(panel, el('div', 'meta', row.kind + (row.level ? ' (' + row.level + ')' : '')));
    add(panel, el('div', 'evidence', row.text));
    var dl = add(panel, el('dl'));
    function item(k, v) { if (v === null || v === undefined || v === '') return; add(dl, el('dt', null, k)); add(dl, el('dd', null, v)); }
    item('speaker', row.speaker || (row.kind === 'mention' ? 'the article itself' : null));
    item('stance', row.stance);
    item('cue', row.cue);
    item('status', row.status);
    item('said / happened', row.valid_time.label + (row.time_text ? ' (\u201c' + row.time_text + '\u201d)' : ''));
    item('reported', row.report_time || 'undated');
    item('outlet', row.outlet);
    item('article', row.title);
    var url = safeUrl(row.url);
    if (url) {
      add(dl, el('dt', null, 'link'));
      var a = add(add(dl, el('dd')), el('a', null, url));
      a.setAttribute('href', url);
      a.setAttribute('rel', 'noopener noreferrer');
    } else {
      item('url', row.url);
    }
  }

  function showBucket(panel, rows) {
    panel.textContent = '';
    add(panel, el('div', 'meta', rows.length + ' rows'));
    var ul = add(panel, el('ul'));
    rows.slice(0, 50).forEach(function (row) {
      var b = add(add(ul, el('li')), el('button', null, describe(row)));
      b.addEventListener('click', function () { showRow(panel, row); });
    });
    if (rows.length > 50) add(panel, el('div', 'note', (rows.length - 50) + ' more in the table below'));
  }

  // Greedy packing of marks into rows so that they do not cover each other.
  function stack(marks, minWidth) {
    var ends = [];
    marks.sort(function (a, b) { return a.first - b.first; });
    marks.forEach(function (m) {
      var r = 0;
      while (r < ends.length && ends[r] >= m.first) r++;
      if (r >= STACK) r = STACK - 1;
      ends[r] = Math.max(m.first + minWidth, m.last + 1);
      m.row = r;
    });
    return Math.min(Math.max(ends.length, 1), STACK);
  }

  function buckets(rows, byWeek) {
    var map = {};
    rows.forEach(function (row) {
      var s = span(row), key, first, last;
      if (!s) { key = 'undated|' + stanceOf(row); first = last = null; }
      else {
        first = s[0];
        if (byWeek) first -= (new Date(first * DAY).getUTCDay() + 6) % 7;
        last = first + (byWeek ? 6 : 0);
        key = first + '|' + stanceOf(row);
      }
      if (!map[key]) map[key] = { first: first, last: last, stance: stanceOf(row), rows: [] };
      map[key].rows.push(row);
    });
    return Object.keys(map).map(function (k) { return map[k]; });
  }

  function axis(container, lo, hi) {
    var line = add(container, el('div', 'axis'));
    add(line, el('div', 'lane-label'));
    var track = add(line, el('div', 'track'));
    add(line, el('div', 'undated', 'undated'));
    var days = hi - lo + 1;
    var step = days <= 14 ? 1 : days <= 70 ? 7 : days <= 400 ? 30 : 365;
    var start = lo;
    if (step === 7) start = lo - (new Date(lo * DAY).getUTCDay() + 6) % 7 + 7;
    for (var d = start; d <= hi; d += step) {
      var tick = add(track, el('div', 'tick', step >= 30 ? isoOf(d).slice(0, 7) : isoOf(d).slice(5)));
      tick.style.left = ((d - lo + 0.5) / days * 100) + '%';
    }
  }

  function drawTimeline(section, claim, panel) {
    var rows = claim.rows;
    var dated = rows.map(span).filter(function (s) { return s; });
    var lo = Infinity, hi = -Infinity;
    dated.forEach(function (s) { lo = Math.min(lo, s[0]); hi = Math.max(hi, s[1]); });
    if (!dated.length) { lo = 0; hi = 0; }
    var days = hi - lo + 1;
    var aggregate = rows.length > AGGREGATE_ABOVE;
    var byWeek = aggregate && days > 120;
    var box = add(section, el('div', 'timeline'));
    box.setAttribute('data-aggregated', aggregate ? (byWeek ? 'week' : 'day') : 'no');
    axis(box, lo, hi);
    var lanes = [], laneOf = {};
    rows.forEach(function (row) {
      var name = row.outlet || '(no outlet)';
      if (!(name in laneOf)) { laneOf[name] = lanes.length; lanes.push({ name: name, rows: [] }); }
      lanes[laneOf[name]].rows.push(row);
    });
    var markCount = 0;
    lanes.forEach(function (lane) {
      var div = add(box, el('div', 'lane'));
      div.setAttribute('data-outlet', lane.name);
      var label = add(div, el('div', 'lane-label', lane.name));
      label.setAttribute('title', lane.name + ': ' + lane.rows.length + ' rows');
      var track = add(div, el('div', 'track')), undated = add(div, el('div', 'undated'));
      var marks = aggregate ? buckets(lane.rows, byWeek) : lane.rows.map(function (row) {
        var s = span(row);
        return { first: s ? s[0] : null, last: s ? s[1] : null, shape: s ? s[2] : 'point', stance: stanceOf(row), rows: [row] };
      });
      var datedMarks = marks.filter(function (m) { return m.first !== null; });
      var undatedMarks = marks.filter(function (m) { return m.first === null; });
      var height = stack(datedMarks, Math.max(1, Math.round(days / 60)));
      stack(undatedMarks, 0);
      var lineHeight = aggregate ? 20 : 14;
      div.style.minHeight = (Math.max(height, Math.min(undatedMarks.length, STACK)) * lineHeight + 8) + 'px';
      marks.forEach(function (m) {
        var b = el('button', 'mark stance-' + m.stance + (m.stance === 'event' ? ' kind-event' : ''));
        b.setAttribute('type', 'button');
        if (aggregate) {
          b.className += ' agg';
          b.textContent = String(m.rows.length);
          b.setAttribute('data-count', String(m.rows.length));
          b.setAttribute('title', m.rows.length + ' ' + m.stance + ' \u00b7 ' + lane.name + ' \u00b7 ' +
                         (m.first === null ? 'undated' : (byWeek ? 'week of ' : '') + isoOf(m.first)));
        } else {
          if (m.shape !== 'point') b.className += ' ' + m.shape;
          b.setAttribute('data-row', String(m.rows[0]._index));
          b.setAttribute('title', describe(m.rows[0]));
        }
        b.style.top = (4 + m.row * lineHeight) + 'px';
        if (m.first === null) {
          b.style.left = (8 + (markCount % 4) * 12) + 'px';
          undated.appendChild(b);
        } else {
          b.style.left = ((m.first - lo) / days * 100) + '%';
          if (!aggregate && m.shape === 'point') {  // centred on its day, like the day's tick
            b.style.left = ((m.first - lo + 0.5) / days * 100) + '%';
            b.style.transform = 'translateX(-50%)';
          }
          if (aggregate || m.shape === 'range') b.style.width = ((m.last - m.first + 1) / days * 100) + '%';
          if (m.shape === 'bound') b.style.width = '10px';
          track.appendChild(b);
        }
        b.addEventListener('click', function () {
          var prev = box.querySelector('.mark.selected');
          if (prev) prev.classList.remove('selected');
          b.classList.add('selected');
          if (m.rows.length === 1) showRow(panel, m.rows[0]); else showBucket(panel, m.rows);
        });
        markCount++;
      });
    });
    box.setAttribute('data-lanes', String(lanes.length));
    box.setAttribute('data-marks', String(markCount));
  }

  function rowsTable(section, claim, panel) {
    var shown = 0;
    var t = table(['When', 'Reported', 'Outlet', 'Speaker', 'Stance', 'Cue', 'Evidence', 'Kind'], [], null);
    t.className = 'rows';
    section.appendChild(t);
    var body = t.querySelector('tbody');
    var more = el('button', 'more');
    more.setAttribute('type', 'button');
    function page() {
      claim.rows.slice(shown, shown + PAGE).forEach(function (row) {
        var tr = add(body, el('tr'));
        tr.setAttribute('data-row', String(row._index));
        cell(tr, row.valid_time.label);
        cell(tr, row.report_time || 'undated');
        cell(tr, row.outlet);
        cell(tr, row.speaker || (row.kind === 'mention' ? '(the article)' : ''));
        cell(tr, row.stance || row.status || '', 'stance ' + (row.stance || ''));
        cell(tr, row.cue);
        cell(tr, row.text);
        cell(tr, row.kind);
        tr.addEventListener('click', function () { showRow(panel, row); });
      });
      shown = Math.min(claim.rows.length, shown + PAGE);
      more.textContent = 'Show more (' + (claim.rows.length - shown) + ' left)';
      more.hidden = shown >= claim.rows.length;
    }
    more.addEventListener('click', page);
    section.appendChild(more);
    page();
  }

  function outletsTable(section, claim) {
    add(section, el('h3', null, 'Outlets'));
    section.appendChild(table(['Outlet', 'Articles', 'Support', 'Deny', 'Discuss', 'Asserted by', 'Denied by', 'First report'],
      claim.outlets, function (tr, o) {
        cell(tr, o.outlet); cell(tr, o.articles); cell(tr, o.supports); cell(tr, o.denies); cell(tr, o.discusses);
        cell(tr, list(o.asserted_by)); cell(tr, list(o.denied_by)); cell(tr, o.first_report || 'undated');
      }));
  }

  function wordDiff(td, ops) {
    ops.forEach(function (op, i) {
      if (i) td.appendChild(document.createTextNode(' '));
      td.appendChild(el(op.op === 'removed' ? 'del' : op.op === 'added' ? 'ins' : 'span', null, op.text));
    });
  }

  function sideText(s) {
    if (!s.summary) return 'not covered';
    var t = s.summary + ' (' + s.articles.length + ')';
    if (s.asserted_by.length) t += '; asserted by ' + list(s.asserted_by);
    if (s.denied_by.length) t += '; denied by ' + list(s.denied_by);
    return t;
  }

  function datings(ds) {
    var seen = [];
    ds.forEach(function (d) { if (seen.indexOf(d.label) < 0) seen.push(d.label); });
    return seen.length ? seen.join('; ') : 'not covered';
  }

  function diffTables(section, claim) {
    add(section, el('h3', null, 'Where outlets differ'));
    var note = claim.pairs_compared + ' outlet pairs compared';
    if (claim.pairs_skipped) note += ', ' + claim.pairs_skipped + ' not compared (too many outlets)';
    add(section, el('div', 'note', note));
    if (!claim.diffs.length) { add(section, el('p', 'note', 'No pair of outlets differs in stance, quotes or dates.')); return; }
    claim.diffs.forEach(function (d) {
      var box = add(section, el('div', 'diff'));
      box.setAttribute('data-pair', d.outlet_a + ' | ' + d.outlet_b);
      add(box, el('h4', null, d.outlet_a + ' vs ' + d.outlet_b));
      if (d.claims.length) {
        box.appendChild(table(['Claim', d.outlet_a, d.outlet_b, 'Note'], d.claims, function (tr, c) {
          cell(tr, c.text); cell(tr, sideText(c.a)); cell(tr, sideText(c.b));
          cell(tr, c.stance_differs ? 'stance differs' : 'only in ' + (c.covered_by === 'a' ? d.outlet_a : d.outlet_b));
        }));
      }
      if (d.events.length) {
        box.appendChild(table(['Event', d.outlet_a, d.outlet_b, 'Note'], d.events, function (tr, e) {
          tr.className = 'redated';
          cell(tr, e.label); cell(tr, datings(e.a)); cell(tr, datings(e.b));
          cell(tr, (e.redated ? 're-dated: ' + e.redating : '') + (e.status_differs ? (e.redated ? '; ' : '') + 'status differs' : ''));
        }));
      }
      if (d.misquotes.length) {
        box.appendChild(table(['Speaker', d.outlet_a, d.outlet_b, 'Word diff'], d.misquotes, function (tr, m) {
          tr.className = 'misquote';
          cell(tr, m.speaker); cell(tr, m.a.text); cell(tr, m.b.text);
          wordDiff(add(tr, el('td')), m.diff);
        }));
      }
    });
  }

  function legend(section) {
    var l = add(section, el('div', 'legend'));
    [['supports', 'supports'], ['denies', 'denies'], ['discusses', 'discusses']].forEach(function (p) {
      var s = add(l, el('span'));
      add(s, el('span', 'swatch stance-' + p[0]));
      s.appendChild(document.createTextNode(p[1]));
    });
    add(l, el('span', null, 'dot = a day \u00b7 bar = a week, month or range (imprecise date) \u00b7 undated at the right'));
  }

  function render(data) {
    var root = document.getElementById('report');
    var head = add(root, el('header'));
    add(head, el('h1', null, 'claimline report'));
    var meta = 'Generated ' + data.generated_at + (data.as_of ? ' \u00b7 as of ' + data.as_of : '') + ' \u00b7 ' +
               data.claims.length + (data.claims.length === 1 ? ' claim' : ' claims');
    add(head, el('div', 'meta', meta));
    if (!data.claims.length) add(root, el('p', 'note', 'No claims. Add one with: claimline claims add "TEXT"; then claimline claims scan.'));
    data.claims.forEach(function (claim, ci) {
      claim.rows.forEach(function (row, i) { row._index = ci + '-' + i; });
      var section = add(root, el('section', 'claim'));
      section.setAttribute('data-claim-id', String(claim.claim.id));
      section.setAttribute('data-rows', String(claim.rows.length));
      add(section, el('h2', null, 'Claim ' + claim.claim.id + ': ' + claim.claim.text));
      var c = claim.claim;
      add(section, el('div', 'meta', c.articles + ' articles: ' + c.supports + ' support, ' + c.denies + ' deny, ' +
                       c.discusses + ' discuss \u00b7 ' + claim.rows.length + ' rows'));
      legend(section);
      var panel = el('div', 'detail');
      panel.appendChild(el('div', 'note', 'Click a mark or a row to see its evidence, speaker and article.'));
      drawTimeline(section, claim, panel);
      section.appendChild(panel);
      add(section, el('h3', null, 'Timeline rows'));
      rowsTable(section, claim, panel);
      outletsTable(section, claim);
      diffTables(section, claim);
    });
    var m = /^#row=(\d+-\d+)$/.exec(window.location.hash);
    if (m) {
      var target = document.querySelector('button.mark[data-row="' + m[1] + '"]') ||
                   document.querySelector('tr[data-row="' + m[1] + '"]');
      if (target) target.click();
    }
  }

  try {
    render(JSON.parse(document.getElementById('claimline-data').textContent));
    document.body.setAttribute('data-render', 'ok');
  } catch (e) {
    document.body.setAttribute('data-render', 'error');
    var box = el('div', 'error', 'The report could not be drawn: ' + e);
    document.body.insertBefore(box, document.body.firstChild);
    throw e;
  }
})();
)js";

}  // namespace claimline::report
