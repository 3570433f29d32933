#!/usr/bin/env bash
# The layering is checked by the compiler: each core target's include root (cmake/warnings.cmake,
# kanri_layer) holds only its own folder, so a header of a layer it does not link is not found.
# Compiles one-line files against the roots a target sees and expects exactly the allowed ones
# to work. Usage: check.sh CXX BUILD_DIR. Prints "layering: N passed, N failed".
set -uo pipefail
cxx="$1"; inc="$2/include"
passed=0; failed=0
try() { # expect(ok|fails) layer-roots... -- header
  local expect="$1"; shift
  local flags=()
  while [ "$1" != "--" ]; do flags+=("-I$inc/$1"); shift; done
  shift
  if printf '#include "%s"\n' "$1" | "$cxx" -std=c++20 -fsyntax-only "${flags[@]}" -x c++ - 2>/dev/null; then got=ok; else got=fails; fi
  if [ "$got" = "$expect" ]; then passed=$((passed + 1)); echo "ok - $1 with ${flags[*]}: $got"
  else failed=$((failed + 1)); echo "not ok - $1 with ${flags[*]}: $got, expected $expect"; fi
}
# The model sees only itself.
try ok    model -- model/workspace.hpp
try fails model -- store/database.hpp
try fails model -- ui/app.hpp
try fails model -- session/session.hpp
# The store sees the model and itself, not exchange, session or ui.
try ok    model store -- store/workspace_store.hpp
try fails model store -- exchange/kanri_json.hpp
try fails model store -- session/session.hpp
# The session sees what it links, not ui or automation.
try ok    model i18n store exchange session -- session/session.hpp
try fails model i18n store exchange session -- automation/dispatcher.hpp
try fails model i18n store exchange session -- ui/app.hpp
echo "layering: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
