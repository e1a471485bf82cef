#!/usr/bin/env python3
"""Tests the web player ("Artikel anhören") of one rendered article in a real browser: headless Chromium
from Debian, driven by Selenium (Debian's python3-selenium) through /usr/bin/chromedriver.

usage: python3 Tests/PlayerTests/player_test.py FOLDER [NAME] [unittest options or test names]

FOLDER holds NAME.html, NAME.mp3, NAME.marks.json, NAME.vtt, NAME.chapters.vtt and the player assets
(vorleser-player.js, vorleser-player.css). Two ways are tested:
- FilePage: NAME.html from file://, with its inline data (no fetch, no <track src> on file://);
- PublisherPage: a copy of the folder served by http.server on 127.0.0.1, with a page written here that has
  other markup of the same article text (a figure, an ad, other white space, soft hyphens, a word split over
  two elements) and only the data-vorleser-* attributes and one <script>, so the player fetches the marks,
  loads the captions through <track> and has to align the words with foreign markup.
Set PLAYER_SCREENSHOT=PATH.png to keep a screenshot of the file page.
"""
import os
import sys

try:
    import selenium  # noqa: F401
except ImportError:  # python3 may be another Python than Debian's, which has python3-selenium
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    raise

import functools
import html
import http.server
import io
import json
import re
import shutil
import tempfile
import threading
import time
import unittest

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
TIME_LIMIT = 120  # seconds for the whole file; a hung browser must not hang CI
WAIT = 15
TOLERANCE = 0.1  # seconds

FOLDER = NAME = None
HEADER, MARKS, WORDS, CHAPTERS = {}, [], [], []
CAPTION_CUES = CHAPTER_CUES = 0
DRIVER = SERVER = SERVE_DIR = BASE_URL = None
BROKEN = {}  # page URL: why it did not load, so that later tests fail at once

PLAYER = "document.querySelector('[data-vorleser-audio]').vorleser"


def norm(s):
    """White space collapsed, soft hyphens and zero-width characters dropped."""
    return " ".join(re.sub("[\u00ad\u200b-\u200d\u2060]", "", s).split())


def vtt_cue_count(path):
    timing = re.compile(r"^\s*(\d+:)?\d{2}:\d{2}\.\d{3}\s+-->\s+(\d+:)?\d{2}:\d{2}\.\d{3}")
    with open(path, encoding="utf-8-sig") as f:
        return sum(1 for line in f if timing.match(line))


def read_marks():
    global HEADER, MARKS, WORDS, CHAPTERS, CAPTION_CUES, CHAPTER_CUES
    with open(os.path.join(FOLDER, NAME + ".marks.json"), encoding="utf-8") as f:
        lines = [json.loads(line) for line in f if line.strip()]
    HEADER, MARKS = lines[0], lines[1:]
    WORDS = [m for m in MARKS if m["type"] == "word"]
    CHAPTERS = [m for m in MARKS if m["type"] == "chapter"]
    CAPTION_CUES = vtt_cue_count(os.path.join(FOLDER, NAME + ".vtt"))
    CHAPTER_CUES = vtt_cue_count(os.path.join(FOLDER, NAME + ".chapters.vtt"))


def block_texts():
    raw = HEADER["value"].encode("utf-8")
    return [(b["kind"], raw[b["start"]:b["end"]].decode("utf-8")) for b in HEADER["blocks"]]


def omitted_block():
    """The block the short publisher page leaves out: the last paragraph but one (or the last)."""
    paragraphs = [i for i, (kind, _) in enumerate(block_texts()) if kind == "paragraph"]
    return paragraphs[-2] if len(paragraphs) >= 2 else (paragraphs[-1] if paragraphs else None)


