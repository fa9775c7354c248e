/* Khrushchev essays: previews, notes in the margin or in place, and offline search.
   Everything here enhances plain links; without it the site reads the same. */
(function () {
  'use strict';
  var doc = document;
  var css = doc.querySelector('link[rel=stylesheet]');
  var assets = css ? css.getAttribute('href').replace(/site\.css$/, '') : '/assets/';
  var wide = window.matchMedia('(min-width: 1100px)');

  function el(tag, cls, text) {
    var e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  /* ---------- Notes: footnotes and editor's notes ---------- */
  // Each reference knows its note: a footnote (li#fn-N) or an editor's note (li#ed-note-N).
  function noteRefs() {
    return Array.prototype.slice.call(doc.querySelectorAll('.essay-body .footnote-ref a, .essay-body .ed-ref a'));
  }
  function noteFor(ref) {
    var id = decodeURIComponent((ref.getAttribute('href') || '').slice(1));
    return id ? doc.getElementById(id) : null;
  }
  function noteContent(ref, note) {
    var ed = ref.closest('.ed-ref') !== null;
    var box = el(ed ? 'aside' : 'aside', '');
    var label = el('span', 'note-label', ed ? 'Ed. ' + ref.textContent.replace(/\D/g, '') : ref.textContent);
    box.appendChild(label);
    Array.prototype.forEach.call(note.childNodes, function (n) {
      if (n.nodeType === 1 && n.matches('a[href^="#ed-ref-"]')) return;
      box.appendChild(n.cloneNode(true));
    });
    box.querySelectorAll('[id]').forEach(function (n) { n.removeAttribute('id'); });
    if (ed) box.classList.add('ed');
    return box;
  }
  function blockOf(ref) { return ref.closest('p, li, td, blockquote') || ref.parentNode; }

  // Wide screens: every note sits in the margin beside the paragraph that cites it.
  function layoutSidenotes() {
    doc.querySelectorAll('.sidenote').forEach(function (n) { n.remove(); });
    var article = doc.querySelector('.essay');
    if (!article) return;
    article.classList.toggle('has-sidenotes', wide.matches);
    if (!wide.matches) return;
    noteRefs().forEach(function (ref) {
      var note = noteFor(ref);
      if (!note || ref.closest('.footnotes, .editorial')) return;
      var side = noteContent(ref, note);
      side.classList.add('sidenote');
      side.setAttribute('aria-label', 'Note ' + ref.textContent);
      var block = blockOf(ref);
      block.parentNode.insertBefore(side, block);
    });
  }

  // Narrow screens: activating a reference opens the note right after its paragraph.
  function toggleInline(ref) {
    var open = ref._inline;
    if (open) {
      open.remove();
      ref._inline = null;
      ref.setAttribute('aria-expanded', 'false');
      return;
    }
    var note = noteFor(ref);
    if (!note) return;
    var box = noteContent(ref, note);
    box.classList.add('note-inline');
    box.id = 'open-' + (ref.id || Math.random().toString(36).slice(2));
    var block = blockOf(ref);
    block.parentNode.insertBefore(box, block.nextSibling);
    ref._inline = box;
    ref.setAttribute('aria-expanded', 'true');
    ref.setAttribute('aria-controls', box.id);
  }

  noteRefs().forEach(function (ref) {
    if (ref.closest('.footnotes, .editorial')) return;
    ref.setAttribute('aria-expanded', 'false');
    ref.addEventListener('click', function (e) {
      if (wide.matches) return; // the note is already beside the text; the link still works
      e.preventDefault();
      toggleInline(ref);
    });
  });
  layoutSidenotes();
  if (wide.addEventListener) wide.addEventListener('change', function () {
    noteRefs().forEach(function (ref) { if (ref._inline) toggleInline(ref); });
    layoutSidenotes();
  });

  /* ---------- Preview cards (WAI-ARIA tooltip pattern, WCAG 1.4.13) ---------- */
  var previews = null, loading = null;
  function loadPreviews() {
    if (previews || loading) return loading;
    loading = fetch(assets + 'previews.json').then(function (r) { return r.ok ? r.json() : {}; })
      .then(function (data) { previews = data; return data; }).catch(function () { previews = {}; return previews; });
    return loading;
  }
  var card = el('div', 'preview');
  card.id = 'preview-card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  doc.body.appendChild(card);
  var current = null, showTimer = 0, hideTimer = 0;

  function fillEntity(slug) {
    var p = previews && previews[slug];
    if (!p) return false;
    card.textContent = '';
    var kinds = { person: 'Person', event: 'Event', term: 'Term' };
    card.appendChild(el('span', 'pv-kind', kinds[p.k] || p.k));
    card.appendChild(el('span', 'pv-name', p.n + (p.d ? ' (' + p.d + ')' : '')));
    card.appendChild(el('p', '', p.s));
    var more = el('p', '');
    more.appendChild(doc.createTextNode(p.e === 1 ? 'Mentioned in 1 essay. ' : 'Mentioned in ' + p.e + ' essays. '));
    var a = el('a', '', 'Open the page');
    a.href = p.u;
    more.appendChild(a);
    card.appendChild(more);
    return true;
  }
  function fillNote(ref) {
    var note = noteFor(ref);
    if (!note) return false;
    card.textContent = '';
    card.appendChild(noteContent(ref, note));
    return true;
  }
  function place(link) {
    var r = link.getBoundingClientRect();
    card.style.left = '0px';
    card.style.top = '0px';
    var w = card.offsetWidth, h = card.offsetHeight;
    var left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + doc.documentElement.clientWidth - w - 8));
    // Below the line of the link; above it when there is no room. Never over the link.
    var below = r.bottom + 6, above = r.top - h - 6;
    var top = (below + h > window.innerHeight && above > 0) ? above : below;
    card.style.left = left + 'px';
    card.style.top = (top + window.scrollY) + 'px';
  }
  function show(link) {
    clearTimeout(hideTimer);
    var ok = link.classList.contains('mention') ? fillEntity(link.getAttribute('data-entity')) : fillNote(link);
    if (!ok) return;
    if (current && current !== link) current.removeAttribute('aria-describedby');
    current = link;
    card.hidden = false;
    link.setAttribute('aria-describedby', card.id);
    place(link);
  }
  function hide() {
    clearTimeout(showTimer);
    card.hidden = true;
    if (current) current.removeAttribute('aria-describedby');
    current = null;
  }
  function hideSoon() { clearTimeout(hideTimer); hideTimer = setTimeout(hide, 250); }
  function want(link, delay) {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    loadPreviews();
    showTimer = setTimeout(function () {
      if (previews || !link.classList.contains('mention')) show(link);
      else loading.then(function () { show(link); });
    }, delay);
  }
  var targets = 'a.mention[data-entity], .essay-body .footnote-ref a, .essay-body .ed-ref a';
  doc.addEventListener('pointerover', function (e) {
    if (e.pointerType === 'touch') return; // touch: a tap follows the link
    var link = e.target.closest && e.target.closest(targets);
    if (link) want(link, 300);
    else if (card.contains(e.target)) clearTimeout(hideTimer);
  });
  doc.addEventListener('pointerout', function (e) {
    var link = e.target.closest && e.target.closest(targets);
    if (link || card.contains(e.target)) {
      var to = e.relatedTarget;
      if (to && (card.contains(to) || (current && current.contains(to)))) return;
      clearTimeout(showTimer);
      hideSoon();
    }
  });
  doc.addEventListener('focusin', function (e) {
    var link = e.target.closest && e.target.closest(targets);
    if (link) want(link, 0);
    else if (!card.contains(e.target)) hide();
  });
  doc.addEventListener('focusout', function (e) {
    if (!card.contains(e.relatedTarget)) hideSoon();
  });
  doc.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && !card.hidden) { hide(); }
  });
  window.addEventListener('resize', function () { if (current) place(current); });

  /* ---------- Search (offline, over assets/search-index.json) ---------- */
  var results = doc.getElementById('search-results');
  if (results) {
    var input = doc.getElementById('q'), status = doc.getElementById('search-status');
    var docs = null, timer = 0;
    var fold = function (s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\u2018\u2019]/g, "'"); };
    var index = fetch(results.getAttribute('data-index')).then(function (r) { return r.json(); }).then(function (data) {
      docs = data.docs.map(function (d) { return { kind: d[0], title: d[1], url: d[2], text: d[3], hay: fold(d[1] + ' ' + d[3]), head: fold(d[1]) }; });
    }).catch(function () { status.textContent = 'The search index could not be loaded.'; });

    var snippet = function (text, words) {
      var folded = fold(text), first = -1;
      words.forEach(function (w) { var i = folded.indexOf(w); if (i >= 0 && (first < 0 || i < first)) first = i; });
      var start = Math.max(0, first - 90), end = Math.min(text.length, Math.max(first, 0) + 160);
      while (start > 0 && text[start - 1] !== ' ') start--;
      while (end < text.length && text[end] !== ' ') end++;
      var piece = text.slice(start, end), p = el('p', '');
      if (start > 0) p.appendChild(doc.createTextNode('… '));
      // Highlight every query word, working on the folded copy so accents still match.
      var f = fold(piece), pos = 0, marks = [];
      words.forEach(function (w) { var i = -1; while ((i = f.indexOf(w, i + 1)) >= 0) marks.push([i, i + w.length]); });
      marks.sort(function (a, b) { return a[0] - b[0]; });
      marks.forEach(function (m) {
        if (m[0] < pos) return;
        p.appendChild(doc.createTextNode(piece.slice(pos, m[0])));
        p.appendChild(el('mark', '', piece.slice(m[0], m[1])));
        pos = m[1];
      });
      p.appendChild(doc.createTextNode(piece.slice(pos) + (end < text.length ? ' …' : '')));
      return p;
    };

    var run = function () {
      var q = input.value.trim();
      if (history.replaceState) history.replaceState(null, '', q ? '?q=' + encodeURIComponent(q) : location.pathname);
      results.textContent = '';
      if (!q) { status.textContent = 'Type a word or a name.'; return; }
      if (!docs) { status.textContent = 'Loading the index…'; index.then(run); return; }
      var words = fold(q).split(/\s+/).filter(Boolean);
      var hits = [];
      docs.forEach(function (d) {
        var score = 0;
        for (var i = 0; i < words.length; i++) {
          var n = d.hay.split(words[i]).length - 1;
          if (!n) return;
          score += n;
        }
        var entry = d.kind !== 'essay';
        var titled = words.every(function (w) { return d.head.indexOf(w) >= 0; });
        hits.push({ d: d, rank: (entry && titled ? 1000 : 0) + (titled ? 100 : 0) + score });
      });
      hits.sort(function (a, b) { return b.rank - a.rank; });
      var kinds = { essay: 'essay', person: 'person', event: 'event', term: 'term' };
      hits.slice(0, 50).forEach(function (h) {
        var li = el('li', ''), a = el('a', '', h.d.title);
        a.href = h.d.url;
        li.appendChild(a);
        li.appendChild(el('span', 'result-kind', kinds[h.d.kind] || h.d.kind));
        li.appendChild(snippet(h.d.text, words));
        results.appendChild(li);
      });
      status.textContent = hits.length === 0 ? 'No results for “' + q + '”.'
        : hits.length + (hits.length === 1 ? ' result' : ' results') + ' for “' + q + '”' + (hits.length > 50 ? ' (showing 50).' : '.');
    };
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 150); });
    input.form.addEventListener('submit', function (e) { e.preventDefault(); run(); });
    var initial = new URLSearchParams(location.search).get('q');
    if (initial) { input.value = initial; run(); }
  }
})();
