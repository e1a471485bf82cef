/* Vorleser-Player ("Artikel anhören"): a player for each [data-vorleser-audio]. Keys, with focus in it (or
 * anywhere with data-vorleser-keys="page"): Space play/pause, ←/→ 5 s, PageUp/PageDown previous/next chapter. */
(function () {
'use strict';

const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2];
const AHEAD = 1500; // characters of page text searched ahead for the next word
const SKIP = 'script,style,noscript,textarea,select,button,figure,aside,nav,[data-vorleser-ui],' +
  '[data-vorleser-skip],[aria-hidden="true"]';
const BLOCK = 'p,h1,h2,h3,h4,h5,h6,li,td,th,div,blockquote,section,article,header,footer';
const ALNUM = /[\p{L}\p{N}]/u;
const FOLD = { '’': "'", '‘': "'", '‐': '-', '‑': '-', '–': '-', '—': '-', '„': '"', '“': '"', '”': '"' };
const ICONS = { prev: 'M6 6h2v12H6zm3.5 6 8.5 6V6z', play: 'M8 5v14l11-7z', pause: 'M6 5h4v14H6zm8 0h4v14h-4z',
  next: 'M16 6h2v12h-2zM6 18l8.5-6L6 6z' };
const icon = (n) => `<svg class="vorleser-i-${n}" viewBox="0 0 24 24" aria-hidden="true"><path d="${ICONS[n]}"/></svg>`;
const button = (c, label, html) => `<button type="button" class="vorleser-${c}" aria-label="${label}">${html}</button>`;
const UI = '<div class="vorleser-controls">' + button('prev', 'Vorheriges Kapitel', icon('prev')) +
  button('play', 'Abspielen', icon('play') + icon('pause')) + button('next', 'Nächstes Kapitel', icon('next')) +
  '<input type="range" class="vorleser-seek" step="1" value="0" aria-label="Wiedergabeposition">' +
  '<span class="vorleser-time"><span>0:00</span> / <span>0:00</span></span>' +
  '<label>Tempo <select class="vorleser-speed">' +
  SPEEDS.map((s) => `<option value="${s}"${s === 1 ? ' selected' : ''}>${String(s).replace('.', ',')}×</option>`)
    .join('') + '</select></label>' +
  '<button type="button" class="vorleser-cc" aria-pressed="false">Untertitel</button></div>' +
  '<div class="vorleser-caption" aria-live="polite" hidden></div><p class="vorleser-status" role="status"></p>';
const script = document.currentScript;
let owner = null; // the Media Session's player: the last one played, or the first one ready

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  e.append(...kids);
  return e;
}

const fmt = (s) => Math.floor((s || 0) / 60) + ':' + String(Math.floor(s % 60 || 0)).padStart(2, '0'); // 61:05

// Without soft hyphens and zero-width characters, with plain apostrophes, dashes, quotes.
const fold = (s) => s.replace(/[\u00ad\u200b-\u200d\u2060]/g, '').replace(/[’‘‐‑–—„“”]/g, (c) => FOLD[c]);

// Inline data has "</" written as "<\/".
function inline(container, cls) {
  const s = container.querySelector('script.' + cls);
  return s ? s.textContent.replace(/<\\\//g, '</') : null;
}

function parseMarks(text) {
  const m = { header: {}, chapters: [], sentences: [], words: [] };
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const o = JSON.parse(line);
    if (i === 0 && o.format === 'vorleser-marks') m.header = o;
    else if (m[o.type + 's']) m[o.type + 's'].push(o);
  });
  return m;
}

function parseVTT(text) {
  const secs = (s) => s.trim().split(':').reduce((a, v) => a * 60 + Number(v), 0), cues = [];
  for (const block of text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const lines = block.replace(/^\n+/, '').split('\n'), i = lines.findIndex((l) => l.includes('-->'));
    if (i < 0 || i > 1) continue; // the header, NOTE, STYLE, REGION
    const [a, b] = lines[i].split('-->');
    const cue = new VTTCue(secs(a), secs(b.trim().split(/\s/)[0]), lines.slice(i + 1).join('\n').trim());
    cue.id = i ? lines[0] : '';
    cues.push(cue);
  }
  return cues;
}

