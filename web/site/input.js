// Browser input for Kanri's ImGui canvas: pointer, wheel, keys, IME composition and clipboard.
//
// A canvas receives no IME composition, so when ImGui wants text (io.WantTextInput) the hidden
// <textarea id="ime"> takes focus at ImGui's caret (io.ImeSetInputScreenPosFn): the OS opens its
// candidate window there and the composition string shows in the field while composing.
// Committed text reaches ImGui once: from `compositionend` after a composition, from `input`
// for plain typing. Editing keys go to ImGui; Ctrl/Cmd+C, X, V go through the browser's
// copy/cut/paste events, which need no permission and carry Japanese and line breaks intact.
'use strict';
var kanriInput = (function () {
  let canvas = null;
  let field = null;
  let wantText = false;
  let composing = false;
  let dpr = 1;

  // Keys whose default action in the textarea would fight ImGui (caret moves, focus moves).
  const EDIT_KEYS = new Set([8, 9, 13, 27, 33, 34, 35, 36, 37, 38, 39, 40, 45, 46]);
  // Ctrl/Cmd + key that ImGui handles itself: select all, undo, redo.
  const CTRL_KEYS = new Set([65, 89, 90]);
  // Ctrl/Cmd + key that must reach the browser so copy/cut/paste events fire.
  const CLIPBOARD_KEYS = new Set([67, 86, 88]);
  const CURSORS = ['default', 'text', 'move', 'ns-resize', 'ew-resize', 'nesw-resize', 'nwse-resize', 'pointer', 'not-allowed'];

  function mods(e) {
    return (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0);
  }

  // Passes a JS string to a C function taking UTF-8, on the heap (a large paste would not fit
  // on the stack).
  function withCString(text, fn) {
    const size = Module.lengthBytesUTF8(text) + 1;
    const ptr = Module._malloc(size);
    Module.stringToUTF8(text, ptr, size);
    try { fn(ptr); } finally { Module._free(ptr); }
  }

  function sendText(text) {
    if (text) withCString(text, (p) => Module._kanri_text(p));
  }

  function pointerPos(e) {
    const r = canvas.getBoundingClientRect();
    Module._kanri_mouse_move((e.clientX - r.left) * dpr, (e.clientY - r.top) * dpr);
  }

  const imguiButton = (b) => (b === 1 ? 2 : b === 2 ? 1 : b);

  // Backspace, Tab, PageUp, PageDown, End, Home, the arrows, Delete.
  const REPEATING_KEYS = new Set([8, 9, 33, 34, 35, 36, 37, 38, 39, 40, 46]);

  function onKey(e, down) {
    if (e.isComposing || e.keyCode === 229) return; // the IME owns this key
    const inField = e.target === field;
    const ctrl = e.ctrlKey || e.metaKey;
    if (ctrl && CLIPBOARD_KEYS.has(e.keyCode)) {
      // Let the browser fire copy/cut/paste; ImGui gets the result through those events.
      if (!inField) e.preventDefault();
      return;
    }
    // A held key repeats at the pace the user set for the system. ImGui's own repeat is off
    // (web_input.cpp), so each repeat of a key that moves or deletes is a press of its own: a
    // release, then a press. Outside a text field any other key acts once however long it is
    // held (Ctrl+Z undoes one step, Enter presses a button once); in a field every key repeats
    // (Enter adds lines), as on the desktop.
    const heldDown = down && e.repeat && !inField && !REPEATING_KEYS.has(e.keyCode);
    if (!heldDown) {
      if (down && e.repeat) Module._kanri_key(e.keyCode, 0, mods(e));
      Module._kanri_key(e.keyCode, down ? 1 : 0, mods(e));
    }
    if (EDIT_KEYS.has(e.keyCode) || (ctrl && CTRL_KEYS.has(e.keyCode)) || (!inField && e.keyCode === 32)) e.preventDefault();
    if (!inField && e.key && e.key.length === 1 && !ctrl && down) {
      e.preventDefault();
      // A field may be opening (typing right after a click on "Add evidence"): the app keeps
      // the character for it, or drops it when no field is coming.
      if (!e.altKey && !heldDown) withCString(e.key, (p) => Module._kanri_text_early(p));
    }
  }

  function attach(canvasElement, fieldElement) {
    canvas = canvasElement;
    field = fieldElement;
    // Mouse and pen: straight through (web_input.cpp orders them frame by frame).
    // Touch: a tap is a click; a drag scrolls what is under the finger; a press held still for
    // HOLD_MS, then moved, drags (a splitter, a scrollbar). Browser gestures are off on the
    // canvas (touch-action: none in style.css), so the page itself never pans or zooms.
    const HOLD_MS = 350;
    const SLOP = 10; // CSS pixels a finger may wander and still tap
    const touch = { id: -1, x: 0, y: 0, lastX: 0, lastY: 0, scrolling: false, pressed: false, timer: 0 };
    function touchDown(e) {
      touch.id = e.pointerId;
      touch.x = touch.lastX = e.clientX;
      touch.y = touch.lastY = e.clientY;
      touch.scrolling = touch.pressed = false;
      pointerPos(e); // hover first: the press lands on what the frame saw under the finger
      clearTimeout(touch.timer);
      touch.timer = setTimeout(() => {
        if (touch.id !== e.pointerId || touch.scrolling) return;
        touch.pressed = true;
        Module._kanri_mouse_button(0, 1);
      }, HOLD_MS);
    }
    function touchMove(e) {
      if (e.pointerId !== touch.id) return;
      if (touch.pressed) { pointerPos(e); return; }
      if (!touch.scrolling && Math.hypot(e.clientX - touch.x, e.clientY - touch.y) > SLOP) {
        touch.scrolling = true;
        clearTimeout(touch.timer);
      }
      if (touch.scrolling) {
        Module._kanri_touch_scroll((e.clientX - touch.lastX) * dpr, (e.clientY - touch.lastY) * dpr);
        touch.lastX = e.clientX;
        touch.lastY = e.clientY;
      }
    }
    function touchUp(e, cancelled) {
      if (e.pointerId !== touch.id) return;
      clearTimeout(touch.timer);
      if (touch.pressed) {
        pointerPos(e);
        Module._kanri_mouse_button(0, 0);
      } else if (!touch.scrolling && !cancelled) {
        pointerPos(e);
        Module._kanri_mouse_button(0, 1); // a tap: press and release, a frame apart
        Module._kanri_mouse_button(0, 0);
      }
      touch.id = -1;
      // Lift the hover after the release has been seen (queued: a later frame).
      Module._kanri_mouse_move(-Number.MAX_VALUE, -Number.MAX_VALUE);
    }

    canvas.addEventListener('pointermove', (e) => (e.pointerType === 'touch' ? touchMove(e) : pointerPos(e)));
    canvas.addEventListener('pointerdown', (e) => {
      // While ImGui edits text, keep the focus in the field: ImGui decides after this click.
      if (wantText) e.preventDefault();
      else canvas.focus({ preventScroll: true });
      canvas.setPointerCapture(e.pointerId);
      if (e.pointerType === 'touch') return touchDown(e);
      pointerPos(e);
      Module._kanri_mouse_button(imguiButton(e.button), 1);
    });
    canvas.addEventListener('pointerup', (e) => {
      if (e.pointerType === 'touch') return touchUp(e, false);
      pointerPos(e);
      Module._kanri_mouse_button(imguiButton(e.button), 0);
    });
    canvas.addEventListener('pointercancel', (e) => {
      if (e.pointerType === 'touch') return touchUp(e, true);
      Module._kanri_mouse_button(imguiButton(e.button), 0);
    });
    // Leaving the canvas is queued behind any release, so a release is never lost.
    canvas.addEventListener('pointerleave', (e) => {
      if (e.pointerType !== 'touch') Module._kanri_mouse_move(-Number.MAX_VALUE, -Number.MAX_VALUE);
    });
    canvas.addEventListener('contextmenu', (e) => e.preventDefault());
    canvas.addEventListener('wheel', (e) => {
      e.preventDefault();
      const unit = e.deltaMode === 1 ? 1 / 3 : e.deltaMode === 2 ? 1 : 1 / 100;
      Module._kanri_mouse_wheel(-e.deltaX * unit, -e.deltaY * unit);
    }, { passive: false });

    window.addEventListener('keydown', (e) => onKey(e, true), true);
    window.addEventListener('keyup', (e) => onKey(e, false), true);
    window.addEventListener('blur', () => Module._kanri_focus(0));
    window.addEventListener('focus', () => Module._kanri_focus(1));

    field.addEventListener('compositionstart', () => {
      composing = true;
      field.classList.add('composing');
    });
    field.addEventListener('compositionend', (e) => {
      composing = false;
      field.classList.remove('composing');
      sendText(e.data); // empty when the composition was cancelled (Escape)
      field.value = '';
    });
    field.addEventListener('input', (e) => {
      if (composing || e.isComposing) return; // delivered on compositionend
      if (e.inputType === 'insertText' || e.inputType === 'insertReplacementText') sendText(e.data);
      field.value = '';
    });
    field.addEventListener('copy', (e) => {
      e.preventDefault();
      e.clipboardData.setData('text/plain', Module.UTF8ToString(Module._kanri_selected_text()));
    });
    field.addEventListener('cut', (e) => {
      e.preventDefault();
      e.clipboardData.setData('text/plain', Module.UTF8ToString(Module._kanri_selected_text()));
      Module._kanri_cut();
    });
    field.addEventListener('paste', (e) => {
      e.preventDefault();
      const text = (e.clipboardData && e.clipboardData.getData('text/plain')) || '';
      if (text) withCString(text.replace(/\r\n?/g, '\n'), (p) => Module._kanri_paste(p));
    });
  }

  return {
    attach,
    setPixelRatio(r) { dpr = r; },
    isComposing() { return composing; },
    // Called by the app after each frame where io.WantTextInput changed.
    setTextInputWanted(wanted) {
      wantText = wanted;
      if (wanted) {
        field.value = '';
        field.focus({ preventScroll: true });
      } else if (document.activeElement === field) {
        field.blur(); // closes the on-screen keyboard on phones and tablets
        canvas.focus({ preventScroll: true });
      }
    },
    // ImGui's caret in device pixels: put the field there so the IME candidates open beside it.
    setCaret(x, y, lineHeight) {
      field.style.left = Math.round(x / dpr) + 'px';
      field.style.top = Math.round(y / dpr) + 'px';
      field.style.fontSize = Math.max(10, Math.round(lineHeight / dpr)) + 'px';
    },
    setCursor(c) {
      canvas.style.cursor = c < 0 ? 'none' : CURSORS[c] || 'default';
    },
  };
})();
