# Compiler settings shared by every PAKN target, native and wasm.

# Warnings we keep at zero in our own code (third-party code is compiled
# without them).
function(pakn_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
    -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
    -Wnull-dereference -Wimplicit-fallthrough)
  if(PAKN_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
option(PAKN_WERROR "Treat warnings as errors" ON)

# Test executables: the code under test lives in the libraries, built with
# the build type's optimisation and its warnings; the tests' own code
# (doctest's expanded assertions, mostly) compiled 2-3x slower at -O2. -O0,
# not -O1: GCC 12 at -O1 reports bogus maybe-uninitialized in brace-
# initialised test tables (stl_construct.h), which -Werror turns into errors.
function(pakn_test_code target)
  target_compile_options(${target} PRIVATE -O0)
endfunction()

if(EMSCRIPTEN)
  # em++ does not search /usr/include (that would pull in glibc headers), yet
  # doctest and nlohmann/json are header-only Debian packages: expose just
  # those two folders through a directory of symlinks.
  set(PAKN_WASM_SYSINC "${CMAKE_BINARY_DIR}/sysinc")
  file(MAKE_DIRECTORY "${PAKN_WASM_SYSINC}")
  foreach(dir doctest nlohmann)
    if(NOT EXISTS "${PAKN_WASM_SYSINC}/${dir}")
      file(CREATE_LINK "/usr/include/${dir}" "${PAKN_WASM_SYSINC}/${dir}" SYMBOLIC)
    endif()
  endforeach()
  include_directories(SYSTEM "${PAKN_WASM_SYSINC}")
endif()

# Sanitizer builds for the fuzzers and for `tools/pakn test --asan`.
option(PAKN_SANITIZE "Build with ASan + UBSan" OFF)
if(PAKN_SANITIZE AND NOT EMSCRIPTEN)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# Embeds a file's bytes into a generated C++ source as
#   extern const unsigned char <symbol>[]; extern const size_t <symbol>_size;
function(pakn_embed_file input output symbol)
  add_custom_command(
    OUTPUT "${output}"
    COMMAND ${CMAKE_COMMAND} -DINPUT=${input} -DOUTPUT=${output} -DSYMBOL=${symbol}
            -P "${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake"
    DEPENDS "${input}" "${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake"
    COMMENT "Embedding ${symbol}"
    VERBATIM)
endfunction()