// The container's text, white space collapsed, with each character's text node and offset in `at`.
function pageText(container) {
  const nodes = [], at = [], walk = document.createTreeWalker(container, NodeFilter.SHOW_ELEMENT |
    NodeFilter.SHOW_TEXT, { acceptNode: (n) => n.nodeType === 1 && n.matches(SKIP) ? 2 : 1 });
  let text = '', block = null;
  const push = (c, n, i) => {
    if (c === ' ' && (!text || text.endsWith(' '))) return;
    text += c;
    at.push(n, i);
  };
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    if (n.nodeType === 1) {
      if (n.matches('br,img')) push(' ', -1, 0);
      continue;
    }
    const b = n.parentElement.closest(BLOCK), k = nodes.push(n) - 1, d = n.data;
    if (b !== block) push(' ', -1, 0);
    block = b;
    for (let i = 0; i < d.length; i++) {
      const c = fold(d[i]);
      if (c) push(/\s/.test(c) ? ' ' : c, k, i);
    }
  }
  return { text, at, nodes };
}

const edge = (s, i, c) => !(ALNUM.test(c) && ALNUM.test(s[i] || ' '));

// The next w at word boundaries, starting in from…limit.
function find(text, w, from, limit) {
  for (let i = text.indexOf(w, from); i >= 0 && i <= limit; i = text.indexOf(w, i + 1)) {
    if (edge(text, i - 1, w[0]) && edge(text, i + w.length, w[w.length - 1])) return i;
  }
  return -1;
}

// A word found past other words counts only if the next two follow it directly.
function confirmed(text, W, k, pos) {
  for (const w of W.slice(k).filter(Boolean).slice(0, 2)) {
    const i = find(text, w, pos, pos + 40);
    if (i < 0 || ALNUM.test(text.slice(pos, i))) return false;
    pos = i + w.length;
  }
  return true;
}

// Finds the marks' written words in order in the page text, wraps them in spans; returns each word's spans.
function wrapWords(container, words) {
  const { text, at, nodes } = pageText(container), segs = nodes.map(() => []), spans = words.map(() => []);
  const W = words.map((w) => fold(String(w.value || '')).replace(/\s+/g, ' ').trim());
  let pos = 0;
  W.forEach((w, k) => {
    for (let i = w ? find(text, w, pos, pos + AHEAD) : -1; i >= 0; i = find(text, w, i + 1, pos + AHEAD)) {
      if (ALNUM.test(text.slice(pos, i)) && !confirmed(text, W, k + 1, i + w.length)) continue;
      const e = i + w.length - 1, n0 = at[2 * i], n1 = at[2 * e];
      for (let n = n0; n <= n1; n++) {
        segs[n].push([n === n0 ? at[2 * i + 1] : 0, n === n1 ? at[2 * e + 1] + 1 : nodes[n].length, k]);
      }
      pos = e + 1;
      return;
    }
  });
  segs.forEach((list, n) => {
    if (!list.length) return;
    const d = nodes[n].data, frag = document.createDocumentFragment();
    let last = 0;
    for (const [s, e, k] of list) {
      spans[k].push(el('span', { class: 'vorleser-word', 'data-vorleser-time': words[k].time,
        'data-vorleser-index': k }, d.slice(s, e)));
      frag.append(d.slice(last, s), spans[k][spans[k].length - 1]);
      last = e;
    }
    frag.append(d.slice(last));
    nodes[n].replaceWith(frag);
  });
  return spans;
}

const lastAtOrBefore = (times, t) => times.reduce((r, x, i) => (x <= t ? i : r), -1);

