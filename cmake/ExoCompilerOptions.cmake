# Compiler options for our own targets (core, widgets, app, tests, bench).
# Included from the top CMakeLists.txt before any add_subdirectory, so the flags
# apply to everything in this tree. Third-party code (Qt, QCustomPlot, OpenCV,
# Eigen, CFITSIO) comes from system packages through imported targets, whose
# headers are SYSTEM includes, so their warnings stay silent.

option(EXO_WERROR "Treat compiler warnings as errors (scripts/common.sh turns this on when CI is set)" OFF)
option(EXO_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer (scripts/test-asan.sh)" OFF)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    add_compile_options(-Wall -Wextra -Wpedantic)
    if(EXO_WERROR)
        add_compile_options(-Werror)
    endif()
    if(EXO_SANITIZE)
        set(EXO_SANITIZE_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer
            -fno-sanitize-recover=undefined)
        add_compile_options(${EXO_SANITIZE_FLAGS})
        add_link_options(${EXO_SANITIZE_FLAGS})
    endif()
elseif(MSVC)
    add_compile_options(/W4)
    if(EXO_WERROR)
        add_compile_options(/WX)
    endif()
endif()
