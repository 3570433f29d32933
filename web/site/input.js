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

  function onKey(e, down) {
    if (e.isComposing || e.keyCode === 229) return; // the IME owns this key
    const inField = e.target === field;
    const ctrl = e.ctrlKey || e.metaKey;
    if (ctrl && CLIPBOARD_KEYS.has(e.keyCode)) {
      // Let the browser fire copy/cut/paste; ImGui gets the result through those events.
      if (!inField) e.preventDefault();
      return;
    }
    Module._kanri_key(e.keyCode, down ? 1 : 0, mods(e));
    if (EDIT_KEYS.has(e.keyCode) || (ctrl && CTRL_KEYS.has(e.keyCode)) || (!inField && e.keyCode === 32)) e.preventDefault();
    if (!inField && e.key && e.key.length === 1 && !ctrl && down) e.preventDefault();
  }

  function attach(canvasElement, fieldElement) {
    canvas = canvasElement;
    field = fieldElement;
    canvas.addEventListener('pointermove', pointerPos);
    canvas.addEventListener('pointerdown', (e) => {
      pointerPos(e);
      // While ImGui edits text, keep the focus in the field: ImGui decides after this click.
      if (wantText) e.preventDefault();
      else canvas.focus({ preventScroll: true });
      canvas.setPointerCapture(e.pointerId);
      Module._kanri_mouse_button(imguiButton(e.button), 1);
    });
    canvas.addEventListener('pointerup', (e) => {
      pointerPos(e);
      Module._kanri_mouse_button(imguiButton(e.button), 0);
    });
    canvas.addEventListener('pointercancel', (e) => Module._kanri_mouse_button(imguiButton(e.button), 0));
    canvas.addEventListener('pointerleave', () => Module._kanri_mouse_move(-Number.MAX_VALUE, -Number.MAX_VALUE));
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