function init(container) {
  if (container.vorleser) return container.vorleser;
  const d = container.dataset, base = new URL(d.vorleserMarks || d.vorleserAudio, document.baseURI);
  const ui = el('section', { class: 'vorleser-player', 'aria-label': 'Artikel anhören', lang: 'de',
    'data-vorleser-ui': '' });
  ui.innerHTML = UI;
  const [play, prev, next, cc, seekBar, speed, caption, status, time] = ['play', 'prev', 'next', 'cc', 'seek',
    'speed', 'caption', 'status', 'time'].map((c) => ui.querySelector('.vorleser-' + c));
  const [elapsed, total] = time.children, list = el('ol');
  const nav = el('nav', { class: 'vorleser-chapters', 'aria-label': 'Kapitel', lang: 'de', 'data-vorleser-ui': '',
    hidden: '' }, list);
  const audio = ui.appendChild(el('audio', { preload: 'metadata', src: d.vorleserAudio }));
  container.prepend(ui, nav);

  let times = [], word = -1, chapter = -1, cueText = '', userScroll = 0, frame = 0;
  const duration = () => audio.duration || (p.marks && p.marks.header.duration / 1000) || 0;
  const chapterAt = (t) => lastAtOrBefore(p.chapters.map((c) => c.time), t * 1000);
  const fail = (what, e) => console.error('Vorleser:', (status.textContent = what), e);
  const p = {
    container, audio, marks: null, words: [], chapters: [], unmatched: 0, state: 'loading',
    play: () => audio.play().catch(() => {}), // an error event says why
    pause: () => audio.pause(),
    toggle: () => (audio.paused ? p.play() : p.pause()),
    seek(s) {
      audio.currentTime = Math.min(Math.max(0, s), duration() || s);
      update();
    },
    seekBy: (ds) => p.seek(audio.currentTime + ds),
    seekToChapter(i) {
      if (!p.chapters[i]) return;
      p.seek(p.chapters[i].time / 1000);
      p.play();
    },
    // To the current chapter's start, or to the one before within its first 3 s.
    prevChapter() {
      const i = chapterAt(audio.currentTime);
      p.seekToChapter(i > 0 && audio.currentTime * 1000 - p.chapters[i].time < 3000 ? i - 1 : Math.max(i, 0));
    },
    nextChapter: () => p.seekToChapter(chapterAt(audio.currentTime) + 1),
    setCaptions(on) {
      cc.setAttribute('aria-pressed', on);
      caption.hidden = !on;
    }
  };

  function reveal(span) {
    if (Date.now() - userScroll < 4000) return; // the reader is scrolling by hand
    const r = span.getBoundingClientRect(), top = Math.max(ui.getBoundingClientRect().bottom, 0);
    if (r.top < top + 8 || r.bottom > innerHeight - 40) {
      span.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ?
        'auto' : 'smooth' });
    }
  }

  function update() {
    const t = audio.currentTime, dur = duration(), c = chapterAt(t), w = lastAtOrBefore(times, t * 1000);
    elapsed.textContent = fmt(t);
    total.textContent = fmt(dur);
    seekBar.max = dur;
    seekBar.value = t;
    seekBar.setAttribute('aria-valuetext', fmt(t) + ' von ' + fmt(dur));
    if (c !== chapter) {
      if (chapter >= 0) list.children[chapter].firstChild.removeAttribute('aria-current');
      if (c >= 0) list.children[c].firstChild.setAttribute('aria-current', 'true');
      chapter = c;
    }
    if (w !== word) {
      if (word >= 0) p.words[word].spans.forEach((s) => s.classList.remove('vorleser-current'));
      const spans = (word = w) >= 0 ? p.words[w].spans : [];
      spans.forEach((s) => s.classList.add('vorleser-current'));
      if (spans.length) reveal(spans[0]);
    }
    let text = '';
    for (const cue of (audio.textTracks[0] && audio.textTracks[0].cues) || []) {
      if (cue.startTime <= t && t < cue.endTime) text = cue.getCueAsHTML().textContent;
    }
    if (text !== cueText) caption.textContent = cueText = text;
  }

  function loop() {
    update();
    frame = audio.paused ? 0 : requestAnimationFrame(loop);
  }

  function mediaSession() {
    const ms = navigator.mediaSession, h = p.marks && p.marks.header;
    if (!ms || !h || owner === p) return;
    owner = p;
    const art = h.image && new URL(h.image, base).href; // browsers take no file: artwork
    ms.metadata = new MediaMetadata({ title: h.title || document.title, artist: h.artist || '',
      artwork: /^(https?|data|blob):/.test(art) ? [{ src: art }] : [] });
    const acts = { play: p.play, pause: p.pause, seekbackward: (e) => p.seekBy(-(e.seekOffset || 10)),
      seekforward: (e) => p.seekBy(e.seekOffset || 10), seekto: (e) => p.seek(e.seekTime),
      previoustrack: p.prevChapter, nexttrack: p.nextChapter };
    for (const a in acts) {
      try { ms.setActionHandler(a, acts[a]); } catch (e) { /* an action unknown here */ }
    }
  }

  // Over http a <track>, else the inline VTT as VTTCues; textTracks[0] has the captions.
  function addTrack(kind, label, text, url) {
    if (text === null && url && location.protocol !== 'file:') {
      audio.appendChild(el('track', { kind, label, srclang: 'de', src: url })).track.mode = 'hidden';
    } else if (text !== null) {
      const track = audio.addTextTrack(kind, label, 'de');
      track.mode = 'hidden';
      parseVTT(text).forEach((c) => track.addCue(c));
    }
  }

  const on = (target, events, f, opts) => events.split(' ').forEach((e) => target.addEventListener(e, f, opts));
  [[play, p.toggle], [prev, p.prevChapter], [next, p.nextChapter], [cc, () => p.setCaptions(caption.hidden)]]
    .forEach(([b, f]) => on(b, 'click', f));
  on(seekBar, 'input', () => p.seek(Number(seekBar.value)));
  on(speed, 'change', () => (audio.playbackRate = audio.defaultPlaybackRate = Number(speed.value)));
  on(audio, 'timeupdate seeking seeked durationchange loadedmetadata', update);
  on(audio, 'play pause', () => {
    ui.classList.toggle('vorleser-playing', !audio.paused);
    play.setAttribute('aria-label', audio.paused ? 'Abspielen' : 'Pause');
    if (!audio.paused) mediaSession();
    if (!audio.paused && !frame) loop();
  });
  on(audio, 'error', () => fail('Die Audiodatei konnte nicht geladen werden.', audio.error));
  on(window, 'wheel touchmove', () => (userScroll = Date.now()), { passive: true });
  on(container, 'click', (e) => {
    const w = e.target.closest('.vorleser-word');
    if (!w || e.target.closest('a[href]') || !getSelection().isCollapsed) return;
    p.seek(Number(w.dataset.vorleserTime) / 1000);
    p.play();
  });

  addTrack('captions', 'Deutsch', inline(container, 'vorleser-captions-data'), d.vorleserCaptions);
  addTrack('chapters', 'Kapitel', inline(container, 'vorleser-chapters-data'), d.vorleserChapters);

  const marks = inline(container, 'vorleser-marks-data');
  p.ready = (marks !== null ? Promise.resolve(marks) : fetch(d.vorleserMarks).then((r) => r.ok ? r.text() :
    Promise.reject(new Error(r.url + ': HTTP ' + r.status)))).then((text) => {
    p.marks = parseMarks(text);
    p.chapters = p.marks.chapters;
    const spans = wrapWords(container, p.marks.words);
    p.words = p.marks.words.map((mark, i) => ({ mark, spans: spans[i] }));
    p.unmatched = spans.filter((s) => !s.length).length;
    times = p.marks.words.map((w) => w.time);
    p.chapters.forEach((c, i) => {
      const b = el('button', { type: 'button' }, el('span', { class: 'vorleser-chapter-title' }, c.value), ' ',
        el('span', { class: 'vorleser-chapter-time' }, fmt(c.time / 1000)));
      on(b, 'click', () => p.seekToChapter(i));
      list.append(el('li', {}, b));
    });
    nav.hidden = !p.chapters.length;
    if (!owner) mediaSession();
    p.state = 'ready';
    update();
  }).catch((e) => {
    p.state = 'error';
    fail('Die Sprachmarken konnten nicht geladen werden.', e);
  });
  container.vorleser = p;
  update();
  return p;
}

