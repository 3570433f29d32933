# Why this file exists: KANRI_SANITIZE=ON (the `native-asan` preset, build/asan) builds Kanri
# with AddressSanitizer + UndefinedBehaviorSanitizer so that scripts/test's
# "unit tests (asan+ubsan)" stage catches use-after-free, out-of-bounds access, leaks and UB in
# the model, store, exchange and the UI (the GPU-less harness in tests/unit/ui_smoke_test.cpp
# draws every view). Any report aborts the test process, so it fails the stage.
#
# Included from the top CMakeLists.txt after cmake/third_party.cmake:
#   - every target defined afterwards (core/*, kanri-cli, the tests) is instrumented through
#     the directory-wide compile and link options below;
#   - Dear ImGui (defined earlier) is instrumented explicitly: the UI hands it strings and
#     buffers, and a dangling one is only caught if ImGui's own reads are checked;
#   - sqlite3.c stays uninstrumented (it is the slowest file to compile and is tested
#     upstream). Mixing is fine: the executables link the ASan runtime, whose malloc/free and
#     memcpy/strlen interceptors still see every SQLite allocation and copy.
option(KANRI_SANITIZE "Build with AddressSanitizer + UndefinedBehaviorSanitizer (native only)" OFF)

if(KANRI_SANITIZE)
  if(EMSCRIPTEN)
    message(FATAL_ERROR "KANRI_SANITIZE is for the native build (the native-asan preset), not Emscripten.")
  endif()
  set(KANRI_SANITIZE_FLAGS
    -fsanitize=address,undefined
    -fno-omit-frame-pointer       # whole stacks in reports
    -fno-sanitize-recover=all     # the first UB report aborts instead of scrolling past
    -D_GLIBCXX_ASSERTIONS)        # bounds-checked std::vector/string operator[] (ABI-neutral)
  add_compile_options(${KANRI_SANITIZE_FLAGS})
  add_link_options(-fsanitize=address,undefined)
  target_compile_options(kanri_imgui PRIVATE ${KANRI_SANITIZE_FLAGS})
  message(STATUS "Kanri: AddressSanitizer + UndefinedBehaviorSanitizer on (sqlite3.c uninstrumented)")
endif()
