# Third-party sources come from Debian's archive via scripts/setup into ${KANRI_CACHE};
# nothing third-party is committed. emcc must never see -I/usr/include (docs/toolchain.md, pitfall 4),
# so the header-only libraries are used from the cache copy in both builds.
set(KANRI_IMGUI_DIR "${KANRI_CACHE}/imgui")
set(KANRI_SQLITE_DIR "${KANRI_CACHE}/sqlite")
set(KANRI_HEADERS_DIR "${KANRI_CACHE}/headers")
foreach(f "${KANRI_IMGUI_DIR}/imgui.cpp" "${KANRI_SQLITE_DIR}/sqlite3.c" "${KANRI_HEADERS_DIR}/nlohmann/json.hpp")
  if(NOT EXISTS "${f}")
    message(FATAL_ERROR "Missing ${f}: run scripts/setup first (it fetches sources from Debian's archive).")
  endif()
endforeach()

# --- SQLite -------------------------------------------------------------------------------
add_library(kanri_sqlite STATIC "${KANRI_SQLITE_DIR}/sqlite3.c")
target_include_directories(kanri_sqlite SYSTEM PUBLIC "${KANRI_SQLITE_DIR}")
target_compile_definitions(kanri_sqlite PRIVATE
  SQLITE_DQS=0 SQLITE_DEFAULT_MEMSTATUS=0 SQLITE_OMIT_DEPRECATED SQLITE_OMIT_SHARED_CACHE
  SQLITE_OMIT_LOAD_EXTENSION SQLITE_OMIT_PROGRESS_CALLBACK SQLITE_LIKE_DOESNT_MATCH_BLOBS
  SQLITE_MAX_EXPR_DEPTH=0 SQLITE_DEFAULT_FOREIGN_KEYS=1 SQLITE_ENABLE_MEMORY_MANAGEMENT=0
  # What Kanri's SQL never uses, left out of both builds (the tests run the same SQLite as the
  # apps): 39 KB of the page's wasm. SQLITE_OMIT_EXPLAIN changes the grammar of the
  # amalgamation's pre-built parser; it links (most such options do not: docs/toolchain.md) and
  # Kanri writes no EXPLAIN.
  SQLITE_OMIT_JSON SQLITE_OMIT_UTF16 SQLITE_OMIT_COMPLETE SQLITE_OMIT_GET_TABLE
  SQLITE_OMIT_AUTHORIZATION SQLITE_OMIT_DECLTYPE SQLITE_OMIT_TRACE SQLITE_OMIT_COMPILEOPTION_DIAGS
  SQLITE_OMIT_INTROSPECTION_PRAGMAS SQLITE_OMIT_TCL_VARIABLE SQLITE_OMIT_DATETIME_FUNCS
  SQLITE_OMIT_LOCALTIME SQLITE_OMIT_INCRBLOB SQLITE_UNTESTABLE
  SQLITE_OMIT_EXPLAIN)
if(EMSCRIPTEN)
  # Single-threaded wasm; the database lives in memory and is snapshotted to IndexedDB.
  target_compile_definitions(kanri_sqlite PRIVATE SQLITE_THREADSAFE=0 SQLITE_OMIT_WAL SQLITE_TEMP_STORE=3)
  target_compile_options(kanri_sqlite PRIVATE -Oz)
else()
  target_compile_definitions(kanri_sqlite PRIVATE SQLITE_THREADSAFE=1)
  target_compile_options(kanri_sqlite PRIVATE -O2 -w)
  target_link_libraries(kanri_sqlite PUBLIC ${CMAKE_DL_LIBS} pthread m)
endif()

# --- Dear ImGui core (backends are added by the shells) ------------------------------------
add_library(kanri_imgui STATIC
  "${KANRI_IMGUI_DIR}/imgui.cpp" "${KANRI_IMGUI_DIR}/imgui_draw.cpp"
  "${KANRI_IMGUI_DIR}/imgui_tables.cpp" "${KANRI_IMGUI_DIR}/imgui_widgets.cpp")
target_include_directories(kanri_imgui SYSTEM PUBLIC "${KANRI_IMGUI_DIR}" "${KANRI_IMGUI_DIR}/backends")
target_compile_options(kanri_imgui PRIVATE -w)
# The test-engine hooks ImGui calls for every item (Tab order; the widget map of test builds)
# are Kanri's code, compiled into the same library so every program that links ImGui has them.
target_sources(kanri_imgui PRIVATE "${PROJECT_SOURCE_DIR}/core/ui/item_hooks.cpp")
target_include_directories(kanri_imgui PRIVATE "${PROJECT_SOURCE_DIR}/core")
if(EMSCRIPTEN)
  # imgui_draw.cpp holds stb_truetype, which rasterises ~3,500 glyphs before the first frame:
  # at -O2 instead of -Oz that takes about half the time, for a little more wasm.
  set_source_files_properties("${KANRI_IMGUI_DIR}/imgui_draw.cpp" PROPERTIES COMPILE_OPTIONS "-O2")
endif()
# No imgui.ini in the working directory and no demo window in the product.
target_compile_definitions(kanri_imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_DEMO_WINDOWS
  IMGUI_DISABLE_DEBUG_TOOLS IMGUI_ENABLE_TEST_ENGINE)

# --- header-only libraries ----------------------------------------------------------------
add_library(kanri_json INTERFACE)
target_include_directories(kanri_json SYSTEM INTERFACE "${KANRI_HEADERS_DIR}")
add_library(kanri_doctest INTERFACE)
target_include_directories(kanri_doctest SYSTEM INTERFACE "${KANRI_HEADERS_DIR}")
