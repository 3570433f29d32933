# Warnings for our own targets only (third-party code keeps its own flags).
function(kanri_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wno-unused-parameter)
endfunction()