// Space is left to buttons and links, all keys to form fields but the seek bar.
function onKey(e) {
  const t = e.target, tag = t.tagName;
  const c = t.closest('[data-vorleser-audio]') ||
    (t === document.body && document.querySelector('[data-vorleser-keys="page"]'));
  const p = c && c.vorleser;
  if (!p || e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || t.isContentEditable ||
    /^(SELECT|TEXTAREA)$/.test(tag) || (tag === 'INPUT' && t.type !== 'range')) return;
  const f = { ' ': !/^(BUTTON|A|SUMMARY)$/.test(tag) && p.toggle, ArrowLeft: () => p.seekBy(-5),
    ArrowRight: () => p.seekBy(5), PageUp: p.prevChapter, PageDown: p.nextChapter }[e.key];
  if (f) {
    e.preventDefault();
    f();
  }
}

function initAll() {
  if (script && script.src && !document.querySelector('link[href*="vorleser-player.css"]')) {
    document.head.append(el('link', { rel: 'stylesheet', href: script.src.replace(/\.js([?#].*)?$/, '.css') }));
  }
  document.querySelectorAll('[data-vorleser-audio]').forEach(init);
}

document.addEventListener('keydown', onKey);
window.VorleserPlayer = { init, initAll, parseMarks, parseVTT };
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', initAll);
else initAll();
})();