def publisher_page(omit=None):
    """The same article text in a publisher's own markup, without inline data."""
    em, em_end, b, b_end, shy = "\ue000", "\ue001", "\ue002", "\ue003", "\ue004"
    out, paragraphs = [], 0
    for i, (kind, text) in enumerate(block_texts()):
        if i == omit:
            continue
        words = text.split(" ")
        if kind == "paragraph":
            paragraphs += 1
            if len(words) > 3:
                words[2] = em + words[2] + em_end
            long_words = [j for j in range(len(words)) if len(words[j]) >= 10 and words[j].isalpha()]
            if long_words:
                longest = max(long_words, key=lambda j: len(words[j]))
                w = words[longest]
                cut = len(w) // 2
                # A soft hyphen in the first paragraph's longest word, later ones split over two elements.
                words[longest] = w[:cut] + shy + w[cut:] if paragraphs == 1 else w[:cut] + b + w[cut:] + b_end
        # Other line breaks and indentation than the self-contained page.
        t = "\n      ".join(" ".join(words[j:j + 7]) for j in range(0, len(words), 7))
        t = html.escape(t, quote=False)
        for marker, markup in ((em, "<em>"), (em_end, "</em>"), (b, "<b>"), (b_end, "</b>"), (shy, "&shy;")):
            t = t.replace(marker, markup)
        if kind == "kicker":
            out.append(f'<header class="kopf">\n  <p class="dachzeile"><span>{t}</span></p>')
        elif kind == "headline":
            out.append(f'  <h1 class="titel">\n    {t}\n  </h1>\n</header>')
        elif kind == "dateline":
            out.append(f'<p class="meta">Von Redaktion &middot; <time>{t.replace(" ", "&nbsp;")}</time></p>')
        elif kind == "lead":
            out.append(f'<p class="teaser"><strong>\n  {t}\n</strong></p>\n'
                       '<figure><img alt="Symbolbild" width="320" height="40" src="data:image/gif;base64,'
                       'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7">'
                       '<figcaption>Symbolbild zum Artikel. Foto: Archiv</figcaption></figure>')
        elif kind == "heading":
            out.append(f"<h3>{t}</h3>")
        else:
            # An ad abuts the first paragraph, with no white space between the blocks.
            ad = '<div class="anzeige">Anzeige: Jetzt das Abo testen</div>' if paragraphs == 1 else ""
            out.append(f"{ad}<p>{t}\n    </p>")
    attrs = " ".join(f'data-vorleser-{k}="{html.escape(NAME + ext)}"' for k, ext in
                     (("audio", ".mp3"), ("marks", ".marks.json"), ("captions", ".vtt"), ("chapters", ".chapters.vtt")))
    body = "\n".join(out)
    return f"""<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Die Zeitung</title><link rel="icon" href="data:,">
<style>body {{ font-family: Georgia, serif; max-width: 38em; margin: 0 auto; }}</style></head>
<body>
<nav class="site">Startseite &rsaquo; Politik &rsaquo; Ausland</nav>
<main>
  <div class="artikel" {attrs}>
{body}
  </div>
</main>
<footer>&copy; Die Zeitung</footer>
<script src="vorleser-player.js"></script>
</body>
</html>
"""


