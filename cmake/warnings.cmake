# Warnings for our own targets only (third-party code keeps its own flags). KANRI_WERROR (on in
# scripts/test, so in CI) makes them errors.
option(KANRI_WERROR "Treat warnings of Kanri's own code as errors" OFF)
function(kanri_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wno-unused-parameter)
  if(KANRI_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
    if(KANRI_SANITIZE AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
      # GCC 12 reports "may be used uninitialized" inside libstdc++'s own <regex> and
      # <functional> when instrumented by the sanitizers (false positives of its flow analysis):
      # still shown, not fatal, in the ASan build only.
      target_compile_options(${target} PRIVATE -Wno-error=maybe-uninitialized)
    endif()
  endif()
endfunction()

# Each layer of the core gets an include root of its own, holding only its folder: a target
# sees its own headers and those of the targets it links, and nothing else. A model file that
# includes "store/..." or "ui/..." then fails to compile, as the layering demands.
function(kanri_layer target layer)
  set(root "${CMAKE_BINARY_DIR}/include/${layer}")
  file(MAKE_DIRECTORY "${root}")
  if(NOT EXISTS "${root}/${layer}")
    file(CREATE_LINK "${PROJECT_SOURCE_DIR}/core/${layer}" "${root}/${layer}" SYMBOLIC)
  endif()
  target_include_directories(${target} PUBLIC "${root}")
endfunction()