class RangeHandler(http.server.SimpleHTTPRequestHandler):
    """A static host as a publisher has one: with byte ranges (media seeking needs them) and media types."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".vtt": "text/vtt",
                      ".mp3": "audio/mpeg", ".js": "text/javascript", ".json": "application/json"}

    def log_message(self, *args):
        pass

    def send_head(self):
        path, rng = self.translate_path(self.path), self.headers.get("Range", "")
        m = re.fullmatch(r"bytes=(\d*)-(\d*)", rng.strip())
        if not m or not os.path.isfile(path) or m.group() == "bytes=-":
            return super().send_head()
        size = os.path.getsize(path)
        a, b = m.groups()
        start, end = (max(0, size - int(b)), size - 1) if a == "" else (int(a), min(int(b or size - 1), size - 1))
        if start >= size or start > end:
            self.send_response(416)
            self.send_header("Content-Range", f"bytes */{size}")
            self.end_headers()
            return None
        with open(path, "rb") as f:
            f.seek(start)
            data = f.read(end - start + 1)
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        return io.BytesIO(data)


class QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # the browser drops media connections it no longer needs


def watchdog():
    print(f"player_test: over {TIME_LIMIT} s, stopping", file=sys.stderr, flush=True)
    try:
        DRIVER.service.process.kill()
    finally:
        os._exit(3)


def setUpModule():
    global DRIVER, SERVER, SERVE_DIR, BASE_URL
    timer = threading.Timer(TIME_LIMIT, watchdog)
    timer.daemon = True
    timer.start()
    read_marks()
    SERVE_DIR = tempfile.mkdtemp(prefix="vorleser-player-test-")
    for f in os.listdir(FOLDER):
        if os.path.isfile(os.path.join(FOLDER, f)) and (f.startswith(NAME + ".") or f.startswith("vorleser-player.")):
            shutil.copy(os.path.join(FOLDER, f), SERVE_DIR)
    with open(os.path.join(SERVE_DIR, "publisher.html"), "w", encoding="utf-8") as f:
        f.write(publisher_page())
    with open(os.path.join(SERVE_DIR, "publisher-short.html"), "w", encoding="utf-8") as f:
        f.write(publisher_page(omit=omitted_block()))
    SERVER = QuietServer(("127.0.0.1", 0), functools.partial(RangeHandler, directory=SERVE_DIR))
    threading.Thread(target=SERVER.serve_forever, daemon=True).start()
    BASE_URL = f"http://127.0.0.1:{SERVER.server_address[1]}/"

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--autoplay-policy=no-user-gesture-required",
                "--disable-dev-shm-usage", "--mute-audio", "--window-size=1100,1000", "--lang=de-DE"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    DRIVER = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    DRIVER.set_page_load_timeout(WAIT)
    DRIVER.set_script_timeout(WAIT)


def tearDownModule():
    if DRIVER:
        DRIVER.quit()
    if SERVER:
        SERVER.shutdown()
        SERVER.server_close()
    if SERVE_DIR:
        shutil.rmtree(SERVE_DIR, ignore_errors=True)


class MarksContract(unittest.TestCase):
    """The files themselves, as the player reads them."""

    def test_header(self):
        for key in ("type", "format", "version", "value", "offsets", "duration", "title", "blocks"):
            self.assertIn(key, HEADER)
        self.assertEqual((HEADER["type"], HEADER["format"], HEADER["offsets"]), ("text", "vorleser-marks", "utf8"))
        self.assertEqual(HEADER.get("language"), "de")
        self.assertEqual(HEADER.get("audio"), NAME + ".mp3")
        self.assertEqual(HEADER["end"], len(HEADER["value"].encode("utf-8")))
        self.assertEqual("\n\n".join(t for _, t in block_texts()), HEADER["value"])
        self.assertTrue(WORDS and CHAPTERS)

    def test_marks_in_order_with_byte_offsets(self):
        raw, rank = HEADER["value"].encode("utf-8"), {"chapter": 0, "sentence": 1, "word": 2}
        keys = [(m["time"], rank[m["type"]]) for m in MARKS]
        self.assertEqual(keys, sorted(keys))
        for m in MARKS:
            self.assertIsInstance(m["time"], int)
            self.assertTrue(0 <= m["time"] <= HEADER["duration"], m)
            self.assertTrue(0 <= m["start"] < m["end"] <= len(raw), m)
            if m["type"] in ("word", "sentence"):
                self.assertEqual(raw[m["start"]:m["end"]].decode("utf-8"), m["value"], m)
            if m["type"] == "chapter":
                self.assertGreaterEqual(m["endTime"], m["time"])


class BrowserChecks:
    """The checks both pages must pass. Each test loads the page afresh."""

    url = None

    def setUp(self):
        DRIVER.get_log("browser")  # drop what earlier tests left
        self.d = DRIVER
        self.load(self.url)

    def tearDown(self):
        severe = [e for e in DRIVER.get_log("browser") if e["level"] == "SEVERE"]
        self.assertEqual(severe, [], "browser console errors")

    def load(self, url):
        if url in BROKEN:
            self.fail(f"{url} did not load in an earlier test: {BROKEN[url]}")
        self.d.get(url)
        try:
            state = WebDriverWait(self.d, WAIT, poll_frequency=0.05).until(lambda d: d.execute_script(
                "const c = document.querySelector('[data-vorleser-audio]');"
                "return c && c.vorleser && c.vorleser.state !== 'loading' && c.vorleser.state"))
        except Exception:
            state = "not ready"
        if state != "ready":
            BROKEN[url] = f"player {state}; console: " + "; ".join(e["message"] for e in DRIVER.get_log("browser"))
            self.fail(BROKEN[url])
        self.js("window.__seeks = []; const a = " + PLAYER + ".audio;"
                "a.addEventListener('seeking', () => window.__seeks.push(a.currentTime));")

    def js(self, code, *args):
        return self.d.execute_script(code, *args)

    def wait(self, code, message, *args):
        try:
            return WebDriverWait(self.d, WAIT, poll_frequency=0.05).until(lambda d: d.execute_script(code, *args))
        except Exception:
            self.fail(message)

    def click(self, element):
        self.js("arguments[0].scrollIntoView({block: 'center'})", element)
        element.click()

    def last_seek(self):
        return self.wait("return window.__seeks.length > 0 && window.__seeks", "no seek happened")[-1]

    def pause(self):
        self.js(PLAYER + ".audio.pause()")

    def test_audio_loads_with_duration_of_header(self):
        duration = self.wait(f"const a = {PLAYER}.audio; return a.readyState >= 1 && isFinite(a.duration) && "
                             "a.duration", "the MP3 did not load")
        self.assertAlmostEqual(duration, HEADER["duration"] / 1000, delta=TOLERANCE)
        self.assertTrue(self.js(f"return {PLAYER}.audio.currentSrc.endsWith(arguments[0])", NAME + ".mp3"))

    def test_every_word_mark_is_found_in_the_text(self):
        found = self.js(f"return {PLAYER}.words.map(w => w.spans.map(s => s.textContent).join(''))")
        self.assertEqual(len(found), len(WORDS))
        self.assertEqual(self.js(f"return {PLAYER}.unmatched"), 0)
        for text, mark in zip(found, WORDS):
            self.assertEqual(norm(text), norm(mark["value"]), mark)

    def test_chapter_three_click_seeks_to_its_start(self):
        self.assertGreaterEqual(len(CHAPTERS), 3, "the article has fewer than 3 chapters")  # Titel, Vorspann, …
        buttons = self.d.find_elements(By.CSS_SELECTOR, ".vorleser-chapters button")
        self.assertEqual(len(buttons), len(CHAPTERS))
        self.assertEqual(norm(buttons[2].find_element(By.CSS_SELECTOR, ".vorleser-chapter-title").text),
                         norm(CHAPTERS[2]["value"]))
        self.click(buttons[2])
        self.assertAlmostEqual(self.last_seek(), CHAPTERS[2]["time"] / 1000, delta=TOLERANCE)
        self.wait("return arguments[0].getAttribute('aria-current') === 'true'", "chapter 3 not marked current",
                  buttons[2])
        self.assertEqual(len(self.d.find_elements(By.CSS_SELECTOR, ".vorleser-chapters [aria-current]")), 1)
        self.pause()

    def chosen_words(self):
        """First, middle, last, and a written token spoken as several words (a date, a number) if any."""
        picks = [0, len(WORDS) // 2, len(WORDS) - 1]
        several = [i for i, w in enumerate(WORDS) if len(w.get("spoken", "").split()) > len(w["value"].split())]
        picks += several[:1]
        out = []
        for i in picks:
            while i + 1 < len(WORDS) and WORDS[i + 1]["time"] <= WORDS[i]["time"] + 10:
                i += 1  # a word 10 ms into it must still be this one
            out.append(i)
        return out

    def test_current_time_highlights_exactly_that_word(self):
        for i in self.chosen_words():
            mark = WORDS[i]
            self.js(f"{PLAYER}.audio.currentTime = arguments[0]", (mark["time"] + 10) / 1000)
            got = self.wait("const s = [...document.querySelectorAll('.vorleser-current')];"
                            "return s.length && s.every(x => x.dataset.vorleserIndex == arguments[0]) &&"
                            "s.map(x => x.textContent).join('')", f"word {i} ({mark['value']}) not highlighted", i)
            self.assertEqual(norm(got), norm(mark["value"]))

    def test_word_click_seeks_to_its_mark(self):
        i = (2 * len(WORDS)) // 3
        span = self.d.find_element(By.CSS_SELECTOR, f'.vorleser-word[data-vorleser-index="{i}"]')
        self.click(span)
        self.assertAlmostEqual(self.last_seek(), WORDS[i]["time"] / 1000, delta=TOLERANCE)
        self.wait(f"return !{PLAYER}.audio.paused", "a word click did not play")
        self.pause()

    def test_caption_track_has_the_cues(self):
        count = self.wait(f"const t = {PLAYER}.audio.textTracks[0]; return t && t.cues && t.cues.length",
                          "no caption cues")
        self.assertEqual(count, CAPTION_CUES)
        self.assertEqual(self.js(f"const t = {PLAYER}.audio.textTracks[0]; return [t.kind, t.language]"),
                         ["captions", "de"])
        self.assertEqual(self.wait(f"const t = {PLAYER}.audio.textTracks[1]; return t && t.cues && t.cues.length",
                                   "no chapter cues"), CHAPTER_CUES)
        # The toggle shows the current cue's text below the controls.
        toggle = self.d.find_element(By.CSS_SELECTOR, ".vorleser-cc")
        self.assertEqual(toggle.get_attribute("aria-pressed"), "false")
        self.click(toggle)
        self.assertEqual(toggle.get_attribute("aria-pressed"), "true")
        cue = self.js(f"const c = {PLAYER}.audio.textTracks[0].cues[1]; return [c.startTime, c.endTime, c.text]")
        self.js(f"{PLAYER}.audio.currentTime = arguments[0]", (cue[0] + cue[1]) / 2)
        caption = self.d.find_element(By.CSS_SELECTOR, ".vorleser-caption")
        self.wait("return arguments[0].textContent.length > 0", "no caption shown", caption)
        self.assertEqual(norm(caption.text), norm(html.unescape(cue[2])))
        self.assertEqual(caption.get_attribute("aria-live"), "polite")

    def press(self, *keys):
        ActionChains(self.d).send_keys(*keys).perform()

    def check_keys(self):
        """Space toggles, arrows seek 5 s, PageDown/PageUp go to chapters (focus where keys count)."""
        self.press(Keys.SPACE)
        self.wait(f"return !{PLAYER}.audio.paused", "space did not start playing")
        self.press(Keys.SPACE)
        self.wait(f"return {PLAYER}.audio.paused", "space did not pause")
        at = max(0.0, min(20.0, HEADER["duration"] / 1000 - 6))
        for key, expected in ((None, at), (Keys.ARROW_RIGHT, at + 5), (Keys.ARROW_LEFT, at),
                              (None, CHAPTERS[0]["time"] / 1000 + 0.5), (Keys.PAGE_DOWN, CHAPTERS[1]["time"] / 1000),
                              (Keys.PAGE_UP, CHAPTERS[0]["time"] / 1000)):  # within 3 s of a start: the one before
            self.pause()
            self.wait(f"return !{PLAYER}.audio.seeking", "a seek did not finish")
            self.js("window.__seeks = []")
            if key:
                self.press(key)
            else:
                self.js(f"{PLAYER}.audio.currentTime = arguments[0]", expected)
            self.assertAlmostEqual(self.last_seek(), expected, delta=TOLERANCE, msg=key and repr(key))
        self.pause()

    def test_keyboard_on_the_seek_bar(self):
        self.js("document.querySelector('.vorleser-seek').focus()")
        self.check_keys()

    def test_keyboard_focus_is_visible(self):
        self.js("document.activeElement.blur(); window.scrollTo(0, 0)")
        for _ in range(10):
            self.press(Keys.TAB)
            if self.js("return !!document.activeElement.closest('.vorleser-player')"):
                break
        style = self.js("const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]")
        self.assertNotEqual(style[0], "none")
        self.assertGreaterEqual(float(style[1].rstrip("px")), 2)
        self.press(Keys.ENTER)  # the first control is a button: Enter works it
        self.pause()

    def test_accessible_names_and_language(self):
        info = self.js("""
            const ui = document.querySelector('.vorleser-player');
            const named = [...ui.querySelectorAll('button, input, select')].every(e =>
              (e.getAttribute('aria-label') || e.textContent.trim() || (e.closest('label') || {}).textContent || '')
              .trim().length > 0);
            return {named, region: ui.getAttribute('aria-label'), lang: ui.closest('[lang]').lang,
              nav: document.querySelector('.vorleser-chapters').getAttribute('aria-label'),
              seek: document.querySelector('.vorleser-seek').getAttribute('aria-valuetext'),
              speeds: [...document.querySelectorAll('.vorleser-speed option')].map(o => Number(o.value))};""")
        self.assertTrue(info["named"])
        self.assertEqual(info["region"], "Artikel anhören")
        self.assertEqual(info["lang"], "de")
        self.assertEqual(info["nav"], "Kapitel")
        self.assertRegex(info["seek"], r"^\d+:\d\d von \d+:\d\d$")
        self.assertEqual(info["speeds"], [0.75, 1, 1.25, 1.5, 1.75, 2])
        self.assertEqual(self.js(f"return [document.querySelector('.vorleser-speed').value, "
                                 f"{PLAYER}.audio.playbackRate]"), ["1", 1])
        self.js("const s = document.querySelector('.vorleser-speed'); s.value = '1.5';"
                "s.dispatchEvent(new Event('change'))")
        self.assertEqual(self.js(f"return {PLAYER}.audio.playbackRate"), 1.5)
        self.js("const s = document.querySelector('.vorleser-speed'); s.value = '1';"
                "s.dispatchEvent(new Event('change'))")

    def test_media_session(self):
        self.js(f"{PLAYER}.play()")
        self.wait(f"return !{PLAYER}.audio.paused", "did not play")
        meta = self.js("const m = navigator.mediaSession.metadata;"
                       "return m && {title: m.title, artist: m.artist, artwork: m.artwork.map(a => a.src)}")
        self.pause()
        self.assertEqual(meta["title"], HEADER["title"])
        self.assertEqual(meta["artist"], HEADER.get("artist", ""))
        image = HEADER.get("image")
        # Chromium takes artwork from http, https, data and blob URLs only, so not a file next to a file:// page.
        if image and (re.match(r"(https?|data|blob):", image) or self.url.startswith("http")):
            self.assertEqual(len(meta["artwork"]), 1)
            self.assertTrue(meta["artwork"][0].endswith(image.split("/")[-1]))
        else:
            self.assertEqual(meta["artwork"], [])

    def scroll_to_last_word(self):
        """Jumps to the last word from the top of the page; returns the behaviours the page scrolled with."""
        # Room above the last word's paragraph, so that even a short article's last word is out of view.
        self.js(f"const w = {PLAYER}.words[{len(WORDS) - 1}].spans[0];"
                "w.parentElement.closest('p, h1, h2, h3, li, div').before(Object.assign("
                "document.createElement('div'), {style: 'height: 150vh'}))")
        self.js("window.scrollTo(0, 0); window.__scrolls = []; const f = Element.prototype.scrollIntoView;"
                "Element.prototype.scrollIntoView = function (o) { window.__scrolls.push(o && o.behavior);"
                "return f.call(this, o); }")
        self.js(f"{PLAYER}.audio.currentTime = arguments[0]", (WORDS[-1]["time"] + 10) / 1000)
        self.wait("return document.querySelector('.vorleser-current')", "last word not highlighted")
        return self.js("return window.__scrolls")

    def test_current_word_scrolls_into_view(self):
        self.assertEqual(self.scroll_to_last_word(), ["smooth"])
        self.wait("const r = document.querySelector('.vorleser-current').getBoundingClientRect();"
                  "return window.scrollY > 0 && r.top >= 0 && r.bottom <= innerHeight", "the word was not scrolled to")

    def test_reduced_motion_turns_off_transitions_and_smooth_scrolling(self):
        duration = "return getComputedStyle(document.querySelector('.vorleser-word')).transitionDuration"
        self.assertNotEqual(self.js(duration), "0s")
        self.d.execute_cdp_cmd("Emulation.setEmulatedMedia",
                               {"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]})
        try:
            self.load(self.url)
            self.assertEqual(self.js(duration), "0s")
            self.assertEqual(self.scroll_to_last_word(), ["auto"])
        finally:
            self.d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})

    def test_plays_without_console_errors(self):
        self.js(f"{PLAYER}.setCaptions(true); {PLAYER}.seekToChapter(1)")
        self.wait(f"return {PLAYER}.audio.currentTime > {CHAPTERS[1]['time'] / 1000 + 0.5}", "playback did not advance")
        self.js(f"{PLAYER}.nextChapter()")
        self.wait(f"return document.querySelector('.vorleser-current') !== null", "no word highlighted")
        self.pause()
        entries = [e for e in DRIVER.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
        self.assertEqual(entries, [])


class FilePage(BrowserChecks, unittest.TestCase):
    """NAME.html opened from the folder as a file."""

    @classmethod
    def setUpClass(cls):
        cls.url = "file://" + os.path.abspath(os.path.join(FOLDER, NAME + ".html"))

    def test_page_is_german_and_has_inline_data(self):
        self.assertEqual(self.js("return document.documentElement.lang"), "de")
        self.assertEqual(self.js("return document.querySelectorAll('h1').length"), 1)
        self.assertEqual(self.js("return document.querySelectorAll('.vorleser script[class$=\"-data\"]').length"), 3)
        self.assertEqual(self.js(f"return {PLAYER}.audio.querySelectorAll('track').length"), 0)

    def test_keyboard_with_focus_on_the_page(self):
        self.js("document.activeElement.blur()")
        self.check_keys()

    def test_screenshot(self):
        self.js(f"{PLAYER}.setCaptions(true); {PLAYER}.seekToChapter(2)")
        self.wait(f"return {PLAYER}.audio.currentTime > {CHAPTERS[2]['time'] / 1000 + 1.5}", "playback did not advance")
        self.pause()
        time.sleep(0.3)  # let a smooth scroll settle
        png = self.d.get_screenshot_as_png()
        self.assertTrue(png.startswith(b"\x89PNG"))
        path = os.environ.get("PLAYER_SCREENSHOT")
        if path:
            with open(path, "wb") as f:
                f.write(png)


class PublisherPage(BrowserChecks, unittest.TestCase):
    """A publisher's own page over http: fetched marks, <track> captions, foreign markup."""

    @classmethod
    def setUpClass(cls):
        cls.url = BASE_URL + "publisher.html"

    def test_data_is_fetched_and_the_stylesheet_linked(self):
        self.assertEqual(self.js("return document.querySelectorAll('script[class$=\"-data\"]').length"), 0)
        self.assertEqual(self.js(f"return {PLAYER}.audio.querySelectorAll('track').length"), 2)
        self.assertEqual(self.js("return getComputedStyle(document.querySelector('.vorleser-player')).position"),
                         "sticky")
        self.assertEqual(self.js("return document.querySelector('figcaption .vorleser-word')"), None)

    def test_space_on_the_page_is_left_to_the_page(self):
        self.js("document.activeElement.blur()")
        self.press(Keys.SPACE)
        time.sleep(0.3)
        self.assertTrue(self.js(f"return {PLAYER}.audio.paused"))

    def test_missing_paragraph_leaves_the_rest_aligned(self):
        omit = omitted_block()
        if omit is None:
            self.skipTest("no paragraph to leave out")
        self.load(BASE_URL + "publisher-short.html")
        block = HEADER["blocks"][omit]
        inside = [block["start"] <= w["start"] < block["end"] for w in WORDS]
        found = self.js(f"return {PLAYER}.words.map(w => w.spans.length > 0)")
        missing_found = sum(1 for f, i in zip(found, inside) if i and f)
        self.assertLessEqual(missing_found, max(1, sum(inside) // 10), "words of the missing paragraph matched")
        others = [i for i, (f, ins) in enumerate(zip(found, inside)) if not ins and not f]
        self.assertEqual(others, [], "words outside the missing paragraph not found")
        last = max(i for i, ins in enumerate(inside) if not ins)
        self.js(f"{PLAYER}.audio.currentTime = arguments[0]", (WORDS[last]["time"] + 10) / 1000)
        got = self.wait("const s = document.querySelector('.vorleser-current'); return s && s.textContent",
                        "last word not highlighted")
        self.assertEqual(norm(got), norm(WORDS[last]["value"]))


def main():
    global FOLDER, NAME
    if len(sys.argv) < 2 or not os.path.isdir(sys.argv[1]):
        print(__doc__, file=sys.stderr)
        return 2
    FOLDER, rest = sys.argv[1], sys.argv[2:]
    if rest and not rest[0].startswith("-") and os.path.isfile(os.path.join(FOLDER, rest[0] + ".html")):
        NAME, rest = rest[0], rest[1:]
    else:  # the folder's only article
        names = sorted(f[:-len(".marks.json")] for f in os.listdir(FOLDER) if f.endswith(".marks.json"))
        if len(names) != 1:
            print(f"player_test: name the article, {len(names)} marks files in {FOLDER}", file=sys.stderr)
            return 2
        NAME = names[0]
    if not os.path.isfile(os.path.join(FOLDER, NAME + ".html")):
        print(f"player_test: no {NAME}.html in {FOLDER}", file=sys.stderr)
        return 2
    started = time.monotonic()
    prog = unittest.main(argv=[sys.argv[0]] + rest, exit=False)
    r = prog.result
    failed = len(r.failures) + len(r.errors) + len(r.unexpectedSuccesses)
    passed = r.testsRun - failed - len(r.skipped) - len(r.expectedFailures)
    print(f"player_test: {time.monotonic() - started:.1f} s")
    print(f"player: {passed} passed, {failed} failed, {len(r.skipped)} skipped")
    return 0 if r.wasSuccessful() and r.testsRun else 1


if __name__ == "__main__":
    sys.exit(main())
